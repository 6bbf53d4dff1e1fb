import { eq } from "drizzle-orm";

import { getDbHandle } from "@/db/client";
import type { DbHandle } from "@/db/client";
import { icps } from "@/db/schema";
import { logger } from "@/lib/logger";

import { BossChunkQueue } from "./boss-queue";
import type { BossOptions } from "./boss-queue";
import { MemoryChunkQueue } from "./memory-queue";
import type { ChunkQueue } from "./queue";
import {
  failScoreChunk,
  resumeUnfinishedRuns,
  runScoreChunk,
} from "./scoring-run";

type Runtime = {
  handle: DbHandle;
  queue: MemoryChunkQueue | BossChunkQueue;
  working: boolean;
};

type Holder = { __icpJobs?: Promise<Runtime> };
const holder = globalThis as unknown as Holder;

async function open(handle: DbHandle, boss: BossOptions): Promise<Runtime> {
  if (handle.kind === "pglite") {
    const queue = new MemoryChunkQueue(runScoreChunk, failScoreChunk);
    return { handle, queue, working: false };
  }
  const queue = await BossChunkQueue.start(handle.pool, boss);
  return { handle, queue, working: false };
}

/**
 * The queue of this process, bound to its database. A test that points
 * the data layer at another database gets a queue for that one.
 */
async function runtime(boss: BossOptions = {}): Promise<Runtime> {
  const handle = await getDbHandle();
  const current = await holder.__icpJobs?.catch(() => undefined);
  if (current?.handle === handle) return current;
  if (current) await stopRuntime(current);
  const next = open(handle, boss);
  holder.__icpJobs = next;
  next.catch(() => {
    if (holder.__icpJobs === next) holder.__icpJobs = undefined;
  });
  return next;
}

export async function getChunkQueue(): Promise<ChunkQueue> {
  return (await runtime()).queue;
}

/**
 * Makes this process run chunks: pg-boss subscribers on PostgreSQL, or the
 * in-memory queue (after re-queueing interrupted runs) on PGlite. Calling
 * it again does nothing.
 */
export async function startJobWorker(
  opts: { concurrency?: number; boss?: BossOptions } = {},
): Promise<ChunkQueue> {
  const rt = await runtime(opts.boss);
  if (rt.working) return rt.queue;
  rt.working = true;
  // `kind`, not instanceof: the server's bundles each have their own copy
  // of these classes, while the runtime lives on globalThis.
  if (rt.queue.kind === "pg-boss") {
    // Two at a time by default: a chunk's work is in PostgreSQL, and two
    // keep its cores busy while this process waits.
    await rt.queue.work(runScoreChunk, failScoreChunk, opts.concurrency ?? 2);
  } else {
    const db = rt.handle.db;
    await resumeUnfinishedRuns(rt.queue, async (id) => {
      const [row] = await db.select().from(icps).where(eq(icps.id, id));
      return row;
    });
  }
  logger.info({ queue: rt.queue.kind }, "job worker started");
  return rt.queue;
}

/** Resolves when the embedded queue has nothing left to run. */
export async function jobsIdle(): Promise<void> {
  const rt = await holder.__icpJobs?.catch(() => undefined);
  if (rt?.queue.kind === "memory") await rt.queue.idle();
}

async function stopRuntime(rt: Runtime): Promise<void> {
  if (rt.queue.kind === "pg-boss") await rt.queue.stop();
  else await rt.queue.idle();
}

/** Stops the queue (waiting for running chunks) and forgets it. */
export async function stopJobs(): Promise<void> {
  const current = holder.__icpJobs;
  holder.__icpJobs = undefined;
  const rt = await current?.catch(() => undefined);
  if (rt) await stopRuntime(rt);
}
