import type { WebFeature } from '../lib/feature';
import { authFeature } from './auth/feature';
import { homeFeature } from './home/feature';
import { regionsFeature } from './regions/feature';
import { regionProfileFeature } from './region-profile/feature';
import { assessmentFeature } from './assessment/feature';
import { spbeFeature } from './spbe/feature';
import { forumFeature } from './forum/feature';
import { notificationsFeature } from './notifications/feature';
import { usersFeature } from './users/feature';
import { liveFeature } from './live/feature';
import { challengesFeature } from './challenges/feature';
import { plansFeature } from './plans/feature';
import { adminFeature } from './admin/feature';
import { accountFeature } from './account/feature';

/** Every feature of the app; the header's links follow this order. A new feature is one more line. */
export const features: WebFeature[] = [
  authFeature,
  homeFeature,
  regionsFeature,
  regionProfileFeature,
  assessmentFeature,
  spbeFeature,
  forumFeature,
  notificationsFeature,
  usersFeature,
  liveFeature,
  challengesFeature,
  plansFeature,
  adminFeature,
  accountFeature,
];
