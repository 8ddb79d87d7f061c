import { intArray, sql } from '../../../core/db/sql.js';
import { CHALLENGE_COLUMNS } from '../challenges/challenge.rows.js';
import { SOLUTION_ROW } from '../solutions/reads/solution.rows.js';

/** The challenges whose discussion these forum threads are (thread_id is unique). */
export const challengesByThreadSql = (threadIds: readonly number[]) =>
  sql`select ${CHALLENGE_COLUMNS} from challenge c where c.thread_id = any(${intArray(threadIds)})`;

/** The solutions whose comments these forum threads are. */
export const solutionsByThreadSql = (threadIds: readonly number[]) =>
  sql`select ${SOLUTION_ROW.select} from challenge_solution s where s.thread_id = any(${intArray(threadIds)})`;
