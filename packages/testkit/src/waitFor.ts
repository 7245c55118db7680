export interface WaitOptions<T> {
  timeoutMs?: number;
  intervalMs?: number;
  what?: string;
  /** Accepts a value of `check`; by default any value but undefined and false. */
  until?: (value: T) => boolean;
}

/** Polls `check` until its value is accepted, or fails after `timeoutMs` naming the last value seen. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  { timeoutMs = 15_000, intervalMs = 100, what = 'condition', until }: WaitOptions<T> = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const accepted = (value: T | undefined | false): value is T =>
    until ? until(value as T) : value !== undefined && value !== false;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (accepted(last as T)) return last as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? String(last) : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
