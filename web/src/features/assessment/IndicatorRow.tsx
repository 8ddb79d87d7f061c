import { createSignal, For, Show } from 'solid-js';
import { formatWeight } from '../../lib/format';
import { LearnFrom } from './LearnFrom';
import { t } from './i18n';

export interface FrameworkLevelView {
  level: number;
  name: string;
}

interface Props {
  indicator: { number: number; name: string; weightPercent: number };
  levels: FrameworkLevelView[];
  /** The level the server has (undefined when none). */
  saved?: number;
  /** A level chosen here and not saved yet. */
  chosen?: number;
  editable: boolean;
  onChoose: (level: number) => void;
  error?: string;
  frameworkCode: string;
  regionCode: string;
  signedIn: boolean;
}

/**
 * One indicator: its level as a group of radio buttons (large enough to tap, each named by its
 * number and the framework's level name), or as text when the viewer may not change it.
 */
export function IndicatorRow(props: Props) {
  const [learning, setLearning] = createSignal(false);
  const shown = () => props.chosen ?? props.saved;
  const nameOf = (level: number | undefined) => props.levels.find((l) => l.level === level)?.name ?? '';
  const legend = () => t('assess.indicator', { number: props.indicator.number, name: props.indicator.name });
  const errorId = () => `indicator-${props.indicator.number}-error`;
  const learnId = () => `indicator-${props.indicator.number}-learn`;
  return (
    <li class="border-t border-slate-100 py-3 first:border-t-0" data-testid={`indicator-${props.indicator.number}`}>
      <Show
        when={props.editable}
        fallback={
          <div>
            <p class="text-sm font-medium">{legend()}</p>
            <p class="mt-1 text-sm text-slate-700" data-testid={`indicator-${props.indicator.number}-level`}>
              {shown() === undefined ? t('assess.unset') : t('assess.levelChoice', { level: shown() ?? '', name: nameOf(shown()) })}
            </p>
          </div>
        }
      >
        <fieldset aria-describedby={props.error ? errorId() : undefined} aria-invalid={props.error ? 'true' : undefined}>
          <legend class="text-sm font-medium">
            {legend()} <span class="text-xs font-normal text-slate-600">({formatWeight(props.indicator.weightPercent)})</span>
          </legend>
          <div class="mt-2 flex flex-wrap gap-2">
            <For each={props.levels}>
              {(l) => (
                <label class="cursor-pointer" data-testid={`level-${props.indicator.number}-${l.level}`}>
                  <input
                    type="radio"
                    class="peer sr-only"
                    name={`indicator-${props.indicator.number}`}
                    value={l.level}
                    checked={shown() === l.level}
                    onChange={() => props.onChoose(l.level)}
                  />
                  <span class="flex h-11 w-12 items-center justify-center rounded-md bg-white text-base font-semibold tabular-nums text-slate-800 ring-1 ring-slate-400 peer-checked:bg-teal-700 peer-checked:text-white peer-checked:ring-teal-800 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-700">
                    {l.level}
                    <span class="sr-only"> {l.name}</span>
                  </span>
                </label>
              )}
            </For>
          </div>
          <p class="mt-1 text-sm text-slate-700" data-testid={`indicator-${props.indicator.number}-level`}>
            {shown() === undefined ? t('assess.unset') : t('assess.levelChoice', { level: shown() ?? '', name: nameOf(shown()) })}
            <Show when={props.chosen !== undefined && props.chosen !== props.saved}>
              {' '}
              <span class="font-medium text-amber-800">({t('assess.changed')})</span>
            </Show>
          </p>
          <Show when={props.error}>
            <p id={errorId()} class="mt-1 text-sm text-red-700">
              {props.error}
            </p>
          </Show>
        </fieldset>
      </Show>
      <button
        type="button"
        class="mt-1 inline-flex min-h-11 items-center text-sm text-teal-800 underline"
        aria-expanded={learning() ? 'true' : 'false'}
        data-testid={`learn-toggle-${props.indicator.number}`}
        onClick={() => setLearning((v) => !v)}
      >
        {t('learn.toggle')}
      </button>
      <Show when={learning()}>
        <LearnFrom id={learnId()} frameworkCode={props.frameworkCode} indicator={props.indicator.number} above={props.saved ?? 0} regionCode={props.regionCode} signedIn={props.signedIn} />
      </Show>
    </li>
  );
}
