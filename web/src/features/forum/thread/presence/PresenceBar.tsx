import { Show } from 'solid-js';
import type { Person } from '../../types';
import { t } from '../../i18n';
import { Icon } from '../../../../lib/ui/Icon';

interface Props {
  viewers: Person[];
  typing: Person[];
}

const names = (people: Person[]) => people.map((p) => p.name).join(', ');

/** "Sedang melihat: A, B" and "X sedang mengetik…", from PRESENCE events. */
export function PresenceBar(props: Props) {
  return (
    <div class="flex min-h-5 flex-wrap gap-x-4 gap-y-1 text-xs text-slate-500" aria-live="polite">
      <Show when={props.viewers.length > 0}>
        <span data-testid="viewers" class="inline-flex items-center gap-1">
          <Icon name="eye" class="h-3.5 w-3.5" />
          {t('forum.presence.viewing', { names: names(props.viewers) })}
        </span>
      </Show>
      <Show when={props.typing.length > 0}>
        <span data-testid="typing-indicator" class="italic text-teal-800">
          {props.typing.length === 1 ? t('forum.presence.typingOne', { name: names(props.typing) }) : t('forum.presence.typingMany', { names: names(props.typing) })}
        </span>
      </Show>
    </div>
  );
}
