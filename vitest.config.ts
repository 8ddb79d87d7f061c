import { defineConfig } from 'vitest/config';

// Three projects: `api` (real PostgreSQL, real HTTP and WebSocket), `web` (components), `e2e` (Chromium).
// `npm test` runs api and web; `npm run test:e2e` runs e2e against the built app.
export default defineConfig({
  test: {
    projects: ['api/vitest.config.ts', 'web/vitest.config.ts', 'e2e/vitest.config.ts'],
  },
});
