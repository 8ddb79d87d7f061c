import type { ChallengeData } from '../challenge/context';
import { t } from '../i18n';

/** Lines of a markdown table; pipes in cells are escaped so a value cannot break a row. */
const cell = (v: string | number | null | undefined): string => (v === null || v === undefined || v === '' ? '–' : String(v).replace(/\|/g, '\\|').replace(/\n/g, ' '));

/**
 * The challenge report as Markdown: the same sections as the print page (problem, team,
 * solutions, results, lineage), for the region's records and as SPBE evidence.
 */
export function challengeReportMarkdown(c: ChallengeData, lineage: Record<string, string> = {}, generatedAt = new Date()): string {
  const out: string[] = [];
  out.push(`# ${c.title}`, '');
  out.push(`- ${t('challenge.stage')}: ${t(`challenge.stage.${c.stage}`)}`);
  out.push(`- ${t('challenge.regions')}: ${c.regions.map((r) => `${r.name} (${r.code})`).join(', ')}`);
  out.push(`- ${t('challenge.indicators')}: ${c.indicators.map((i) => `${i.number}. ${i.name}`).join('; ')}`);
  if (c.cohort) out.push(`- ${t('challenge.cohort', { name: c.cohort.name })}`);
  out.push(`- ${t('report.generated', { date: generatedAt.toISOString().slice(0, 10) })}`, '');
  out.push(`## ${t('challenge.problem')}`, '', c.problemMarkdown.trim(), '');
  out.push(`## ${t('team.title', { count: c.teamCount })}`, '');
  for (const m of c.team) out.push(`- ${m.user?.name ?? '?'} (${t(`team.role.${m.role}`)}${m.user?.region ? `, ${m.user.region.name}` : ''})`);
  out.push('');
  out.push(`## ${t('challenge.tab.solusi')}`, '');
  if (c.solutions.length === 0) out.push(t('solutions.empty'), '');
  for (const s of c.solutions) {
    out.push(`### ${s.title}`, '');
    out.push(`- ${t(`solutions.status.${s.status}`)} · ${t('solutions.by', { name: s.author?.name ?? '', region: s.region?.name ?? '' })}`);
    out.push(`- ${t('report.supports', { count: s.supportCount })} · ${t('report.endorsements', { count: s.endorsementCount })}`);
    for (const e of s.endorsements) out.push(`  - ${t('solutions.endorsedBy', { region: e.region?.name ?? '' })}: “${e.statement}”`);
    if (s.decisionReason) out.push(`- ${s.status === 'DECLINED' ? t('solutions.declinedBecause') : t('solutions.note')} ${s.decisionReason}`);
    if (s.trialPlan) out.push(`- ${t('solutions.trialPlan')}${s.trialStartsOn ? ` (${s.trialStartsOn} – ${s.trialEndsOn ?? '…'})` : ''}: ${s.trialPlan.replace(/\n/g, ' ')}`);
    const tree = lineage[s.id];
    if (tree) out.push(`- ${t('lineage.title')}: ${tree}`);
    out.push('');
    if (s.results.length > 0) {
      out.push(`| ${t('results.metric')} | ${t('results.baseline')} | ${t('results.target')} | ${t('results.measured')} | ${t('results.progress')} |`, '| --- | --- | --- | --- | --- |');
      for (const r of s.results) out.push(`| ${cell(r.metric + (r.unit ? ` (${r.unit})` : ''))} | ${cell(r.baseline)} | ${cell(r.target)} | ${cell(r.measured)} | ${r.progress}% |`);
      out.push('');
    }
  }
  out.push(`## ${t('challenge.tab.linimasa')}`, '');
  for (const step of c.timeline) {
    const what = step.fromStage ? t('timeline.moved', { from: t(`challenge.stage.${step.fromStage}`), to: t(`challenge.stage.${step.toStage}`) }) : t('timeline.opened');
    out.push(`- ${step.at.slice(0, 10)} ${what}${step.by ? ` (${step.by.name})` : ''}${step.note ? `: ${step.note}` : ''}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** A file name from the title: "tantangan-12-layanan-satu-pintu.md". */
export const reportFileName = (c: Pick<ChallengeData, 'id' | 'title'>): string =>
  `tantangan-${c.id}-${c.title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}.md`;
