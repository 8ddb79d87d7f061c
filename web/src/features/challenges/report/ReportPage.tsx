import { For, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ChallengeQuery } from '../queries/challenge';
import { ChallengeLineagesQuery } from '../queries/solution';
import { buildLineage, lineageText } from '../lineage/tree';
import { lineageNodes, lineageSummary } from '../lineage/summary';
import { byProvince } from '../challenge/OverviewTab';
import { ResultsTable } from '../solutions/Results';
import { challengeReportMarkdown, reportFileName } from './markdown';
import { downloadText } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import { fullTime } from '../../../lib/time';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Spinner } from '../../../lib/ui/Spinner';
import { t } from '../i18n';

// The app's header, footer and this page's buttons stay off paper; links print as text.
const PRINT_CSS = '@media print { header, footer, nav, [data-print="hide"] { display: none !important; } main { max-width: none !important; padding: 0 !important; } a { color: inherit !important; text-decoration: none !important; } section { break-inside: avoid; } }';

/** `/tantangan/:id/laporan`: the challenge report, print-friendly, and the same as a Markdown file. */
export default function ReportPage() {
  const params = useParams<{ id: string }>();
  const [result] = createQuery({ query: ChallengeQuery, variables: () => ({ id: params.id }) });
  const [lineages] = createQuery({ query: ChallengeLineagesQuery, variables: () => ({ id: params.id }) });
  const c = () => result.data?.challenge;
  /** Per solution with replications: "Sumedang → (Belitung, Siak); ditiru oleh 2 daerah; …". */
  const lineage = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const s of lineages.data?.challenge?.solutions ?? []) {
      const tree = buildLineage(lineageNodes(s.lineage, ''));
      if (tree && tree.children.length > 0) out[s.id] = `${lineageText(tree)}; ${lineageSummary(s.lineage)}`;
    }
    return out;
  };
  return (
    <Switch>
      <Match when={result.error}>
        <ErrorBox error={result.error} />
      </Match>
      <Match when={!result.data}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={c()}>
        {(ch) => (
          <article class="mx-auto max-w-3xl bg-white p-4 text-slate-900 print:p-0" data-testid="challenge-report">
            <style>{PRINT_CSS}</style>
            <div class="mb-4 flex flex-wrap gap-2" data-print="hide">
              <A href={`/tantangan/${ch().id}`} class="inline-flex min-h-11 items-center text-sm text-teal-800 underline">
                ← {t('solution.back')}
              </A>
              <span class="grow" />
              <Button variant="secondary" class="min-h-11" onClick={() => window.print()}>
                {t('report.print')}
              </Button>
              <Button class="min-h-11" data-testid="report-markdown" onClick={() => downloadText(reportFileName(ch()), challengeReportMarkdown(ch(), lineage()), 'text/markdown;charset=utf-8')}>
                {t('report.download')}
              </Button>
            </div>
            <h1 class="text-2xl font-bold">{ch().title}</h1>
            <p class="mt-1 text-sm text-slate-600">
              {t('report.subtitle', { stage: t(`challenge.stage.${ch().stage}`), date: formatDate(new Date().toISOString()) })}
            </p>
            <section class="mt-4">
              <h2 class="text-lg font-semibold">{t('challenge.problem')}</h2>
              {/* eslint-disable-next-line solid/no-innerhtml -- sanitized by the server */}
              <div class="post-body text-sm" innerHTML={ch().problemHtml} />
              <p class="mt-2 text-sm">
                <strong>{t('challenge.indicators')}:</strong> {ch().indicators.map((i) => `${i.number}. ${i.name}`).join('; ')}
              </p>
              <p class="text-sm">
                <strong>{t('challenge.regions')}:</strong> {byProvince(ch().regions).map((g) => `${g.name}: ${g.regions.map((r) => r.name).join(', ')}`).join(' · ')}
              </p>
            </section>
            <section class="mt-4">
              <h2 class="text-lg font-semibold">{t('team.title', { count: ch().teamCount })}</h2>
              <ul class="list-disc pl-5 text-sm">
                <For each={ch().team}>{(m) => <li>{m.user?.name} ({t(`team.role.${m.role}`)}{m.user?.region ? `, ${m.user.region.name}` : ''})</li>}</For>
              </ul>
            </section>
            <section class="mt-4">
              <h2 class="text-lg font-semibold">{t('challenge.tab.solusi')}</h2>
              <Show when={ch().solutions.length > 0} fallback={<p class="text-sm">{t('solutions.empty')}</p>}>
                <For each={ch().solutions}>
                  {(s) => (
                    <div class="mt-3 border-t border-slate-200 pt-2" data-testid="report-solution">
                      <h3 class="font-semibold">{s.title}</h3>
                      <p class="text-sm">
                        {t(`solutions.status.${s.status}`)} · {t('solutions.by', { name: s.author?.name ?? '', region: s.region?.name ?? '' })} · {t('report.supports', { count: s.supportCount })} · {t('report.endorsements', { count: s.endorsementCount })}
                      </p>
                      <For each={s.endorsements}>{(e) => <p class="text-sm">{t('solutions.endorsedBy', { region: e.region?.name ?? '' })}: “{e.statement}”</p>}</For>
                      <Show when={s.trialPlan}>
                        <p class="text-sm">
                          <strong>{t('solutions.trialPlan')}:</strong> {s.trialPlan}
                        </p>
                      </Show>
                      <Show when={s.results.length > 0}>
                        <ResultsTable results={s.results} />
                      </Show>
                      <Show when={lineage()[s.id]}>
                        {(text) => (
                          <p class="mt-1 text-sm" data-testid="report-lineage">
                            <strong>{t('lineage.title')}:</strong> {text()}
                          </p>
                        )}
                      </Show>
                    </div>
                  )}
                </For>
              </Show>
            </section>
            <section class="mt-4">
              <h2 class="text-lg font-semibold">{t('challenge.tab.linimasa')}</h2>
              <ul class="text-sm">
                <For each={ch().timeline}>
                  {(step) => (
                    <li>
                      {fullTime(step.at)}: {step.fromStage ? t('timeline.moved', { from: t(`challenge.stage.${step.fromStage}`), to: t(`challenge.stage.${step.toStage}`) }) : t('timeline.opened')}
                      {step.by ? ` (${step.by.name})` : ''}
                      {step.note ? `: ${step.note}` : ''}
                    </li>
                  )}
                </For>
              </ul>
            </section>
          </article>
        )}
      </Match>
    </Switch>
  );
}
