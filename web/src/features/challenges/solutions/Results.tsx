import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { limits } from '../../../gql/limits';
import { RecordResultMutation } from '../queries/solution';
import type { SolutionData } from '../challenge/context';
import { fieldErrors } from '../ui/serverErrors';
import { formatDate, formatNumber } from '../../../lib/format';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { t } from '../i18n';

type Result = SolutionData['results'][number];

/** Results as a table that scrolls sideways on phones: metric, baseline, target, measured, progress. */
export function ResultsTable(props: { results: Result[] }) {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v));
  return (
    // Focusable so keyboard users can scroll a table wider than a phone (WCAG 2.1.1).
    <div class="overflow-x-auto" tabindex="0" role="region" aria-label={t('results.caption')}>
      <table class="w-full min-w-[32rem] text-left text-sm" data-testid="results-table">
        <caption class="sr-only">{t('results.caption')}</caption>
        <thead class="text-xs text-slate-500">
          <tr>
            <th scope="col" class="py-1 pr-2">{t('results.metric')}</th>
            <th scope="col" class="py-1 pr-2">{t('results.baseline')}</th>
            <th scope="col" class="py-1 pr-2">{t('results.target')}</th>
            <th scope="col" class="py-1 pr-2">{t('results.measured')}</th>
            <th scope="col" class="py-1 pr-2">{t('results.progress')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.results}>
            {(r) => (
              <tr class="border-t border-slate-100 align-top" data-testid="result-row">
                <th scope="row" class="py-1 pr-2 font-medium">
                  {r.metric}
                  <Show when={r.unit}> ({r.unit})</Show>
                  <Show when={r.region}>{(reg) => <span class="block text-xs font-normal text-slate-500">{reg().name} · {formatDate(r.recordedAt)}</span>}</Show>
                  <Show when={r.outcome}>
                    <span class="block text-xs font-normal text-slate-600">{r.outcome}</span>
                  </Show>
                </th>
                <td class="py-1 pr-2 tabular-nums">{n(r.baseline)}</td>
                <td class="py-1 pr-2 tabular-nums">{n(r.target)}</td>
                <td class="py-1 pr-2 tabular-nums">{n(r.measured)}</td>
                <td class="py-1 pr-2">
                  <progress max="100" value={r.progress} class="h-2 w-20 accent-teal-700" aria-label={t('results.progressOf', { metric: r.metric })} /> <span class="tabular-nums">{r.progress}%</span>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

/** The team records a measured result of a selected solution's trial. */
export function RecordResultForm(props: { solutionId: string }) {
  const [state, record] = createMutation(RecordResultMutation);
  const [open, setOpen] = createSignal(false);
  const [v, setV] = createSignal({ metric: '', unit: '', baseline: '', target: '', measured: '', progress: '0', outcome: '' });
  const server = () => fieldErrors(state.error);
  const set = (k: keyof ReturnType<typeof v>) => (e: { currentTarget: HTMLInputElement }) => setV({ ...v(), [k]: e.currentTarget.value });
  const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));
  const submit = async (e: Event) => {
    e.preventDefault();
    const x = v();
    const result = await record({
      input: {
        solutionId: props.solutionId,
        metric: x.metric.trim(),
        unit: x.unit.trim() || null,
        baseline: num(x.baseline) ?? 0,
        target: num(x.target) ?? 0,
        measured: num(x.measured),
        progress: Math.max(0, Math.min(100, Math.round(num(x.progress) ?? 0))),
        outcome: x.outcome.trim() || null,
      },
    });
    if (!result.error) {
      setOpen(false);
      setV({ metric: '', unit: '', baseline: '', target: '', measured: '', progress: '0', outcome: '' });
    }
  };
  return (
    <Show
      when={open()}
      fallback={
        <Button variant="secondary" class="min-h-11 self-start" data-testid="result-open" onClick={() => setOpen(true)}>
          {t('results.record')}
        </Button>
      }
    >
      <form class="grid gap-2 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2" onSubmit={submit} noValidate>
        <Field label={t('results.metric')} value={v().metric} maxLength={limits.challenge.metricMax} error={server().byField.metric} onInput={set('metric')} testid="result-metric" />
        <Field label={t('results.unit')} value={v().unit} maxLength={limits.challenge.unitMax} onInput={set('unit')} />
        <Field label={t('results.baseline')} inputMode="decimal" value={v().baseline} error={server().byField.baseline} onInput={set('baseline')} testid="result-baseline" />
        <Field label={t('results.target')} inputMode="decimal" value={v().target} error={server().byField.target} onInput={set('target')} testid="result-target" />
        <Field label={t('results.measured')} inputMode="decimal" value={v().measured} onInput={set('measured')} testid="result-measured" />
        <Field label={t('results.progressField')} type="number" min="0" max="100" value={v().progress} error={server().byField.progress} onInput={set('progress')} />
        <Field label={t('results.outcome')} class="sm:col-span-2" value={v().outcome} maxLength={limits.challenge.outcomeMax} onInput={set('outcome')} />
        <div class="sm:col-span-2">
          <ErrorBox message={server().general} />
        </div>
        <div class="flex gap-2 sm:col-span-2">
          <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="result-submit">
            {t('results.save')}
          </Button>
          <Button variant="ghost" class="min-h-11" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Show>
  );
}
