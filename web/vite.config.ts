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
  },
});
