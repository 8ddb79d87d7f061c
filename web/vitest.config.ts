import { defineProject } from 'vitest/config';
import solid from 'vite-plugin-solid';
import { precompiledDocuments } from './precompiled-documents';

const root = new URL('.', import.meta.url).pathname;

/** The `web` test project: component tests in happy-dom against Solid's browser build. */
export default defineProject({
  root,
  // The documents as the build ships them (one module each), so the tests run what users run.
  plugins: [precompiledDocuments(`${root}src/gql/`), solid()],
  resolve: {
    conditions: ['development', 'browser'],
  },
  test: {
    name: 'web',
    root,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['./src/test-setup.ts'],
    server: {
      deps: {
        inline: ['@solidjs/testing-library', '@solidjs/router'],
      },
    },
  },
});
