import PgBoss from "pg-boss";
import type { Pool } from "pg";

import { logger } from "@/lib/logger";

import { messageOf } from "./memory-queue";
import { CHUNK_RETRY_LIMIT } from "./queue";
import type {
  ChunkHandler,
  ChunkQueue,
  DeadChunkHandler,
  ScoreChunkTask,
} from "./queue";

export const SCORE_QUEUE = "score-chunk";

export type BossOptions = {
  /** Queue name; tests use their own so parallel files do not mix. */
  queue?: string;
  /** A chunk still running after this long is taken to be lost. */
  expireInSeconds?: number;
  /** How often expired chunks are found and put back in the queue. */
  maintenanceIntervalSeconds?: number;
  retryDelaySeconds?: number;
};

/**
 * The PostgreSQL queue. Every app instance and worker process that uses it
 * pulls chunks from the same table with SKIP LOCKED, so a run spreads over
 * all of them; a chunk whose worker died expires and is retried.
 */
export class BossChunkQueue implements ChunkQueue {
  readonly kind = "pg-boss" as const;
  private workerIds: string[] = [];

  private constructor(
    private readonly boss: PgBoss,
    private readonly name: string,
  ) {}

  /** pg-boss runs its statements on the app's own pool. */
  static async start(
    pool: Pool,
    opts: BossOptions = {},
  ): Promise<BossChunkQueue> {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
      monitorStateIntervalSeconds: 300,
      schedule: false,
    });
    boss.on("error", (err) => logger.error({ err }, "job queue error"));
    await boss.start();
    const name = opts.queue ?? SCORE_QUEUE;
    const dead = `${name}-dead`;
    await boss.createQueue(dead, { name: dead });
    const queue = {
      name,
      retryLimit: CHUNK_RETRY_LIMIT,
      retryDelay: opts.retryDelaySeconds ?? 2,
      retryBackoff: true,
      expireInSeconds: opts.expireInSeconds ?? 120,
      deadLetter: dead,
    };
    await boss.createQueue(name, queue);
    // A queue made with other settings (an older release) takes these.
    await boss.updateQueue(name, queue);
    return new BossChunkQueue(boss, name);
  }

  async send(tasks: ScoreChunkTask[]): Promise<void> {
    if (!tasks.length) return;
    await this.boss.insert(
      tasks.map((task) => ({ name: this.name, data: task })),
    );
    for (const id of this.workerIds) this.boss.notifyWorker(id);
  }

  /**
   * Pulls chunks and runs them, `concurrency` at a time. A chunk that
   * throws goes back to the queue until its retries are spent, then to the
   * dead-letter queue, where `onDead` marks its run failed.
   */
  async work(
    handler: ChunkHandler,
    onDead: DeadChunkHandler,
    concurrency = 1,
  ): Promise<void> {
    const options = { batchSize: 1, pollingIntervalSeconds: 0.5 };
    for (let i = 0; i < concurrency; i++) {
      const id = await this.boss.work<ScoreChunkTask>(
        this.name,
        options,
        async ([job]) => {
          if (job) await handler(job.data);
        },
      );
      this.workerIds.push(id);
    }
    const deadId = await this.boss.work<ScoreChunkTask>(
      `${this.name}-dead`,
      { batchSize: 1, pollingIntervalSeconds: 2, includeMetadata: true },
      async ([job]) => {
        if (job) await onDead(job.data, lastError(job.output));
      },
    );
    this.workerIds.push(deadId);
  }

  async stop(opts: { graceful?: boolean } = {}): Promise<void> {
    await this.boss.stop({
      graceful: opts.graceful ?? true,
      wait: true,
      timeout: 30_000,
    });
  }
}

function lastError(output: unknown): string {
  if (output && typeof output === "object" && "message" in output) {
    return messageOf(output);
  }
  return "A chunk of the scoring run kept failing.";
}
