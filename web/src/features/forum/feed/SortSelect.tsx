import { For } from 'solid-js';
import { t } from '../i18n';
import { inputClass } from '../../../lib/ui/Field';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

export function SortSelect(props: Props) {
  const sorts = () => [
    { value: 'LATEST_ACTIVITY', label: t('forum.sort.LATEST_ACTIVITY') },
    { value: 'NEWEST', label: t('forum.sort.NEWEST') },
    { value: 'MOST_REPLIES', label: t('forum.sort.MOST_REPLIES') },
  ];
  return (
    <label class="flex items-center gap-2 text-sm text-slate-600">
      <span class="whitespace-nowrap">{t('forum.sort.label')}</span>
      <select data-testid="feed-sort" class={`${inputClass} !w-auto`} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={sorts()}>{(s) => <option value={s.value} selected={s.value === props.value}>{s.label}</option>}</For>
      </select>
    </label>
  );
}
