import {
  APICallError,
  JSONParseError,
  LoadAPIKeyError,
  NoObjectGeneratedError,
  NoOutputGeneratedError,
  RetryError,
  TypeValidationError,
  type LanguageModel,
} from "ai";

import {
  createModel,
  DEFAULT_TIMEOUT_MS,
  modelIdOf,
  type AiConfig,
} from "./config";
import { AiInputError, AiProviderError } from "./errors";

/** How a call reaches a model: a config, or a ready model (tests). */
export type ModelSource = {
  config?: AiConfig | null;
  model?: LanguageModel;
};

export type ResolvedModel = {
  model: LanguageModel;
  modelId: string;
  timeoutMs: number;
};

/** The model to use, or null when no provider is configured. */
export function resolveModel(source: ModelSource): ResolvedModel | null {
  const timeoutMs = source.config?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (source.model) {
    return { model: source.model, modelId: modelIdOf(source.model), timeoutMs };
  }
  if (!source.config) return null;
  return {
    model: createModel(source.config),
    modelId: source.config.model,
    timeoutMs,
  };
}

/**
 * An abort signal that fires after `ms` or when the caller's signal does,
 * and tells the two apart so a timeout can be reported as one.
 */
export function deadline(ms: number, outer?: AbortSignal) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`Timed out after ${ms} ms`));
  }, ms);
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onAbort();
  else outer?.addEventListener("abort", onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    },
  };
}

function isAbort(e: unknown): boolean {
  return (
    e instanceof Error && (e.name === "AbortError" || e.name === "TimeoutError")
  );
}

/** Maps anything a provider call threw to a typed error. */
export function toProviderError(
  e: unknown,
  opts: { timedOut?: boolean; timeoutMs?: number } = {},
): AiProviderError | AiInputError {
  if (e instanceof AiProviderError || e instanceof AiInputError) return e;
  if (opts.timedOut || (isAbort(e) && opts.timedOut !== false)) {
    const secs = opts.timeoutMs
      ? ` (${Math.round(opts.timeoutMs / 100) / 10} s)`
      : "";
    return new AiProviderError(
      "timeout",
      `The AI provider did not answer in time${secs}.`,
      { cause: e },
    );
  }
  if (
    NoObjectGeneratedError.isInstance(e) ||
    NoOutputGeneratedError.isInstance(e) ||
    TypeValidationError.isInstance(e) ||
    JSONParseError.isInstance(e)
  ) {
    return new AiProviderError(
      "invalid_output",
      "The AI provider's answer did not match the expected structure.",
      { cause: e },
    );
  }
  if (LoadAPIKeyError.isInstance(e)) {
    return new AiProviderError(
      "not_configured",
      "The AI provider has no API key configured.",
      { cause: e },
    );
  }
  if (RetryError.isInstance(e) || APICallError.isInstance(e)) {
    const status = APICallError.isInstance(e)
      ? e.statusCode
      : APICallError.isInstance(e.lastError)
        ? e.lastError.statusCode
        : undefined;
    const detail = status ? ` (HTTP ${status})` : "";
    return new AiProviderError(
      "provider_failed",
      `The AI provider refused or failed the call${detail}.`,
      { cause: e },
    );
  }
  return new AiProviderError(
    "provider_failed",
    "The AI provider call failed.",
    { cause: e },
  );
}

/**
 * Runs a provider call under a deadline and maps its failures to typed
 * errors. The callback gets the signal to pass on to the AI SDK.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const d = deadline(timeoutMs, outer);
  try {
    return await new Promise<T>((resolve, reject) => {
      // Some providers ignore the abort signal; the deadline still wins.
      const onAbort = () => reject(d.signal.reason);
      d.signal.addEventListener("abort", onAbort, { once: true });
      run(d.signal).then(resolve, reject);
    });
  } catch (e) {
    throw toProviderError(e, { timedOut: d.timedOut(), timeoutMs });
  } finally {
    d.clear();
  }
}
