import { createSignal, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ThreadHeader as Header } from '../../types';
import { CategoryBadge } from '../../ui/CategoryBadge';
import { TypeBadge } from '../../ui/TypeBadge';
import { FollowLevel } from './FollowLevel';
import { ModeratorMenu } from './ModeratorMenu';
import { ThreadMeta } from './ThreadMeta';
import { TitleEditor } from './TitleEditor';
import { t } from '../../i18n';
import { PageTitle } from '../../../../lib/ui/PageTitle';
import { Icon } from '../../../../lib/ui/Icon';

interface Props {
  thread: Header;
}

/** Title with pin and lock, category, type, tags, indicators and regions; follow level and moderation on the right. */
export function ThreadHeader(props: Props) {
  const [editing, setEditing] = createSignal(false);
  return (
    <header class="flex flex-col gap-2">
      <nav aria-label={t('forum.breadcrumb')} class="flex min-w-0 items-center gap-1 text-sm text-slate-500">
        <A href="/forum" class="hover:underline">
          {t('forum.title')}
        </A>
        <span aria-hidden="true">›</span>
        <CategoryBadge category={props.thread.category} />
      </nav>
      <Show when={editing()}>
        <TitleEditor threadId={props.thread.id} title={props.thread.title} onDone={() => setEditing(false)} />
      </Show>
      <div class="[&_h1]:[overflow-wrap:anywhere]" classList={{ hidden: editing() }}>
        <PageTitle
          title={props.thread.title}
          subtitle={
            <span class="flex flex-wrap items-center gap-2">
              <TypeBadge type={props.thread.type} answered={props.thread.isAnswered} />
              <Show when={props.thread.isPinned}>
                <span data-testid="thread-pinned" class="inline-flex items-center gap-1 text-amber-800">
                  <Icon name="pin" /> {t('forum.pinned')}
                </span>
              </Show>
              <Show when={props.thread.isLocked}>
                <span data-testid="thread-locked" class="inline-flex items-center gap-1">
                  <Icon name="lock" /> {t('forum.locked')}
                </span>
              </Show>
              <Show when={props.thread.isDeleted}>
                <span class="font-medium text-red-700">{t('forum.threadDeleted')}</span>
              </Show>
              <Show when={props.thread.viewerCanEdit && !editing()}>
                <button type="button" data-testid="thread-title-edit-open" class="inline-flex min-h-11 items-center px-1 text-xs font-medium text-slate-600 underline hover:text-slate-800" onClick={() => setEditing(true)}>
                  {t('forum.editTitle')}
                </button>
              </Show>
            </span>
          }
        />
      </div>
      <ThreadMeta thread={props.thread} />
      <div class="flex flex-wrap items-start justify-between gap-2">
        <Show when={props.thread.readState}>{(rs) => <FollowLevel threadId={props.thread.id} level={rs().level} />}</Show>
        <Show when={props.thread.viewerCanModerate}>
          <ModeratorMenu thread={props.thread} />
        </Show>
      </div>
    </header>
  );
}
