import { createSignal, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import { UpdateThreadMutation } from '../../queries/thread';
import { TITLE_MAX, TITLE_MIN } from '../../types';
import { t } from '../../i18n';
import { Button } from '../../../../lib/ui/Button';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { Field } from '../../../../lib/ui/Field';

interface Props {
  threadId: string;
  title: string;
  onDone: () => void;
}

/** Renames a thread (its author while unlocked, or a moderator); the old title is kept as a revision of post #1. */
export function TitleEditor(props: Props) {
  // Starts from the current title; a live rename meanwhile must not overwrite what is being typed.
  const [title, setTitle] = createSignal(untrack(() => props.title));
  const [local, setLocal] = createSignal('');
  const [state, update] = createMutation(UpdateThreadMutation);
  const clean = () => title().trim().replace(/\s+/g, ' ');
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (clean().length < TITLE_MIN || clean().length > TITLE_MAX) return setLocal(t('forum.compose.titleLength', { min: TITLE_MIN, max: TITLE_MAX }));
    setLocal('');
    const res = await update({ input: { threadId: props.threadId, title: clean() } });
    if (res.data) props.onDone();
  };
  return (
    <form class="flex flex-col gap-2" onSubmit={save}>
      <Field
        label={t('forum.compose.titleLabel')}
        testid="thread-title-edit"
        value={title()}
        maxLength={TITLE_MAX}
        hint={t('forum.compose.titleCounter', { count: clean().length, max: TITLE_MAX, min: TITLE_MIN })}
        onInput={(e) => setTitle(e.currentTarget.value)}
        autofocus
      />
      <ErrorBox message={local()} error={state.error} />
      <div class="flex gap-2">
        <Button type="submit" busy={state.fetching} data-testid="thread-title-save">
          {t('forum.post.save')}
        </Button>
        <Button variant="ghost" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
