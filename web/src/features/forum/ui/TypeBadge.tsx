import { Show } from 'solid-js';
import type { ThreadType } from '../../../gql/graphql';
import { t } from '../i18n';
import { Badge } from '../../../lib/ui/Badge';

interface Props {
  type: ThreadType;
  answered: boolean;
}

/** Pertanyaan / Diskusi, and "Terjawab" once a question has an accepted answer. */
export function TypeBadge(props: Props) {
  return (
    <Show
      when={props.type === 'QUESTION'}
      fallback={
        <Badge tone="neutral" testid="type-badge">
          {t('forum.type.DISCUSSION')}
        </Badge>
      }
    >
      <Show
        when={props.answered}
        fallback={
          <Badge tone="blue" testid="type-badge">
            {t('forum.type.QUESTION')}
          </Badge>
        }
      >
        <Badge tone="green" testid="type-badge">
          ✓ {t('forum.answered')}
        </Badge>
      </Show>
    </Show>
  );
}
