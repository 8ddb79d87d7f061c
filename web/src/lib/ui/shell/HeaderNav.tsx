import { For, Show } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import type { NavLink } from '../../feature';
import { t } from '../../i18n';
import { Menu, menuItemClass } from '../Menu';
import { isCurrent, isManage } from './navGroups';

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
            <Menu
              label={t('nav.manage')}
              testid="nav-manage"
              align="left"
              button={
                <>
                  {t('nav.manage')}
                  <svg viewBox="0 0 20 20" class="h-4 w-4 shrink-0" aria-hidden="true">
                    <path d="M5 7l5 6 5-6" fill="none" stroke="currentColor" stroke-width="2" />
                  </svg>
                </>
              }
              buttonClass={`inline-flex min-h-9 items-center gap-1 rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 ${manageCurrent() ? 'bg-teal-50 text-teal-800' : 'text-slate-600'}`}
            >
              {(close) => (
                <For each={manage()}>
                  {(item) => (
                    <A href={item.href} class={menuItemClass} activeClass="bg-teal-50 text-teal-800" onClick={close}>
                      {item.label()}
                    </A>
                  )}
                </For>
              )}
            </Menu>
          </li>
        </Show>
      </ul>
    </nav>
  );
}
