import { generateText, Output, streamText, type LanguageModel } from "ai";

import type { AiConfig } from "./config";
import { AiProviderError } from "./errors";
import { finalizeDraft } from "./finalize";
import { readDescription } from "./offline/extract";
import { resolveModel, toProviderError, withDeadline } from "./provider";
import { DRAFT_LIST_FIELDS, modelDraftSchema, type IcpDraft } from "./schema";
import { validateDescription } from "./validate";

export type DraftEngine = "offline" | "provider";

export type GenerateIcpDraftOptions = {
  /** The provider to use; null or absent means the offline engine. */
  config?: AiConfig | null;
  /** A ready model, for tests; takes precedence over `config`. */
  model?: LanguageModel;
  /**
   * On a provider failure, answer with the offline draft and a notice
   * instead of throwing. Off by default.
   */
  fallbackToOffline?: boolean;
  signal?: AbortSignal;
};

export type GenerateIcpDraftResult = {
  draft: IcpDraft;
  engine: DraftEngine;
  /** The model id, when the provider produced the draft. */
  model?: string;
  /** Set when the draft comes from a fallback the caller should mention. */
  notice?: string;
};

const SYSTEM_PROMPT = [
  "You turn a plain-English description of a B2B ideal customer into an",
  "Ideal Customer Profile (ICP) draft for lead scoring.",
  "Fill only what the description supports; leave a list empty rather than",
  "guess. Use canonical names: industries such as SaaS, Fintech,",
  "Healthcare, Manufacturing; job titles such as VP Sales, CRO, Head of",
  "Finance; departments such as Sales, Marketing, Finance, Engineering, IT,",
  "Human Resources, Operations, Customer Success.",
  "Company sizes are employee-count bands; give every band that overlaps",
  "the stated range. Seniorities follow from the titles (a CRO is",
  "C-Level, a VP Sales is VP).",
  "Countries are ISO 3166-1 alpha-2 codes; expand regions (DACH = DE, AT,",
  "CH). States are ISO 3166-2 codes (US-CA, CA-ON). A city implies",
  "nothing else: do not add its state or country unless the text names",
  "them.",
].join(" ");

function offlineDraft(description: string): IcpDraft {
  return finalizeDraft(readDescription(description), description);
}

function fallbackNotice(error: AiProviderError): string {
  return (
    `${error.message} This draft was made by the built-in extractor ` +
    "instead; review it before saving."
  );
}

/**
 * Proposes an ICP draft from a plain-English description. With a provider
 * the model's structured answer is normalised like any saved ICP; without
 * one the built-in extractor reads the text. Throws AiInputError for a bad
 * description and AiProviderError for a provider failure (unless
 * `fallbackToOffline` is set). Never returns a partial draft.
 */
export async function generateIcpDraft(
  description: string,
  options: GenerateIcpDraftOptions = {},
): Promise<GenerateIcpDraftResult> {
  const text = validateDescription(description);

  let resolved;
  try {
    resolved = resolveModel(options);
  } catch (e) {
    return handleFailure(toProviderError(e), text, options);
  }
  if (!resolved) return { draft: offlineDraft(text), engine: "offline" };

  try {
    const draft = await withDeadline(
      resolved.timeoutMs,
      options.signal,
      async (abortSignal) => {
        const result = await generateText({
          model: resolved.model,
          system: SYSTEM_PROMPT,
          prompt: text,
          output: Output.object({
            schema: modelDraftSchema,
            name: "icp_draft",
            description: "An Ideal Customer Profile draft",
          }),
          abortSignal,
          maxRetries: 1,
          temperature: 0,
        });
        return finalizeDraft(result.output, text);
      },
    );
    return { draft, engine: "provider", model: resolved.modelId };
  } catch (e) {
    return handleFailure(toProviderError(e), text, options);
  }
}

function handleFailure(
  error: AiProviderError | ReturnType<typeof toProviderError>,
  text: string,
  options: GenerateIcpDraftOptions,
): GenerateIcpDraftResult {
  if (!(error instanceof AiProviderError) || !options.fallbackToOffline) {
    throw error;
  }
  return {
    draft: offlineDraft(text),
    engine: "offline",
    notice: fallbackNotice(error),
  };
}

/** A draft while it fills in: any field may still be missing. */
export type PartialIcpDraft = Partial<IcpDraft>;

export type IcpDraftStream = AsyncIterable<PartialIcpDraft> & {
  /**
   * Settles when the stream has been read to the end: the final draft (the
   * same as the last partial), or the error that ended the stream.
   */
  result: Promise<GenerateIcpDraftResult>;
};

