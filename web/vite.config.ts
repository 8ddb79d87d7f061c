import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import tailwindcss from '@tailwindcss/vite';
import { routesManifest } from './routes-manifest';
import { precompress } from './precompress';
import { precompiledDocuments, withoutRuntimeParser } from './precompiled-documents';

const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  plugins: [precompiledDocuments(`${root}src/gql/`), withoutRuntimeParser(), solid(), tailwindcss(), routesManifest(`${root}src/features`), precompress()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // dist/.vite/manifest.json: which chunks each page loads, for `npm run size` (not served: dotfiles are not).
    manifest: true,
    // Every browser the app supports (ES2022) knows modulepreload; the polyfill would cost every first page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every first page loads (the entry's static imports) as one chunk: one request
            // and one gzip window instead of several small files.
            { name: 'app', tags: ['$initial'], priority: 2 },
            // The small lib pieces most pages share (ErrorBox, Spinner, Badge, Card…) as one chunk
            // rather than a file each; rarer ones stay with their pages.
            { name: 'kit', test: /\/web\/src\/lib\//, minShareCount: 8, priority: 1 },
          ],
        },
      },
    },
  },
});
