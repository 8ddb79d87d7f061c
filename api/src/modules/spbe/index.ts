/** The spbe module's public surface: what other modules may use (architecture rule). */
export { spbeModule } from './spbe.module.js';
export { SpbeFramework } from './framework.entity.js';
export { SpbeAspect, SpbeDomain, SpbeIndicator } from './structure.entity.js';
export { loadFrameworkStructure, type FrameworkStructure } from './framework.structure.js';
export { predicateFor, round2, scoreAssessment, type AssessmentScores, type FrameworkShape, type Levels } from './scoring.js';
