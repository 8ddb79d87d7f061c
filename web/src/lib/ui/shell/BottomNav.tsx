import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import type { NavLink } from '../../feature';
import { t } from '../../i18n';
import { Dialog } from '../Dialog';
import { Icon } from '../Icon';
import { isCurrent, isManage, splitForBar } from './navGroups';

const barItem =
  'flex min-h-14 w-full flex-col items-center justify-center gap-0.5 rounded-md px-1 py-1 text-[11px] font-medium leading-tight text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-teal-700';
const sheetItem = 'flex min-h-12 items-center gap-3 rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-slate-100';

/**
 * Phones and tablets: the main sections in a bar at the bottom (thumb reach, 44 px and more per
 * target), and the rest in a "Lainnya" sheet, a modal dialog that keeps focus inside and gives it
 * back to its button when closed. Hidden from `lg` up, where the header holds the links.
 */
export function BottomNav(props: { items: NavLink[] }) {
  const split = createMemo(() => splitForBar(props.items));
  const [open, setOpen] = createSignal(false);
  const location = useLocation();
  createEffect(on(() => location.pathname, () => setOpen(false), { defer: true }));
  const moreCurrent = () => split().more.some((item) => isCurrent(item, location.pathname));
  const group = (manage: boolean) => split().more.filter((item) => isManage(item) === manage);
  return (
    <nav aria-label={t('nav.main')} data-testid="bottom-nav" class="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden">
      <ul class="mx-auto flex max-w-xl gap-0.5 px-1 py-1">
        <For each={split().bar}>
          {(item) => (
            <li class="min-w-0 flex-1">
              <A href={item.href} class={barItem} activeClass="bg-teal-50 text-teal-800">
                <Icon name={item.icon ?? 'section'} class="h-5 w-5" />
                <span class="line-clamp-2 max-w-full text-center [overflow-wrap:anywhere]">{item.label()}</span>
              </A>
            </li>
          )}
        </For>
        <Show when={split().more.length > 0}>
          <li class="min-w-0 flex-1">
            <button type="button" data-testid="nav-more" aria-haspopup="dialog" aria-expanded={open()} class={`${barItem} ${moreCurrent() ? 'bg-teal-50 text-teal-800' : ''}`} onClick={() => setOpen(true)}>
              <Icon name="more" class="h-5 w-5" />
              <span>{t('nav.more')}</span>
            </button>
          </li>
        </Show>
      </ul>
      <Dialog open={open()} title={t('nav.more')} onClose={() => setOpen(false)} testid="nav-sheet">
        <nav aria-label={t('nav.more')}>
          <SheetLinks items={group(false)} onPick={() => setOpen(false)} />
          <Show when={group(true).length > 0}>
            <h3 class="mb-1 mt-3 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t('nav.manage')}</h3>
            <SheetLinks items={group(true)} onPick={() => setOpen(false)} />
          </Show>
        </nav>
      </Dialog>
    </nav>
  );
}

function SheetLinks(props: { items: NavLink[]; onPick: () => void }) {
  return (
    <ul class="flex flex-col gap-1 text-sm">
      <For each={props.items}>
        {(item) => (
          <li>
            <A href={item.href} class={sheetItem} activeClass="bg-teal-50 text-teal-800" onClick={() => props.onPick()}>
              <Icon name={item.icon ?? 'section'} class="h-5 w-5" />
              {item.label()}
            </A>
          </li>
        )}
      </For>
    </ul>
  );
}
