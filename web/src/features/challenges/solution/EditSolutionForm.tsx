import { createSignal, Show, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import { limits } from '../../../gql/limits';
import { UpdateSolutionMutation } from '../queries/solution';
import { MarkdownField } from '../ui/MarkdownField';
import { fieldErrors } from '../ui/serverErrors';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Field } from '../../../lib/ui/Field';
import { t } from '../i18n';

/** The author edits the title and description; the server keeps the earlier version in the history. */
export function EditSolutionForm(props: { solutionId: string; title: string; descriptionMarkdown: string; onSaved: () => void }) {
  const [state, update] = createMutation(UpdateSolutionMutation);
  const [open, setOpen] = createSignal(false);
  const [title, setTitle] = createSignal(untrack(() => props.title));
  const [description, setDescription] = createSignal(untrack(() => props.descriptionMarkdown));
  const server = () => fieldErrors(state.error);
  const start = () => {
    setTitle(props.title);
    setDescription(props.descriptionMarkdown);
    setOpen(true);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await update({ input: { solutionId: props.solutionId, title: title().trim(), descriptionMarkdown: description() } });
    if (!result.error) {
      setOpen(false);
      props.onSaved();
    }
  };
  return (
    <Show
      when={open()}
      fallback={
        <Button variant="secondary" class="min-h-11 self-start" data-testid="solution-edit" onClick={start}>
          {t('solution.edit')}
        </Button>
      }
    >
      <form class="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3" onSubmit={submit} noValidate data-testid="solution-edit-form">
        <Field label={t('solutions.field.title')} testid="solution-edit-title" value={title()} maxLength={limits.challenge.solutionTitleMax} error={server().byField.title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <MarkdownField label={t('solutions.field.description')} testid="solution-edit-description" rows={6} value={description()} onInput={setDescription} maxLength={limits.challenge.descriptionMax} error={server().byField.descriptionMarkdown} />
        <ErrorBox message={server().general} />
        <div class="flex gap-2">
          <Button type="submit" class="min-h-11" busy={state.fetching} data-testid="solution-edit-save">
            {t('solution.save')}
          </Button>
          <Button variant="ghost" class="min-h-11" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Show>
  );
}
