import { createEffect, Show, type JSX } from 'solid-js';

interface Props {
  title: string;
  subtitle?: JSX.Element;
  actions?: JSX.Element;
}

/** The page heading; also sets the document title. */
export function PageTitle(props: Props) {
  createEffect(() => {
    document.title = `${props.title} · Rembuk`;
  });
  return (
    <div class="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div class="min-w-0">
        <h1 class="text-xl font-bold text-slate-900 sm:text-2xl">{props.title}</h1>
        <Show when={props.subtitle}>
          <p class="mt-1 text-sm text-slate-600">{props.subtitle}</p>
        </Show>
      </div>
      {props.actions}
    </div>
  );
}
