import { For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { ForumFlagsQuery } from '../queries/moderation';
import { FlagGroup, type Flag } from './FlagGroup';
import { RequireRole } from '../../auth/RequireRole';
import { canModerateForum } from '../../../lib/roles';
import { t } from '../i18n';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

export default function ModerationPage() {
  return (
    <>
      <PageTitle title={t('forum.mod.title')} subtitle={t('forum.mod.subtitle')} />
      <RequireRole allow={canModerateForum}>
        <Queue />
      </RequireRole>
    </>
  );
}

/** Open flags, oldest first, grouped by post. */
function Queue() {
  const [flags] = createQuery({ query: ForumFlagsQuery, requestPolicy: 'cache-and-network' });
  const groups = () => {
    const byPost = new Map<string, Flag[]>();
    for (const f of flags.data?.flags ?? []) byPost.set(f.post.id, [...(byPost.get(f.post.id) ?? []), f]);
    return [...byPost.values()];
  };
  return (
    <>
      <ErrorBox error={flags.error} />
      <Show when={flags.data} fallback={<Spinner label={t('common.loading')} />}>
        <ul class="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          <For each={groups()} fallback={<li class="px-4 py-8 text-center text-sm text-slate-500">{t('forum.mod.empty')}</li>}>
            {(group) => <FlagGroup flags={group} />}
          </For>
        </ul>
      </Show>
    </>
  );
}
