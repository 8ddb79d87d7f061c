import { createEffect, For, on } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ForumCategoriesQuery } from '../queries/feed';
import { t } from '../i18n';

interface Props {
  active: string | null;
  /** Query string to keep (filters), with its leading "?" or empty. */
  search: string;
}

const chip = 'inline-flex min-h-9 shrink-0 items-center gap-1.5 whitespace-nowrap rounded-full px-3 text-sm font-medium ring-1 ring-inset';

/** "Semua" and one chip per category; a horizontal strip that scrolls on phones. */
export function CategoryChips(props: Props) {
  const [categories] = createQuery({ query: ForumCategoriesQuery });
  let strip: HTMLElement | undefined;
  // On phones the strip scrolls sideways: keep the chosen category in view.
  createEffect(
    on([() => props.active, () => categories.data], () =>
      requestAnimationFrame(() => strip?.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView?.({ inline: 'nearest', block: 'nearest' })),
    ),
  );
  const style = (active: boolean) => (active ? 'bg-teal-700 text-white ring-teal-700' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100');
  return (
    <nav ref={(el) => (strip = el)} aria-label={t('forum.categories')} class="-mx-3 overflow-x-auto px-3 sm:mx-0 sm:px-0">
      <ul class="flex gap-2 pb-1">
        <li>
          <A href={`/forum${props.search}`} class={`${chip} ${style(!props.active)}`} aria-current={!props.active ? 'page' : undefined} end>
            {t('forum.allCategories')}
          </A>
        </li>
        <For each={categories.data?.categories}>
          {(c) => (
            <li>
              <A
                href={`/forum/k/${c.id}${props.search}`}
                data-testid="category-chip"
                title={c.description ?? undefined}
                class={`${chip} ${style(props.active === c.id)}`}
                aria-current={props.active === c.id ? 'page' : undefined}
              >
                <span class="h-2.5 w-2.5 rounded-full ring-1 ring-white/70" style={{ 'background-color': c.color }} aria-hidden="true" />
                {c.name}
                <span class="text-xs opacity-70">{c.threadCount}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
