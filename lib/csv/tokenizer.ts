import { CsvError } from "./errors";

/** "\n" also accepts CRLF (the CR is dropped); "\r" is for old Mac files. */
export type CsvNewline = "\n" | "\r";

export const DEFAULT_MAX_RECORD_LENGTH = 1 << 20;

const QUOTE = 34;
const CR = 13;

export interface CsvTokenizerOptions {
  delimiter: string;
  newline?: CsvNewline;
  /** Row number of the first record, for error messages. */
  firstRowNumber?: number;
  /** Longest record (in characters) before the file is refused. */
  maxRecordLength?: number;
}

/**
 * Incremental RFC 4180 tokenizer: feed it text in chunks of any size and
 * it hands back complete records. Lines without quotes take a fast path
 * (indexOf + split); only lines with quotes are walked char by char. An
 * incomplete record is kept and re-read with the next chunk, which the
 * record length cap keeps linear.
 *
 * Lenient where real files are sloppy: a quote inside an unquoted value is
 * literal, and text after a closing quote is appended to the value.
 */
export class CsvTokenizer {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly newline: CsvNewline;
  private readonly newlineCode: number;
  private readonly maxRecordLength: number;
  private pending = "";
  private pendingInQuote = false;
  private rowNumber: number;

  constructor(options: CsvTokenizerOptions) {
    if (options.delimiter.length !== 1) {
      throw new RangeError("The delimiter must be a single character");
    }
    this.delimiter = options.delimiter;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.newline = options.newline ?? "\n";
    this.newlineCode = this.newline.charCodeAt(0);
    this.maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
    this.rowNumber = options.firstRowNumber ?? 1;
  }

  /** Row number the next emitted record will have. */
  get nextRowNumber(): number {
    return this.rowNumber;
  }

  /**
   * Appends every record that `chunk` completes to `out`. With `final`,
   * the end of the text also ends the last record.
   */
  push(chunk: string, final: boolean, out: string[][]): void {
    const text = this.pending.length > 0 ? this.pending + chunk : chunk;
    this.pending = "";
    this.pendingInQuote = false;
    const len = text.length;
    const delimiter = this.delimiter;
    const newline = this.newline;
    const stripCr = newline === "\n";

    let pos = 0;
    let quoteAt = text.indexOf('"');
    if (quoteAt === -1) quoteAt = len;

    while (pos < len) {
      let end = text.indexOf(newline, pos);
      if (end === -1) {
        if (!final) break;
        end = len;
      }
      if (quoteAt < pos) {
        quoteAt = text.indexOf('"', pos);
        if (quoteAt === -1) quoteAt = len;
      }
      if (quoteAt >= end) {
        let stop = end;
        if (stripCr && stop > pos && text.charCodeAt(stop - 1) === CR) stop--;
        out.push(text.slice(pos, stop).split(delimiter));
        this.rowNumber++;
        pos = end + 1;
        continue;
      }
      const next = this.quotedRecord(text, pos, final, out);
      if (next === -1) break;
      pos = next;
    }

    if (pos < len) {
      this.pending = text.slice(pos);
      if (this.pending.length > this.maxRecordLength) this.failTooLong();
    }
  }

  /** Reads one record that contains a quote; -1 when it is incomplete. */
  private quotedRecord(
    text: string,
    start: number,
    final: boolean,
    out: string[][],
  ): number {
    const len = text.length;
    const cells: string[] = [];
    let pos = start;

    for (;;) {
      let value = "";
      if (pos < len && text.charCodeAt(pos) === QUOTE) {
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            if (final) this.failUnterminated();
            this.pendingInQuote = true;
            return -1;
          }
          if (q + 1 < len && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          // A quote that ends the chunk may be the first of a doubled pair.
          if (q + 1 === len && !final) {
            this.pendingInQuote = true;
            return -1;
          }
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
      }

      const end = this.fieldEnd(text, pos);
      if (end === len && !final) return -1;
      let stop = end;
      if (
        this.newline === "\n" &&
        stop > pos &&
        text.charCodeAt(stop - 1) === CR &&
        (end === len || text.charCodeAt(end) === this.newlineCode)
      ) {
        stop--;
      }
      cells.push(stop > pos ? value + text.slice(pos, stop) : value);

      if (end < len && text.charCodeAt(end) === this.delimiterCode) {
        pos = end + 1;
        continue;
      }
      out.push(cells);
      this.rowNumber++;
      return end + 1;
    }
  }

  /** Index of the delimiter or newline that ends an unquoted run. */
  private fieldEnd(text: string, from: number): number {
    const len = text.length;
    const d = this.delimiterCode;
    const n = this.newlineCode;
    let i = from;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === d || c === n) return i;
      i++;
    }
    return len;
  }

  private failUnterminated(): never {
    throw new CsvError(
      "unterminated_quote",
      `A quoted value that starts on row ${this.rowNumber} is never closed. ` +
        `Check that row for a stray double quote (").`,
      { rowNumber: this.rowNumber },
    );
  }

  private failTooLong(): never {
    // Quotes come in pairs in valid CSV, so an odd count means one is open.
    const open =
      this.pendingInQuote || this.pending.split('"').length % 2 === 0;
    if (open) {
      throw new CsvError(
        "unterminated_quote",
        `A quoted value that starts on row ${this.rowNumber} is not closed ` +
          `within ${formatChars(this.maxRecordLength)}. Check that row for ` +
          `a stray double quote (").`,
        { rowNumber: this.rowNumber, limit: this.maxRecordLength },
      );
    }
    throw new CsvError(
      "row_too_large",
      `Row ${this.rowNumber} is longer than ` +
        `${formatChars(this.maxRecordLength)}; this does not look like a ` +
        `lead list.`,
      { rowNumber: this.rowNumber, limit: this.maxRecordLength },
    );
  }
}

function formatChars(n: number): string {
  return n >= 1 << 20
    ? `${Math.round(n / (1 << 20))} million characters`
    : `${n} characters`;
}

/** Parses a whole CSV text held in memory; for small inputs and tests. */
export function tokenizeCsv(
  text: string,
  options: CsvTokenizerOptions,
): string[][] {
  const out: string[][] = [];
  new CsvTokenizer(options).push(text, true, out);
  return out;
}
