import { For, Show } from 'solid-js';
import { createQuery } from '@urql/solid';
import { PostRevisionsQuery } from '../../queries/thread';
import { t } from '../../i18n';
import { fullTime } from '../../../../lib/time';
import { Dialog } from '../../../../lib/ui/Dialog';
import { ErrorBox } from '../../../../lib/ui/ErrorBox';
import { Spinner } from '../../../../lib/ui/Spinner';

interface Props {
  open: boolean;
  threadId: string;
  number: number;
  onClose: () => void;
}

/** Earlier versions of a post, newest first, as their markdown source. */
export function RevisionDialog(props: Props) {
  const [result] = createQuery({
    query: PostRevisionsQuery,
    variables: () => ({ threadId: props.threadId, number: props.number }),
    requestPolicy: 'network-only',
    pause: () => !props.open,
  });
  const revisions = () => result.data?.thread.posts.edges[0]?.node.revisions ?? [];
  return (
    <Dialog open={props.open} title={t('forum.revisions.title', { number: props.number })} onClose={props.onClose} testid="revision-dialog">
      <Show when={!result.fetching} fallback={<Spinner label={t('common.loading')} />}>
        <ErrorBox error={result.error} />
        <ol class="flex flex-col gap-3">
          <For each={revisions()} fallback={<li class="text-sm text-slate-500">{t('forum.revisions.none')}</li>}>
            {(rev) => (
              <li data-testid="revision" class="rounded-md border border-slate-200 p-3">
                <p class="text-xs text-slate-500">{t('forum.revisions.replaced', { date: fullTime(rev.createdAt) })}</p>
                <Show when={rev.title}>
                  <p class="mt-1 text-sm font-semibold">{rev.title}</p>
                </Show>
                <pre class="mt-1 whitespace-pre-wrap break-words font-sans text-sm text-slate-800">{rev.bodyMarkdown}</pre>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </Dialog>
  );
}
