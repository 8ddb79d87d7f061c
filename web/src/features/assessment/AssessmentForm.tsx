import { createMemo, createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { AssessmentScreenFieldsFragment, AssessmentScreenQuery } from '../../gql/graphql';
import { announce } from '../../lib/a11y/announce';
import { errorFields, errorMessage } from '../../lib/errors';
import { formatPercent, formatScore } from '../../lib/format';
import { Card } from '../../lib/ui/Card';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { IndicatorRow } from './IndicatorRow';
import { SaveBar } from './SaveBar';
import { ScoreSummary } from './ScoreSummary';
import { FRAMEWORK_CODE } from './paths';
import { RecordAssessmentMutation } from './queries';
import { t } from './i18n';

type RegionData = NonNullable<AssessmentScreenQuery['region']>;
type FrameworkData = NonNullable<AssessmentScreenQuery['spbeFramework']>;

interface Props {
  region: RegionData;
  framework: FrameworkData;
  year: number;
  /** The assessment of that year as the server has it; absent when none was saved yet. */
  assessment?: AssessmentScreenFieldsFragment;
  signedIn: boolean;
}

interface GroupScoreView {
  score?: number | null;
  provisionalScore?: number | null;
  completeness: number;
}

/** A domain's or aspect's score: final when complete, else provisional with how far along it is. */
function groupScore(g: GroupScoreView | undefined): string {
  if (!g) return '';
  if (g.score !== null && g.score !== undefined) return t('assess.groupScore', { score: formatScore(g.score) });
  const done = t('assess.groupComplete', { pct: formatPercent(g.completeness) });
  if (g.provisionalScore === null || g.provisionalScore === undefined) return done;
  return `${t('assess.groupProvisional', { score: formatScore(g.provisionalScore) })} · ${done}`;
}

/**
 * The levels of one assessment, grouped by domain and aspect. Choices stay on the page until
 * saved; saving merges them into the server's assessment (a partial one is a draft), and the
 * completeness and index shown are the ones the server answers with.
 */
export function AssessmentForm(props: Props) {
  const [saving, record] = createMutation(RecordAssessmentMutation);
  const [chosen, setChosen] = createSignal<Record<number, number>>({});
  const [clientError, setClientError] = createSignal('');
  // A first save creates the assessment: the answer stands in until the region's list is read again.
  const [created, setCreated] = createSignal<AssessmentScreenFieldsFragment | null>(null);
  const current = () => props.assessment ?? (created()?.year === props.year ? (created() ?? undefined) : undefined);
  const saved = createMemo(() => new Map((current()?.levels ?? []).map((l) => [l.indicator, l.level])));
  const changes = () =>
    Object.entries(chosen())
      .map(([indicator, level]) => ({ indicator: Number(indicator), level }))
      .filter((c) => saved().get(c.indicator) !== c.level);
  const indicators = () => props.framework.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators));
  const completes = () => {
    const filled = new Set([...saved().keys(), ...changes().map((c) => c.indicator)]);
    return indicators().every((i) => filled.has(i.number));
  };
  const editable = () => props.region.viewerCanRecordAssessment;
  // The indicators the server refused (`levels.<number>`), each marked where it is.
  const refused = createMemo(() => new Set(errorFields(saving.error).flatMap((f) => (/^levels\.(\d+)$/.exec(f) ? [Number(f.split('.')[1])] : []))));
  const summary = () =>
    current() ?? { index: null, provisionalIndex: null, predicate: null, completeness: 0, levelCount: 0, indicatorCount: indicators().length };

  const choose = (indicator: number, level: number) => {
    setClientError('');
    setChosen((c) => ({ ...c, [indicator]: level }));
  };
  const save = async () => {
    const levels = changes();
    if (levels.length === 0) return setClientError(t('assess.nothingToSave'));
    setClientError('');
    const result = await record({ input: { regionCode: props.region.code, frameworkCode: FRAMEWORK_CODE, year: props.year, levels } });
    const a = result.data?.recordAssessment;
    if (!a) return;
    setCreated(a);
    setChosen({});
    announce(a.index !== null && a.index !== undefined ? t('assess.savedComplete', { index: formatScore(a.index) }) : t('assess.savedDraft', { pct: formatPercent(a.completeness) }));
  };
  const saveBar = (testid: string) => (
    <div class="flex flex-col gap-2">
      <ErrorBox message={clientError() || (saving.error ? errorMessage(saving.error) : '')} />
      <SaveBar unsaved={changes().length} completes={completes()} busy={saving.fetching} onSave={save} onDiscard={() => setChosen({})} testid={testid} />
    </div>
  );

  return (
    <div class="flex flex-col gap-4">
      <Card title={t('assess.summary')}>
        <ScoreSummary assessment={summary()} />
        <Show when={!current()}>
          <p class="mt-3 text-sm text-slate-700">{editable() ? t('assess.new', { year: props.year }) : t('assess.none', { year: props.year })}</p>
        </Show>
        <Show when={!editable()}>
          <p role="note" class="mt-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="assessment-readonly">
            {t('assess.readOnly')}
          </p>
        </Show>
        <Show when={editable()}>
          <div class="mt-3">{saveBar('assessment-save')}</div>
        </Show>
      </Card>
      <Card title={t('assess.levels')}>
        <ol class="grid gap-1 text-sm sm:grid-cols-2">
          <For each={props.framework.levels}>
            {(l) => (
              <li class="flex gap-2">
                <span class="w-5 shrink-0 text-right font-semibold tabular-nums">{l.level}</span>
                <span>{l.name}</span>
              </li>
            )}
          </For>
        </ol>
      </Card>
      <For each={props.framework.domains}>
        {(domain) => (
          <Card
            title={t('assess.domain', { number: domain.number, name: domain.name })}
            actions={<span class="text-sm tabular-nums text-slate-700">{groupScore(current()?.domainScores.find((d) => d.domain.number === domain.number))}</span>}
          >
            <For each={domain.aspects}>
              {(aspect) => (
                <section class="mt-2 first:mt-0" aria-labelledby={`aspect-${aspect.number}`}>
                  <div class="flex flex-wrap items-baseline justify-between gap-x-2 border-b border-slate-200 pb-1">
                    <h3 id={`aspect-${aspect.number}`} class="text-sm font-semibold text-slate-900">
                      {t('assess.aspect', { number: aspect.number, name: aspect.name })}
                    </h3>
                    <span class="text-xs tabular-nums text-slate-700">{groupScore(current()?.aspectScores.find((a) => a.aspect.number === aspect.number))}</span>
                  </div>
                  <ol>
                    <For each={aspect.indicators}>
                      {(indicator) => (
                        <IndicatorRow
                          indicator={indicator}
                          levels={props.framework.levels}
                          saved={saved().get(indicator.number)}
                          chosen={chosen()[indicator.number]}
                          editable={editable()}
                          onChoose={(level) => choose(indicator.number, level)}
                          error={refused().has(indicator.number) ? errorMessage(saving.error) : undefined}
                          frameworkCode={FRAMEWORK_CODE}
                          regionCode={props.region.code}
                          signedIn={props.signedIn}
                        />
                      )}
                    </For>
                  </ol>
                </section>
              )}
            </For>
          </Card>
        )}
      </For>
      <Show when={editable()}>{saveBar('assessment-save-end')}</Show>
    </div>
  );
}
