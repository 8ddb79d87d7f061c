import { For } from 'solid-js';
import { createMutation } from '@urql/solid';
import { ToggleReactionMutation } from '../../queries/posts';
import { REACTIONS, type Post } from '../../types';
import { t } from '../../i18n';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { keepFocus } from '../../../../lib/a11y/focus';

interface Props {
  post: Post;
  onChanged: (post: Post) => void;
}

/** 👍 ❤️ 🎉 🙏 💡 with counts; pressed when given by me; who reacted in the tooltip. */
export function ReactionBar(props: Props) {
  const [state, toggle] = createMutation(ToggleReactionMutation);
  const summary = (emoji: string) => props.post.reactions.find((r) => r.emoji === emoji);
  const react = (emoji: string) =>
    keepFocus(async () => {
      if (state.fetching) return;
      const res = await toggle({ input: { postId: props.post.id, emoji } });
      if (res.data) props.onChanged(res.data.toggleReaction);
    });
  return (
    <div class="flex flex-col gap-1">
      <div class="flex flex-wrap gap-0.5 sm:gap-1" role="group" aria-label={t('forum.reactions.label')}>
        <For each={REACTIONS}>
          {(r) => {
            const s = () => summary(r.emoji);
            const count = () => s()?.count ?? 0;
            const who = () => (s()?.users ?? []).map((u) => u.name).join(', ');
            const label = () => (count() ? t('forum.reactions.who', { emoji: r.emoji, count: count(), names: who() }) : t(`forum.reactions.${r.name}`));
            return (
              <button
                type="button"
                data-testid={`reaction-${r.name}`}
                aria-pressed={!!s()?.reactedByMe}
                aria-label={label()}
                title={label()}
                aria-disabled={state.fetching ? 'true' : undefined}
                class={`inline-flex min-h-8 min-w-7 sm:min-w-8 items-center justify-center gap-1 rounded-full text-sm ring-1 ring-inset transition ${count() ? 'px-2' : 'px-1'} ${
                  s()?.reactedByMe ? 'bg-teal-50 ring-teal-400' : count() ? 'bg-white ring-slate-300 hover:bg-slate-50' : 'bg-white opacity-60 ring-transparent grayscale hover:opacity-100 hover:ring-slate-300 hover:grayscale-0'
                }`}
                onClick={() => void react(r.emoji)}
              >
                <span aria-hidden="true">{r.emoji}</span>
                <span data-testid="reaction-count" class={`tabular-nums text-xs font-medium text-slate-700 ${count() ? '' : 'sr-only'}`}>
                  {count()}
                </span>
              </button>
            );
          }}
        </For>
      </div>
      <ErrorBox error={state.error} />
    </div>
  );
}
