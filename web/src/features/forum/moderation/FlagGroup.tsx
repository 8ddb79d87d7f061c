import { createSignal, For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createMutation } from '@urql/solid';
import type { ForumFlagsQuery } from '../../../gql/graphql';
import { ModeratePostMutation } from '../queries/posts';
import { REASON_MAX, REASON_MIN, threadPath } from '../types';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { RelativeTime } from '../../../lib/ui/RelativeTime';

export type Flag = ForumFlagsQuery['flags'][number];

interface Props {
  flags: Flag[];
}

/** One reported post with every open report on it; hiding or dismissing resolves them all. */
export function FlagGroup(props: Props) {
  const post = () => props.flags[0]?.post;
  const [reason, setReason] = createSignal('');
  const [local, setLocal] = createSignal('');
  const [state, moderate] = createMutation(ModeratePostMutation);

  const hide = () => {
    const text = reason().trim();
    if (text.length < REASON_MIN || text.length > REASON_MAX) return setLocal(t('forum.reason.length', { min: REASON_MIN, max: REASON_MAX }));
    setLocal('');
    const p = post();
    if (p) void moderate({ input: { postId: p.id, action: 'HIDE', reason: text } });
  };
  const dismiss = () => {
    const p = post();
    if (p) void moderate({ input: { postId: p.id, action: 'DISMISS_FLAGS' } });
  };

  return (
    <Show when={post()}>
      {(p) => (
        <li data-testid="flag-item" data-post-id={p().id} class="flex flex-col gap-2 p-3 sm:p-4">
          <A href={threadPath(p().thread.id, p().number)} class="font-medium text-slate-900 hover:text-teal-800 [overflow-wrap:anywhere]">
            {p().thread.title} <span class="text-sm font-normal text-slate-500">#{p().number}</span>
          </A>
          <blockquote class="rounded-md border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-700">
            <span class="block text-xs font-medium text-slate-500">{t('forum.mod.postBy', { name: p().author.name })}</span>
            {p().excerpt ?? t('forum.post.deleted')}
            <Show when={p().isHidden}>
              <span class="mt-1 block text-xs font-medium text-amber-800">{t('forum.post.hidden')}</span>
            </Show>
          </blockquote>
          <ul class="flex flex-col gap-1 text-sm">
            <For each={props.flags}>
              {(f) => (
                <li data-testid="flag-report" class="text-slate-700">
                  <span class="font-medium">{f.user.name}</span>: {f.reason} · <RelativeTime iso={f.createdAt} class="text-xs text-slate-500" />
                </li>
              )}
            </For>
          </ul>
          <div class="flex flex-col gap-2 sm:flex-row sm:items-end">
            <label class="flex flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
              {t('forum.hide.reason')}
              <input data-testid="flag-hide-reason" class={inputClass} maxLength={REASON_MAX} value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
            </label>
            <div class="flex gap-2">
              <Button variant="danger" data-testid="flag-hide" busy={state.fetching} onClick={hide}>
                {t('forum.hide.submit')}
              </Button>
              <Button variant="secondary" data-testid="flag-dismiss" busy={state.fetching} onClick={dismiss}>
                {t('forum.mod.dismiss')}
              </Button>
            </div>
          </div>
          <ErrorBox message={local()} error={state.error} />
        </li>
      )}
    </Show>
  );
}
