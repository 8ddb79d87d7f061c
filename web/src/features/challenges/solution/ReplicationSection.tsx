import { Show } from 'solid-js';
import type { SolutionQuery } from '../../../gql/graphql';
import type { Viewer } from '../challenge/context';
import { LineageTree } from '../lineage/LineageTree';
import { lineageNodes, lineageSummary } from '../lineage/summary';
import { ReplicateForm } from './ReplicateForm';
import { ReplicationList } from './ReplicationList';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

type SolutionData = NonNullable<SolutionQuery['solution']>;

/** The solution's lineage tree with its summary, "Tiru solusi ini", and every replication's report. */
export function ReplicationSection(props: { solution: SolutionData; viewer: Viewer | null; path: string }) {
  const replications = () => props.solution.lineage.nodes.flatMap((n) => (n.replication ? [n.replication] : []));
  const focus = (id: string) => queueMicrotask(() => document.getElementById(`replikasi-${id}`)?.focus());
  return (
    <>
      <Card title={t('lineage.title')}>
        <LineageTree nodes={lineageNodes(props.solution.lineage, props.path)} summary={lineageSummary(props.solution.lineage)} />
        <div class="mt-3">
          <Show when={props.solution.viewerCanReplicate && props.viewer}>{(v) => <ReplicateForm solution={props.solution} viewer={v()} onDone={focus} />}</Show>
          <Show when={props.viewer?.actor?.role === 'REGION_ADMIN' && !props.solution.viewerCanReplicate && replications().length === 0 && props.solution.status !== 'SELECTED'}>
            <p class="text-sm text-slate-600">{t('replication.notYet')}</p>
          </Show>
        </div>
      </Card>
      <Show when={replications().length > 0}>
        <Card title={t('solution.replications')}>
          <ReplicationList replications={replications()} />
        </Card>
      </Show>
    </>
  );
}
