/** The demo module's public surface. */
export { demoModule } from './demo.module.js';
export { DEMO_PASSWORD, DEMO_USERS, DEMO_INDICES } from './demo.seed.js';
