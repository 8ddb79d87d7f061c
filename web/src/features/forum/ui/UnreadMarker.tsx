import { Match, Switch } from 'solid-js';
import type { ReadStateFragment } from '../../../gql/graphql';
import { t } from '../i18n';

interface Props {
  readState: ReadStateFragment | null | undefined;
}

/** "baru" for a thread never opened, otherwise the number of unread posts; nothing when muted or read. */
export function UnreadMarker(props: Props) {
  const state = () => (props.readState?.level === 'MUTED' ? null : props.readState);
  return (
    <Switch>
      <Match when={state()?.lastReadPostNumber === 0}>
        <span data-testid="thread-new" class="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300 ring-inset">
          {t('forum.new')}
        </span>
      </Match>
      <Match when={(state()?.unreadCount ?? 0) > 0}>
        <span
          data-testid="thread-unread"
          title={t('forum.unreadTitle', { count: state()?.unreadCount ?? 0 })}
          class="inline-flex min-w-6 items-center justify-center rounded-full bg-teal-700 px-1.5 py-0.5 text-xs font-semibold text-white"
        >
          {state()?.unreadCount}
        </span>
      </Match>
    </Switch>
  );
}
