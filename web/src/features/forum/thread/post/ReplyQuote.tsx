import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { threadPath, type Post } from '../../types';
import { t } from '../../i18n';

interface Props {
  threadId: string;
  replyTo: NonNullable<Post['replyTo']>;
}

/** The post being answered: its author and the start of its text, linking to it. */
export function ReplyQuote(props: Props) {
  return (
    <A
      href={threadPath(props.threadId, props.replyTo.number)}
      data-testid="reply-quote"
      class="mb-2 block rounded-md border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-600 hover:border-teal-600"
    >
      <span class="font-medium text-slate-800">{t('forum.post.replyingTo', { name: props.replyTo.author.name, number: props.replyTo.number })}</span>
      <Show when={!props.replyTo.isDeleted} fallback={<span class="block italic">{t('forum.post.deleted')}</span>}>
        <span class="block truncate">{props.replyTo.excerpt}</span>
      </Show>
    </A>
  );
}
