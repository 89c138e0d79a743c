// Outlook allows 4 concurrent requests per app per mailbox (Graph throttling limits); going over earns
// 429 ApplicationThrottled, often without Retry-After. A small counting semaphore keeps us under it.
// A $batch is one HTTP request but Graph sends up to four of its parts to Exchange at once, and each
// counts against the mailbox's limit: a batch acquires as many slots as parts it can run in parallel.

interface Waiter {
  weight: number;
  wake: () => void;
}

export class Semaphore {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  /** Highest number of slots held at once; tests assert the limit with it. */
  peak = 0;

  constructor(readonly limit: number) {
    if (limit < 1) throw new RangeError("Semaphore limit must be at least 1");
  }

  get inUse(): number {
    return this.active;
  }

  /** Takes `weight` slots (at most the limit) and returns their release. Waiters are served in order. */
  async acquire(signal?: AbortSignal, weight = 1): Promise<() => void> {
    const w = Math.max(1, Math.min(this.limit, Math.floor(weight)));
    if (this.waiting.length === 0 && this.active + w <= this.limit) {
      this.active += w;
    } else {
      // A releasing holder hands slots straight to the waiters that fit, so `active` already counts us.
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          weight: w,
          wake: () => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
          },
        };
        const onAbort = (): void => {
          const i = this.waiting.indexOf(waiter);
          if (i >= 0) this.waiting.splice(i, 1);
          this.drain(); // a heavy waiter at the head may have been holding lighter ones back
          reject(signal?.reason ?? new Error("aborted"));
        };
        this.waiting.push(waiter);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    }
    this.peak = Math.max(this.peak, this.active);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= w;
      this.drain();
    };
  }

  private drain(): void {
    while (this.waiting.length > 0 && this.active + this.waiting[0].weight <= this.limit) {
      const next = this.waiting.shift()!;
      this.active += next.weight;
      next.wake();
    }
  }

  async run<T>(task: () => Promise<T>, signal?: AbortSignal, weight = 1): Promise<T> {
    const release = await this.acquire(signal, weight);
    try {
      return await task();
    } finally {
      release();
    }
  }
}
