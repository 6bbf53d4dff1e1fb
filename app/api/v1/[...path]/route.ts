import { ApiError } from "@/lib/api/errors";
import { errorResponse } from "@/lib/api/handler";

/** Unknown API paths answer in the API's JSON error shape, not HTML. */
function unknownPath(req: Request): Response {
  const res = errorResponse(
    new ApiError(
      "not_found",
      `No API endpoint at ${req.method} ${new URL(req.url).pathname}. ` +
        "See /api/v1/openapi.json.",
    ),
  );
  res.headers.set("Cache-Control", "no-store");
  return res;
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
