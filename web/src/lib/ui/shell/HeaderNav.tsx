import { For, lazy, Show } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import type { NavLink } from '../../feature';
import { t } from '../../i18n';
import { isCurrent, isManage } from './navGroups';

// Only roles with admin pages get the menu: it loads when shown, not with every first page.
const ManageMenu = lazy(() => import('./ManageMenu').then((m) => ({ default: m.ManageMenu })));

const link = 'block whitespace-nowrap rounded-md px-3 py-2 font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900';

/**
 * Wide screens: the main sections side by side in the header, the admin pages under one
 * "Kelola" menu, so the row keeps its width however many admin pages a role has.
 */
export function HeaderNav(props: { items: NavLink[] }) {
  const location = useLocation();
  const main = () => props.items.filter((item) => !isManage(item));
  const manage = () => props.items.filter(isManage);
  const manageCurrent = () => manage().some((item) => isCurrent(item, location.pathname));
  return (
    <nav aria-label={t('nav.main')} class="hidden min-w-0 lg:block">
      <ul class="flex items-center gap-1 text-sm">
        <For each={main()}>
          {(item) => (
            <li>
              <A href={item.href} class={link} activeClass="bg-teal-50 text-teal-800">
                {item.label()}
              </A>
            </li>
          )}
        </For>
        <Show when={manage().length > 0}>
          <li>
            <ManageMenu items={manage()} current={manageCurrent()} />
          </li>
        </Show>
      </ul>
    </nav>
  );
}
