import { createSignal, createUniqueId, For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { ChallengeRegionSearchQuery } from '../queries/list';
import { inputClass } from '../../../lib/ui/Field';
import { createDebounced } from '../../../lib/debounce';
import { t } from '../i18n';

export interface PickedRegion {
  code: string;
  name: string;
}

/** Finds a kabupaten/kota by name or code and hands it over; the list below the input offers up to 8. */
export function RegionPicker(props: { label: string; onPick: (region: PickedRegion) => void; exclude: string[]; testid?: string; error?: string }) {
  const [text, setText] = createSignal('');
  const [search, update, setSearch] = createDebounced('', 250);
  const [found] = createQuery({ query: ChallengeRegionSearchQuery, variables: () => ({ search: search() }), pause: () => search().length < 2 });
  const options = () => (found.data?.regions.edges ?? []).map((e) => e.node).filter((r) => !props.exclude.includes(r.code));
  const id = `region-picker-${createUniqueId()}`;
  return (
    <div class="flex flex-col gap-1">
      <label for={id} class="text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <input
        id={id}
        data-testid={props.testid}
        class={inputClass}
        value={text()}
        placeholder={t('challenges.regionSearchPlaceholder')}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        autocomplete="off"
        onInput={(e) => {
          setText(e.currentTarget.value);
          update(e.currentTarget.value.trim());
        }}
      />
      <Show when={search().length >= 2 && options().length > 0}>
        <ul class="rounded-md border border-slate-200 bg-white" aria-label={t('challenges.regionResults')}>
          <For each={options()}>
            {(r) => (
              <li>
                <button
                  type="button"
                  data-testid="region-option"
                  class="flex min-h-11 w-full items-center justify-between gap-2 px-3 text-left text-sm hover:bg-teal-50 focus-visible:outline-2 focus-visible:outline-teal-700"
                  onClick={() => {
                    props.onPick({ code: r.code, name: r.name });
                    setText('');
                    setSearch('');
                  }}
                >
                  <span>{r.name}</span>
                  <span class="text-xs text-slate-500">
                    {r.province.name} · {r.code}
                  </span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.error}>
        <p id={`${id}-error`} class="text-sm text-red-700">
          {props.error}
        </p>
      </Show>
    </div>
  );
}
