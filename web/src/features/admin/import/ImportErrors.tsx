import { For } from 'solid-js';
import type { ImportAssessmentsMutation } from '../../../gql/graphql';
import { t } from '../i18n';

export type ImportRowError = ImportAssessmentsMutation['importAssessments']['errors'][number];

interface Props {
  errors: ImportRowError[];
}

/** Every problem the server found, by line; nothing was stored. */
export function ImportErrors(props: Props) {
  return (
    <div class="rounded-md border border-red-200 bg-white">
      <p role="alert" class="border-b border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
        {t('import.failed', { count: props.errors.length })}
      </p>
      <div class="overflow-x-auto">
        <table data-testid="import-errors" class="w-full text-left text-sm">
          <caption class="sr-only">{t('import.errorsCaption')}</caption>
          <thead class="bg-slate-50 text-xs text-slate-500">
            <tr>
              <th scope="col" class="px-3 py-2 font-medium">{t('import.col.line')}</th>
              <th scope="col" class="px-3 py-2 font-medium">{t('import.col.region')}</th>
              <th scope="col" class="px-3 py-2 font-medium">{t('import.col.column')}</th>
              <th scope="col" class="px-3 py-2 font-medium">{t('import.col.message')}</th>
            </tr>
          </thead>
          <tbody class="divide-y divide-slate-100">
            <For each={props.errors}>
              {(e) => (
                <tr data-testid="import-error-row">
                  <td class="px-3 py-2 tabular-nums">{e.line}</td>
                  <td class="px-3 py-2 tabular-nums">{e.regionCode ?? '—'}</td>
                  <td class="px-3 py-2 font-mono text-xs">{e.column ?? '—'}</td>
                  <td class="px-3 py-2">{e.message}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </div>
  );
}
