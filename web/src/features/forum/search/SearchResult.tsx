import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { ForumSearchQuery } from '../../../gql/graphql';
import { threadPath } from '../types';
import { CategoryBadge } from '../ui/CategoryBadge';
import { TypeBadge } from '../ui/TypeBadge';
import { t } from '../i18n';
import { RelativeTime } from '../../../lib/ui/RelativeTime';

export type SearchHit = ForumSearchQuery['search']['edges'][number]['node'];

interface Props {
  hit: SearchHit;
}

/** A hit: the thread, the matching post (#number) and the snippet with <mark>ed words (the server escapes all else). */
export function SearchResult(props: Props) {
  return (
    <li data-testid="search-result" data-thread-id={props.hit.thread.id} class="px-3 py-3 sm:px-4">
      <A href={threadPath(props.hit.thread.id, props.hit.post?.number)} class="font-medium text-slate-900 hover:text-teal-800 [overflow-wrap:anywhere]">
        {props.hit.thread.title}
        <Show when={props.hit.post && props.hit.post.number > 1}>
          <span class="ml-1 text-sm font-normal text-slate-500">#{props.hit.post?.number}</span>
        </Show>
      </A>
      <div class="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <CategoryBadge category={props.hit.thread.category} />
        <TypeBadge type={props.hit.thread.type} answered={props.hit.thread.isAnswered} />
        <Show when={props.hit.post}>
          {(post) => (
            <span>
              {t('forum.by', { name: post().author.name })} · <RelativeTime iso={post().createdAt} />
            </span>
          )}
        </Show>
      </div>
      {/* eslint-disable-next-line solid/no-innerhtml -- the server escapes the snippet and adds only <mark> around matched words */}
      <p data-testid="search-snippet" class="search-snippet mt-1 text-sm text-slate-700 [overflow-wrap:anywhere]" innerHTML={props.hit.snippet} />
    </li>
  );
}
