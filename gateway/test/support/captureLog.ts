import { pino } from 'pino';
import type { Logger } from '@crm/platform';

export interface CapturedLog {
  log: Logger;
  /** The JSON lines logged so far. */
  entries(): Record<string, unknown>[];
}

/** A real pino logger that keeps its lines in memory, to assert on what an operator would read. */
export function captureLog(level: pino.Level = 'info'): CapturedLog {
  const lines: string[] = [];
  const log = pino({ level }, { write: (line: string) => void lines.push(line) });
  return { log, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
