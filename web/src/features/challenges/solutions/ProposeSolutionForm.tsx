import { createSignal, For, Show, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { BudgetRange, SolutionLinkKind } from '../../../gql/graphql';
import { limits } from '../../../gql/limits';
import { ProposeSolutionMutation } from '../queries/solution';
import type { ChallengeData } from '../challenge/context';
import { MarkdownField } from '../ui/MarkdownField';
import { fieldErrors } from '../ui/serverErrors';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field, inputClass } from '../../../lib/ui/Field';
import { Select } from '../../../lib/ui/Select';
import { t } from '../i18n';

const L = limits.challenge;
export const BUDGETS: BudgetRange[] = ['NONE', 'BELOW_50M', 'FROM_50M_TO_250M', 'FROM_250M_TO_1B', 'ABOVE_1B'];
export const LINK_KINDS: SolutionLinkKind[] = ['APP', 'SOURCE_CODE', 'DOCUMENT', 'TRAINING', 'REGULATION', 'OTHER'];

/** Any signed-in member proposes a solution; it targets the challenge's indicators unless narrowed. */
export function ProposeSolutionForm(props: { challenge: ChallengeData; onDone: (id: string) => void }) {
  const [state, propose] = createMutation(ProposeSolutionMutation);
  const [title, setTitle] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [budget, setBudget] = createSignal<BudgetRange>('NONE');
  const [training, setTraining] = createSignal('');
  const [regulation, setRegulation] = createSignal('');
  const [link, setLink] = createSignal({ kind: 'APP' as SolutionLinkKind, label: '', url: '' });
  const [indicators, setIndicators] = createSignal<number[]>(untrack(() => props.challenge.indicators.map((i) => i.number)));
  const [local, setLocal] = createSignal<Record<string, string>>({});
  const server = () => fieldErrors(state.error);
  const error = (f: string) => local()[f] ?? server().byField[f];

  const submit = async (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (title().trim().length < L.solutionTitleMin) problems.title = t('solutions.error.title', { min: L.solutionTitleMin, max: L.solutionTitleMax });
    if (description().trim().length < L.descriptionMin) problems.descriptionMarkdown = t('solutions.error.description', { min: L.descriptionMin });
    if (indicators().length === 0) problems.indicators = t('solutions.error.indicators');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const l = link();
    const result = await propose({
      input: {
        challengeId: props.challenge.id,
        title: title().trim(),
        descriptionMarkdown: description(),
        budgetRange: budget(),
        needsTraining: training().trim() || null,
        needsRegulation: regulation().trim() || null,
        links: l.url.trim() ? [{ kind: l.kind, label: l.label.trim() || l.url.trim(), url: l.url.trim() }] : [],
        indicators: props.challenge.indicators.filter((i) => indicators().includes(i.number)).map((i) => ({ framework: i.frameworkCode, number: i.number })),
      },
    });
    const id = result.data?.proposeSolution.id;
    if (id) {
      setTitle('');
      setDescription('');
      setTraining('');
      setRegulation('');
      setLink({ kind: 'APP', label: '', url: '' });
      props.onDone(id);
    }
  };

  return (
    <form class="flex flex-col gap-3" onSubmit={submit} noValidate data-testid="solution-form">
      <ErrorBox message={server().general} />
      <Field label={t('solutions.field.title')} testid="solution-title" value={title()} maxLength={L.solutionTitleMax} error={error('title')} onInput={(e) => setTitle(e.currentTarget.value)} />
      <MarkdownField label={t('solutions.field.description')} testid="solution-description" rows={5} value={description()} onInput={setDescription} maxLength={L.descriptionMax} error={error('descriptionMarkdown')} />
      <fieldset>
        <legend class="text-sm font-medium text-slate-700">{t('solutions.field.indicators')}</legend>
        <div class="flex flex-wrap gap-x-4">
          <For each={props.challenge.indicators}>
            {(i) => (
              <label class="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" class="h-6 w-6 accent-teal-700" checked={indicators().includes(i.number)} onChange={(e) => setIndicators(e.currentTarget.checked ? [...indicators(), i.number] : indicators().filter((n) => n !== i.number))} />
                {t('challenge.indicatorShort', { number: i.number })} {i.name}
              </label>
            )}
          </For>
        </div>
        <Show when={error('indicators')}>
          <p class="text-sm text-red-700">{error('indicators')}</p>
        </Show>
      </fieldset>
      <details class="rounded-md border border-slate-200 p-3">
        <summary class="min-h-11 cursor-pointer content-center text-sm font-medium text-slate-700">{t('solutions.field.needs')}</summary>
        <div class="mt-2 grid gap-3 sm:grid-cols-2">
          <Select label={t('solutions.field.budget')} value={budget()} options={BUDGETS.map((b) => ({ value: b, label: t(`solutions.budget.${b}`) }))} onChange={(e) => setBudget(e.currentTarget.value as BudgetRange)} />
          <Field label={t('solutions.field.training')} value={training()} maxLength={L.needsMax} onInput={(e) => setTraining(e.currentTarget.value)} />
          <Field label={t('solutions.field.regulation')} value={regulation()} maxLength={L.needsMax} onInput={(e) => setRegulation(e.currentTarget.value)} />
          <Select label={t('solutions.field.linkKind')} value={link().kind} options={LINK_KINDS.map((k) => ({ value: k, label: t(`solutions.link.${k}`) }))} onChange={(e) => setLink({ ...link(), kind: e.currentTarget.value as SolutionLinkKind })} />
          <Field label={t('solutions.field.linkLabel')} value={link().label} maxLength={L.linkLabelMax} onInput={(e) => setLink({ ...link(), label: e.currentTarget.value })} />
          <div class="flex flex-col gap-1">
            <label for="solution-link-url" class="text-sm font-medium text-slate-700">
              {t('solutions.field.linkUrl')}
            </label>
            <input id="solution-link-url" type="url" inputMode="url" class={inputClass} placeholder="https://" value={link().url} aria-invalid={error('links') ? 'true' : undefined} onInput={(e) => setLink({ ...link(), url: e.currentTarget.value })} />
            <Show when={error('links')}>
              <p class="text-sm text-red-700">{error('links')}</p>
            </Show>
          </div>
        </div>
      </details>
      <div>
        <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="solution-submit">
          {t('solutions.propose')}
        </Button>
      </div>
    </form>
  );
}
