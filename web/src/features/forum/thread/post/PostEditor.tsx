import { createSignal, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import { UpdatePostMutation } from '../../queries/posts';
import type { Post } from '../../types';
import { MarkdownEditor } from '../../composer/MarkdownEditor';
import { t } from '../../i18n';
import { Button } from '../../../../lib/ui/Button';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';

interface Props {
  post: Post;
  onDone: (post?: Post) => void;
}

/** Edits a post in place; the server keeps the previous text as a revision. */
export function PostEditor(props: Props) {
  // Starts from the current text; a live update of the post must not overwrite what is being typed.
  const [text, setText] = createSignal(untrack(() => props.post.bodyMarkdown) ?? '');
  const [state, update] = createMutation(UpdatePostMutation);
  const save = async () => {
    if (!text().trim()) return;
    const res = await update({ input: { postId: props.post.id, body: text() } });
    if (res.data) props.onDone(res.data.updatePost);
  };
  return (
    <div class="flex flex-col gap-2" data-testid="post-editor">
      <MarkdownEditor label={t('forum.post.editLabel', { number: props.post.number })} testid="post-edit-input" value={text()} onInput={setText} onSubmit={() => void save()} autofocus />
      <ErrorBox error={state.error} />
      <div class="flex gap-2">
        <Button data-testid="post-edit-save" busy={state.fetching} disabled={!text().trim()} onClick={() => void save()}>
          {t('forum.post.save')}
        </Button>
        <Button variant="ghost" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
