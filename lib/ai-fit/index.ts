import "server-only";

import type { LanguageModel } from "ai";

import { aiConfigFromEnv, isAiProviderError, judgeLeadsRun } from "@/lib/ai";
import type { AiConfig, JudgementCache } from "@/lib/ai";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import {
  getTeamIcp,
  listLeadsToJudge,
  pruneOldJudgements,
  saveJudgement,
  teamOwnsList,
} from "./queries";

export {
  countAiJudgements,
  getAiJudgements,
  type AiJudgement,
} from "./queries";

export type AiFitOptions = {
  /** A ready model (tests); otherwise the provider from the environment. */
  model?: LanguageModel;
  /** Overrides the environment's provider; null turns the model off. */
  config?: AiConfig | null;
  /** Model calls in flight; AI_FIT_CONCURRENCY by default. */
  concurrency?: number;
  /** Leads sent to the model per run; AI_FIT_MAX_LEADS_PER_RUN by default. */
  maxLeads?: number;
  /** Leads per model call; the AI module's default otherwise. */
  batchSize?: number;
  signal?: AbortSignal;
};

export type AiFitSkipReason = "off" | "not_configured" | "no_description";

export type AiFitResult =
  | { status: "skipped"; reason: AiFitSkipReason; message: string }
  | {
      /** "partial" when a batch failed or the per-run cap was reached. */
      status: "done" | "partial";
      model: string;
      icpVersion: number;
      /** Leads judged and stored by this run. */
      judged: number;
      /** Leads of the list still without a judgement after this run. */
      remaining: number;
      /** Leads of failed batches, or that the model left out. */
      failed: number;
      /** The first provider failure, in words a user can act on. */
      error?: string;
    };

const SKIP_MESSAGES: Record<AiFitSkipReason, string> = {
  off: "The AI fit check is off for this ICP.",
  not_configured:
    "No AI provider is configured, so the AI fit check does not run.",
  no_description:
    "The ICP has no ideal customer description for the model to judge by.",
};

function skipped(reason: AiFitSkipReason): AiFitResult {
  return { status: "skipped", reason, message: SKIP_MESSAGES[reason] };
}

/**
 * The AI fit check of one lead list against one ICP: the model judges, in
 * batches, how well each lead matches the ICP's ideal customer
 * description, with a one-line reason. Judgements are stored per lead,
 * ICP and criteria version as they arrive, so an interrupted run keeps
 * what it paid for and the next run only judges what is left. Concurrency
 * and the per-run cap come from AI_FIT_CONCURRENCY and
 * AI_FIT_MAX_LEADS_PER_RUN; the best rule-based scores go first. Without
 * a provider nothing runs: the criterion is absent, never approximated.
 */
export async function runAiFitCheck(
  input: { teamId: string; icpId: string; listId: string },
  options: AiFitOptions = {},
): Promise<AiFitResult> {
  const icp = await getTeamIcp({ teamId: input.teamId, icpId: input.icpId });
  if (!icp) throw new AppError("not_found", "ICP not found");
  if (!(await teamOwnsList({ teamId: input.teamId, listId: input.listId }))) {
    throw new AppError("not_found", "Lead list not found");
  }
  if (!icp.aiFitCheck) return skipped("off");
  const description = icp.idealCustomerDescription.trim();
  if (!description) return skipped("no_description");
  const e = env();
  const config =
    options.config === undefined ? aiConfigFromEnv(e) : options.config;
  if (!options.model && !config) return skipped("not_configured");

  const icpVersion = icp.criteriaVersion;
  const maxLeads = options.maxLeads ?? e.AI_FIT_MAX_LEADS_PER_RUN;
  const log = logger.child({
    teamId: input.teamId,
    icpId: icp.id,
    listId: input.listId,
  });

  await pruneOldJudgements({ icpId: icp.id, icpVersion });
  const { leads, pending } = await listLeadsToJudge({
    ...input,
    icpVersion,
    limit: maxLeads,
  });

  // The leads were chosen as having no judgement yet, so nothing is read
  // back; each judgement is written the moment its batch answers.
  let judged = 0;
  let storeError: unknown;
  const cache: JudgementCache = {
    get: () => undefined,
    set: async (key, value) => {
      try {
        await saveJudgement({
          icpId: icp.id,
          icpVersion,
          leadId: Number(key.leadId),
          score: value.score,
          reason: value.reason,
        });
        judged += 1;
      } catch (err) {
        // The AI module would report this as a provider failure.
        storeError ??= err;
        throw err;
      }
    },
  };

  let report;
  try {
    report = await judgeLeadsRun({
      idealCustomerDescription: description,
      leads,
      model: options.model,
      config,
      concurrency: options.concurrency ?? e.AI_FIT_CONCURRENCY,
      maxLeads,
      batchSize: options.batchSize,
      cache,
      icp: { id: icp.id, version: icpVersion },
      signal: options.signal,
    });
  } catch (err) {
    if (isAiProviderError(err) && err.code === "not_configured") {
      return skipped("not_configured");
    }
    throw err;
  }

  if (storeError !== undefined) throw storeError;

  const remaining = Math.max(0, pending - judged);
  const error = report.error;
  const result: AiFitResult = {
    status: remaining > 0 || report.failed.length > 0 ? "partial" : "done",
    model: report.model,
    icpVersion,
    judged,
    remaining,
    failed: report.failed.length,
    ...(error ? { error: error.message } : {}),
  };
  log.info(
    {
      judged,
      remaining,
      failed: result.failed,
      calls: report.usage.calls,
      inputTokens: report.usage.inputTokens,
      outputTokens: report.usage.outputTokens,
      model: report.model,
      aiError: error?.code,
    },
    "AI fit check finished",
  );
  return result;
}
