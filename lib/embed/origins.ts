import { z } from "zod";

/** Partner origins a team may allow; more is a sign of misuse. */
export const MAX_EMBED_ORIGINS = 50;

const MAX_ORIGIN_LENGTH = 300;

/** Plain http is only for a partner developing on their own machine. */
const HTTP_HOSTS = new Set(["localhost", "127.0.0.1"]);

/** scheme://authority with at most a trailing slash: no path, query, hash. */
const ORIGIN_SHAPE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\\s]+\/?$/i;

export type OriginResult =
  { ok: true; origin: string } | { ok: false; error: string };

/**
 * Validates a partner origin as people type it and returns its canonical
 * form (`https://host[:port]`, lower-case, default port dropped), the exact
 * string a browser sends and that frame-ancestors compares with.
 */
export function normalizeOrigin(input: string): OriginResult {
  const raw = input.trim();
  if (!raw) return fail("Enter an origin such as https://app.example.com.");
  if (raw.length > MAX_ORIGIN_LENGTH) {
    return fail(`An origin is at most ${MAX_ORIGIN_LENGTH} characters.`);
  }
  if (raw.includes("*")) {
    return fail("Wildcards are not allowed: list each origin on its own.");
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    return fail("Start the origin with https://.");
  }
  if (!ORIGIN_SHAPE.test(raw)) {
    return fail(
      "Only the origin: scheme, host and port, without a path, query or #.",
    );
  }

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail("This is not a valid origin.");
  }
  if (url.username || url.password) {
    return fail("An origin cannot contain a user name or password.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return fail("Use an https:// origin.");
  }
  if (url.protocol === "http:" && !HTTP_HOSTS.has(url.hostname)) {
    return fail("Use https://; http:// is allowed for localhost only.");
  }
  if (!url.hostname || url.hostname.endsWith(".")) {
    return fail("This is not a valid host name.");
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    return fail(
      "Only the origin: scheme, host and port, without a path, query or #.",
    );
  }
  return { ok: true, origin: url.origin };
}

function fail(error: string): OriginResult {
  return { ok: false, error };
}

/** One origin in a request body, normalised or reported by its index. */
export const embedOriginSchema = z
  .string({ error: "An origin is a string" })
  .transform((value, ctx) => {
    const result = normalizeOrigin(value);
    if (result.ok) return result.origin;
    ctx.addIssue({ code: "custom", message: result.error });
    return z.NEVER;
  });

/** The whole allow-list; duplicates after normalising collapse into one. */
export const embedOriginListSchema = z
  .array(embedOriginSchema, { error: "origins is a list of origins" })
  .max(MAX_EMBED_ORIGINS, `At most ${MAX_EMBED_ORIGINS} origins`)
  .transform((origins) => [...new Set(origins)]);
