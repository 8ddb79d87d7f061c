import { For } from 'solid-js';
import { t } from '../i18n';

interface Chip {
  value: string;
  label: string;
}

/** Chosen values as removable chips; each remove button names what it removes. */
export function Chips(props: { items: Chip[]; onRemove: (value: string) => void; label: string; testid?: string }) {
  return (
    <ul class="flex flex-wrap gap-2" aria-label={props.label} data-testid={props.testid}>
      <For each={props.items}>
        {(chip) => (
          <li class="inline-flex items-center gap-1 rounded-full bg-teal-50 pl-3 text-sm text-teal-900 ring-1 ring-teal-300">
            <span>{chip.label}</span>
            <button type="button" class="inline-flex h-11 w-11 items-center justify-center rounded-full hover:bg-teal-100" aria-label={t('challenges.remove', { name: chip.label })} onClick={() => props.onRemove(chip.value)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
