import { defineCommand } from '../../../core/commands/command.js';
import { badInput, forbidden } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Region, allRegions } from '../../region/index.js';
import { User } from '../../user/index.js';
import { canDecideSolution, solutionsOpen } from '../challenge.policy.js';
import { SOLUTION_LIMITS as L, SOLUTION_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { SolutionStatus } from './solution.entity.js';
import { loadSolution, optionalText, solutionChanged } from './solution.input.js';
import type { DecideSolutionInput } from './solution.types.js';
import { notifySolutionDecided } from '../follow/challenge.notify.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as YYYY-MM-DD (undefined stays undefined: left as it is). */
function checkDay(day: string | null | undefined, name: string): string | null | undefined {
  if (day === undefined || day === null) return day;
  const d = day.trim();
  // Round-tripping through Date refuses 2027-02-30 as well as anything not shaped like a day.
  if (!DAY.test(d) || Number.isNaN(Date.parse(d)) || new Date(d).toISOString().slice(0, 10) !== d) throw badInput(m.trialDatesInvalid, {}, [{ field: name, message: 'invalid' }]);
  return d;
}

function checkTrialRegions(codes: readonly string[] | null | undefined): string[] | undefined {
  if (codes === undefined || codes === null) return codes === null ? [] : undefined;
  const unique = [...new Set(codes.map((c) => c.trim()))];
  if (unique.length > L.trialRegionsMax) throw badInput(m.trialRegionsCount, { max: L.trialRegionsMax }, [{ field: 'trialRegionCodes', message: 'count' }]);
  return unique;
}

/**
 * A lead selects a solution for experimentation (optionally with its trial plan) or declines it
 * with a reason. Deciding again updates the decision and the plan; declining clears the plan.
 */
export const decideSolutionCommand = defineCommand({
  name: 'challenge.decideSolution',
  actor: 'user',
  validate(input: DecideSolutionInput) {
    if (input.status !== SolutionStatus.SELECTED && input.status !== SolutionStatus.DECLINED) throw badInput(m.decisionInvalid, {}, [{ field: 'status', message: 'invalid' }]);
    const reason = optionalText(input.reason, L.reasonMax, m.reasonTooLong, 'reason');
    if (input.status === SolutionStatus.DECLINED && !reason) throw badInput(m.declineReasonRequired, {}, [{ field: 'reason', message: 'required' }]);
    const trial = {
      trialStartsOn: checkDay(input.trialStartsOn, 'trialStartsOn'),
      trialEndsOn: checkDay(input.trialEndsOn, 'trialEndsOn'),
      trialPlan: input.trialPlan === undefined ? undefined : optionalText(input.trialPlan, L.trialPlanMax, m.trialPlanTooLong, 'trialPlan'),
      trialRegionCodes: checkTrialRegions(input.trialRegionCodes),
    };
    const plansTrial = trial.trialStartsOn || trial.trialEndsOn || trial.trialPlan || trial.trialRegionCodes?.length;
    if (input.status === SolutionStatus.DECLINED && plansTrial) throw badInput(m.trialOnlyWhenSelected, {}, [{ field: 'status', message: 'trial plan' }]);
    return { solutionId: parseId(input.solutionId, 'solutionId'), status: input.status, reason, ...trial };
  },
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.decide }],
  async load({ em }, input, actor) {
    if (input.trialRegionCodes?.length) {
      const regions = await allRegions(em);
      const unknown = input.trialRegionCodes.filter((c) => !regions.has(c));
      if (unknown.length) throw badInput(m.unknownRegions, { codes: unknown.join(', ') }, [{ field: 'trialRegionCodes', message: 'unknown' }]);
    }
    // Locked: two leads deciding at once leave one decision with its own plan, not a mix.
    return loadSolution(em, input.solutionId, actor.id, true);
  },
  policy: canDecideSolution,
  resource: (loaded) => loaded,
  refusal: ({ challenge }) => forbidden(solutionsOpen(challenge.stage) ? m.leadsOnly : m.challengeClosed),
  async change(tx, { solution, challenge }, input, actor) {
    const { em } = tx;
    const selected = input.status === SolutionStatus.SELECTED;
    const pick = <T>(given: T | undefined, current: T): T => (!selected ? (null as T) : given === undefined ? current : given);
    const startsOn = pick(input.trialStartsOn, solution.trialStartsOn);
    const endsOn = pick(input.trialEndsOn, solution.trialEndsOn);
    if (startsOn && endsOn && endsOn < startsOn) throw badInput(m.trialDatesInvalid, {}, [{ field: 'trialEndsOn', message: 'before start' }]);
    Object.assign(solution, {
      status: input.status,
      decisionReason: input.reason,
      decidedBy: em.getReference(User, actor.id, { wrapped: true }),
      decidedAt: new Date(),
      trialStartsOn: startsOn,
      trialEndsOn: endsOn,
      trialPlan: pick(input.trialPlan, solution.trialPlan),
      updatedAt: new Date(),
    });
    const regionCodes = selected ? input.trialRegionCodes : [];
    if (regionCodes !== undefined) {
      await solution.trialRegions.init();
      solution.trialRegions.set(regionCodes.map((c) => em.getReference(Region, c)));
    }
    solutionChanged(tx, challenge, solution.id, 'SOLUTION_DECIDED');
    await notifySolutionDecided(tx, challenge, solution, actor.id);
    return solution;
  },
});
