import { generateText, Output, type LanguageModel } from "ai";
import { z } from "zod";

import type { AiConfig } from "./config";
import { AiProviderError } from "./errors";
import { resolveModel, withDeadline } from "./provider";

/**
 * The AI fit check: a model judges how well each lead matches an ICP's
 * ideal customer description, in batches, under a per-run cost cap, with
 * an injectable cache. Without a provider it does not run: there is no
 * offline imitation of a model's judgement.
 */

/** What the model sees of a lead: role and company, never the person. */
export type LeadToJudge = {
  id: string | number;
  title?: string | null;
  role?: string | null;
  seniority?: string | null;
  department?: string | null;
  company?: string | null;
  industry?: string | null;
  employeeCount?: number | null;
  companySize?: string | null;
  technologies?: string[] | null;
  country?: string | null;
  state?: string | null;
  city?: string | null;
};

export type LeadJudgement<Id extends string | number = string | number> = {
  leadId: Id;
  /** 0 (no fit) to 100 (ideal customer). */
  score: number;
  /** One line, in the model's words. */
  reason: string;
};

export type JudgementCacheKey = {
  leadId: string | number;
  icpId: string;
  icpVersion: number;
};

/** Storage for judgements; a judgement holds for one ICP version. */
export type JudgementCache = {
  get(
    key: JudgementCacheKey,
  ): Promise<LeadJudgement | undefined> | LeadJudgement | undefined;
  set(key: JudgementCacheKey, value: LeadJudgement): Promise<void> | void;
};

export type JudgeLeadsOptions<L extends LeadToJudge> = {
  idealCustomerDescription: string;
  leads: readonly L[];
  /** A ready model; takes precedence over `config`. */
  model?: LanguageModel;
  config?: AiConfig | null;
  /** Per model call; defaults to the config's timeout or 30 s. */
  timeoutMs?: number;
  /** Leads per model call. */
  batchSize?: number;
  /** Model calls in flight at once. */
  concurrency?: number;
  /** Cost cap: leads sent to the model in this run (cache hits are free). */
  maxLeads?: number;
  /** Cost cap: input plus output tokens spent in this run. */
  maxTokens?: number;
  /** With `icp`, judgements are read from and written to the cache. */
  cache?: JudgementCache;
  icp?: { id: string; version: number };
  signal?: AbortSignal;
};

export type JudgeRunReport<Id extends string | number> = {
  judgements: LeadJudgement<Id>[];
  /** Leads answered from the cache, included in `judgements`. */
  cached: number;
  /** Leads not sent because the run reached its cap. */
  skipped: Id[];
  /** Leads of failed batches, or that the model left out. */
  failed: Id[];
  /** The first batch failure, if any. */
  error?: AiProviderError;
  /** Set when a cap stopped the run early. */
  stoppedBy?: "max_leads" | "max_tokens";
  usage: { inputTokens: number; outputTokens: number; calls: number };
  model: string;
};

export const DEFAULT_BATCH_SIZE = 20;
export const DEFAULT_CONCURRENCY = 4;
/** Rough tokens per character of prompt, for the cap's look-ahead. */
const TOKENS_PER_CHAR = 0.3;
/** Rough output tokens per judged lead (score, reason, JSON). */
const OUTPUT_TOKENS_PER_LEAD = 45;
const REASON_MAX = 200;

const judgementSchema = z.object({
  judgements: z
    .array(
      z.object({
        ref: z.string().describe("The lead's ref, exactly as given."),
        score: z
          .number()
          .describe("0 = clearly not the ideal customer, 100 = ideal."),
        reason: z
          .string()
          .describe("One short sentence naming the deciding facts."),
      }),
    )
    .describe("One entry per lead."),
});

const SYSTEM_PROMPT = [
  "You judge how well B2B sales leads match a company's description of",
  "its ideal customer. For every lead, give a score from 0 to 100 and a",
  "one-line reason naming the facts that decided it. Judge only from the",
  "fields given; a missing field is unknown, not a mismatch. Answer for",
  "every ref, and use the refs exactly as given.",
].join(" ");

