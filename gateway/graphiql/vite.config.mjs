import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `pnpm --filter @crm/gateway graphiql:build` writes graphiql/dist, served at /graphiql by src/graphiql.ts.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/', // absolute: relative asset URLs break at /graphiql (no trailing slash)
  oxc: { jsx: { runtime: 'automatic' } }, // JSX without @vitejs/plugin-react
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000, // Monaco is ~2.8 MB on its own
    rolldownOptions: { checks: { moduleLevelDirective: false } }, // "use client" means nothing in a client-only bundle
  },
});
