import { For, Show } from 'solid-js';
import type { MentionUser } from './useMentions';
import { t } from '../i18n';

interface Props {
  id: string;
  options: MentionUser[];
  active: number;
  onChoose: (user: MentionUser) => void;
}

/** The suggestions under the textarea; the textarea keeps focus and drives it with the keyboard. */
export function MentionMenu(props: Props) {
  return (
    <Show when={props.options.length > 0}>
      <ul
        id={props.id}
        role="listbox"
        aria-label={t('forum.mention.label')}
        data-testid="mention-menu"
        class="absolute left-2 right-2 z-20 mt-1 max-h-60 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg sm:right-auto sm:w-80"
      >
        <For each={props.options}>
          {(user, i) => (
            <li
              id={`${props.id}-${i()}`}
              role="option"
              aria-selected={i() === props.active}
              data-testid="mention-option"
              class={`flex cursor-pointer items-baseline gap-2 px-3 py-2 ${i() === props.active ? 'bg-teal-50 text-teal-900' : 'hover:bg-slate-50'}`}
              onMouseDown={(e) => {
                e.preventDefault();
                props.onChoose(user);
              }}
            >
              <span class="font-medium">@{user.username}</span>
              <span class="truncate text-xs text-slate-500">
                {user.name}
                <Show when={user.region}>{(r) => ` · ${r().name}`}</Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
