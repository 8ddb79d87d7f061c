/** The assessment module's public surface: what other modules may use (architecture rule). */
export { assessmentModule } from './assessment.module.js';
export { Assessment } from './assessment.entity.js';
export { applyLevels } from './assessment.levels.js';
