import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@solidjs/testing-library';
import { appDictionaries } from './App';
import { installDictionaries } from './lib/i18n';

// Components are rendered without <App>, so the texts it installs are installed here.
installDictionaries(appDictionaries);

// Vitest globals are off, so the library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
