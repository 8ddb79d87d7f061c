import { defineCommand, type Tx } from '../../core/commands/command.js';
import { badInput, notFound } from '../../core/errors.js';
import { fill } from '../../core/messages.js';
import { allRegions } from '../region/index.js';
import type { Levels } from '../spbe/index.js';
import { Assessment } from './assessment.entity.js';
import { canImportAssessments, canRecordAssessment } from './assessment.policy.js';
import { assessmentMessages as m } from './assessment.messages.js';
import { ASSESSMENT_LIMITS, ASSESSMENT_WRITE_LIMITS } from './assessment.limits.js';
import type { RecordAssessmentInput } from './assessment.types.js';
import { MAX_CSV_BYTES, checkImport, storeImport, type ImportInput } from './import/assessment.import.js';
import { applyLevels, assessableFramework, levelProblems, lockAssessment } from './assessment.levels.js';

const recorded = (tx: Tx, a: Assessment) => tx.emit('ASSESSMENT_RECORDED', a.region.code, { assessmentId: a.id, regionCode: a.region.code, complete: a.index !== null });

export const recordAssessmentCommand = defineCommand({
  name: 'assessment.record',
  actor: 'user',
  limits: () => [{ rule: ASSESSMENT_WRITE_LIMITS.record }],
  async load({ em }, input: RecordAssessmentInput) {
    const structure = await assessableFramework(em, input.frameworkCode);
    const problems = levelProblems(structure, input.levels);
    if (problems.length) {
      const each = problems.map((p) => fill(p.message, p.params));
      const all = { en: each.map((x) => x.en).join('; '), id: each.map((x) => x.id).join('; ') };
      throw badInput(all, {}, problems.map((p, i) => ({ field: `levels.${p.indicator}`, message: each[i]!.en })));
    }
    if (!(await allRegions(em)).has(input.regionCode)) throw notFound(m.regionNotFound, { code: input.regionCode });
    return { structure, assessment: await lockAssessment(em, input.regionCode, structure.framework.id, input.year) };
  },
  policy: canRecordAssessment,
  resource: (_loaded, input) => input.regionCode,
  async change(tx, { structure, assessment }, input, actor) {
    const levels: Levels = Object.fromEntries(input.levels.map((l) => [l.indicator, l.level]));
    applyLevels(assessment, structure, levels, actor.id, input.replace, tx.em);
    await tx.em.flush();
    recorded(tx, assessment);
    return assessment;
  },
});

export const importAssessmentsCommand = defineCommand({
  name: 'assessment.import',
  actor: 'user',
  validate: (input: ImportInput) => {
    const { yearMin: min, yearMax: max } = ASSESSMENT_LIMITS;
    if (!Number.isInteger(input.year) || input.year < min || input.year > max) throw badInput(m.yearRange, { min, max }, [{ field: 'year', message: 'out of range' }]);
    if (Buffer.byteLength(input.csv, 'utf8') > MAX_CSV_BYTES) throw badInput(m.fileTooLarge, { mb: MAX_CSV_BYTES / 1_000_000 }, [{ field: 'csv', message: 'too large' }]);
    return input;
  },
  limits: () => [{ rule: ASSESSMENT_WRITE_LIMITS.import }],
  gate: canImportAssessments,
  load: async ({ em, ctx }, input, actor) => checkImport(em, ctx.lang, input, actor),
  policy: canImportAssessments,
  async change(tx, checked, input, actor) {
    if (!checked.ok) return { ok: false, imported: 0, errors: checked.errors };
    const saved = await storeImport(tx.em, checked, input.year, actor.id);
    for (const s of saved) tx.emit('ASSESSMENT_RECORDED', s.region_code, { assessmentId: s.id, regionCode: s.region_code, complete: s.index !== null });
    return { ok: true, imported: saved.length, errors: [] };
  },
});
