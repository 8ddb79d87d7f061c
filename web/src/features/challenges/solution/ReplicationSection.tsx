import type { SolutionQuery } from '../../../gql/graphql';
import type { Viewer } from '../challenge/context';
import { LineageTree } from '../lineage/LineageTree';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

type SolutionData = NonNullable<SolutionQuery['solution']>;

/**
 * Replications of the solution and its lineage tree. The API for them (replicateSolution,
 * Solution.lineage) is on its way; until it lands the tree shows the solution alone.
 */
export function ReplicationSection(props: { solution: SolutionData; viewer: Viewer | null }) {
  const nodes = () => [{ id: `s${props.solution.id}`, parentId: null, depth: 0, regionName: props.solution.region?.name ?? '', regionCode: props.solution.region?.code ?? '', status: null }];
  return (
    <Card title={t('lineage.title')}>
      <LineageTree nodes={nodes()} />
    </Card>
  );
}
