import { For, Show } from 'solid-js';
import { formatScore } from '../../lib/format';
import { t } from './i18n';

export interface ChartPoint {
  year: number;
  index: number;
}

interface Props {
  points: ChartPoint[];
  min?: number;
  max?: number;
}

const W = 320;
const H = 180;
const PAD = { left: 28, right: 14, top: 18, bottom: 26 };
/** Keeps the first and last point (and their labels) clear of the axis labels. */
const INSET = 16;

/** The index over the years as a small SVG line chart on the level scale (1–5 by default). */
export function IndexChart(props: Props) {
  const min = () => props.min ?? 1;
  const max = () => props.max ?? 5;
  const sorted = () => [...props.points].sort((a, b) => a.year - b.year);
  const years = () => sorted().map((p) => p.year);
  const x = (year: number) => {
    const ys = years();
    const first = ys[0] ?? year;
    const last = ys[ys.length - 1] ?? year;
    if (last === first) return PAD.left + (W - PAD.left - PAD.right) / 2;
    return PAD.left + INSET + ((year - first) / (last - first)) * (W - PAD.left - PAD.right - 2 * INSET);
  };
  const y = (value: number) => {
    const clamped = Math.min(max(), Math.max(min(), value));
    return PAD.top + (1 - (clamped - min()) / (max() - min())) * (H - PAD.top - PAD.bottom);
  };
  const ticks = () => {
    const lowest = min();
    return Array.from({ length: max() - lowest + 1 }, (_, i) => lowest + i);
  };
  const path = () => sorted().map((p) => `${x(p.year).toFixed(1)},${y(p.index).toFixed(1)}`).join(' ');
  const summary = () => sorted().map((p) => `${p.year}: ${formatScore(p.index)}`).join('; ');

  return (
    <Show when={props.points.length > 0} fallback={<p class="text-sm text-slate-500">{t('profile.chart.empty')}</p>}>
      <svg viewBox={`0 0 ${W} ${H}`} class="h-auto max-h-72 w-full" role="img" aria-label={`${t('profile.chart.title')}: ${summary()}`} data-testid="index-chart">
        <For each={ticks()}>
          {(tick) => (
            <g>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" stroke-width="1" />
              <text x={PAD.left - 8} y={y(tick) + 4} text-anchor="end" font-size="10" fill="#64748b">
                {tick}
              </text>
            </g>
          )}
        </For>
        <For each={sorted()}>
          {(p) => (
            <text x={x(p.year)} y={H - 8} text-anchor="middle" font-size="10" fill="#64748b">
              {p.year}
            </text>
          )}
        </For>
        <polyline points={path()} fill="none" stroke="#0f766e" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round" />
        <For each={sorted()}>
          {(p) => (
            <circle data-testid="chart-point" data-year={p.year} cx={x(p.year)} cy={y(p.index)} r="4.5" fill="#fff" stroke="#0f766e" stroke-width="2.5">
              <title>{`${p.year}: ${formatScore(p.index)}`}</title>
            </circle>
          )}
        </For>
        <For each={sorted()}>
          {(p) => (
            <text x={x(p.year)} y={y(p.index) - 9} text-anchor="middle" font-size="10" font-weight="600" fill="#134e4a" aria-hidden="true">
              {formatScore(p.index)}
            </text>
          )}
        </For>
      </svg>
    </Show>
  );
}
