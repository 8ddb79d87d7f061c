import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ForumThreadsQuery } from '../../forum/queries/feed';
import { Badge } from '../../../lib/ui/Badge';
import { Card } from '../../../lib/ui/Card';
import { RelativeTime } from '../../../lib/ui/RelativeTime';
import { t } from '../i18n';

const link = 'inline-flex min-h-11 items-center text-sm text-teal-800 underline';

/**
 * The latest topics with their unread counts, from the forum feed's own query (one cache entry),
 * in rows of its own: the forum's row and texts stay with the forum's pages, off the first load.
 */
export function ThreadsSection() {
  const [result] = createQuery({ query: ForumThreadsQuery, variables: { first: 5, sort: 'LATEST_ACTIVITY' } });
  const threads = () => result.data?.threads.edges.map((e) => e.node) ?? [];
  const unread = () => threads().filter((th) => (th.readState?.unreadCount ?? 0) > 0).length;
  return (
    <Card title={t('home.threads.title')} actions={<A href="/forum" class={link}>{t('home.threads.all')}</A>}>
      <Show when={unread() > 0}>
        <p class="mb-2 text-sm font-medium text-slate-800" data-testid="home-threads-unread">
          {t('home.threads.unread', { count: unread() })}
        </p>
      </Show>
      <Show when={threads().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.threads.empty')}</p>}>
        <ul class="flex flex-col" data-testid="home-threads">
          <For each={threads()}>
            {(th) => (
              <li class="flex flex-col gap-1 border-t border-slate-100 py-2 first:border-t-0">
                <A href={`/forum/t/${th.id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline [overflow-wrap:anywhere]">
                  {th.title}
                </A>
                <span class="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <span>{th.category.name}</span>
                  <span>· {t('home.threads.replies', { count: th.replyCount })} ·</span>
                  <RelativeTime iso={th.lastPostAt} />
                  <Show when={(th.readState?.unreadCount ?? 0) > 0}>
                    <Badge tone="teal">{t('home.threads.unreadIn', { count: th.readState?.unreadCount ?? 0 })}</Badge>
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
