import { defineCommand } from '../../../core/commands/command.js';
import { AppError, conflict, notFound } from '../../../core/errors.js';
import { execute } from '../../../core/db/query.js';
import { allRegions } from '../directory/region.cache.js';
import { Cohort } from './cohort.entity.js';
import { canManageCohorts } from '../cohort.policy.js';
import { regionMessages as m } from '../region.messages.js';
import { REGION_WRITE_LIMITS } from '../region.limits.js';
import { addMembersSql, removeMembersSql } from './cohort.sql.js';
import type { CohortMembersInput, CreateCohortInput } from '../region.types.js';
import type { Tx } from '../../../core/commands/command.js';

export const createCohortCommand = defineCommand({
  name: 'region.createCohort',
  actor: 'user',
  validate: (input: CreateCohortInput) => ({ slug: input.slug, name: input.name.trim(), description: input.description?.trim() || undefined }),
  limits: () => [{ rule: REGION_WRITE_LIMITS.cohort }],
  policy: canManageCohorts,
  async change({ em }, _loaded, input) {
    return em.create(Cohort, input);
  },
  constraints: { cohort_pkey: () => conflict(m.cohortExists) },
});

/** The cohort and the regions, all of which must exist (nothing changes when one is unknown). */
async function loadMembersChange({ em }: Tx, input: CohortMembersInput): Promise<{ cohort: Cohort; codes: string[] }> {
  const cohort = await em.findOne(Cohort, { slug: input.slug });
  if (!cohort) throw notFound(m.cohortNotFound);
  const codes = [...new Set(input.regionCodes)];
  const regions = await allRegions(em);
  const unknown = codes.filter((c) => !regions.has(c));
  if (unknown.length) {
    // Which codes were fine, so the page can offer to add just those.
    const validCodes = codes.filter((c) => regions.has(c));
    throw new AppError('BAD_USER_INPUT', m.unknownRegions, { codes: unknown.join(', '), valid: validCodes.length }, { fields: [{ field: 'regionCodes', message: 'unknown' }], validCodes });
  }
  return { cohort, codes };
}

export const addCohortMembersCommand = defineCommand({
  name: 'region.addCohortMembers',
  actor: 'user',
  limits: () => [{ rule: REGION_WRITE_LIMITS.cohort }],
  gate: canManageCohorts,
  load: (tx, input: CohortMembersInput) => loadMembersChange(tx, input),
  policy: canManageCohorts,
  async change({ em }, { cohort, codes }) {
    await execute(em, addMembersSql(cohort.slug, codes));
    return cohort;
  },
});

export const removeCohortMembersCommand = defineCommand({
  name: 'region.removeCohortMembers',
  actor: 'user',
  limits: () => [{ rule: REGION_WRITE_LIMITS.cohort }],
  gate: canManageCohorts,
  load: (tx, input: CohortMembersInput) => loadMembersChange(tx, input),
  policy: canManageCohorts,
  async change({ em }, { cohort, codes }) {
    await execute(em, removeMembersSql(cohort.slug, codes));
    return cohort;
  },
});
