import type { CsvNewline } from "./tokenizer";

/** Candidates in order of preference when the header is ambiguous. */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;

export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export function isCsvDelimiter(value: unknown): value is CsvDelimiter {
  return (CSV_DELIMITERS as readonly unknown[]).includes(value);
}

export interface HeaderSniff {
  delimiter: CsvDelimiter;
  newline: CsvNewline;
  /** Characters to drop before tokenizing (an Excel "sep=;" line). */
  skip: number;
}

const SEP_LINE = /^sep=(.)$/i;

/**
 * Looks at the text up to the end of the header line and decides the
 * delimiter and line ending. Returns null when more text is needed and
 * "empty" when the (final) text holds nothing but line breaks.
 *
 * Only the header line is used, so the answer never depends on how the
 * input happens to be split into chunks.
 */
export function sniffHeader(
  text: string,
  final: boolean,
): HeaderSniff | "empty" | null {
  let skip = 0;
  let forced: CsvDelimiter | null = null;
  if (text.length >= 4 && text.slice(0, 4).toLowerCase() === "sep=") {
    const end = lineEnd(text, 0);
    if (end === -1 && !final) return null;
    // A CR that ends the chunk may be half of a CRLF.
    if (end === text.length - 1 && text.charCodeAt(end) === 13 && !final) {
      return null;
    }
    const stop = end === -1 ? text.length : end;
    const match = SEP_LINE.exec(text.slice(0, stop).replace(/\r$/, ""));
    const sep = match?.[1];
    if (sep !== undefined && isCsvDelimiter(sep)) {
      forced = sep;
      skip = stop;
      if (text.charCodeAt(skip) === 13) skip++;
      if (text.charCodeAt(skip) === 10) skip++;
    }
  }

  let start = skip;
  while (start < text.length) {
    const c = text.charCodeAt(start);
    if (c !== 10 && c !== 13) break;
    start++;
  }
  if (start === text.length) return final ? "empty" : null;

  const end = recordEnd(text, start);
  if (end === -1 && !final) return null;
  const stop = end === -1 ? text.length : end;

  let newline: CsvNewline = "\n";
  if (end !== -1 && text.charCodeAt(end) === 13) {
    if (end + 1 === text.length && !final) return null;
    if (end + 1 < text.length && text.charCodeAt(end + 1) !== 10) {
      newline = "\r";
    }
  }

  return {
    delimiter: forced ?? delimiterOfLine(text.slice(start, stop)),
    newline,
    skip,
  };
}

/**
 * Guesses the delimiter of a CSV sample from its header line: the
 * candidate that occurs most often outside quotes; comma when none does.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  const sniff = sniffHeader(text, true);
  return sniff === "empty" || sniff === null ? "," : sniff.delimiter;
}

function delimiterOfLine(line: string): CsvDelimiter {
  const counts = [0, 0, 0, 0];
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) {
      inQuote = !inQuote;
    } else if (!inQuote) {
      if (c === 44) counts[0]!++;
      else if (c === 59) counts[1]!++;
      else if (c === 9) counts[2]!++;
      else if (c === 124) counts[3]!++;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) {
    if (counts[i]! > counts[best]!) best = i;
  }
  return CSV_DELIMITERS[best]!;
}

/** First CR or LF outside quotes at or after `from`, or -1. */
function recordEnd(text: string, from: number): number {
  let inQuote = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuote = !inQuote;
    else if (!inQuote && (c === 10 || c === 13)) return i;
  }
  return -1;
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}
