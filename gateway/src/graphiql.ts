import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Router } from 'express';

/** Where `pnpm --filter @crm/gateway graphiql:build` writes the self-hosted GraphiQL bundle. */
export const GRAPHIQL_DIST = path.resolve(__dirname, '../graphiql/dist');

/** Serves the bundled GraphiQL IDE at `/graphiql`; it talks to `/graphql` on the same origin. */
export function graphiqlRouter(distDir: string = GRAPHIQL_DIST): Router {
  const indexHtml = path.resolve(distDir, 'index.html');
  const router = express.Router();

  router.get(['/graphiql', '/graphiql/', '/graphiql/index.html'], (_req, res) => {
    // Checked per request, so a bundle built after the gateway started is picked up.
    if (!fs.existsSync(indexHtml)) {
      res
        .status(503)
        .type('text/plain')
        .send(
          `GraphiQL is not built (${indexHtml} is missing): run pnpm --filter @crm/gateway graphiql:build\n`,
        );
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });

  // Vite names every asset by its content hash, so it never changes: cache it for good.
  router.use(
    '/graphiql/assets',
    express.static(path.resolve(distDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
      fallthrough: false,
    }),
  );
  return router;
}
