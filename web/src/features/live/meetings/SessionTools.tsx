import { createSignal, Show, type JSX } from 'solid-js';
import { createMutation, createQuery, useClient } from '@urql/solid';
import type { CombinedError } from '@urql/core';
import type { ExportFormat } from '../../../gql/graphql';
import { ConvertQuestionsMutation, LiveSessionExportQuery } from '../queries/meetings';
import { ForumCategoriesQuery } from '../../forum/queries/feed';
import { downloadText } from '../../../lib/download';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Select } from '../../../lib/ui/Select';

interface Props {
  session: { id: string; code: string };
  /** Shown first in the row of buttons (closing or reopening the session). */
  before?: JSX.Element;
}

const FILES: Record<ExportFormat, { ext: string; type: string }> = {
  CSV: { ext: 'csv', type: 'text/csv;charset=utf-8' },
  MARKDOWN: { ext: 'md', type: 'text/markdown;charset=utf-8' },
};

/** After (or during) a session: the minutes as CSV or Markdown, and unanswered questions into the forum. */
export function SessionTools(props: Props) {
  const client = useClient();
  const [busy, setBusy] = createSignal<ExportFormat | null>(null);
  const [exportError, setExportError] = createSignal<CombinedError>();
  const [categoryId, setCategoryId] = createSignal('');
  const [categories] = createQuery({ query: ForumCategoriesQuery });
  const [converted, convert] = createMutation(ConvertQuestionsMutation);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    const res = await client.query(LiveSessionExportQuery, { sessionId: props.session.id, format }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    setExportError(res.error);
    const text = res.data?.liveSessionExport;
    if (text === undefined) return;
    // A byte-order mark so spreadsheet programs read the CSV as UTF-8.
    downloadText(`rembuk-${props.session.code}.${FILES[format].ext}`, format === 'CSV' ? `\uFEFF${text}` : text, FILES[format].type);
  };

  return (
    <div class="flex flex-col gap-3 border-t border-slate-100 pt-3">
      <div class="flex flex-wrap gap-2">
        {props.before}
        <Button variant="secondary" class="min-h-9" data-testid="export-csv" busy={busy() === 'CSV'} onClick={() => void download('CSV')}>
          {t('session.exportCsv')}
        </Button>
        <Button variant="secondary" class="min-h-9" data-testid="export-md" busy={busy() === 'MARKDOWN'} onClick={() => void download('MARKDOWN')}>
          {t('session.exportMd')}
        </Button>
      </div>
      <ErrorBox error={exportError()} />
      <div class="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Select
          label={t('session.convertCategory')}
          testid="session-convert-category"
          class="sm:min-w-64"
          value={categoryId()}
          options={[{ value: '', label: '—', disabled: true }, ...(categories.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(e) => setCategoryId(e.currentTarget.value)}
        />
        <Button
          variant="secondary"
          data-testid="session-convert"
          disabled={!categoryId()}
          busy={converted.fetching}
          onClick={() => void convert({ sessionId: props.session.id, categoryId: categoryId() })}
        >
          {t('session.convert')}
        </Button>
      </div>
      <p class="text-xs text-slate-500">{t('session.convertHint')}</p>
      <Show when={typeof converted.data?.convertQuestionsToThreads === 'number'}>
        <p role="status" data-testid="session-converted" class="text-sm text-teal-900">
          {t('session.converted', { count: converted.data?.convertQuestionsToThreads ?? 0 })}
        </p>
      </Show>
      <ErrorBox error={converted.error} />
    </div>
  );
}
