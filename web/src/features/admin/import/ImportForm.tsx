import { createMemo, createSignal, Match, Switch } from 'solid-js';
import { createMutation, createQuery } from '@urql/solid';
import { ImportAssessmentsMutation, ImportFrameworksQuery } from './queries';
import { CsvInput } from './CsvInput';
import { ImportErrors } from './ImportErrors';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';

export function csvHeader(indicatorCount: number): string {
  return ['region_code', ...Array.from({ length: indicatorCount }, (_, i) => `i${i + 1}`)].join(',');
}

/** Upload one year of assessments as CSV; shows the count stored or every row error. */
export function ImportForm() {
  const [frameworks] = createQuery({ query: ImportFrameworksQuery });
  const [chosen, setChosen] = createSignal('');
  const [year, setYear] = createSignal(String(new Date().getFullYear()));
  const [csv, setCsv] = createSignal('');
  const [localError, setLocalError] = createSignal('');
  const [result, runImport] = createMutation(ImportAssessmentsMutation);

  const usable = () => (frameworks.data?.spbeFrameworks ?? []).filter((f) => !f.isDraft);
  const framework = createMemo(() => usable().find((f) => f.code === chosen()) ?? usable()[0]);
  // The framework says how many indicator columns there are; until it is read, only the first column.
  const header = () => csvHeader(framework()?.indicatorCount ?? 0);
  const payload = () => result.data?.importAssessments;

  const downloadTemplate = () => {
    const url = URL.createObjectURL(new Blob([`${header()}\n`], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${framework()?.code ?? 'spbe'}-${year()}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const y = Number(year());
    const fw = framework();
    if (!Number.isInteger(y) || y < 2000 || y > 2100) return setLocalError(t('import.yearInvalid'));
    if (!csv().trim()) return setLocalError(t('import.csvEmpty'));
    if (!fw) return setLocalError(t('import.noFramework'));
    setLocalError('');
    await runImport({ frameworkCode: fw.code, year: y, csv: csv() });
  };

  return (
    <Card>
      <form class="flex flex-col gap-4" onSubmit={submit}>
        <div class="grid gap-3 sm:grid-cols-[2fr_1fr]">
          <Select
            label={t('import.framework')}
            value={framework()?.code ?? ''}
            options={(frameworks.data?.spbeFrameworks ?? []).map((f) => ({
              value: f.code,
              label: f.isDraft ? `${f.title} (${t('import.draft')})` : f.title,
              disabled: f.isDraft,
            }))}
            onChange={(e) => setChosen(e.currentTarget.value)}
          />
          <Field label={t('import.year')} testid="import-year" type="number" inputMode="numeric" min="2000" max="2100" required value={year()} onInput={(e) => setYear(e.currentTarget.value)} />
        </div>
        <CsvInput value={csv()} onChange={setCsv} header={header()} />
        <div class="flex flex-wrap gap-2">
          <Button type="submit" data-testid="import-submit" busy={result.fetching}>
            {t('import.submit')}
          </Button>
          <Button variant="ghost" disabled={!framework()} onClick={downloadTemplate}>
            {t('import.template')}
          </Button>
        </div>
        <ErrorBox message={localError()} error={frameworks.error ?? result.error} />
        <Switch>
          <Match when={payload()?.ok}>
            <p data-testid="import-success" role="status" class="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
              {t('import.success', { count: payload()?.imported ?? 0, year: result.operation?.variables.year ?? year() })}
            </p>
          </Match>
          <Match when={payload() && !payload()?.ok}>
            <ImportErrors errors={payload()?.errors ?? []} />
          </Match>
        </Switch>
      </form>
    </Card>
  );
}
