import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { threadPath, type ThreadRow as Row } from '../types';
import { CategoryBadge } from '../ui/CategoryBadge';
import { TypeBadge } from '../ui/TypeBadge';
import { UnreadMarker } from '../ui/UnreadMarker';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';
import { RelativeTime } from '../../../lib/ui/RelativeTime';
import { Icon } from '../../../lib/ui/Icon';

interface Props {
  thread: Row;
  /** Hide the category badge inside a category feed. */
  inCategory?: boolean;
}

/** One topic: title with pin and lock, badges and tags; replies, last activity and unread on the right. */
export function ThreadRow(props: Props) {
  return (
    <li data-testid="thread-row" data-thread-id={props.thread.id} class="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 px-3 py-3 hover:bg-slate-50 sm:px-4">
      <div class="min-w-0">
        <A href={threadPath(props.thread.id)} class="block font-medium text-slate-900 hover:text-teal-800 [overflow-wrap:anywhere]">
          <Show when={props.thread.isPinned}>
            <span class="mr-1 text-amber-700" data-testid="thread-pinned">
              <Icon name="pin" label={t('forum.pinned')} class="h-4 w-4 -mt-0.5" />
            </span>
          </Show>
          <Show when={props.thread.isLocked}>
            <span class="mr-1 text-slate-500" data-testid="thread-locked">
              <Icon name="lock" label={t('forum.locked')} class="h-4 w-4 -mt-0.5" />
            </span>
          </Show>
          {props.thread.title}
        </A>
        <div class="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
          <Show when={!props.inCategory}>
            <CategoryBadge category={props.thread.category} />
          </Show>
          <TypeBadge type={props.thread.type} answered={props.thread.isAnswered} />
          <For each={props.thread.tags}>
            {(tag) => (
              <A href={`/forum?tag=${encodeURIComponent(tag)}`} class="text-slate-500 hover:text-teal-800">
                #{tag}
              </A>
            )}
          </For>
          <span class="truncate">{t('forum.by', { name: props.thread.author.name })}</span>
        </div>
      </div>
      <div class="flex flex-col items-end gap-1 text-right text-xs text-slate-500">
        <UnreadMarker readState={props.thread.readState} />
        <span class="inline-flex items-center gap-1 whitespace-nowrap" data-testid="thread-replies" title={t('forum.replies', { count: props.thread.replyCount })}>
          <Icon name="chat" class="h-3.5 w-3.5" />
          {formatNumber(props.thread.replyCount)}
        </span>
        <RelativeTime iso={props.thread.lastPostAt} class="whitespace-nowrap" />
      </div>
    </li>
  );
}
