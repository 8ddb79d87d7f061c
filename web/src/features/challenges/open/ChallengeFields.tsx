import { For, Show } from 'solid-js';
import { limits } from '../../../gql/limits';
import { WORKING_STAGES } from '../stages';
import { MarkdownField } from '../ui/MarkdownField';
import { Chips } from '../ui/Chips';
import { RegionPicker } from '../ui/RegionPicker';
import { Field, inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { t } from '../i18n';
import type { ChallengeForm } from './challengeForm';

const L = limits.challenge;

interface Props {
  form: ChallengeForm;
  indicatorList: readonly { number: number; name: string }[];
  cohorts: readonly { slug: string; name: string }[];
  /** Staff choose the owning regions when opening; otherwise (a region admin, or editing) they are shown. */
  pickRegions: boolean;
}

/** The fields of a challenge, for opening one and for editing it. */
export function ChallengeFields(props: Props) {
  const f = () => props.form;
  const name = (n: number) => props.indicatorList.find((i) => i.number === n)?.name ?? '';
  return (
    <>
      <Field label={t('challenges.field.title')} testid="challenge-title" value={f().title()} maxLength={L.titleMax} error={f().error('title')} onInput={(e) => f().setTitle(e.currentTarget.value)} hint={t('challenges.field.titleHint', { min: L.titleMin, max: L.titleMax })} />
      <MarkdownField label={t('challenges.field.problem')} testid="challenge-problem" value={f().problem()} onInput={f().setProblem} maxLength={L.problemMax} error={f().error('problemMarkdown')} />
      <fieldset class="flex flex-col gap-2">
        <legend class="text-sm font-medium text-slate-700">{t('challenges.field.regions')}</legend>
        <Show
          when={props.pickRegions}
          fallback={
            <p class="text-sm text-slate-700" data-testid="challenge-own-region">
              {f().regions().map((r) => r.name).join(', ')}
            </p>
          }
        >
          <Chips label={t('challenges.field.regions')} items={f().regions().map((r) => ({ value: r.code, label: r.name }))} onRemove={(code) => f().setRegions(f().regions().filter((r) => r.code !== code))} testid="challenge-regions-chosen" />
          <RegionPicker label={t('challenges.field.addRegion')} testid="challenge-region-search" exclude={f().regions().map((r) => r.code)} onPick={(r) => f().regions().length < L.regionsMax && f().setRegions([...f().regions(), r])} />
        </Show>
        <Show when={f().error('regionCodes')}>
          <p class="text-sm text-red-700" data-testid="challenge-regions-error">
            {f().error('regionCodes')}
          </p>
        </Show>
      </fieldset>
      <fieldset class="flex flex-col gap-2">
        <legend class="text-sm font-medium text-slate-700">{t('challenges.field.indicators')}</legend>
        <Chips label={t('challenges.field.indicators')} items={f().indicators().map((n) => ({ value: String(n), label: `${n}. ${name(n)}` }))} onRemove={(v) => f().setIndicators(f().indicators().filter((n) => String(n) !== v))} />
        <Select
          label={t('challenges.field.addIndicator')}
          testid="challenge-indicator"
          aria-invalid={f().error('indicators') ? 'true' : undefined}
          value=""
          options={[{ value: '', label: t('challenges.field.chooseIndicator') }, ...props.indicatorList.map((i) => ({ value: String(i.number), label: `${i.number}. ${i.name}`, disabled: f().indicators().includes(i.number) }))]}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (n && !f().indicators().includes(n) && f().indicators().length < L.indicatorsMax) f().setIndicators([...f().indicators(), n]);
            e.currentTarget.value = '';
          }}
        />
        <Show when={f().error('indicators')}>
          <p class="text-sm text-red-700" data-testid="challenge-indicators-error">
            {f().error('indicators')}
          </p>
        </Show>
      </fieldset>
      <Select
        label={t('challenges.field.cohort')}
        testid="challenge-cohort"
        value={f().cohort()}
        options={[{ value: '', label: t('challenges.field.noCohort') }, ...props.cohorts.map((c) => ({ value: c.slug, label: c.name }))]}
        onChange={(e) => f().setCohort(e.currentTarget.value)}
      />
      <Field label={t('challenges.field.tags')} hint={t('challenges.field.tagsHint', { max: L.tagsMax })} value={f().tags()} error={f().error('tags')} onInput={(e) => f().setTags(e.currentTarget.value)} />
      <details class="rounded-md border border-slate-200 p-3">
        <summary class="min-h-11 cursor-pointer content-center text-sm font-medium text-slate-700">{t('challenges.field.deadlines')}</summary>
        <div class="mt-2 grid gap-3 sm:grid-cols-2">
          <For each={WORKING_STAGES}>
            {(stage) => (
              <div class="flex flex-col gap-1">
                <label for={`deadline-${stage}`} class="text-sm text-slate-700">
                  {t(`challenge.stage.${stage}`)}
                </label>
                <input id={`deadline-${stage}`} type="date" class={inputClass} value={f().deadlines()[stage] ?? ''} onInput={(e) => f().setDeadlines({ ...f().deadlines(), [stage]: e.currentTarget.value })} />
              </div>
            )}
          </For>
        </div>
        <Show when={f().error('deadlines')}>
          <p class="mt-2 text-sm text-red-700">{f().error('deadlines')}</p>
        </Show>
      </details>
    </>
  );
}
