import { For, Show } from 'solid-js';
import type { Poll } from '../types';
import { formatNumber, formatPercent } from '../../../lib/format';
import { t } from '../i18n';

type Size = 'normal' | 'hall';

interface Props {
  poll: Pick<Poll, 'kind' | 'results' | 'words' | 'totalVotes'>;
  size?: Size;
  testid?: string;
}

const styles = {
  normal: { label: 'text-sm', bar: 'h-3', track: 'bg-slate-200', ink: 'text-teal-700', gap: 'gap-2', word: [0.9, 1.6] as const },
  hall: { label: 'text-[clamp(1.5rem,2.4vw,3.25rem)]', bar: 'h-[clamp(1.25rem,2.2vw,3rem)]', track: 'bg-white/15', ink: 'text-teal-300', gap: 'gap-6', word: [2, 6.5] as const },
} satisfies Record<Size, { label: string; bar: string; track: string; ink: string; gap: string; word: readonly [number, number] }>;

/** Bars per option (share of voters), or a word cloud whose word sizes follow their counts. */
export function PollResults(props: Props) {
  const style = () => styles[props.size ?? 'normal'];
  const share = (count: number) => (props.poll.totalVotes ? count / props.poll.totalVotes : 0);
  const maxWord = () => Math.max(1, ...(props.poll.words ?? []).map((w) => w.count));
  const wordSize = (count: number) => {
    const [min, max] = style().word;
    return `${(min + ((max - min) * (count - 1)) / Math.max(1, maxWord() - 1)).toFixed(2)}rem`;
  };
  return (
    <div data-testid={props.testid} class="flex flex-col gap-2">
      <Show when={props.poll.kind === 'WORDS'}>
        <Show when={props.poll.words?.length} fallback={<p class={`${style().label} opacity-70`}>{t('poll.noWords')}</p>}>
          <ul class="flex flex-wrap items-baseline justify-center gap-x-4 gap-y-1" aria-label={t('poll.kind.WORDS')}>
            <For each={props.poll.words ?? []}>
              {(w) => (
                <li data-testid="poll-word" class={`max-w-full font-semibold leading-tight [overflow-wrap:anywhere] ${style().ink}`} style={{ 'font-size': wordSize(w.count) }} title={t('poll.total', { count: w.count })}>
                  {w.word}
                  <span class="sr-only"> ({formatNumber(w.count)})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={props.poll.kind !== 'WORDS'}>
        <ol class={`flex flex-col ${style().gap}`}>
          <For each={props.poll.results ?? []}>
            {(r) => (
              <li data-testid="poll-result" data-option-id={r.optionId} class="flex flex-col gap-1">
                <div class={`flex items-baseline justify-between gap-3 ${style().label}`}>
                  <span class="min-w-0 font-medium [overflow-wrap:anywhere]">{r.label}</span>
                  <span class="shrink-0 tabular-nums">
                    <span data-testid="poll-result-count">{formatNumber(r.count)}</span> · {formatPercent(share(r.count))}
                  </span>
                </div>
                <div class={`${style().bar} ${style().track} overflow-hidden rounded-full`} aria-hidden="true">
                  <div class={`h-full rounded-full transition-[width] duration-500 ${props.size === 'hall' ? 'bg-teal-400' : 'bg-teal-600'}`} style={{ width: `${Math.round(share(r.count) * 100)}%` }} />
                </div>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <p class={`${props.size === 'hall' ? 'text-[clamp(1.25rem,1.8vw,2.5rem)]' : 'text-xs'} opacity-70`}>{t('poll.total', { count: formatNumber(props.poll.totalVotes) })}</p>
    </div>
  );
}
