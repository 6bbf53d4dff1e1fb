/**
 * Tokens and phrase matching for the offline extractor. Every extractor
 * works on the same token list and marks the tokens it consumed, so a word
 * is read once: "enterprise" in "enterprise software" cannot also be a size.
 */

export type Token = {
  /** The word as written, with the dots of acronyms removed ("U.S." -> "US"). */
  raw: string;
  /** Lower case, accents stripped, possessive removed. */
  norm: string;
  start: number;
  end: number;
  /** The characters between the previous token and this one. */
  before: string;
};

const TOKEN_RE =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*[+#]*|&/gu;

export function foldCase(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/’/g, "'")
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    let raw = m[0];
    if (/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.replace(/\./g, "");
    let norm = raw === "&" ? "and" : foldCase(raw);
    norm = norm.replace(/'s$/, "").replace(/'$/, "");
    // "1,000" is read as one number: the comma joins digit groups.
    const prev = tokens[tokens.length - 1];
    const sep = text.slice(last, start);
    if (
      prev &&
      sep === "," &&
      /^\d{1,3}(?:,\d{3})*$/.test(prev.raw) &&
      /^\d{3}\b/.test(raw)
    ) {
      prev.raw = `${prev.raw},${raw}`;
      prev.norm = `${prev.norm}${norm}`;
      prev.end = start + m[0].length;
      last = prev.end;
      continue;
    }
    tokens.push({ raw, norm, start, end: start + m[0].length, before: sep });
    last = start + m[0].length;
  }
  return tokens;
}

/** The normalised words of a phrase, as tokenize would read them. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

/** True when only spaces, hyphens or slashes separate two tokens. */
export function joined(t: Token): boolean {
  return /^[\s\-–/]*$/.test(t.before);
}

/** True when a clause boundary (not a list comma) precedes the token. */
export function clauseBreak(t: Token): boolean {
  return /[.;:!?()[\]|]/.test(t.before);
}

/**
 * What consumed each token, by index; undefined while a token is free.
 * Extractors write their own kind ("size", "role", "place", ...).
 */
export type Claims = (string | undefined)[];

export function claim(claims: Claims, from: number, to: number, kind: string) {
  for (let k = from; k < to; k++) claims[k] = kind;
}

export type PhraseEntry<T> = {
  words: string[];
  value: T;
  /** When set, the token text must equal these words exactly. */
  exact?: string[];
  /** When set, the first token must start with a capital letter. */
  capitalised?: boolean;
};

export type PhraseMatch<T> = {
  from: number;
  /** Index one past the last token of the match. */
  to: number;
  value: T;
};

/**
 * A dictionary of phrases looked up by first word, matched longest first.
 * Multi-word phrases never cross punctuation other than hyphens.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();

  add(entry: PhraseEntry<T>): this {
    const first = entry.words[0];
    if (first === undefined) return this;
    const list = this.byFirst.get(first) ?? [];
    const key = entry.words.join(" ");
    const clash = list.find((e) => e.words.join(" ") === key);
    if (clash && !clash.exact === !entry.exact) return this;
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
    return this;
  }

  addPhrase(
    phrase: string,
    value: T,
    opts: { exact?: boolean; capitalised?: boolean } = {},
  ): this {
    const words = phraseWords(phrase);
    if (!words.length) return this;
    const exact = opts.exact ? tokenize(phrase).map((t) => t.raw) : undefined;
    return this.add({
      words,
      value,
      ...(exact ? { exact } : {}),
      ...(opts.capitalised ? { capitalised: true } : {}),
    });
  }

  /** The longest phrase starting at token i, skipping claimed tokens. */
  matchAt(
    tokens: Token[],
    i: number,
    claimed?: Claims,
  ): PhraseMatch<T> | undefined {
    const head = tokens[i];
    if (!head || claimed?.[i]) return undefined;
    const candidates = this.byFirst.get(head.norm);
    if (!candidates) return undefined;
    for (const entry of candidates) {
      if (this.fits(entry, tokens, i, claimed)) {
        return { from: i, to: i + entry.words.length, value: entry.value };
      }
    }
    return undefined;
  }

  /** All non-overlapping matches left to right over unclaimed tokens. */
  scan(tokens: Token[], claimed?: Claims): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i, claimed);
      if (m) {
        out.push(m);
        i = m.to - 1;
      }
    }
    return out;
  }

  private fits(
    entry: PhraseEntry<T>,
    tokens: Token[],
    i: number,
    claimed?: Claims,
  ): boolean {
    for (let k = 0; k < entry.words.length; k++) {
      const t = tokens[i + k];
      if (!t || claimed?.[i + k] || t.norm !== entry.words[k]) return false;
      if (k > 0 && !joined(t)) return false;
      if (entry.exact && t.raw !== entry.exact[k]) return false;
    }
    if (entry.capitalised) {
      const first = tokens[i]?.raw ?? "";
      if (first[0] === first[0]?.toLowerCase()) return false;
    }
    return true;
  }
}

/** English plural of one word; good enough for nouns in role phrases. */
export function pluralOf(word: string): string {
  // "fintechs", "biotechs": a hard "ch" takes a plain "s".
  if (/tech$/.test(word)) return `${word}s`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The phrase with its last word in the plural. */
export function pluralPhrase(phrase: string): string {
  const m = /^(.*?)([\p{L}\p{N}]+)$/u.exec(phrase);
  if (!m) return phrase;
  const [, head = "", last = ""] = m;
  // Acronyms take a plain "s": "CFOs", "SDRs".
  if (last === last.toUpperCase() && /\p{L}/u.test(last)) {
    return `${head}${last}s`;
  }
  return `${head}${pluralOf(last)}`;
}
