import { Match, Show, Switch } from 'solid-js';
import type { Post } from '../../types';
import { t } from '../../i18n';

interface Props {
  post: Post;
}

/** Stops @mention links (/u/name, no profile page yet) from leaving the app. */
const onClick = (e: MouseEvent) => {
  const link = (e.target as Element | null)?.closest?.('a.mention');
  if (link) e.preventDefault();
};

/**
 * The server's sanitized HTML, or "tulisan dihapus", or the moderator's note; a hidden post
 * stays readable (dimmed) for its author and moderators, who get `body` and the reason.
 */
export function PostBody(props: Props) {
  const html = () => (
    <Show when={props.post.body}>
      {(body) => (
        // eslint-disable-next-line solid/no-innerhtml -- `body` is the server's HTML, rendered from markdown and sanitized with an allowlist
        <div data-testid="post-body" class={`post-body ${props.post.isHidden ? 'opacity-60' : ''}`} innerHTML={body()} onClick={onClick} />
      )}
    </Show>
  );
  return (
    <Switch fallback={html()}>
      <Match when={props.post.isDeleted}>
        <p data-testid="post-deleted" class="text-sm italic text-slate-500">
          {t('forum.post.deleted')}
        </p>
      </Match>
      <Match when={props.post.isHidden}>
        <div data-testid="post-hidden" class="mb-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('forum.post.hidden')}
          <Show when={props.post.hiddenReason}>{(reason) => <span class="block text-xs">{t('forum.post.hiddenReason', { reason: reason() })}</span>}</Show>
        </div>
        {html()}
      </Match>
    </Switch>
  );
}
