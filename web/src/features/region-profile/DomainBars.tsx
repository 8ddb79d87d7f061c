import { For } from 'solid-js';
import { formatPercent, formatScore, formatWeight } from '../../lib/format';
import { t } from './i18n';

export interface DomainBar {
  number: number;
  name: string;
  score: number | null;
  weightPercent: number;
  completeness: number;
}

interface Props {
  domains: DomainBar[];
  max?: number;
}

/** One horizontal SVG bar per domain: its score on the level scale, or its completeness while still a draft. */
export function DomainBars(props: Props) {
  const max = () => props.max ?? 5;
  const width = (d: DomainBar) => (d.score === null ? 0 : Math.max(0, Math.min(100, (d.score / max()) * 100)));
  const sorted = () => [...props.domains].sort((a, b) => a.number - b.number);
  return (
    <ul class="flex flex-col gap-3" data-testid="domain-bars">
      <For each={sorted()}>
        {(d) => (
          <li>
            <div class="flex items-baseline justify-between gap-2 text-sm">
              <span class="min-w-0 text-slate-800">
                {d.number}. {d.name} <span class="text-xs text-slate-500">({t('profile.weight', { weight: formatWeight(d.weightPercent) })})</span>
              </span>
              <span class="shrink-0 font-semibold tabular-nums">
                {d.score === null ? t('profile.domainIncomplete', { pct: formatPercent(d.completeness) }) : formatScore(d.score)}
              </span>
            </div>
            <svg viewBox="0 0 100 6" preserveAspectRatio="none" class="mt-1 h-2.5 w-full overflow-hidden rounded-full" role="img" aria-label={`${d.name}: ${formatScore(d.score)} / ${max()}`}>
              <rect x="0" y="0" width="100" height="6" fill="#e2e8f0" />
              <rect data-testid="domain-bar" x="0" y="0" width={width(d)} height="6" fill="#0f766e" />
            </svg>
          </li>
        )}
      </For>
    </ul>
  );
}
