import { createSignal, onMount, Show, untrack } from 'solid-js';
import { createMutation } from '@urql/solid';
import { CreatePostMutation } from '../queries/posts';
import type { Post } from '../types';
import { MarkdownEditor } from '../composer/MarkdownEditor';
import { isReplyDraft, type ReplyDraft } from '../composer/threadDraft';
import { useDraftSaver } from '../composer/useDraft';
import { draftKey, loadDraft } from '../../../lib/drafts';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Icon } from '../../../lib/ui/Icon';
import { keepFocus } from '../../../lib/a11y/focus';
import { announce } from '../../../lib/a11y/announce';

export type ReplyTarget = ReplyDraft['replyTo'];

interface Props {
  threadId: string;
  userId: string;
  locked: boolean;
  replyTo: ReplyTarget;
  onReplyTo: (target: ReplyTarget) => void;
  onTyping: () => void;
  onSent: (post: Post) => void;
}

export const replyDraftKey = (userId: string, threadId: string): string => draftKey(userId, `reply:${threadId}`);

/** The reply box at the bottom of a thread; the unsent text (and whom it answers) is kept as a draft. */
export function ReplyComposer(props: Props) {
  // One draft per user and thread for this composer's life (the thread view is made afresh per thread).
  const key = untrack(() => replyDraftKey(props.userId, props.threadId));
  const restored = loadDraft(key, isReplyDraft);
  const [body, setBody] = createSignal(restored?.body ?? '');
  const [state, create] = createMutation(CreatePostMutation);
  const saver = useDraftSaver<ReplyDraft>(key, () => ({ body: body(), replyTo: props.replyTo }), (d) => !d.body.trim());
  onMount(() => {
    if (restored?.replyTo) props.onReplyTo(restored.replyTo);
  });

  let section: HTMLElement | undefined;
  const input = () => section?.querySelector<HTMLTextAreaElement>('textarea') ?? null;
  // The send button turns disabled once the box is empty: focus goes on to the box, for the next reply.
  const send = () =>
    keepFocus(async () => {
      if (!body().trim() || state.fetching) return;
      const res = await create({ input: { threadId: props.threadId, body: body(), replyToPostId: props.replyTo?.id ?? null } });
      const post = res.data?.createPost;
      if (!post) return;
      saver.discard();
      setBody('');
      props.onReplyTo(null);
      props.onSent(post);
      announce(t('forum.reply.sent', { number: post.number }));
    }, input);

  return (
    <section ref={(el) => (section = el)} id="reply" aria-label={t('forum.reply.title')} class="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <Show when={props.locked}>
        <p data-testid="reply-locked" class="mb-2 flex items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          <Icon name="lock" /> {t('forum.reply.locked')}
        </p>
      </Show>
      <Show when={restored?.body.trim() && body() === restored.body}>
        <p data-testid="draft-restored" class="mb-2 text-xs text-amber-800">
          {t('forum.draft.restoredReply')}
        </p>
      </Show>
      <Show when={props.replyTo}>
        {(target) => (
          <p data-testid="reply-target" class="mb-2 flex items-center justify-between gap-2 rounded-md bg-slate-50 px-3 py-1.5 text-sm text-slate-700">
            <span class="truncate">↩ {t('forum.reply.to', { name: target().authorName, number: target().number })}</span>
            <button type="button" class="shrink-0 text-xs font-medium text-slate-500 underline" onClick={() => props.onReplyTo(null)}>
              {t('common.cancel')}
            </button>
          </p>
        )}
      </Show>
      <form
        class="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <MarkdownEditor
          label={t('forum.reply.label')}
          testid="reply-input"
          rows={4}
          placeholder={t('forum.reply.placeholder')}
          value={body()}
          onInput={setBody}
          onTyping={() => props.onTyping()}
          onSubmit={() => void send()}
        />
        <ErrorBox error={state.error} />
        <div class="flex items-center justify-between gap-2">
          <span class="hidden text-xs text-slate-500 sm:inline">{t('forum.reply.shortcut')}</span>
          <Button type="submit" data-testid="reply-submit" busy={state.fetching} disabled={!body().trim()}>
            {t('forum.reply.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
