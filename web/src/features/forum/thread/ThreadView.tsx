import { createEffect, createSignal, For, Match, on, Show, Switch, untrack } from 'solid-js';
import { A, useLocation } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ForumThreadEventsSubscription, ForumThreadQuery } from '../queries/thread';
import type { Post } from '../types';
import { AcceptedAnswer } from './AcceptedAnswer';
import { createPostList } from './createPostList';
import { PostItem } from './post/PostItem';
import { PresenceBar } from './presence/PresenceBar';
import { ReplyComposer, type ReplyTarget } from './ReplyComposer';
import { ThreadHeader } from './header/ThreadHeader';
import { usePresence } from './presence/usePresence';
import { useReadTracking } from './useReadTracking';
import { useSubscription } from '../../../lib/client/useSubscription';
import { useMe } from '../../../lib/me';
import { createLiveRegion } from '../../../lib/a11y/announce';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Spinner } from '../../../lib/ui/Spinner';

interface Props {
  threadId: string;
}

const hashNumber = (hash: string): number | null => {
  const n = Number(/^#p(\d+)$/.exec(hash)?.[1]);
  return Number.isInteger(n) && n > 0 ? n : null;
};
/** Posts shown above the first unread one, so the jump keeps some context. */
const CONTEXT_POSTS = 5;
const scrollToPost = (n: number) => document.getElementById(`p${n}`)?.scrollIntoView?.({ block: 'start' });

/**
 * A thread: opens at the first unread post (or a #p link) with a way back to earlier posts,
 * marks posts read as they are seen, and stays live (posts, reactions, presence) over the socket.
 */
export function ThreadView(props: Props) {
  const me = useMe();
  const location = useLocation();
  // ThreadPage mounts a fresh view per thread, so the id is fixed for this view's life.
  const threadId = untrack(() => props.threadId);
  const [header, refetchHeader] = createQuery({ query: ForumThreadQuery, variables: { id: threadId }, requestPolicy: 'cache-and-network' });
  const thread = () => header.data?.thread;
  const posts = createPostList(threadId);
  const presence = usePresence(threadId, () => me.data?.me?.id);
  const reading = useReadTracking(threadId, () => thread()?.readState?.lastReadPostNumber ?? 0);
  const [replyTo, setReplyTo] = createSignal<ReplyTarget>(null);
  const [gone, setGone] = createSignal(false);
  // Replies others post are heard, a few seconds' worth at a time; one's own are announced on sending.
  const live = createLiveRegion({ post: (count: number) => t('forum.announce.posts', { count }) });

  // Start once the header is fresh from the server, so the unread position is current:
  // at a #p link, else at the first unread post, with a few posts before it for context.
  let started = false;
  const [firstUnread, setFirstUnread] = createSignal<number | null>(null);
  createEffect(() => {
    const th = thread();
    if (started || !th || (header.stale && !header.error)) return;
    started = true;
    const linked = hashNumber(location.hash);
    const unread = th.readState && th.readState.lastReadPostNumber > 0 ? th.readState.firstUnreadPostNumber : null;
    setFirstUnread(unread);
    const target = linked ?? unread ?? 1;
    void posts.loadFrom(linked ?? Math.max(1, target - CONTEXT_POSTS)).then(() => target > 1 && scrollToPost(target));
  });
  createEffect(
    on(
      () => location.hash,
      (hash) => {
        const n = hashNumber(hash);
        if (!n || !started) return;
        if (posts.has(n)) scrollToPost(n);
        else void posts.loadFrom(n).then(() => scrollToPost(n));
      },
      { defer: true },
    ),
  );
  createEffect(() => {
    const last = posts.posts().at(-1)?.number;
    if (last) reading.loaded(last);
  });

  // Threads and posts sent land in the cache too; the loaded window of posts is merged here.
  useSubscription({
    query: ForumThreadEventsSubscription,
    variables: () => ({ threadId }),
    onData: ({ threadEvents: event }) => {
      if (event.kind === 'PRESENCE') return presence.apply(event.viewers ?? [], event.typing ?? []);
      if (!event.thread) return setGone(true);
      if (event.post) posts.upsert(event.post);
      if (event.kind === 'POST_ADDED' && event.post) {
        presence.posted(event.post.author.id);
        if (event.post.author.id !== me.data?.me?.id) live.count('post');
      }
    },
    onReconnect: () => {
      refetchHeader({ requestPolicy: 'network-only' });
      void posts.catchUp();
      presence.heartbeat();
    },
  });

  const reply = (post: Post) => {
    setReplyTo({ id: post.id, number: post.number, authorName: post.author.name });
    const input = document.querySelector<HTMLTextAreaElement>('[data-testid="reply-input"]');
    input?.scrollIntoView?.({ block: 'center' });
    input?.focus();
  };
  const sent = async (post: Post) => {
    posts.upsert(post);
    if (!posts.has(post.number)) await posts.loadFrom(Math.max(1, post.number - 4));
    scrollToPost(post.number);
  };

  return (
    <Switch>
      <Match when={!thread() && header.error}>
        <ErrorBox error={header.error} onRetry={() => refetchHeader({ requestPolicy: 'network-only' })} />
        <A href="/forum" class="mt-3 inline-block text-sm text-teal-800 underline">
          ← {t('forum.back')}
        </A>
      </Match>
      <Match when={!thread()}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={thread()}>
        {(th) => (
          <div class="flex flex-col gap-3">
            <live.Region />
            <ThreadHeader thread={th()} />
            <Show when={gone()}>
              <p role="alert" class="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
                {t('forum.threadGone')}
              </p>
            </Show>
            <PresenceBar viewers={presence.viewers()} typing={presence.typing()} />
            <Show when={!posts.has(1) && th().acceptedAnswer}>{(answer) => <AcceptedAnswer threadId={th().id} answer={answer()} />}</Show>
            <Show when={posts.hasEarlier()}>
              <Button variant="secondary" data-testid="posts-earlier" busy={posts.loading() === 'earlier'} onClick={() => void posts.loadEarlier()}>
                ↑ {t('forum.posts.earlier')}
              </Button>
            </Show>
            <ol class="rounded-lg border border-slate-200 bg-white shadow-sm" aria-label={t('forum.posts.label')} aria-busy={posts.loading() !== null}>
              <For each={posts.posts()}>
                {(post) => (
                  <>
                    <Show when={post.number === firstUnread() && post.number > 1}>
                      <li data-testid="unread-divider" class="flex items-center gap-2 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-teal-800 sm:px-4">
                        <span class="h-px flex-1 bg-teal-300" />
                        {t('forum.posts.unread')}
                        <span class="h-px flex-1 bg-teal-300" />
                      </li>
                    </Show>
                    <PostItem
                      post={post}
                      thread={th()}
                      accepted={th().acceptedAnswer?.id === post.id}
                      observe={reading.observe}
                      onReply={reply}
                      onChanged={posts.upsert}
                    />
                    <Show when={post.number === 1 && th().acceptedAnswer}>
                      {(answer) => (
                        <li class="border-b border-slate-100 px-3 pb-4 sm:px-4">
                          <AcceptedAnswer threadId={th().id} answer={answer()} />
                        </li>
                      )}
                    </Show>
                  </>
                )}
              </For>
            </ol>
            <Show when={posts.loading() === 'start'}>
              <Spinner label={t('common.loading')} />
            </Show>
            <ErrorBox error={posts.error()} />
            <Show when={posts.hasLater()}>
              <Button variant="secondary" data-testid="posts-later" busy={posts.loading() === 'later'} onClick={() => void posts.loadLater()}>
                ↓ {t('forum.posts.later')}
              </Button>
            </Show>
            <ReplyComposer
              threadId={th().id}
              userId={me.data?.me?.id ?? 'anon'}
              locked={th().isLocked}
              replyTo={replyTo()}
              onReplyTo={setReplyTo}
              onTyping={presence.onTyping}
              onSent={(post) => void sent(post)}
            />
          </div>
        )}
      </Match>
    </Switch>
  );
}
