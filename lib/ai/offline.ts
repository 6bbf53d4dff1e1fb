import { finalizeDraft } from "./finalize";
import { readDescription } from "./offline/extract";
import type { IcpDraft } from "./schema";
import { validateDescription } from "./validate";

/**
 * The built-in engine: reads a plain-English description with the
 * project's taxonomies, with no network and no model. Throws AiInputError
 * for an empty, too short or too long description.
 */
export function extractDraftOffline(description: string): IcpDraft {
  const text = validateDescription(description);
  return finalizeDraft(readDescription(text), text);
}
