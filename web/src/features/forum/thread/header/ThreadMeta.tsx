import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ThreadHeader } from '../../types';
import { t } from '../../i18n';

interface Props {
  thread: ThreadHeader;
}

const chip = 'inline-flex items-center rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-200';

/** Tags, SPBE indicators and regions, each linking to the feed filtered by it. */
export function ThreadMeta(props: Props) {
  const any = () => props.thread.tags.length + props.thread.indicatorNumbers.length + props.thread.regions.length > 0;
  return (
    <Show when={any()}>
      <ul class="flex flex-wrap gap-1.5" aria-label={t('forum.meta')} data-testid="thread-meta">
        <For each={props.thread.tags}>
          {(tag) => (
            <li>
              <A href={`/forum?tag=${encodeURIComponent(tag)}`} class={chip}>
                #{tag}
              </A>
            </li>
          )}
        </For>
        <For each={props.thread.indicatorNumbers}>
          {(n) => (
            <li>
              <A href={`/forum?indikator=${n}`} class={`${chip} bg-violet-50 text-violet-800 hover:bg-violet-100`}>
                {t('forum.indicator', { number: n })}
              </A>
            </li>
          )}
        </For>
        <For each={props.thread.regions}>
          {(r) => (
            <li>
              <A href={`/forum?wilayah=${r.code}`} class={`${chip} bg-sky-50 text-sky-800 hover:bg-sky-100`} title={r.code}>
                {r.name}
              </A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
