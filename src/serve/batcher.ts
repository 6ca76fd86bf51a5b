/**
 * Admission control and dynamic batching for the prediction server. Both are plain data structures with no
 * knowledge of HTTP or ONNX, so their behaviour under load can be reasoned about (and tested) on its own.
 */

/** Thrown by `Limiter.run` when both the running slots and the queue are full: the server answers 503. */
export class OverloadedError extends Error {
  override readonly name = 'OverloadedError';
}

/** A queued job the caller gave up on (its request timed out) before it started. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

interface Waiter {
  start: () => void;
  cancelled: boolean;
}

/**
 * Handed to `Limiter.run`; while the job waits, `cancel` frees its queue slot and rejects it with CancelledError
 * (cheaper per request than an AbortController).
 */
export interface QueueTicket {
  cancel?: () => void;
}

/**
 * At most `maxActive` jobs at once and at most `maxQueue` waiting; a job beyond that is refused at once
 * rather than queued, because a queue that only grows turns overload into timeouts for everybody.
 */
export class Limiter {
  active = 0;
  queued = 0;
  private readonly waiters: Waiter[] = [];
  private head = 0;

  constructor(
    readonly maxActive: number,
    readonly maxQueue: number,
  ) {}

  /**
   * Runs `job` when a slot is free. `ticket.cancel()` gives it up while it still waits (the queue slot is freed
   * at once); once started, the job runs to completion because ONNX Runtime cannot be interrupted mid-run.
   */
  run<T>(job: () => Promise<T>, ticket?: QueueTicket): Promise<T> {
    if (this.active < this.maxActive) {
      this.active++;
      return this.settle(job);
    }
    if (this.queued >= this.maxQueue) return Promise.reject(new OverloadedError('the server is at capacity'));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        cancelled: false,
        start: () => {
          this.settle(job).then(resolve, reject);
        },
      };
      this.queued++;
      this.waiters.push(waiter);
      if (ticket !== undefined) {
        ticket.cancel = () => {
          if (waiter.cancelled) return;
          waiter.cancelled = true;
          this.queued--;
          reject(new CancelledError('the request was given up before its inference started'));
        };
      }
    });
  }

  private async settle<T>(job: () => Promise<T>): Promise<T> {
    try {
      return await job();
    } finally {
      this.active--;
      this.next();
    }
  }

  private next(): void {
    while (this.head < this.waiters.length && this.active < this.maxActive) {
      const waiter = this.waiters[this.head] as Waiter;
      this.head++;
      if (waiter.cancelled) continue;
      // Marked so that a late abort does not also decrement the queue.
      waiter.cancelled = true;
      this.queued--;
      this.active++;
      waiter.start();
    }
    // Compact now and then instead of shift(), which is O(n) per call on a long queue.
    if (this.head > 1024 && this.head * 2 > this.waiters.length) {
      this.waiters.splice(0, this.head);
      this.head = 0;
    }
  }
}

export interface BatchingOptions {
  /** How long the first request of a batch waits for company. */
  maxDelayMs: number;
  /** A batch is sent as soon as it holds this many rows; one request larger than this runs alone. */
  maxRows: number;
}

interface Pending<I, O> {
  item: I;
  rows: number;
  resolve: (value: O) => void;
  reject: (reason: unknown) => void;
}

/**
 * Gathers items (already validated requests) and hands them to `execute` together; `execute` returns one result
 * per item, in order. A batch leaves when nothing of this batcher is running (so a lone request never waits),
 * when the running batch finishes (what arrived meanwhile goes next, together), after `maxDelayMs`, or at
 * `maxRows` rows. A failed batch fails each of its items with the same error; items are never dropped or
 * reordered.
 */
export class Batcher<I, O> {
  private pending: Array<Pending<I, O>> = [];
  private rows = 0;
  private timer: NodeJS.Timeout | undefined;
  private running = 0;

  constructor(
    private readonly options: BatchingOptions,
    private readonly execute: (items: readonly I[], rows: number) => Promise<O[]>,
    /** Items that cannot share one inference (e.g. different trailing dimensions) get different keys. */
    private readonly keyOf: (item: I) => string = () => '',
  ) {}

  add(item: I, rows: number): Promise<O> {
    const first = this.pending[0];
    if (
      first !== undefined &&
      (this.rows + rows > this.options.maxRows || this.keyOf(first.item) !== this.keyOf(item))
    ) {
      this.flush();
    }
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, rows, resolve, reject });
      this.rows += rows;
      if (this.rows >= this.options.maxRows || this.running === 0) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.maxDelayMs);
    });
  }

  /** Sends what has been gathered now (also used when the server shuts down). */
  flush(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const batch = this.pending;
    if (batch.length === 0) return;
    const rows = this.rows;
    this.pending = [];
    this.rows = 0;
    this.running++;
    let running: Promise<O[]>;
    try {
      running = this.execute(
        batch.map((entry) => entry.item),
        rows,
      );
    } catch (error) {
      running = Promise.reject(error);
    }
    running
      .finally(() => {
        this.running--;
        if (this.running === 0) this.flush();
      })
      .catch(() => {});
    running.then(
      (results) => {
        if (results.length !== batch.length) {
          const error = new Error(`a batch of ${batch.length} requests produced ${results.length} results`);
          for (const entry of batch) entry.reject(error);
          return;
        }
        batch.forEach((entry, at) => {
          entry.resolve(results[at] as O);
        });
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  }
}
