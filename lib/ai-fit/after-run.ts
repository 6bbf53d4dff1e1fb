import "server-only";

import { getJobById } from "@/db/queries/scoring";
import { aiConfigFromEnv } from "@/lib/ai";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import { BackgroundRuns } from "./background";
import { runAiFitCheck } from "./index";
import type { AiFitOptions } from "./index";
import { aiFitTargetOf } from "./rules";
import type { AiFitTarget } from "./rules";

const runs = new BackgroundRuns((err) =>
  logger.error({ err }, "AI fit check after scoring failed"),
);

let optionsForTests: AiFitOptions | undefined;

/**
 * Lets tests hand the checks started after scoring runs a mock model, or
 * `{ config: null }` for no provider; undefined restores the environment.
 */
export function setAiFitOptionsForTests(options?: AiFitOptions): void {
  optionsForTests = options;
}

/** Resolves once every AI fit check started after a run has ended. */
export function aiFitChecksIdle(): Promise<void> {
  return runs.idle();
}

function hasProvider(options: AiFitOptions): boolean {
  if (options.model) return true;
  const config =
    options.config === undefined ? aiConfigFromEnv(env()) : options.config;
  return config !== null;
}

async function check(jobId: string, target: AiFitTarget, o: AiFitOptions) {
  const log = logger.child({ jobId, ...target });
  try {
    const result = await runAiFitCheck(target, o);
    if (result.status === "skipped") {
      log.debug({ reason: result.reason }, "AI fit check skipped");
    }
  } catch (err) {
    // The list or the ICP was deleted since the run ended.
    if (err instanceof AppError && err.code === "not_found") {
      log.info({ reason: err.message }, "AI fit check target gone");
      return;
    }
    log.error({ err }, "AI fit check after scoring failed");
  }
}

/**
 * Called when a chunk finishes a scoring run. With an AI provider, starts
 * the AI fit check of the run's list against its ICP (which skips ICPs
 * with the check off) and returns at once: the chunk does not wait for
 * it, and its failure is logged, never failing the run. A second run of
 * the same list and ICP ending meanwhile gets one more check afterwards
 * rather than a concurrent one paying for the same leads. Without a
 * provider it does nothing.
 */
export function afterScoringRun(jobId: string): void {
  try {
    const options = optionsForTests ?? {};
    if (!hasProvider(options)) return;
    runs.start(async () => {
      const job = await getJobById(jobId);
      const target = job ? aiFitTargetOf(job) : null;
      if (!target) return;
      await runs.coalesce(`${target.icpId}:${target.listId}`, () =>
        check(jobId, target, options),
      );
    });
  } catch (err) {
    logger.error({ err, jobId }, "AI fit check after scoring not started");
  }
}
