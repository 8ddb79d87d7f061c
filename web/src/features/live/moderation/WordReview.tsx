import { For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { WordModeration, WordStatus } from '../../../gql/graphql';
import { ModerateWordMutation } from '../queries/words';
import type { Poll } from '../types';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';

type Group = NonNullable<Poll['wordReview']>[number];

/** What a moderator can do with a word in each state (rejected words can be let through). */
const ACTIONS: Record<WordStatus, WordModeration[]> = {
  PENDING: ['APPROVE', 'REJECT'],
  APPROVED: ['HIDE'],
  HIDDEN: ['UNHIDE'],
  REJECTED: ['APPROVE'],
};

/** A word-cloud poll's answers by word, pending first: approve or reject them, hide shown ones. */
export function WordReview(props: { poll: Poll }) {
  const [result, moderate] = createMutation(ModerateWordMutation);
  const groups = (status: WordStatus) => (props.poll.wordReview ?? []).filter((g) => g.status === status);
  const section = (status: WordStatus) => (
    <Show when={groups(status).length}>
      <div class="flex flex-col gap-1" data-testid={`words-${status}`}>
        <h3 class="text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`mod.words.${status}`, { count: groups(status).reduce((n, g) => n + g.count, 0) })}</h3>
        <ul class="flex flex-col gap-1">
          <For each={groups(status)}>{(group) => <WordRow group={group} busy={result.fetching} onAction={(action) => void moderate({ input: { pollId: props.poll.id, word: group.word, action } })} />}</For>
        </ul>
      </div>
    </Show>
  );
  return (
    <div class="flex flex-col gap-2" aria-label={t('mod.wordsReview')}>
      {section('PENDING')}
      {section('APPROVED')}
      {section('HIDDEN')}
      {section('REJECTED')}
      <ErrorBox error={result.error} />
    </div>
  );
}

function WordRow(props: { group: Group; busy: boolean; onAction: (action: WordModeration) => void }) {
  return (
    <li data-testid="word-group" data-word={props.group.word} class="flex items-center gap-2 text-sm">
      <span class="min-w-0 flex-1 truncate text-slate-900">
        {props.group.word} <span class="text-slate-600">×{props.group.count}</span>
      </span>
      <For each={ACTIONS[props.group.status]}>
        {(action) => (
          <Button
            variant={action === 'APPROVE' || action === 'UNHIDE' ? 'primary' : 'secondary'}
            class="min-h-8 px-2 py-1 text-xs"
            data-testid={`word-${action.toLowerCase()}`}
            aria-label={t(`mod.word.${action}.label`, { word: props.group.word })}
            busy={props.busy}
            onClick={() => props.onAction(action)}
          >
            {t(`mod.word.${action}`)}
          </Button>
        )}
      </For>
    </li>
  );
}
