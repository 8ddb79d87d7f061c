import { Show } from 'solid-js';
import { A } from '@solidjs/router';

interface Props {
  category: { id: string; name: string; color: string };
  /** Links to the category feed unless false. */
  link?: boolean;
}

/** The category name with its colour as a square, as in Discourse. */
export function CategoryBadge(props: Props) {
  const content = () => (
    <>
      <span class="h-2.5 w-2.5 shrink-0 rounded-sm" style={{ 'background-color': props.category.color }} aria-hidden="true" />
      <span class="truncate">{props.category.name}</span>
    </>
  );
  const cls = 'inline-flex min-w-0 max-w-full items-center gap-1.5 text-xs font-medium text-slate-700';
  return (
    <Show
      when={props.link !== false}
      fallback={
        <span data-testid="category-badge" class={cls}>
          {content()}
        </span>
      }
    >
      <A href={`/forum/k/${props.category.id}`} data-testid="category-badge" class={`${cls} hover:underline`}>
        {content()}
      </A>
    </Show>
  );
}
