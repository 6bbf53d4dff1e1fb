import "server-only";

import { z } from "zod";

import type { Role } from "@/db/schema";
import { getTeamContext } from "@/lib/auth/session";
import type { TeamContext } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import type { ErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ActionError = {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
};

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; error: ActionError };

export type ActionContext = TeamContext & { readOnly: boolean };

type Options<S extends z.ZodType> = {
  schema: S;
  /** Roles allowed to run the action; any member when absent. */
  roles?: Role[];
  name: string;
};

/**
 * The one way to write a server action: session -> team membership ->
 * zod -> handler. Forms get a result object; only the unexpected throws.
 */
export function teamAction<S extends z.ZodType, T>(
  opts: Options<S>,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const ctx = await getTeamContext();
    if (!ctx) {
      return fail("unauthorized", "Your session has ended. Sign in again.");
    }
    if (opts.roles && !opts.roles.includes(ctx.role)) {
      return fail("forbidden", "Your role in this team cannot do that.");
    }

    const parsed = opts.schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: "validation_failed",
          message: "Some fields need attention.",
          fieldErrors: fieldErrorsOf(parsed.error),
        },
      };
    }

    try {
      const data = await handler(parsed.data, { ...ctx, readOnly: false });
      return { ok: true, data };
    } catch (err) {
      return toActionError(err, {
        action: opts.name,
        teamId: ctx.team.id,
      });
    }
  };
}

export function fail(
  code: ErrorCode,
  message: string,
): {
  ok: false;
  error: ActionError;
} {
  return { ok: false, error: { code, message } };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function toActionError(
  err: unknown,
  logCtx: Record<string, unknown>,
): { ok: false; error: ActionError } {
  if (isAppError(err)) {
    const details = err.details as
      { fieldErrors?: Record<string, string[]> } | undefined;
    return {
      ok: false,
      error: {
        code: err.code,
        message: err.message,
        ...(details?.fieldErrors ? { fieldErrors: details.fieldErrors } : {}),
      },
    };
  }
  // Next's redirect()/notFound() signal by throwing; let them through.
  if (isNextControlFlow(err)) throw err;
  logger.error({ err, ...logCtx }, "action failed");
  return fail("internal", "Something went wrong. Please try again.");
}

function isNextControlFlow(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") ||
      digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") ||
      digest === "NEXT_NOT_FOUND")
  );
}

export { AppError };
