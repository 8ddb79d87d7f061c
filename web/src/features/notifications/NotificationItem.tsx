import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createMutation } from '@urql/solid';
import type { NotificationFieldsFragment, NotificationKind } from '../../gql/graphql';
import { MarkNotificationsReadMutation } from './queries';
import { t, type DictKey } from './i18n';
import { RelativeTime } from '../../lib/ui/RelativeTime';

const KIND: Record<NotificationKind, DictKey> = {
  MENTION: 'notifications.kind.MENTION',
  REPLY: 'notifications.kind.REPLY',
  ACCEPTED_ANSWER: 'notifications.kind.ACCEPTED_ANSWER',
  THREAD_ACTIVITY: 'notifications.kind.THREAD_ACTIVITY',
  CHALLENGE_ACTIVITY: 'notifications.kind.CHALLENGE_ACTIVITY',
};

// Notifications about something other than a post (a challenge) carry their own link and text.
export const notificationHref = (n: NotificationFieldsFragment): string | null =>
  n.link ?? (n.thread ? `/forum/t/${n.thread.id}${n.post && n.post.number > 1 ? `#p${n.post.number}` : ''}` : null);

interface Props {
  notification: NotificationFieldsFragment;
  /** Called after a click, e.g. to close the dropdown. */
  onOpen?: () => void;
}

/** "Budi menyebut Anda" with the thread title; opening it marks it read. */
export function NotificationItem(props: Props) {
  const [, markRead] = createMutation(MarkNotificationsReadMutation);
  const unread = () => !props.notification.readAt;
  const open = () => {
    if (unread()) void markRead({ ids: [props.notification.id] });
    props.onOpen?.();
  };
  const content = () => (
    <>
      <span class={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${unread() ? 'bg-teal-600' : 'bg-transparent'}`} aria-hidden="true" />
      <span class="min-w-0 flex-1">
        <span class="block text-sm text-slate-800">
          <span class="font-semibold">{props.notification.actor?.name ?? t('notifications.someone')}</span> {t(KIND[props.notification.kind])}
        </span>
        <span class="block truncate text-sm text-slate-600">{props.notification.text ?? props.notification.thread?.title ?? t('notifications.threadGone')}</span>
        <RelativeTime iso={props.notification.createdAt} class="text-xs text-slate-500" />
      </span>
      <Show when={unread()}>
        <span class="sr-only">{t('notifications.unread')}</span>
      </Show>
    </>
  );
  const cls = () => `flex gap-2 px-3 py-2.5 ${unread() ? 'bg-teal-50/60' : ''} hover:bg-slate-100`;
  return (
    <li data-testid="notification-item" data-kind={props.notification.kind} data-unread={unread() ? 'true' : 'false'}>
      <Show when={notificationHref(props.notification)} fallback={<div class={cls()}>{content()}</div>}>
        {(href) => (
          <A href={href()} class={cls()} onClick={open}>
            {content()}
          </A>
        )}
      </Show>
    </li>
  );
}
