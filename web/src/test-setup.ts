import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';

// Vitest globals are off, so the library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
