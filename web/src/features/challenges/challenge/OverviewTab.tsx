import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ChallengeData, Viewer } from './context';
import { StageControl } from './StageControl';
import { WORKING_STAGES } from '../stages';
import { formatDate } from '../../../lib/format';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

/** Owning regions grouped by province, provinces by name. */
export function byProvince(regions: ChallengeData['regions']) {
  const groups = new Map<string, { name: string; regions: ChallengeData['regions'] }>();
  for (const r of regions) {
    const g = groups.get(r.province.code) ?? { name: r.province.name, regions: [] };
    g.regions.push(r);
    groups.set(r.province.code, g);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function OverviewTab(props: { challenge: ChallengeData; viewer: Viewer }) {
  const c = () => props.challenge;
  const stageIndex = () => WORKING_STAGES.indexOf(c().stage);
  return (
    <div class="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <Card title={t('challenge.problem')}>
        {/* eslint-disable-next-line solid/no-innerhtml -- problemHtml is sanitized by the server like forum posts */}
        <div class="post-body text-sm" data-testid="challenge-problem-html" innerHTML={c().problemHtml} />
        <Show when={c().tags.length > 0}>
          <p class="mt-3 flex flex-wrap gap-2 text-xs text-slate-600">
            <For each={c().tags}>{(tag) => <span class="rounded bg-slate-100 px-2 py-1">#{tag}</span>}</For>
          </p>
        </Show>
      </Card>
      <div class="flex flex-col gap-4">
        <Card title={t('challenge.stage')}>
          <ol class="flex flex-col gap-1 text-sm" aria-label={t('challenge.stages')}>
            <For each={WORKING_STAGES}>
              {(stage, i) => (
                <li class={`flex items-center justify-between gap-2 rounded px-2 py-1 ${stage === c().stage ? 'bg-teal-50 font-semibold text-teal-900' : i() < stageIndex() ? 'text-slate-500' : 'text-slate-700'}`} aria-current={stage === c().stage ? 'step' : undefined}>
                  <span>
                    {i() + 1}. {t(`challenge.stage.${stage}`)}
                  </span>
                  <Show when={c().deadlines.find((d) => d.stage === stage)}>{(d) => <span class="text-xs font-normal">{t('challenge.due', { date: formatDate(d().dueAt) })}</span>}</Show>
                </li>
              )}
            </For>
          </ol>
          <Show when={c().stage === 'CLOSED' || c().stage === 'ARCHIVED'}>
            <p class="mt-2 text-sm font-medium text-slate-800">{t(`challenge.stage.${c().stage}`)}</p>
          </Show>
          <Show when={props.viewer.steer && c().stage !== 'CLOSED' && c().stage !== 'ARCHIVED'}>
            <div class="mt-3 border-t border-slate-100 pt-3">
              <StageControl challengeId={c().id} stage={c().stage} />
            </div>
          </Show>
        </Card>
        <Card title={t('challenge.regions')}>
          <For each={byProvince(c().regions)}>
            {(g) => (
              <div class="mb-2">
                <h3 class="text-xs font-semibold uppercase tracking-wide text-slate-500">{g.name}</h3>
                <ul class="text-sm">
                  <For each={g.regions}>
                    {(r) => (
                      <li>
                        <A href={`/wilayah/${r.code}`} class="inline-flex min-h-11 items-center text-teal-800 underline">
                          {r.name}
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            )}
          </For>
        </Card>
        <Card title={t('challenge.indicators')}>
          <ul class="flex flex-col gap-1 text-sm" data-testid="challenge-indicators">
            <For each={c().indicators}>
              {(i) => (
                <li>
                  <span class="font-medium">{t('challenge.indicatorShort', { number: i.number })}</span> {i.name}
                </li>
              )}
            </For>
          </ul>
          <Show when={c().cohort}>{(cohort) => <p class="mt-3 text-sm text-slate-600">{t('challenge.cohort', { name: cohort().name })}</p>}</Show>
        </Card>
      </div>
    </div>
  );
}
