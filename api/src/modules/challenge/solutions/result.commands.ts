import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Region } from '../../region/index.js';
import { User } from '../../user/index.js';
import { canRecordResult, solutionsOpen } from '../challenge.policy.js';
import { SOLUTION_LIMITS as L, SOLUTION_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { SolutionStatus } from './solution.entity.js';
import { SolutionResult } from './result.entity.js';
import { loadSolution, optionalText, solutionChanged } from './solution.input.js';
import type { RecordResultInput } from './solution.types.js';

function checkValues(input: RecordResultInput) {
  const metric = input.metric.trim();
  const unit = input.unit?.trim() || null;
  if (!metric || metric.length > L.metricMax || (unit && unit.length > L.unitMax)) throw badInput(m.metricLength, { max: L.metricMax, unitMax: L.unitMax }, [{ field: 'metric', message: 'length' }]);
  const numbers = [input.baseline, input.target, ...(input.measured == null ? [] : [input.measured])];
  if (numbers.some((n) => !Number.isFinite(n))) throw badInput(m.valuesInvalid, {}, [{ field: 'measured', message: 'not a number' }]);
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) throw badInput(m.progressInvalid, {}, [{ field: 'progress', message: 'range' }]);
  return { metric, unit, baseline: input.baseline, target: input.target, measured: input.measured ?? null, progress: input.progress };
}

/**
 * A result of a selected solution's trial, new or (with resultId) corrected. The solution is
 * locked so that the count of its results, checked against resultsMax, stays as read.
 */
export const recordResultCommand = defineCommand({
  name: 'challenge.recordResult',
  actor: 'user',
  validate: (input: RecordResultInput) => ({
    solutionId: parseId(input.solutionId, 'solutionId'),
    resultId: input.resultId ? parseId(input.resultId, 'resultId') : null,
    ...checkValues(input),
    outcome: optionalText(input.outcome, L.outcomeMax, m.outcomeTooLong, 'outcome'),
    regionCode: input.regionCode?.trim() || null,
  }),
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.result }],
  async load({ em }, input, actor) {
    const loaded = await loadSolution(em, input.solutionId, actor.id, true);
    const existing = input.resultId ? await em.findOne(SolutionResult, { id: input.resultId, solution: input.solutionId }) : null;
    if (input.resultId && !existing) throw notFound(m.resultNotFound);
    return { ...loaded, existing };
  },
  policy: canRecordResult,
  resource: (loaded) => loaded,
  refusal: ({ challenge }) => forbidden(solutionsOpen(challenge.stage) ? m.resultsTeamOnly : m.challengeClosed),
  async change(tx, { solution, challenge, existing }, input, actor) {
    const { em } = tx;
    if (solution.status !== SolutionStatus.SELECTED) throw conflict(m.resultsNeedSelection);
    if (input.regionCode && input.regionCode !== solution.region.code) {
      await solution.trialRegions.init();
      if (!solution.trialRegions.getItems().some((r) => r.code === input.regionCode)) throw badInput(m.resultRegionInvalid, {}, [{ field: 'regionCode', message: 'not in the trial' }]);
    }
    if (!existing && (await em.count(SolutionResult, { solution: solution.id })) >= L.resultsMax) throw conflict(m.tooManyResults, { max: L.resultsMax });
    const values = {
      metric: input.metric,
      unit: input.unit,
      baseline: input.baseline,
      target: input.target,
      measured: input.measured,
      progress: input.progress,
      outcome: input.outcome,
      region: input.regionCode ? em.getReference(Region, input.regionCode, { wrapped: true }) : null,
      recordedBy: em.getReference(User, actor.id, { wrapped: true }),
    };
    const result = existing ? Object.assign(existing, values, { updatedAt: new Date() }) : em.create(SolutionResult, { solution, ...values });
    await em.flush();
    solutionChanged(tx, challenge, solution.id, 'RESULT_RECORDED');
    return result;
  },
});
