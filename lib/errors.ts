export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * An error the caller is meant to see. Anything else that is thrown is
 * logged and answered with a generic "internal" error, so database detail
 * never leaves the server.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = opts.details;
    this.headers = opts.headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = "Resource") =>
  new AppError("not_found", `${what} not found`);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export type ErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown };
};

export function errorBody(e: AppError): ErrorBody {
  return {
    error: {
      code: e.code,
      message: e.message,
      ...(e.details === undefined ? {} : { details: e.details }),
    },
  };
}

/** Postgres unique-violation, whichever driver raised it. */
export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = findPgError(e);
  if (!err || err.code !== "23505") return false;
  return constraint ? String(err.constraint ?? "").includes(constraint) : true;
}

function findPgError(
  e: unknown,
): { code?: string; constraint?: string } | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === "object"; i++) {
    const o = cur as { code?: unknown; cause?: unknown; constraint?: string };
    if (typeof o.code === "string" && /^[0-9A-Z]{5}$/.test(o.code)) {
      return o as { code: string; constraint?: string };
    }
    cur = o.cause;
  }
  return undefined;
}
