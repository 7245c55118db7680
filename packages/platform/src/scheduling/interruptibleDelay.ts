/** Waits that `interrupt()` ends at once, so that stop() does not sit out a poll interval or a backoff. */
export class InterruptibleDelay {
  private readonly pending = new Set<() => void>();

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.pending.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.pending.add(finish);
    });
  }

  interrupt(): void {
    for (const finish of [...this.pending]) finish();
  }
}

/** Exponential backoff: base × 2^(attempt-1), capped. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
