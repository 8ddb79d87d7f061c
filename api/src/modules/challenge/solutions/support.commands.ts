import { defineCommand } from '../../../core/commands/command.js';
import { forbidden } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { queryOne } from '../../../core/db/query.js';
import { canSupportSolution } from '../challenge.policy.js';
import { SOLUTION_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { SOLUTION_ROW, type SolutionRow } from './reads/solution.rows.js';
import { toggleSupportSql } from './reads/solution.sql.js';
import { loadSolution, solutionChanged } from './solution.input.js';

/**
 * One support per person, toggled in a single statement (toggleSupportSql): supports are neither
 * lost nor counted twice under any concurrency. The solution is not locked on load, so hundreds
 * supporting at once wait only on the counter's row. The loaded entity is left untouched (so a
 * flush never writes its older count back); the answer is the row as the statement left it.
 */
export const toggleSolutionSupportCommand = defineCommand({
  name: 'challenge.toggleSolutionSupport',
  actor: 'user',
  validate: (solutionId: string) => parseId(solutionId, 'solutionId'),
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.support }],
  load: ({ em }, solutionId, actor) => loadSolution(em, solutionId, actor.id),
  policy: canSupportSolution,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.challengeClosed),
  async change(tx, { solution, challenge }, _input, actor) {
    const row = await queryOne<SolutionRow>(tx.em, toggleSupportSql(solution.id, actor.id));
    solutionChanged(tx, challenge, solution.id, 'SUPPORT_CHANGED');
    return SOLUTION_ROW.view(row!);
  },
});
