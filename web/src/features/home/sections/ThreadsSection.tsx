import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ForumThreadsQuery } from '../../forum/queries/feed';
import { ThreadRow } from '../../forum/feed/ThreadRow';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

const link = 'inline-flex min-h-11 items-center text-sm text-teal-800 underline';

/** The latest topics with their unread markers, the forum's own rows (the same query as its feed). */
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
      <Show when={result.data} fallback={<Show when={result.error}><p class="text-sm text-slate-700">{result.error?.message}</p></Show>}>
        <Show when={threads().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.threads.empty')}</p>}>
          <ul class="-mx-4 divide-y divide-slate-100 sm:-mx-5" data-testid="home-threads">
            <For each={threads()}>{(th) => <ThreadRow thread={th} />}</For>
          </ul>
        </Show>
      </Show>
    </Card>
  );
}
