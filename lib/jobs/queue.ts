import type { ScoreSqlParams } from "@/lib/scoring-sql";

/**
 * One slice of a scoring run: the list's leads whose ids fall in
 * [lo, hi]. The ICP's criteria travel with the task, so every chunk of a
 * run scores against the same version even if the ICP is edited meanwhile.
 */
export type ScoreChunkTask = {
  jobId: string;
  chunk: number;
  lo: number;
  hi: number;
  params: ScoreSqlParams;
};

export type ChunkHandler = (task: ScoreChunkTask) => Promise<void>;

/** Called once a chunk has failed for the last time. */
export type DeadChunkHandler = (
  task: ScoreChunkTask,
  error: string,
) => Promise<void>;

/**
 * Where chunks wait for a worker: pg-boss on PostgreSQL (shared by every
 * app instance and `npm run worker`), an in-memory queue on PGlite.
 */
export interface ChunkQueue {
  readonly kind: "pg-boss" | "memory";
  send(tasks: ScoreChunkTask[]): Promise<void>;
}

export const CHUNK_RETRY_LIMIT = 5;
