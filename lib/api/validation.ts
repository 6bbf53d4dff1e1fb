import type { z } from "zod";

import { ApiError } from "./errors";

/** Enough to fix a request; a body with thousands of bad rows stays small. */
export const MAX_REPORTED_FIELDS = 50;

/**
 * Field errors keyed by dotted path (`leads.3.email`); the body itself is
 * `body`. Past MAX_REPORTED_FIELDS paths the rest are counted, not listed.
 */
export function fieldErrorsOf(error: z.ZodError): {
  fieldErrors: Record<string, string[]>;
  omittedFields?: number;
} {
  const fieldErrors: Record<string, string[]> = {};
  let listed = 0;
  const omitted = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.length
      ? issue.path.map((p) => String(p)).join(".")
      : "body";
    const existing = fieldErrors[path];
    if (existing) {
      existing.push(issue.message);
    } else if (listed < MAX_REPORTED_FIELDS) {
      fieldErrors[path] = [issue.message];
      listed++;
    } else {
      omitted.add(path);
    }
  }
  return omitted.size
    ? { fieldErrors, omittedFields: omitted.size }
    : { fieldErrors };
}

export function validationError(
  error: z.ZodError,
  message = "The request is not valid.",
): ApiError {
  return new ApiError("validation_failed", message, {
    details: fieldErrorsOf(error),
  });
}

/** Field errors found after parsing (unknown enum values and the like). */
export function fieldValidationError(
  fieldErrors: Record<string, string[]>,
  message = "Some fields have values that are not understood.",
): ApiError {
  return new ApiError("validation_failed", message, {
    details: { fieldErrors },
  });
}
