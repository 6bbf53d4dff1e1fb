// Letters that NFKD does not decompose into a base letter plus a mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};
const SPECIAL_RE = /[ßøæœłđðþı]/g;
const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;

/** Lowercases and removes diacritics ("Île-de-France" -> "ile-de-france"). */
export function foldCase(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS_RE, "")
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * The comparison key used by every lookup table: case, diacritics and
 * punctuation are ignored, "&" reads as "and".
 * "Hospital & Health Care" -> "hospital and health care".
 */
export function foldKey(s: string): string {
  return foldCase(s.replace(/&/g, " and ")).replace(NON_WORD_RE, " ").trim();
}

/** foldKey without spaces: "E-commerce" and "Ecommerce" meet here. */
export function compactKey(s: string): string {
  return foldKey(s).replace(/ /g, "");
}

/** Removes diacritics but keeps case: "Montréal" -> "Montreal". */
export function stripDiacritics(s: string): string {
  return s
    .normalize("NFKD")
    .replace(MARKS_RE, "")
    .replace(/[ßøØæÆœŒłŁđĐ]/g, (c) => {
      const lower = c.toLowerCase();
      const base = SPECIAL_LETTERS[lower] ?? lower;
      return c === lower ? base : base.charAt(0).toUpperCase() + base.slice(1);
    });
}

/** Trims and collapses inner whitespace. */
export function cleanText(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * A bounded memo for pure string parsers. Lead data repeats the same few
 * thousand titles, industries and places, so a hit rate near 100% is normal;
 * the bound keeps a stream of unique junk from growing memory without limit.
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 50_000) {}

  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/**
 * A memo keyed by a context (a country code) and a string, without building
 * a combined key string on every call.
 */
export class ContextMemo<V> {
  private readonly byContext = new Map<string, Map<string, V>>();

  constructor(private readonly limit = 20_000) {}

  get(
    context: string,
    key: string,
    compute: (key: string, context: string) => V,
  ): V {
    let map = this.byContext.get(context);
    if (!map) {
      map = new Map();
      this.byContext.set(context, map);
    }
    const hit = map.get(key);
    if (hit !== undefined || map.has(key)) return hit as V;
    const value = compute(key, context);
    if (map.size >= this.limit) map.clear();
    map.set(key, value);
    return value;
  }
}

/** Defers building a table until first use, then keeps it. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** Reads any value as a non-empty trimmed string, or null. */
export function asText(v: unknown): string | null {
  if (typeof v === "string") {
    const s = v.trim();
    return s === "" ? null : s;
  }
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}
