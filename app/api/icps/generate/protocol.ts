/**
 * The wire format of POST /api/icps/generate, shared by the route handler
 * and the browser code that reads it. Types only: nothing here runs.
 */

import type { DraftEngine } from "@/lib/ai/generate";

export type { DraftEngine };

/** The plain JSON answer, and the last line of a streamed answer. */
export type GenerateResult<Draft> = {
  draft: Draft;
  engine: DraftEngine;
  /** The model id, when a model wrote the draft. */
  model?: string;
  /** Why the offline engine answered instead of the model. */
  notice?: string;
};

/**
 * One line of an `application/x-ndjson` answer: partial drafts while the
 * engine writes, then exactly one `done` or `error` line.
 */
export type GenerateEvent<Draft> =
  | { type: "start"; engine: DraftEngine; model?: string }
  | { type: "partial"; draft: Partial<Draft> }
  | ({ type: "done" } & GenerateResult<Draft>)
  | { type: "error"; error: { code: string; message: string } };
