/**
 * Errors the AI module raises on purpose. Route handlers map them to
 * responses; anything else thrown from here is a bug.
 */

export class AiInputError extends Error {
  readonly code = "invalid_description" as const;
  readonly issues: string[];

  constructor(message: string, issues: string[] = [message]) {
    super(message);
    this.name = "AiInputError";
    this.issues = issues;
  }
}

export type AiProviderErrorCode =
  /** No provider is configured, or its configuration is incomplete. */
  | "not_configured"
  /** The model did not answer within the configured time. */
  | "timeout"
  /** The model answered, but not with a usable draft or judgement. */
  | "invalid_output"
  /** The provider refused or failed the call (auth, quota, network). */
  | "provider_failed"
  /** The run hit its lead or token cap before finishing. */
  | "cost_cap";

const DEFAULT_MESSAGES: Record<AiProviderErrorCode, string> = {
  not_configured: "No AI provider is configured.",
  timeout: "The AI provider did not answer in time.",
  invalid_output: "The AI provider returned an answer that could not be used.",
  provider_failed: "The AI provider could not be reached or refused the call.",
  cost_cap: "The AI run stopped at its cost cap.",
};

export class AiProviderError extends Error {
  readonly code: AiProviderErrorCode;

  constructor(
    code: AiProviderErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AiProviderError";
    this.code = code;
  }
}

export function isAiInputError(e: unknown): e is AiInputError {
  return e instanceof AiInputError;
}

export function isAiProviderError(e: unknown): e is AiProviderError {
  return e instanceof AiProviderError;
}
