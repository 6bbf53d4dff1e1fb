import { AiInputError } from "./errors";
import { descriptionSchema } from "./schema";

/** Returns the trimmed description or throws an AiInputError. */
export function validateDescription(description: unknown): string {
  const parsed = descriptionSchema.safeParse(description);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => i.message);
  throw new AiInputError(issues[0] ?? "The description is not valid.", issues);
}
