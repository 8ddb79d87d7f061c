import { For } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { NotificationLevel } from '../../../../gql/graphql';
import { FollowThreadMutation } from '../../queries/thread';
import { t, type DictKey } from '../../i18n';
import { inputClass } from '../../../../lib/ui/Field';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { Icon } from '../../../../lib/ui/Icon';

const LEVELS: { value: NotificationLevel; key: DictKey; hint: DictKey }[] = [
  { value: 'WATCHING', key: 'forum.level.WATCHING', hint: 'forum.level.WATCHING.hint' },
  { value: 'TRACKING', key: 'forum.level.TRACKING', hint: 'forum.level.TRACKING.hint' },
  { value: 'NORMAL', key: 'forum.level.NORMAL', hint: 'forum.level.NORMAL.hint' },
  { value: 'MUTED', key: 'forum.level.MUTED', hint: 'forum.level.MUTED.hint' },
];

interface Props {
  threadId: string;
  level: NotificationLevel;
}

/** Pantau / Lacak / Normal / Bisukan: how this person hears about the thread. */
export function FollowLevel(props: Props) {
  const [state, follow] = createMutation(FollowThreadMutation);
  const hint = () => {
    const key = LEVELS.find((l) => l.value === props.level)?.hint;
    return key ? t(key) : undefined;
  };
  return (
    <div class="flex flex-col gap-1">
      <label class="flex items-center gap-2 text-sm text-slate-600">
        <Icon name="bell" />
        <span class="sr-only sm:not-sr-only">{t('forum.level.label')}</span>
        <select
          data-testid="follow-level"
          class={`${inputClass} !w-auto`}
          value={props.level}
          disabled={state.fetching}
          title={hint()}
          onChange={(e) => void follow({ threadId: props.threadId, level: e.currentTarget.value as NotificationLevel })}
        >
          <For each={LEVELS}>
            {(l) => (
              <option value={l.value} selected={l.value === props.level}>
                {t(l.key)}
              </option>
            )}
          </For>
        </select>
      </label>
      <ErrorBox error={state.error} />
    </div>
  );
}
