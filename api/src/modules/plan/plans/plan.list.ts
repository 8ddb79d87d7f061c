import type { Context } from '../../../core/context.js';
import { decodeOffsetCursor, toOffsetConnection, type Connection } from '../../../core/graphql/connection.js';
import { isStaff, type User } from '../../user/index.js';
import type { Plan } from './plan.entity.js';
import { PLAN_ROW, type PlanRow } from '../reads/plan.rows.js';
import { planConditions, planCountSql, planPageSql, type PlanFilter } from '../reads/plan.sql.js';

/** The plans a reader may see (canReadPlan, in SQL), latest change first: one page statement and one count, in parallel. */
export async function listPlans(read: Context['read'], reader: User, args: PlanFilter & { first: number; after?: string }): Promise<Connection<Plan>> {
  const offset = decodeOffsetCursor(args.after);
  const where = planConditions(args, { userId: reader.id, regionCode: reader.regionCode, staff: isStaff(reader) });
  const [rows, [count]] = await Promise.all([read<PlanRow>(planPageSql(where, offset, args.first + 1)), read<{ n: string }>(planCountSql(where))]);
  return toOffsetConnection(rows.map((r) => PLAN_ROW.view(r)), args.first, offset, Number(count!.n));
}
