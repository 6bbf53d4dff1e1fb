import { CHUNK_RETRY_LIMIT } from "./queue";
import type {
  ChunkHandler,
  ChunkQueue,
  DeadChunkHandler,
  ScoreChunkTask,
} from "./queue";

type Entry = { task: ScoreChunkTask; attempts: number };

/**
 * The embedded-mode queue: PGlite is one connection in one process, so
 * chunks run one at a time, in order, with the same retry rule as pg-boss.
 */
export class MemoryChunkQueue implements ChunkQueue {
  readonly kind = "memory" as const;
  private readonly pending: Entry[] = [];
  private waitingRetries = 0;
  private draining = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly handler: ChunkHandler,
    private readonly onDead: DeadChunkHandler,
    private readonly opts: { retryDelayMs?: number; retryLimit?: number } = {},
  ) {}

  async send(tasks: ScoreChunkTask[]): Promise<void> {
    for (const task of tasks) this.pending.push({ task, attempts: 0 });
    void this.drain();
  }

  /** Resolves once no chunk is queued, running or waiting for a retry. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return !this.draining && !this.pending.length && !this.waitingRetries;
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (let entry = this.pending.shift(); entry;) {
        await this.runOne(entry);
        entry = this.pending.shift();
      }
    } finally {
      this.draining = false;
      this.settle();
    }
  }

  private async runOne(entry: Entry): Promise<void> {
    try {
      await this.handler(entry.task);
    } catch (err) {
      entry.attempts += 1;
      const limit = this.opts.retryLimit ?? CHUNK_RETRY_LIMIT;
      if (entry.attempts > limit) {
        await this.onDead(entry.task, messageOf(err)).catch(() => {});
        return;
      }
      this.waitingRetries += 1;
      const delay = (this.opts.retryDelayMs ?? 1000) * entry.attempts;
      setTimeout(() => {
        this.waitingRetries -= 1;
        this.pending.push(entry);
        void this.drain();
      }, delay).unref?.();
    }
  }

  private settle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
