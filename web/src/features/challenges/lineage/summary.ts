import type { SolutionLineageFieldsFragment } from '../../../gql/graphql';
import { localeTag } from '../../../lib/i18n';
import type { LineageNode } from './tree';
import { t } from '../i18n';

type Lineage = SolutionLineageFieldsFragment;

/** "+1,3" / "−0,5": a level change with its sign, in the UI's language. */
export function signedChange(value: number): string {
  const text = new Intl.NumberFormat(localeTag(), { maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(Math.abs(value));
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${text}`;
}

/** "ditiru oleh 4 daerah; rata-rata kenaikan indikator 20: +1,3 level", all computed by the server. */
export function lineageSummary(lineage: Lineage): string {
  const parts = [t('lineage.replicatedBy', { count: lineage.replicatingRegions })];
  for (const i of lineage.indicators) {
    if (i.averageChange !== null && i.averageChange !== undefined) parts.push(t('lineage.averageChange', { number: i.number, change: signedChange(i.averageChange), count: i.measured }));
  }
  return parts.join('; ');
}

/** The server's flat lineage as tree nodes, each with its indicator levels before → after where known. */
export function lineageNodes(lineage: Lineage, solutionPath: string): LineageNode[] {
  return lineage.nodes.map((n) => {
    const levels = n.levels
      .filter((l) => l.before !== null || l.after !== null)
      .map((l) => `${t('lineage.indicator', { number: l.number })}: ${l.before ?? '–'} → ${l.after ?? '–'}${l.change !== null && l.change !== undefined ? ` (${signedChange(l.change)})` : ''}`)
      .join(' · ');
    return {
      id: n.id,
      parentId: n.parentId ?? null,
      depth: n.depth,
      regionName: n.region?.name ?? '?',
      regionCode: n.region?.code ?? '',
      status: n.replication?.status ?? null,
      href: n.replication ? `${solutionPath}#replikasi-${n.replication.id}` : undefined,
      detail: levels || undefined,
    };
  });
}
