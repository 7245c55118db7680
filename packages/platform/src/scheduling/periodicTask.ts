import type { Logger } from '../log/logger';
import type { BackgroundTask } from '../server/subgraphServer';
import { InterruptibleDelay } from './interruptibleDelay';

export interface PeriodicTaskOptions {
  /** For logs, e.g. `sla-scheduler`. */
  name: string;
  intervalMs: number;
  /** One round of work; an error is logged and the next round runs as usual. */
  run: () => Promise<unknown>;
  log: Logger;
}

/**
 * Runs `run` every `intervalMs` beside the server. It does not make the work exclusive: with several
 * replicas each runs its rounds, so the work itself must claim what it handles (row locks with
 * FOR UPDATE SKIP LOCKED, or an advisory lock).
 */
export class PeriodicTask implements BackgroundTask {
  private readonly delay = new InterruptibleDelay();
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(private readonly options: PeriodicTaskOptions) {}

  get name(): string {
    return this.options.name;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.runLoop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.delay.interrupt();
    await this.loop;
    this.loop = undefined;
  }

  private async runLoop(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.options.run();
      } catch (error) {
        this.options.log.error({ err: error, task: this.options.name }, 'periodic task round failed');
      }
      if (this.stopping) break;
      await this.delay.wait(this.options.intervalMs);
    }
  }
}
