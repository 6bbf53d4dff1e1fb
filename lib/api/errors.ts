import { ERROR_STATUS, isAppError } from "@/lib/errors";
import type { ErrorCode } from "@/lib/errors";

/**
 * Codes only the public API answers with, on top of the app-wide ones in
 * lib/errors.ts. Clients branch on these, so they never change meaning.
 */
export const API_ERROR_STATUS = {
  ...ERROR_STATUS,
  invalid_json: 400,
  invalid_cursor: 400,
  invalid_idempotency_key: 400,
  incomplete_body: 400,
  method_not_allowed: 405,
  no_default_icp: 409,
  idempotency_in_progress: 409,
  idempotency_key_reused: 422,
  ai_provider_failed: 502,
  ai_timeout: 502,
  ai_invalid_output: 502,
  ai_not_configured: 502,
  ai_cost_cap: 502,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

type ErrorOptions = {
  details?: unknown;
  headers?: Record<string, string>;
};

/** An error the API client is meant to see, with its own status. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details?: unknown;
  readonly headers?: Record<string, string>;

  constructor(code: ApiErrorCode, message: string, opts: ErrorOptions = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.details = opts.details;
    this.headers = opts.headers;
  }

  get status(): number {
    return API_ERROR_STATUS[this.code];
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export type ApiErrorBody = {
  error: { code: ApiErrorCode | ErrorCode; message: string; details?: unknown };
};

/** The caller-facing shape of an AppError or ApiError, else undefined. */
export function exposedError(e: unknown):
  | {
      status: number;
      body: ApiErrorBody;
      headers?: Record<string, string>;
    }
  | undefined {
  if (!isApiError(e) && !isAppError(e)) return undefined;
  return {
    status: e.status,
    headers: e.headers,
    body: {
      error: {
        code: e.code,
        message: e.message,
        ...(e.details === undefined ? {} : { details: e.details }),
      },
    },
  };
}
