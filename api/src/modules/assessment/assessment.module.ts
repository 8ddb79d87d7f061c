import type { ModuleManifest } from '../../core/module.js';
import { ASSESSMENT_LIMITS } from './assessment.limits.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentResolver, RegionAssessmentsResolver } from './assessment.resolver.js';
import { IndicatorLeadersResolver } from './leaders/leaders.resolver.js';
import { assessmentsLoaderFactory } from './assessment.loaders.js';
import { viewerKey } from '../../core/realtime/fanout.js';
import * as policies from './assessment.policy.js';
import { assessmentMessages } from './assessment.messages.js';

/** Regions' SPBE assessments (levels per indicator) with the index computed on the server, and CSV import. */
export const assessmentModule: ModuleManifest = {
  name: 'assessment',
  limits: ASSESSMENT_LIMITS,
  entities: [Assessment],
  resolvers: [RegionAssessmentsResolver, AssessmentResolver, IndicatorLeadersResolver],
  loaders: { assessments: assessmentsLoaderFactory },
  // Assessments are public data: every subscriber sees the same.
  audiences: { assessmentRecorded: { key: (ctx, _event, perViewer) => (perViewer ? viewerKey(ctx) : 'all') } },
  policies: { ...policies },
  messages: assessmentMessages,
};
