import {
  AiInputError,
  AiProviderError,
  aiConfigFromEnv,
  generateIcpDraft,
} from "@/lib/ai";
import { ApiError } from "@/lib/api/errors";
import type { ApiErrorCode } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { generateRequestSchema } from "@/lib/api/operations/generate";
import { env } from "@/lib/env";

export const POST = apiRoute(
  { scope: "write", body: generateRequestSchema, idempotent: true },
  async ({ req, body, log }) => {
    try {
      const result = await generateIcpDraft(body.description, {
        config: aiConfigFromEnv(env()),
        signal: req.signal,
      });
      return {
        draft: result.draft,
        engine: result.engine,
        ...(result.model ? { model: result.model } : {}),
        ...(result.notice ? { notice: result.notice } : {}),
      };
    } catch (err) {
      if (err instanceof AiInputError) {
        throw new ApiError("validation_failed", err.message, {
          details: { fieldErrors: { description: err.issues } },
        });
      }
      if (err instanceof AiProviderError) {
        // The cause may carry the prompt or the provider's answer: log the
        // code and message only.
        log.warn({ aiError: err.code, msg: err.message }, "AI draft failed");
        throw new ApiError(`ai_${err.code}` as ApiErrorCode, err.message);
      }
      throw err;
    }
  },
);
