import { Show } from 'solid-js';
import { useParams } from '@solidjs/router';
import { ForumGate } from '../ForumGate';
import { ThreadView } from './ThreadView';

/** /forum/t/:threadId — a fresh view (posts, presence, subscription) per thread. */
export default function ThreadPage() {
  const params = useParams<{ threadId: string }>();
  return (
    <ForumGate>
      <Show when={params.threadId} keyed>
        {(id) => <ThreadView threadId={id} />}
      </Show>
    </ForumGate>
  );
}
