import { Show, type JSX } from 'solid-js';

interface Props {
  title?: string;
  children: JSX.Element;
  class?: string;
  actions?: JSX.Element;
}

export function Card(props: Props) {
  return (
    <section class={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${props.class ?? ''}`}>
      <Show when={props.title || props.actions}>
        <div class="mb-3 flex flex-wrap items-center justify-between gap-2">
          <Show when={props.title}>
            <h2 class="text-base font-semibold text-slate-900">{props.title}</h2>
          </Show>
          {props.actions}
        </div>
      </Show>
      {props.children}
    </section>
  );
}