function describeLead(lead: LeadToJudge): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, v: unknown) => {
    if (v === null || v === undefined || v === "") return;
    if (Array.isArray(v) && !v.length) return;
    out[key] = v;
  };
  put("title", lead.title ?? lead.role);
  put("seniority", lead.seniority);
  put("department", lead.department);
  put("company", lead.company);
  put("industry", lead.industry);
  put("employees", lead.employeeCount ?? lead.companySize);
  put("technologies", lead.technologies?.slice(0, 30));
  put(
    "location",
    [lead.city, lead.state, lead.country].filter(Boolean).join(", "),
  );
  return out;
}

function promptFor(description: string, leads: readonly LeadToJudge[]) {
  const lines = leads.map((lead, i) =>
    JSON.stringify({ ref: `L${i + 1}`, ...describeLead(lead) }),
  );
  return [
    "Ideal customer description:",
    description.trim(),
    "",
    "Leads (one JSON object per line):",
    ...lines,
  ].join("\n");
}

function estimateTokens(prompt: string, leads: number): number {
  return Math.ceil(
    (SYSTEM_PROMPT.length + prompt.length) * TOKENS_PER_CHAR +
      leads * OUTPUT_TOKENS_PER_LEAD,
  );
}

function oneLine(s: string): string {
  const line = s.replace(/\s+/g, " ").trim();
  return line.length > REASON_MAX ? `${line.slice(0, REASON_MAX - 1)}…` : line;
}

/** Judgements for the leads of one batch; unknown refs are dropped. */
function readAnswer<L extends LeadToJudge>(
  batch: readonly L[],
  answer: z.infer<typeof judgementSchema>,
): LeadJudgement<L["id"]>[] {
  const byRef = new Map(batch.map((lead, i) => [`L${i + 1}`, lead]));
  const seen = new Set<string>();
  const out: LeadJudgement<L["id"]>[] = [];
  for (const j of answer.judgements) {
    const ref = j.ref.trim().toUpperCase();
    const lead = byRef.get(ref);
    const reason = oneLine(j.reason);
    if (!lead || seen.has(ref) || !Number.isFinite(j.score) || !reason) {
      continue;
    }
    seen.add(ref);
    out.push({
      leadId: lead.id,
      score: Math.round(Math.min(100, Math.max(0, j.score))),
      reason,
    });
  }
  return out;
}

