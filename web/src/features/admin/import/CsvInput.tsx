import { createSignal, Show } from 'solid-js';
import { t } from '../i18n';
import { inputClass } from '../../../lib/ui/Field';
import { limits } from '../../../gql/limits';

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** Shown as the example header, e.g. region_code,i1,…,i47. */
  header: string;
}

export const MAX_CSV_BYTES = limits.assessment.csvMaxBytes;

/** A textarea for pasted CSV plus a file picker that loads a .csv file into it. */
export function CsvInput(props: Props) {
  const [fileError, setFileError] = createSignal('');
  const [fileName, setFileName] = createSignal('');

  const pick = async (e: Event & { currentTarget: HTMLInputElement }) => {
    const file = e.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setFileError(t('import.fileTooLarge'));
      return;
    }
    setFileError('');
    setFileName(file.name);
    props.onChange(await file.text());
  };

  return (
    <div class="flex flex-col gap-2">
      <label for="import-csv" class="text-sm font-medium text-slate-700">
        {t('import.csv')}
      </label>
      <p id="import-csv-hint" class="text-xs text-slate-600">
        {t('import.csvHint')} <code class="break-all rounded bg-slate-100 px-1">{props.header}</code>
      </p>
      <textarea
        id="import-csv"
        data-testid="import-csv"
        aria-describedby="import-csv-hint"
        rows="8"
        spellcheck={false}
        class={`${inputClass} font-mono text-xs`}
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
      <div class="flex flex-wrap items-center gap-2 text-sm">
        <label class="inline-flex min-h-10 cursor-pointer items-center rounded-md bg-white px-4 py-2 font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100 focus-within:outline-2 focus-within:outline-teal-700">
          {t('import.pickFile')}
          <input type="file" accept=".csv,text/csv,text/plain" class="sr-only" data-testid="import-file" onChange={(e) => void pick(e)} />
        </label>
        <Show when={fileName()}>
          <span class="text-slate-600">{fileName()}</span>
        </Show>
      </div>
      <Show when={fileError()}>
        <p role="alert" class="text-sm text-red-700">
          {fileError()}
        </p>
      </Show>
    </div>
  );
}
