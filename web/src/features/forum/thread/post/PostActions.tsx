import { createSignal, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { DeletePostMutation, FlagPostMutation, ModeratePostMutation } from '../../queries/posts';
import { AcceptAnswerMutation } from '../../queries/thread';
import type { Post, ThreadHeader } from '../../types';
import { ReasonDialog } from './ReasonDialog';
import { t } from '../../i18n';
import { Button } from '../../../../lib/ui/Button';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { Menu, menuItemClass } from '../../../../lib/ui/Menu';

interface Props {
  post: Post;
  thread: ThreadHeader;
  accepted: boolean;
  onReply: () => void;
  onEdit: () => void;
  onChanged: (post: Post) => void;
}

const small = 'inline-flex min-h-8 items-center gap-1 rounded-md px-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900';

/** Reply and accept-answer buttons; edit, delete, report and moderation in a "⋯" menu. */
export function PostActions(props: Props) {
  const [deleting, del] = createMutation(DeletePostMutation);
  const [, flag] = createMutation(FlagPostMutation);
  const [moderating, moderate] = createMutation(ModeratePostMutation);
  const [accepting, accept] = createMutation(AcceptAnswerMutation);
  const [confirmDelete, setConfirmDelete] = createSignal(false);
  const [flagging, setFlagging] = createSignal(false);
  const [hiding, setHiding] = createSignal(false);
  const [flagged, setFlagged] = createSignal(false);

  const visible = () => !props.post.isDeleted && !props.post.isHidden;
  const canAccept = () => props.thread.type === 'QUESTION' && props.thread.viewerCanAcceptAnswer && props.post.number > 1 && visible();
  const canModerate = () => props.thread.viewerCanModerate && !props.post.isDeleted;
  const hasMenu = () => (props.post.viewerCanEdit && !props.post.isDeleted) || props.post.viewerCanDelete || (props.post.viewerCanFlag && visible()) || canModerate();

  const remove = async () => {
    const res = await del({ postId: props.post.id });
    setConfirmDelete(false);
    if (res.data) props.onChanged(res.data.deletePost);
  };
  const unhide = async () => {
    const res = await moderate({ input: { postId: props.post.id, action: 'UNHIDE' } });
    if (res.data) props.onChanged(res.data.moderatePost);
  };
  const sendFlag = async (reason: string) => {
    const res = await flag({ postId: props.post.id, reason });
    if (!res.error) setFlagged(true);
    return res.error;
  };
  const hide = async (reason: string) => {
    const res = await moderate({ input: { postId: props.post.id, action: 'HIDE', reason } });
    if (res.data) props.onChanged(res.data.moderatePost);
    return res.error;
  };

  return (
    <div class="flex flex-col items-end gap-1">
      <div class="flex flex-wrap items-center justify-end gap-1">
        <Show when={canAccept()}>
          <button
            type="button"
            data-testid="accept-answer"
            aria-pressed={props.accepted}
            disabled={accepting.fetching}
            class={`${small} ${props.accepted ? 'bg-green-50 text-green-800 ring-1 ring-green-300' : ''}`}
            onClick={() => void accept({ threadId: props.thread.id, postId: props.accepted ? null : props.post.id })}
          >
            ✓ {props.accepted ? t('forum.post.unaccept') : t('forum.post.accept')}
          </button>
        </Show>
        <Show when={!props.post.isDeleted}>
          <button type="button" data-testid="post-reply" class={small} onClick={() => props.onReply()}>
            ↩ {t('forum.post.reply')}
          </button>
        </Show>
        <Show when={hasMenu()}>
          <Menu label={t('forum.post.more')} testid="post-menu" button={<span aria-hidden="true">⋯</span>} buttonClass={`${small} text-lg`}>
            {(close) => (
              <>
                <Show when={props.post.viewerCanEdit && !props.post.isDeleted}>
                  <button type="button" class={menuItemClass} data-testid="post-edit" onClick={() => { close(); props.onEdit(); }}>
                    {t('forum.post.edit')}
                  </button>
                </Show>
                <Show when={props.post.viewerCanDelete}>
                  <button type="button" class={menuItemClass} data-testid="post-delete" onClick={() => { close(); setConfirmDelete(true); }}>
                    {t('forum.post.delete')}
                  </button>
                </Show>
                <Show when={props.post.viewerCanFlag && visible()}>
                  <button type="button" class={menuItemClass} data-testid="post-flag" onClick={() => { close(); setFlagging(true); }}>
                    {t('forum.post.flag')}
                  </button>
                </Show>
                <Show when={canModerate()}>
                  <button
                    type="button"
                    class={menuItemClass}
                    data-testid={props.post.isHidden ? 'post-unhide' : 'post-hide'}
                    onClick={() => {
                      close();
                      if (props.post.isHidden) void unhide();
                      else setHiding(true);
                    }}
                  >
                    {props.post.isHidden ? t('forum.post.unhide') : t('forum.post.hide')}
                  </button>
                </Show>
              </>
            )}
          </Menu>
        </Show>
      </div>
      <Show when={confirmDelete()}>
        <div role="alertdialog" aria-label={t('forum.post.deleteConfirm')} class="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
          {t('forum.post.deleteConfirm')}
          <Button variant="danger" class="!min-h-8 !py-1" busy={deleting.fetching} data-testid="post-delete-confirm" onClick={() => void remove()}>
            {t('forum.post.deleteYes')}
          </Button>
          <Button variant="ghost" class="!min-h-8 !py-1" onClick={() => setConfirmDelete(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      </Show>
      <Show when={flagged()}>
        <p role="status" class="text-xs text-slate-600">
          {t('forum.flag.done')}
        </p>
      </Show>
      <ErrorBox error={deleting.error ?? accepting.error ?? (hiding() ? undefined : moderating.error)} />
      <ReasonDialog
        open={flagging()}
        title={t('forum.flag.title', { number: props.post.number })}
        label={t('forum.flag.reason')}
        submitLabel={t('forum.flag.submit')}
        testid="flag-dialog"
        onClose={() => setFlagging(false)}
        onSubmit={sendFlag}
      />
      <ReasonDialog
        open={hiding()}
        title={t('forum.hide.title', { number: props.post.number })}
        label={t('forum.hide.reason')}
        submitLabel={t('forum.hide.submit')}
        testid="hide-dialog"
        onClose={() => setHiding(false)}
        onSubmit={hide}
      />
    </div>
  );
}
