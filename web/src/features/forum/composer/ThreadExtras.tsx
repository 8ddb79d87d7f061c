import { t } from '../i18n';
import { Field } from '../../../lib/ui/Field';

type ExtraField = 'indicators' | 'regions' | 'tags';

interface Props {
  indicators: string;
  /** The framework's highest indicator number, once known. */
  indicatorMax: number | null;
  regions: string;
  tags: string;
  onChange: (field: ExtraField, value: string) => void;
}

/** Optional SPBE indicator numbers, region codes and tags, folded away until wanted. */
export function ThreadExtras(props: Props) {
  const filled = () => !!(props.indicators || props.regions || props.tags);
  return (
    <details class="rounded-md border border-slate-200" open={filled()}>
      <summary class="min-h-10 cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">{t('forum.compose.extras')}</summary>
      <div class="grid gap-3 border-t border-slate-100 p-3 sm:grid-cols-3">
        <Field
          label={t('forum.compose.indicators')}
          testid="thread-indicators-input"
          hint={props.indicatorMax ? t('forum.compose.indicatorsHint', { max: props.indicatorMax }) : t('forum.compose.indicatorsHintAny')}
          inputMode="numeric"
          value={props.indicators}
          onInput={(e) => props.onChange('indicators', e.currentTarget.value)}
        />
        <Field
          label={t('forum.compose.regions')}
          testid="thread-regions-input"
          hint={t('forum.compose.regionsHint')}
          value={props.regions}
          onInput={(e) => props.onChange('regions', e.currentTarget.value)}
        />
        <Field
          label={t('forum.compose.tags')}
          testid="thread-tags-input"
          hint={t('forum.compose.tagsHint')}
          value={props.tags}
          onInput={(e) => props.onChange('tags', e.currentTarget.value)}
        />
      </div>
    </details>
  );
}
