import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs on stdout; LOG_LEVEL picks the level (tests default to warn to keep output readable). */
export function createLogger(name: string): Logger {
  const defaultLevel = process.env.JEST_WORKER_ID ? 'warn' : 'info';
  return pino({
    name,
    level: process.env.LOG_LEVEL ?? defaultLevel,
    // Bearer tokens never reach the logs (pino-http logs request headers).
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
