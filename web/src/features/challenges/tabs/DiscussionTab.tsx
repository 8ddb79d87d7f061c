import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ChallengeData } from '../challenge/context';
import { RelativeTime } from '../../../lib/ui/RelativeTime';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

/**
 * The challenge's own forum thread (opened with it, in "Studi Tiru"): the forum has the posts,
 * reactions, mentions and unread tracking, so this links there rather than copying them.
 */
export function DiscussionTab(props: { challenge: ChallengeData }) {
  return (
    <Card>
      <Show when={props.challenge.thread} fallback={<p class="text-sm text-slate-700" data-testid="discussion-pending">{t('discussion.pending')}</p>}>
        {(thread) => (
          <div class="flex flex-col gap-2" data-testid="discussion">
            <p class="text-sm text-slate-700">{t('discussion.intro')}</p>
            <p class="text-sm text-slate-600">
              {t('discussion.replies', { count: thread().replyCount })} · {t('discussion.last')} <RelativeTime iso={thread().lastPostAt} />
            </p>
            <A href={`/forum/t/${thread().id}`} data-testid="discussion-link" class="inline-flex min-h-11 items-center self-start rounded-md bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700">
              {t('discussion.open')}
            </A>
          </div>
        )}
      </Show>
    </Card>
  );
}
