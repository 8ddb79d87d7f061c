import { A } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import type { Post, ThreadHeader } from '../../types';
import { PostActions } from './PostActions';
import { PostBody } from './PostBody';
import { PostEditor } from './PostEditor';
import { ReactionBar } from './ReactionBar';
import { ReplyQuote } from './ReplyQuote';
import { RevisionDialog } from './RevisionDialog';
import { t } from '../../i18n';
import { RelativeTime } from '../../../../lib/ui/RelativeTime';
import { initials } from '../../../../lib/ui/shell/initials';

interface Props {
  post: Post;
  thread: ThreadHeader;
  accepted: boolean;
  /** Registers the element for read tracking; returns its cleanup. */
  observe: (el: HTMLElement) => () => void;
  onReply: (post: Post) => void;
  onChanged: (post: Post) => void;
}

/** One post: author and time, quoted context, body (or its deleted/hidden state), reactions and actions. */
export function PostItem(props: Props) {
  const [editing, setEditing] = createSignal(false);
  const [history, setHistory] = createSignal(false);
  const visible = () => !props.post.isDeleted && !props.post.isHidden;

  return (
    <li
      ref={(el) => onCleanup(props.observe(el))}
      id={`p${props.post.number}`}
      data-testid="post"
      data-number={props.post.number}
      class={`scroll-mt-32 border-b border-slate-100 px-3 py-4 last:border-b-0 sm:px-4 ${props.accepted ? 'bg-green-50/50' : ''}`}
    >
      <article class="grid grid-cols-[1.75rem_minmax(0,1fr)] gap-x-2 sm:grid-cols-[2.25rem_minmax(0,1fr)] sm:gap-x-3" aria-labelledby={`p${props.post.number}-author`}>
        <span aria-hidden="true" class="flex h-7 w-7 items-center justify-center rounded-full bg-slate-200 text-[11px] font-semibold text-slate-700 sm:h-9 sm:w-9 sm:text-xs">
          {initials(props.post.author.name)}
        </span>
        <div class="min-w-0">
          <header class="mb-1 flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
            <A id={`p${props.post.number}-author`} href={`/u/${props.post.author.username}`} class="font-semibold text-slate-900 hover:text-teal-800 hover:underline">
              {props.post.author.name}
            </A>
            <Show when={props.post.author.region}>{(r) => <span class="text-xs text-slate-500">{r().name}</span>}</Show>
            <span class="ml-auto flex items-baseline gap-2 text-xs text-slate-500">
              <Show when={props.post.editedAt}>
                <button type="button" data-testid="post-edited" class="underline decoration-dotted hover:text-slate-800" onClick={() => setHistory(true)}>
                  {t('forum.post.edited')}
                </button>
              </Show>
              <RelativeTime iso={props.post.createdAt} />
              <a href={`#p${props.post.number}`} class="inline-flex min-h-11 min-w-11 items-center justify-center tabular-nums hover:underline" aria-label={t('forum.post.link', { number: props.post.number })}>
                #{props.post.number}
              </a>
            </span>
          </header>
          <Show when={props.accepted}>
            <p class="mb-1 text-xs font-semibold text-green-800">✓ {t('forum.post.acceptedAnswer')}</p>
          </Show>
          <Show when={props.post.replyTo}>{(r) => <ReplyQuote threadId={props.thread.id} replyTo={r()} />}</Show>
          <Show when={editing()} fallback={<PostBody post={props.post} />}>
            <PostEditor
              post={props.post}
              onDone={(updated) => {
                if (updated) props.onChanged(updated);
                setEditing(false);
              }}
            />
          </Show>
          <div class="mt-3 flex flex-wrap items-start justify-between gap-2">
            <Show when={visible()} fallback={<span />}>
              <ReactionBar post={props.post} onChanged={(p) => props.onChanged(p)} />
            </Show>
            <PostActions
              post={props.post}
              thread={props.thread}
              accepted={props.accepted}
              onReply={() => props.onReply(props.post)}
              onEdit={() => setEditing(true)}
              onChanged={(p) => props.onChanged(p)}
            />
          </div>
        </div>
      </article>
      <Show when={history()}>
        <RevisionDialog open threadId={props.thread.id} number={props.post.number} onClose={() => setHistory(false)} />
      </Show>
    </li>
  );
}