export type StreamIcpDraftOptions = GenerateIcpDraftOptions & {
  /** Pause between offline steps so a form visibly fills in; 0 by default. */
  offlineStepMs?: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Offline partials: one more field at a time, then the names. */
async function* offlinePartials(
  draft: IcpDraft,
  stepMs: number,
): AsyncGenerator<PartialIcpDraft> {
  const partial: PartialIcpDraft = {
    idealCustomerDescription: draft.idealCustomerDescription,
  };
  for (const field of DRAFT_LIST_FIELDS) {
    (partial as Record<string, unknown>)[field] = draft[field];
    yield { ...partial };
    if (stepMs > 0) await sleep(stepMs);
  }
  yield { ...draft };
}

/** Only the well-formed parts of a model's partial answer. */
function cleanPartial(raw: unknown, description: string): PartialIcpDraft {
  const out: Record<string, unknown> = {
    idealCustomerDescription: description,
  };
  if (!raw || typeof raw !== "object") return out as PartialIcpDraft;
  const source = raw as Record<string, unknown>;
  for (const field of ["name", "description"] as const) {
    if (typeof source[field] === "string") out[field] = source[field];
  }
  for (const field of DRAFT_LIST_FIELDS) {
    const v = source[field];
    if (Array.isArray(v)) {
      out[field] = v.filter((x): x is string => typeof x === "string" && !!x);
    }
  }
  return out as PartialIcpDraft;
}

/**
 * Streams an ICP draft as it fills in. The offline engine yields field by
 * field; a provider yields the model's partial object as it arrives, and
 * the last item is always the normalised final draft. A bad description
 * throws AiInputError at once, before any streaming.
 */
export function streamIcpDraft(
  description: string,
  options: StreamIcpDraftOptions = {},
): IcpDraftStream {
  const text = validateDescription(description);
  let settle!: {
    resolve: (r: GenerateIcpDraftResult) => void;
    reject: (e: unknown) => void;
  };
  const result = new Promise<GenerateIcpDraftResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Nobody may await `result`; its rejection is also thrown to the reader.
  result.catch(() => undefined);

  async function* run(): AsyncGenerator<PartialIcpDraft> {
    const stepMs = options.offlineStepMs ?? 0;
    const offline = async function* (notice?: string) {
      const draft = offlineDraft(text);
      yield* offlinePartials(draft, stepMs);
      settle.resolve({
        draft,
        engine: "offline",
        ...(notice ? { notice } : {}),
      });
    };

    let resolved;
    try {
      resolved = resolveModel(options);
    } catch (e) {
      const error = toProviderError(e);
      if (error instanceof AiProviderError && options.fallbackToOffline) {
        yield* offline(fallbackNotice(error));
        return;
      }
      settle.reject(error);
      throw error;
    }
    if (!resolved) {
      yield* offline();
      return;
    }

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    }, resolved.timeoutMs);
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    let streamError: unknown;
    try {
      const stream = streamText({
        model: resolved.model,
        system: SYSTEM_PROMPT,
        prompt: text,
        output: Output.object({
          schema: modelDraftSchema,
          name: "icp_draft",
          description: "An Ideal Customer Profile draft",
        }),
        abortSignal: controller.signal,
        maxRetries: 1,
        temperature: 0,
        onError: ({ error }) => {
          streamError ??= error;
        },
      });
      for await (const partial of stream.partialOutputStream) {
        yield cleanPartial(partial, text);
      }
      if (streamError !== undefined) throw streamError;
      const output = await stream.output;
      const draft = finalizeDraft(output, text);
      yield { ...draft };
      settle.resolve({ draft, engine: "provider", model: resolved.modelId });
    } catch (e) {
      const error = toProviderError(streamError ?? e, {
        timedOut,
        timeoutMs: resolved.timeoutMs,
      });
      if (error instanceof AiProviderError && options.fallbackToOffline) {
        yield* offline(fallbackNotice(error));
        return;
      }
      settle.reject(error);
      throw error;
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    }
  }

  async function* guarded(): AsyncGenerator<PartialIcpDraft> {
    let finished = false;
    try {
      yield* run();
      finished = true;
    } finally {
      // A reader that stops early still gets `result` settled.
      if (!finished) {
        settle.reject(
          new Error("The draft stream was closed before it ended."),
        );
      }
    }
  }

  const iterable = guarded();
  return {
    [Symbol.asyncIterator]: () => iterable,
    result,
  };
}
