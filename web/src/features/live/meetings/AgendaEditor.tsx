import { Index, Show } from 'solid-js';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { inputClass } from '../../../lib/ui/Field';
import { limits } from '../../../gql/limits';

export interface AgendaDraft {
  title: string;
  /** datetime-local value, or empty. */
  time: string;
}

interface Props {
  items: AgendaDraft[];
  onChange: (items: AgendaDraft[]) => void;
}

/** Agenda items with an optional time each; added and removed in place. */
export function AgendaEditor(props: Props) {
  const set = (i: number, patch: Partial<AgendaDraft>) => props.onChange(props.items.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  return (
    <fieldset class="flex min-w-0 flex-col gap-2">
      <legend class="mb-1 text-sm font-medium text-slate-700">{t('meeting.agenda')}</legend>
      <Show when={!props.items.length}>
        <p class="text-sm text-slate-500">{t('meeting.agenda.empty')}</p>
      </Show>
      <ol class="flex flex-col gap-2">
        <Index each={props.items}>
          {(item, i) => (
            <li data-testid="agenda-item" class="flex flex-col gap-2 rounded-md border border-slate-200 p-2 sm:flex-row sm:items-center">
              <input
                data-testid="agenda-title-input"
                class={inputClass}
                aria-label={t('meeting.agenda.item', { n: i + 1 })}
                placeholder={t('meeting.agenda.item', { n: i + 1 })}
                maxLength={limits.meeting.agendaTitleMax}
                value={item().title}
                onInput={(e) => set(i, { title: e.currentTarget.value })}
              />
              <div class="flex gap-2">
                <input
                  type="datetime-local"
                  data-testid="agenda-time-input"
                  class={`${inputClass} min-w-0 flex-1 sm:w-56 sm:flex-none`}
                  aria-label={t('meeting.agenda.time', { n: i + 1 })}
                  value={item().time}
                  onInput={(e) => set(i, { time: e.currentTarget.value })}
                />
                <Button variant="ghost" class="px-3" data-testid="agenda-remove" aria-label={t('meeting.agenda.remove', { n: i + 1 })} onClick={() => props.onChange(props.items.filter((_, j) => j !== i))}>
                  ×
                </Button>
              </div>
            </li>
          )}
        </Index>
      </ol>
      <Show when={props.items.length < limits.meeting.agendaItemsMax}>
        <Button variant="secondary" class="self-start" data-testid="agenda-add" onClick={() => props.onChange([...props.items, { title: '', time: '' }])}>
          + {t('meeting.agenda.add')}
        </Button>
      </Show>
    </fieldset>
  );
}