async function pool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
  stop: () => boolean,
): Promise<void> {
  let next = 0;
  const lanes = Array.from(
    { length: Math.max(1, Math.min(concurrency, items.length)) },
    async () => {
      while (next < items.length && !stop()) {
        const item = items[next++]!;
        await work(item);
      }
    },
  );
  await Promise.all(lanes);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

/**
 * Runs the AI fit check and reports every lead's fate: judged (from the
 * model or the cache), skipped by the cost cap, or failed. Throws
 * AiProviderError("not_configured") without a provider or without a
 * description to judge by.
 */
export async function judgeLeadsRun<L extends LeadToJudge>(
  options: JudgeLeadsOptions<L>,
): Promise<JudgeRunReport<L["id"]>> {
  const description = options.idealCustomerDescription.trim();
  if (!description) {
    throw new AiProviderError(
      "not_configured",
      "The ICP has no ideal customer description to judge by.",
    );
  }
  const resolved = resolveModel({
    model: options.model,
    config: options.config,
  });
  if (!resolved) throw new AiProviderError("not_configured");
  const timeoutMs = options.timeoutMs ?? resolved.timeoutMs;

  const report: JudgeRunReport<L["id"]> = {
    judgements: [],
    cached: 0,
    skipped: [],
    failed: [],
    usage: { inputTokens: 0, outputTokens: 0, calls: 0 },
    model: resolved.modelId,
  };
  const cacheKey = (lead: L): JudgementCacheKey | undefined =>
    options.cache && options.icp
      ? {
          leadId: lead.id,
          icpId: options.icp.id,
          icpVersion: options.icp.version,
        }
      : undefined;

  // Cache hits cost nothing and do not count against the cap.
  const toJudge: L[] = [];
  for (const lead of options.leads) {
    const key = cacheKey(lead);
    const hit = key ? await options.cache!.get(key) : undefined;
    if (hit) {
      report.judgements.push({ ...hit, leadId: lead.id });
      report.cached++;
    } else {
      toJudge.push(lead);
    }
  }

  const maxLeads = options.maxLeads ?? Number.POSITIVE_INFINITY;
  if (toJudge.length > maxLeads) {
    report.skipped.push(...toJudge.slice(maxLeads).map((l) => l.id));
    report.stoppedBy = "max_leads";
    toJudge.length = Math.max(0, maxLeads);
  }

  const batches = chunk(toJudge, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const maxTokens = options.maxTokens ?? Number.POSITIVE_INFINITY;
  let committed = 0;
  const spent = () => report.usage.inputTokens + report.usage.outputTokens;

  await pool(
    batches,
    options.concurrency ?? DEFAULT_CONCURRENCY,
    async (batch) => {
      const prompt = promptFor(description, batch);
      const estimate = estimateTokens(prompt, batch.length);
      // Reserve the estimate so concurrent batches cannot overshoot the cap.
      if (Math.max(spent(), committed) + estimate > maxTokens) {
        report.skipped.push(...batch.map((l) => l.id));
        report.stoppedBy ??= "max_tokens";
        return;
      }
      committed += estimate;
      try {
        const result = await withDeadline(
          timeoutMs,
          options.signal,
          (abortSignal) =>
            generateText({
              model: resolved.model,
              system: SYSTEM_PROMPT,
              prompt,
              output: Output.object({
                schema: judgementSchema,
                name: "fit_judgements",
              }),
              abortSignal,
              maxRetries: 1,
              temperature: 0,
            }),
        );
        report.usage.calls++;
        report.usage.inputTokens += result.usage.inputTokens ?? 0;
        report.usage.outputTokens += result.usage.outputTokens ?? 0;
        const judged = readAnswer(batch, result.output);
        if (!judged.length) {
          throw new AiProviderError(
            "invalid_output",
            "The AI provider judged none of the leads it was given.",
          );
        }
        const done = new Set(judged.map((j) => j.leadId));
        report.failed.push(
          ...batch.filter((l) => !done.has(l.id)).map((l) => l.id),
        );
        for (const j of judged) {
          report.judgements.push(j);
          const lead = batch.find((l) => l.id === j.leadId)!;
          const key = cacheKey(lead);
          if (key) await options.cache!.set(key, j);
        }
      } catch (e) {
        const error =
          e instanceof AiProviderError
            ? e
            : new AiProviderError("provider_failed", undefined, { cause: e });
        report.error ??= error;
        report.failed.push(...batch.map((l) => l.id));
      } finally {
        committed -= estimate;
      }
    },
    () =>
      options.signal?.aborted === true ||
      report.error?.code === "not_configured" ||
      report.error?.code === "provider_failed",
  );

  // Batches never started because the run was stopped count as failed.
  const accounted = new Set<L["id"]>([
    ...report.judgements.map((j) => j.leadId),
    ...report.skipped,
    ...report.failed,
  ]);
  for (const lead of toJudge) {
    if (!accounted.has(lead.id)) report.failed.push(lead.id);
  }
  return report;
}

/**
 * Judges leads against an ideal customer description and returns the
 * judgements made (and cached ones). Leads the cap skipped or a failed
 * batch lost are simply absent; when nothing could be judged at all, the
 * first provider error is thrown. Use judgeLeadsRun for the full report.
 */
export async function judgeLeadsWithModel<L extends LeadToJudge>(
  options: JudgeLeadsOptions<L>,
): Promise<LeadJudgement<L["id"]>[]> {
  const report = await judgeLeadsRun(options);
  if (report.error && report.judgements.length === 0) throw report.error;
  return report.judgements;
}
