import { For, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { MemberProfileQuery } from './queries';
import { ForumGate } from '../forum/ForumGate';
import { ThreadRow } from '../forum/feed/ThreadRow';
import { errorCode } from '../../lib/errors';
import { formatDate, formatNumber } from '../../lib/format';
import { t } from './i18n';
import { Badge } from '../../lib/ui/Badge';
import { roleLabel } from '../../lib/ui/roleLabel';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';

/** A member's profile (where @mentions lead): who they are, their region, the topics they started. */
export default function MemberProfilePage() {
  return (
    <ForumGate>
      <Profile />
    </ForumGate>
  );
}

function Profile() {
  const params = useParams<{ username: string }>();
  const [result] = createQuery({ query: MemberProfileQuery, variables: () => ({ username: params.username }) });
  const member = () => result.data?.user;
  const threads = () => result.data?.threads.edges.map((e) => e.node) ?? [];

  return (
    <Switch>
      <Match when={errorCode(result.error) === 'NOT_FOUND'}>
        <PageTitle title={t('member.notFound', { username: params.username })} />
        <A href="/forum" class="text-teal-800 underline">
          {t('member.back')}
        </A>
      </Match>
      <Match when={result.error}>
        <ErrorBox error={result.error} />
      </Match>
      <Match when={!member()}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={member()}>
        {(m) => (
          <>
            <PageTitle title={m().name} subtitle={`@${m().username}`} />
            <dl data-testid="member-facts" class="mb-6 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2">
              <div>
                <dt class="text-slate-500">{t('member.role')}</dt>
                <dd>
                  <Badge>{roleLabel(m().role)}</Badge>
                </dd>
              </div>
              <div>
                <dt class="text-slate-500">{m().region ? t('member.region') : t('member.organisation')}</dt>
                <dd>
                  <Show when={m().region} fallback={m().organisation ?? '—'}>
                    {(r) => (
                      <A href={`/wilayah/${r().code}`} class="text-teal-800 underline">
                        {r().name}
                      </A>
                    )}
                  </Show>
                </dd>
              </div>
              <div>
                <dt class="text-slate-500">{t('member.since')}</dt>
                <dd>{formatDate(m().createdAt)}</dd>
              </div>
            </dl>
            <h2 class="mb-2 text-lg font-semibold text-slate-900">
              {t('member.threads', { count: formatNumber(result.data?.threads.totalCount ?? 0) })}
            </h2>
            <div class="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
              <ul class="divide-y divide-slate-100" data-testid="member-threads">
                <For each={threads()} fallback={<li class="px-4 py-8 text-center text-sm text-slate-500">{t('member.noThreads')}</li>}>
                  {(thread) => <ThreadRow thread={thread} />}
                </For>
              </ul>
            </div>
          </>
        )}
      </Match>
    </Switch>
  );
}
