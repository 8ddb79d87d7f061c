import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Region, allRegions } from '../../region/index.js';
import { SpbeIndicator } from '../../spbe/index.js';
import { User, regionOf } from '../../user/index.js';
import { renderMarkdown } from '../../forum/index.js';
import { canEditSolution, canProposeSolution, solutionsOpen } from '../challenge.policy.js';
import { SOLUTION_LIMITS as L, SOLUTION_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { resolveIndicators } from '../challenges/challenge.input.js';
import { Solution, SolutionRevision } from './solution.entity.js';
import { checkDescription, checkLinks, checkNeeds, checkSolutionIndicators, checkSolutionTitle, loadChallengeFor, loadSolution, solutionChanged } from './solution.input.js';
import type { ProposeSolutionInput, UpdateSolutionInput } from './solution.types.js';
import { openSolutionThread } from '../discussion/discussion.js';
import { notifySolutionProposed } from '../follow/challenge.notify.js';

/**
 * Proposing a solution. It comes from its author's region (the origin of its lineage); people
 * without a region (facilitators, admins) name the region it comes from, and nobody else may.
 */
export const proposeSolutionCommand = defineCommand({
  name: 'challenge.proposeSolution',
  actor: 'user',
  validate: (input: ProposeSolutionInput) => ({
    challengeId: parseId(input.challengeId, 'challengeId'),
    title: checkSolutionTitle(input.title),
    descriptionMarkdown: checkDescription(input.descriptionMarkdown),
    links: checkLinks(input.links),
    needsTraining: checkNeeds(input.needsTraining, 'needsTraining'),
    needsRegulation: checkNeeds(input.needsRegulation, 'needsRegulation'),
    budgetRange: input.budgetRange,
    indicators: checkSolutionIndicators(input.indicators),
    regionCode: input.regionCode?.trim() || null,
  }),
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.propose }],
  async load({ em }, input, actor) {
    const own = regionOf(actor);
    if (own && input.regionCode && input.regionCode !== own) throw badInput(m.regionIsYours, { code: own }, [{ field: 'regionCode', message: 'not yours' }]);
    const regionCode = own ?? input.regionCode;
    if (!regionCode) throw badInput(m.regionRequired, {}, [{ field: 'regionCode', message: 'required' }]);
    if (!(await allRegions(em)).has(regionCode)) throw badInput(m.unknownRegions, { codes: regionCode }, [{ field: 'regionCode', message: 'unknown' }]);
    const inTeam = await loadChallengeFor(em, input.challengeId, actor.id);
    const indicatorIds = await resolveIndicators(em, input.indicators);
    return { ...inTeam, regionCode, indicatorIds };
  },
  policy: canProposeSolution,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.challengeClosed),
  async change(tx, { challenge, regionCode, indicatorIds }, input, actor) {
    const { em } = tx;
    // Counted, not locked: two proposals at the cap may both pass; the list still shows the first solutionsMax.
    if ((await em.count(Solution, { challenge: challenge.id })) >= L.solutionsMax) throw conflict(m.tooManySolutions, { max: L.solutionsMax });
    const solution = em.create(Solution, {
      challenge,
      title: input.title,
      descriptionMarkdown: input.descriptionMarkdown,
      descriptionHtml: renderMarkdown(input.descriptionMarkdown),
      author: em.getReference(User, actor.id, { wrapped: true }),
      region: em.getReference(Region, regionCode, { wrapped: true }),
      links: input.links,
      needsTraining: input.needsTraining,
      needsRegulation: input.needsRegulation,
      budgetRange: input.budgetRange,
    });
    for (const id of indicatorIds) solution.indicators.add(em.getReference(SpbeIndicator, id));
    await em.flush();
    await openSolutionThread(tx, solution, challenge, actor.id, regionCode);
    solutionChanged(tx, challenge, solution.id, 'SOLUTION_PROPOSED');
    await notifySolutionProposed(tx, challenge, solution, actor.id);
    return solution;
  },
});

/** An author's edit; the title and text before it are kept as a revision, like a post's. */
export const updateSolutionCommand = defineCommand({
  name: 'challenge.updateSolution',
  actor: 'user',
  validate: (input: UpdateSolutionInput) => ({
    solutionId: parseId(input.solutionId, 'solutionId'),
    title: input.title == null ? undefined : checkSolutionTitle(input.title),
    descriptionMarkdown: input.descriptionMarkdown == null ? undefined : checkDescription(input.descriptionMarkdown),
    links: input.links == null ? undefined : checkLinks(input.links),
    needsTraining: input.needsTraining === undefined ? undefined : checkNeeds(input.needsTraining, 'needsTraining'),
    needsRegulation: input.needsRegulation === undefined ? undefined : checkNeeds(input.needsRegulation, 'needsRegulation'),
    budgetRange: input.budgetRange ?? undefined,
    indicators: input.indicators == null ? undefined : checkSolutionIndicators(input.indicators),
  }),
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.update }],
  async load({ em }, input, actor) {
    // Locked: two edits at once must each keep the text the other replaced.
    const loaded = await loadSolution(em, input.solutionId, actor.id, true);
    const indicatorIds = input.indicators ? await resolveIndicators(em, input.indicators) : undefined;
    return { ...loaded, indicatorIds };
  },
  policy: canEditSolution,
  resource: (loaded) => loaded,
  refusal: ({ challenge }) => forbidden(solutionsOpen(challenge.stage) ? m.authorsOnly : m.challengeClosed),
  async change(tx, { solution, challenge, indicatorIds }, input, actor) {
    const { em } = tx;
    const title = input.title ?? solution.title;
    const description = input.descriptionMarkdown ?? solution.descriptionMarkdown;
    if (title !== solution.title || description !== solution.descriptionMarkdown) {
      em.create(SolutionRevision, { solution, editor: em.getReference(User, actor.id, { wrapped: true }), title: solution.title, descriptionMarkdown: solution.descriptionMarkdown });
      solution.title = title;
      if (description !== solution.descriptionMarkdown) {
        solution.descriptionMarkdown = description;
        solution.descriptionHtml = renderMarkdown(description);
      }
    }
    if (input.links !== undefined) solution.links = input.links;
    if (input.needsTraining !== undefined) solution.needsTraining = input.needsTraining;
    if (input.needsRegulation !== undefined) solution.needsRegulation = input.needsRegulation;
    if (input.budgetRange !== undefined) solution.budgetRange = input.budgetRange;
    if (indicatorIds) {
      await solution.indicators.init();
      solution.indicators.set(indicatorIds.map((id) => em.getReference(SpbeIndicator, id)));
    }
    const now = new Date();
    solution.editedAt = now;
    solution.updatedAt = now;
    solutionChanged(tx, challenge, solution.id, 'SOLUTION_UPDATED');
    return solution;
  },
});
