import { defineCommand } from '../../../core/commands/command.js';
import { badInput, forbidden } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Cohort, Region, allRegions } from '../../region/index.js';
import { SpbeIndicator } from '../../spbe/index.js';
import { User } from '../../user/index.js';
import { renderMarkdown } from '../../forum/index.js';
import { canOpenChallenge, canSteerChallenge } from '../challenge.policy.js';
import { CHALLENGE_LIMITS as L, CHALLENGE_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { ChallengeStage } from '../stages/challenge.stages.js';
import { ChallengeMember, ChallengeRole, MemberStatus } from '../team/member.entity.js';
import { Challenge, ChallengeTransition } from './challenge.entity.js';
import { checkCohort, checkDeadlines, checkIndicatorCount, checkProblem, checkTags, checkTitle, loadInTeam, resolveIndicators, touch } from './challenge.input.js';
import type { OpenChallengeInput, UpdateChallengeInput } from '../challenge.types.js';
import { openChallengeThread } from '../discussion/discussion.js';
import './challenge.events.js';

export const openChallengeCommand = defineCommand({
  name: 'challenge.open',
  actor: 'user',
  validate(input: OpenChallengeInput) {
    const regionCodes = [...new Set(input.regionCodes.map((c) => c.trim()))];
    if (regionCodes.length < 1 || regionCodes.length > L.regionsMax) throw badInput(m.regionsCount, { max: L.regionsMax }, [{ field: 'regionCodes', message: 'count' }]);
    return {
      title: checkTitle(input.title),
      problemMarkdown: checkProblem(input.problemMarkdown),
      regionCodes,
      indicators: checkIndicatorCount(input.indicators),
      cohort: input.cohort?.trim() || null,
      tags: checkTags(input.tags),
      deadlines: checkDeadlines(input.deadlines),
    };
  },
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.open }],
  async load({ em }, input) {
    const regions = await allRegions(em);
    const unknown = input.regionCodes.filter((c) => !regions.has(c));
    if (unknown.length) throw badInput(m.unknownRegions, { codes: unknown.join(', ') }, [{ field: 'regionCodes', message: 'unknown' }]);
    if (input.cohort) await checkCohort(em, input.cohort);
    return { indicatorIds: await resolveIndicators(em, input.indicators) };
  },
  policy: canOpenChallenge,
  resource: (_loaded, input) => ({ regionCodes: input.regionCodes }),
  refusal: () => forbidden(m.ownRegionOnly),
  async change(tx, { indicatorIds }, input, actor) {
    const { em } = tx;
    const me = em.getReference(User, actor.id, { wrapped: true });
    const challenge = em.create(Challenge, {
      title: input.title,
      problemMarkdown: input.problemMarkdown,
      problemHtml: renderMarkdown(input.problemMarkdown),
      cohort: input.cohort ? em.getReference(Cohort, input.cohort, { wrapped: true }) : null,
      tags: input.tags,
      deadlines: input.deadlines,
      createdBy: me,
    });
    for (const code of input.regionCodes) challenge.regions.add(em.getReference(Region, code));
    for (const id of indicatorIds) challenge.indicators.add(em.getReference(SpbeIndicator, id));
    em.create(ChallengeMember, { challenge, user: me, role: ChallengeRole.LEAD, status: MemberStatus.ACTIVE, decidedBy: me, decidedAt: new Date() });
    em.create(ChallengeTransition, { challenge, toStage: ChallengeStage.EXPLORATION, by: me });
    await em.flush();
    await openChallengeThread(tx, challenge, actor.id, input.regionCodes);
    tx.emit('CHALLENGE_EVENT', String(challenge.id), { kind: 'OPENED', challengeId: challenge.id });
    return challenge;
  },
});

export const updateChallengeCommand = defineCommand({
  name: 'challenge.update',
  actor: 'user',
  validate: (input: UpdateChallengeInput) => ({
    challengeId: parseId(input.challengeId, 'challengeId'),
    title: input.title == null ? undefined : checkTitle(input.title),
    problemMarkdown: input.problemMarkdown == null ? undefined : checkProblem(input.problemMarkdown),
    indicators: input.indicators == null ? undefined : checkIndicatorCount(input.indicators),
    // undefined leaves the cohort as it is; null (or blank) takes the challenge out of it.
    cohort: input.cohort === undefined ? undefined : input.cohort?.trim() || null,
    tags: input.tags == null ? undefined : checkTags(input.tags),
    deadlines: input.deadlines == null ? undefined : checkDeadlines(input.deadlines),
  }),
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.update }],
  async load({ em }, input, actor) {
    const inTeam = await loadInTeam(em, input.challengeId, actor.id, true);
    if (input.cohort) await checkCohort(em, input.cohort);
    const indicatorIds = input.indicators ? await resolveIndicators(em, input.indicators) : undefined;
    return { ...inTeam, indicatorIds };
  },
  policy: canSteerChallenge,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.leadsOnly),
  async change(tx, { challenge, indicatorIds }, input) {
    const { em } = tx;
    if (input.title !== undefined) challenge.title = input.title;
    if (input.problemMarkdown !== undefined) {
      challenge.problemMarkdown = input.problemMarkdown;
      challenge.problemHtml = renderMarkdown(input.problemMarkdown);
    }
    if (input.cohort !== undefined) challenge.cohort = input.cohort ? em.getReference(Cohort, input.cohort, { wrapped: true }) : null;
    if (input.tags !== undefined) challenge.tags = input.tags;
    if (input.deadlines !== undefined) challenge.deadlines = input.deadlines;
    if (indicatorIds) {
      await challenge.indicators.init();
      challenge.indicators.set(indicatorIds.map((id) => em.getReference(SpbeIndicator, id)));
    }
    touch(challenge, true);
    tx.emit('CHALLENGE_EVENT', String(challenge.id), { kind: 'UPDATED', challengeId: challenge.id });
    return challenge;
  },
});
