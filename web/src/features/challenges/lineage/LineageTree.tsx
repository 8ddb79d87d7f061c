import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { buildLineage, lineageText, type LineageBranch, type LineageNode } from './tree';
import { Badge } from '../../../lib/ui/Badge';
import { t, type DictKey } from '../i18n';

const statusTone = { PLANNED: 'neutral', IN_PROGRESS: 'amber', DONE: 'green', ABANDONED: 'red' } as const;

function Branch(props: { branch: LineageBranch; root?: boolean }) {
  const n = () => props.branch.node;
  return (
    <li data-testid="lineage-node" data-node-id={n().id} data-depth={n().depth} class={props.root ? '' : 'relative pl-5 before:absolute before:left-0 before:top-5 before:h-px before:w-4 before:bg-slate-300'}>
      <div class="flex min-h-11 flex-wrap items-center gap-2">
        <Show when={n().href} fallback={<span class="font-medium text-slate-900">{n().regionName}</span>}>
          {(href) => (
            <A href={href()} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
              {n().regionName}
            </A>
          )}
        </Show>
        <Show when={props.root}>
          <Badge tone="teal">{t('lineage.origin')}</Badge>
        </Show>
        <Show when={n().status}>
          {(status) => <Badge tone={statusTone[status() as keyof typeof statusTone] ?? 'neutral'}>{t(`lineage.status.${status()}` as DictKey)}</Badge>}
        </Show>
      </div>
      <Show when={n().detail}>
        <p class="-mt-2 mb-1 text-xs text-slate-600">{n().detail}</p>
      </Show>
      <Show when={props.branch.children.length > 0}>
        <ul class="ml-3 border-l border-slate-300">
          <For each={props.branch.children}>{(child) => <Branch branch={child} />}</For>
        </ul>
      </Show>
    </li>
  );
}

/** A solution's lineage (A → B → C, D) as nested lists; a one-line reading of it for screen readers. */
export function LineageTree(props: { nodes: LineageNode[]; summary?: string }) {
  const tree = () => buildLineage(props.nodes);
  return (
    <Show when={tree()} fallback={<p class="text-sm text-slate-600">{t('lineage.empty')}</p>}>
      {(root) => (
        <figure data-testid="lineage-tree">
          <ul aria-describedby="lineage-text">
            <Branch branch={root()} root />
          </ul>
          <figcaption class="mt-2 text-sm text-slate-700">
            <Show when={root().children.length > 0} fallback={<span id="lineage-text">{t('lineage.empty')}</span>}>
              <span id="lineage-text" data-testid="lineage-text">
                {lineageText(root())}
              </span>
            </Show>
            <Show when={props.summary && root().children.length > 0}>
              <span class="mt-1 block font-medium" data-testid="lineage-summary">
                {props.summary}
              </span>
            </Show>
          </figcaption>
        </figure>
      )}
    </Show>
  );
}
