export type CsvCellValue =
  string | number | boolean | Date | null | undefined | readonly string[];

export interface CsvFormatOptions {
  /** "," by default. */
  delimiter?: string;
  /**
   * Prefix text cells that a spreadsheet would run as a formula (starting
   * with = + - @ tab or CR) with a single quote. On by default; numbers,
   * signed numbers and phone numbers ("+1 555 0100") are left alone.
   */
  neutraliseFormulas?: boolean;
}

export interface CsvWriterOptions extends CsvFormatOptions {
  /** Start with a UTF-8 BOM so Excel reads accents right; on by default. */
  bom?: boolean;
  lineEnding?: "\r\n" | "\n";
  /** Characters gathered before `stream` and `transform` emit a chunk. */
  chunkSize?: number;
}

const FORMULA_START = /^[=+\-@\t\r]/;
// A signed number or phone number ("+1 (555) 010-0100") runs nothing, and
// a quote in front of it would end up in the CRM's phone field.
const SIGNED_NUMBER = /^[+-][\d\s().\/-]*\d[\d\s().\/-]*$/;
const quoteTests = new Map<string, RegExp>();

function needsQuotes(delimiter: string): RegExp {
  let test = quoteTests.get(delimiter);
  if (!test) {
    const d = delimiter.replace(/[\\\]^-]/g, "\\$&");
    test = new RegExp(`["\\r\\n${d}]|^\\s|\\s$`);
    quoteTests.set(delimiter, test);
  }
  return test;
}

function cellText(value: CsvCellValue, neutralise: boolean): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `${value}` : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === "string" ? value : value.join("; ");
  return neutralise && FORMULA_START.test(text) && !SIGNED_NUMBER.test(text)
    ? `'${text}`
    : text;
}

/** One cell as CSV: quoted only when it has to be. */
export function toCsvCell(
  value: CsvCellValue,
  options: CsvFormatOptions = {},
): string {
  const text = cellText(value, options.neutraliseFormulas ?? true);
  return needsQuotes(options.delimiter ?? ",").test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** One row as CSV text, without a line ending. */
export function toCsvRow(
  cells: readonly CsvCellValue[],
  options: CsvFormatOptions = {},
): string {
  const delimiter = options.delimiter ?? ",";
  const neutralise = options.neutraliseFormulas ?? true;
  const quote = needsQuotes(delimiter);
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    const text = cellText(cells[i], neutralise);
    if (i > 0) line += delimiter;
    line += quote.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }
  // A lone empty cell would read back as a blank line, i.e. no row.
  return cells.length === 1 && line === "" ? '""' : line;
}

export interface CsvWriter {
  /** A row with its line ending; the first one carries the BOM. */
  write(cells: readonly CsvCellValue[]): string;
  /** Rows in, chunks of roughly `chunkSize` characters out. */
  stream(
    rows:
      | AsyncIterable<readonly CsvCellValue[]>
      | Iterable<readonly CsvCellValue[]>,
  ): AsyncGenerator<string, void, undefined>;
  /** The same as a web TransformStream, e.g. for a Response body. */
  transform(): TransformStream<readonly CsvCellValue[], string>;
}

/** A CSV writer for exports; stateful only in whether the BOM went out. */
export function createCsvWriter(options: CsvWriterOptions = {}): CsvWriter {
  const lineEnding = options.lineEnding ?? "\r\n";
  const chunkSize = Math.max(1, options.chunkSize ?? 64 * 1024);
  let bomPending = options.bom ?? true;

  const write = (cells: readonly CsvCellValue[]): string => {
    const line = toCsvRow(cells, options) + lineEnding;
    if (!bomPending) return line;
    bomPending = false;
    return `\ufeff${line}`;
  };

  return {
    write,
    async *stream(rows) {
      let buffer = "";
      for await (const cells of rows) {
        buffer += write(cells);
        if (buffer.length >= chunkSize) {
          yield buffer;
          buffer = "";
        }
      }
      if (buffer.length > 0) yield buffer;
    },
    transform() {
      let buffer = "";
      return new TransformStream<readonly CsvCellValue[], string>({
        transform(cells, controller) {
          buffer += write(cells);
          if (buffer.length >= chunkSize) {
            controller.enqueue(buffer);
            buffer = "";
          }
        },
        flush(controller) {
          if (buffer.length > 0) controller.enqueue(buffer);
        },
      });
    },
  };
}
