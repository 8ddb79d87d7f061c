import { For } from 'solid-js';
import { A } from '@solidjs/router';
import type { NavLink } from '../../feature';
import { t } from '../../i18n';
import { Menu, menuItemClass } from '../Menu';

/** The header's "Kelola" menu on wide screens: the admin pages a role has, under one button. */
export function ManageMenu(props: { items: NavLink[]; current: boolean }) {
  return (
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
      buttonClass={`inline-flex min-h-9 items-center gap-1 rounded-md px-3 py-2 text-sm font-medium hover:bg-slate-100 ${props.current ? 'bg-teal-50 text-teal-800' : 'text-slate-600'}`}
    >
      {(close) => (
        <For each={props.items}>
          {(item) => (
            <A href={item.href} class={menuItemClass} activeClass="bg-teal-50 text-teal-800" onClick={close}>
              {item.label()}
            </A>
          )}
        </For>
      )}
    </Menu>
  );
}
