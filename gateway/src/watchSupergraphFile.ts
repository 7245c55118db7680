import fs from 'node:fs';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from '@crm/platform';

// A deploy may write the file in several steps: wait for the writes to settle before reading it.
const SETTLE_MS = 100;

/**
 * The gateway's `supergraphSdl` hook for a static file: serves the file as it is at start, then
 * hands every changed version to the gateway without a restart. A version that does not load
 * (half-written, invalid) is refused and logged; the previous one stays in service.
 */
export function watchSupergraphFile(file: string, log: Logger): SupergraphSdlHook {
  return async ({ update }) => {
    const initial = readSupergraph(file);
    let served = initial;
    let timer: NodeJS.Timeout | undefined;

    const reload = () => {
      let sdl: string;
      try {
        sdl = readSupergraph(file);
      } catch (error) {
        log.warn({ err: error, file }, 'supergraph file unreadable; still serving the previous supergraph');
        return;
      }
      if (sdl === served) return;
      try {
        update(sdl);
        served = sdl;
        log.info({ file }, 'supergraph reloaded');
      } catch (error) {
        log.error({ err: error, file }, 'supergraph rejected; still serving the previous supergraph');
      }
    };

    // The directory, not the file: editors and deploys replace the file by renaming a new one over it.
    const watcher = fs.watch(path.dirname(file), { persistent: false }, (_event, name) => {
      if (name && name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, SETTLE_MS);
    });
    watcher.on('error', (error) =>
      log.error({ err: error, file }, 'supergraph watch failed; hot reload is off'),
    );

    return {
      supergraphSdl: initial,
      cleanup: async () => {
        clearTimeout(timer);
        watcher.close();
      },
    };
  };
}

function readSupergraph(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the supergraph ${file}: ${(error as Error).message} (compose it with pnpm --filter @crm/gateway run compose)`,
      { cause: error },
    );
  }
}
