import { z } from "zod";

import { descriptionSchema, icpDraftSchema } from "@/lib/ai/schema";

import type { ApiOperation } from "../openapi";

export const generateRequestSchema = z.object({
  description: descriptionSchema.describe(
    "Your ideal customer in plain English, 10-2,000 characters.",
  ),
});

export const generateResponseSchema = z.object({
  // Not described here: a described copy would not be the shared IcpDraft.
  draft: icpDraftSchema,
  engine: z
    .enum(["provider", "offline"])
    .describe(
      "`provider` when the configured language model wrote the draft, " +
        "`offline` when the built-in extractor did.",
    ),
  model: z.string().optional().describe("The model used, for `provider`."),
  notice: z
    .string()
    .optional()
    .describe("Something the caller should mention with the draft."),
});

export const generateOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/v1/icps/generate",
    tag: "ICPs",
    summary: "Draft an ICP from a description",
    description:
      "Turns a plain-English description into a draft ICP with the " +
      "configured AI provider, or the built-in offline engine when none " +
      "is configured. Nothing is saved. A provider failure is a 502 with " +
      "an `ai_…` code.",
    scope: "write",
    body: {
      name: "GenerateRequest",
      schema: generateRequestSchema,
      example: {
        description:
          "Series A fintech startups with 11-50 employees in the United " +
          "States; we sell to founders and heads of finance",
      },
    },
    idempotent: true,
    responses: {
      200: {
        description:
          "The draft: review it, then POST it to /api/v1/icps to save it.",
        name: "GenerateResponse",
        schema: generateResponseSchema,
      },
    },
    errors: [502],
  },
];
