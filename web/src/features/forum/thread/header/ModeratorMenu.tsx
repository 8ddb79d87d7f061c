import { createSignal, Show } from 'solid-js';
import { createMutation, createQuery } from '@urql/solid';
import type { ThreadModeration } from '../../../../gql/graphql';
import { ForumCategoriesQuery } from '../../queries/feed';
import { ModerateThreadMutation } from '../../queries/thread';
import type { ThreadHeader } from '../../types';
import { t } from '../../i18n';
import { Button } from '../../../../lib/ui/Button';
import { Dialog } from '../../../../lib/ui/Dialog';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { Menu, menuItemClass } from '../../../../lib/ui/Menu';
import { Select } from '../../../../lib/ui/Select';
import { Icon } from '../../../../lib/ui/Icon';

interface Props {
  thread: ThreadHeader;
}

/** Pin, lock and move, for facilitators and admins (viewerCanModerate). */
export function ModeratorMenu(props: Props) {
  const [state, moderate] = createMutation(ModerateThreadMutation);
  const [categories] = createQuery({ query: ForumCategoriesQuery });
  const [moving, setMoving] = createSignal(false);
  const [target, setTarget] = createSignal('');

  const act = (action: ThreadModeration, categoryId?: string) => moderate({ input: { threadId: props.thread.id, action, categoryId } });
  const move = async () => {
    const res = await act('MOVE', target() || undefined);
    if (!res.error) setMoving(false);
  };

  return (
    <>
      <Menu label={t('forum.mod.menu')} testid="moderator-menu" button={<span class="inline-flex items-center gap-1"><Icon name="shield" /> {t('forum.mod.short')}</span>}>
        {(close) => (
          <>
            <button type="button" class={menuItemClass} data-testid="mod-pin" onClick={() => { close(); void act(props.thread.isPinned ? 'UNPIN' : 'PIN'); }}>
              {props.thread.isPinned ? t('forum.mod.unpin') : t('forum.mod.pin')}
            </button>
            <button type="button" class={menuItemClass} data-testid="mod-lock" onClick={() => { close(); void act(props.thread.isLocked ? 'UNLOCK' : 'LOCK'); }}>
              {props.thread.isLocked ? t('forum.mod.unlock') : t('forum.mod.lock')}
            </button>
            <button
              type="button"
              class={menuItemClass}
              data-testid="mod-move"
              onClick={() => {
                close();
                setTarget(props.thread.category.id);
                setMoving(true);
              }}
            >
              {t('forum.mod.move')}
            </button>
          </>
        )}
      </Menu>
      <Show when={!moving()}>
        <ErrorBox error={state.error} />
      </Show>
      <Dialog open={moving()} title={t('forum.mod.moveTitle')} onClose={() => setMoving(false)}>
        <div class="flex flex-col gap-3">
          <Select
            label={t('forum.category')}
            value={target()}
            options={(categories.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(e) => setTarget(e.currentTarget.value)}
          />
          <ErrorBox error={state.error} />
          <div class="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => setMoving(false)}>
              {t('common.cancel')}
            </Button>
            <Button busy={state.fetching} disabled={target() === props.thread.category.id} onClick={() => void move()}>
              {t('forum.mod.moveSubmit')}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
