import { sniffHeader, type CsvDelimiter } from "./delimiter";
import { CsvError } from "./errors";
import { dedupeHeaders, looksLikeData } from "./headers";
import {
  CsvTokenizer,
  DEFAULT_MAX_RECORD_LENGTH,
  type CsvNewline,
} from "./tokenizer";

export interface CsvHeader {
  /** Trimmed, de-duplicated names; the keys of mappings and extra data. */
  headers: string[];
  /** The header cells as they are in the file. */
  rawHeaders: string[];
  delimiter: CsvDelimiter;
  newline: CsvNewline;
  rowNumber: number;
}

export interface CsvTextReaderOptions {
  delimiter?: CsvDelimiter;
  maxRecordLength?: number;
}

export interface RecordBatch {
  /** Data records; blank ones included so row numbers stay consecutive. */
  records: string[][];
  firstRowNumber: number;
}

const NO_RECORDS: RecordBatch = { records: [], firstRowNumber: 0 };

/**
 * Decoded text in, header and data records out. Holds text back only until
 * the header line is complete (to choose the delimiter from it), then
 * streams through the tokenizer.
 */
export class CsvTextReader {
  header: CsvHeader | null = null;
  private readonly options: CsvTextReaderOptions;
  private buffered = "";
  private tokenizer: CsvTokenizer | null = null;
  private newline: CsvNewline = "\n";
  private delimiter: CsvDelimiter = ",";

  constructor(options: CsvTextReaderOptions = {}) {
    this.options = options;
  }

  push(chunk: string, final: boolean): RecordBatch {
    let text = chunk;
    if (this.tokenizer === null) {
      this.buffered += chunk;
      const sniff = sniffHeader(this.buffered, final);
      if (sniff === "empty") throw emptyFile();
      if (sniff === null) {
        const max = this.options.maxRecordLength ?? DEFAULT_MAX_RECORD_LENGTH;
        if (this.buffered.length > max) {
          const quotes = this.buffered.split('"').length - 1;
          throw quotes % 2 === 1
            ? new CsvError(
                "unterminated_quote",
                "A quoted value in the header row is never closed. Check " +
                  'the first row for a stray double quote (").',
                { rowNumber: 1 },
              )
            : new CsvError(
                "no_header",
                "No header row was found at the start of the file.",
                { rowNumber: 1 },
              );
        }
        return NO_RECORDS;
      }
      this.delimiter = this.options.delimiter ?? sniff.delimiter;
      this.newline = sniff.newline;
      this.tokenizer = new CsvTokenizer({
        delimiter: this.delimiter,
        newline: sniff.newline,
        maxRecordLength: this.options.maxRecordLength,
      });
      text = this.buffered.slice(sniff.skip);
      this.buffered = "";
    }

    const records: string[][] = [];
    let firstRowNumber = this.tokenizer.nextRowNumber;
    this.tokenizer.push(text, final, records);

    if (this.header === null) {
      let i = 0;
      while (i < records.length && isBlankRecord(records[i]!)) i++;
      if (i === records.length) {
        if (final) throw emptyFile();
        return NO_RECORDS;
      }
      this.header = this.readHeader(records[i]!, firstRowNumber + i);
      records.splice(0, i + 1);
      firstRowNumber += i + 1;
    }
    return { records, firstRowNumber };
  }

  private readHeader(cells: string[], rowNumber: number): CsvHeader {
    const rawHeaders = cells.map((c) => c.trim());
    const dataLike = rawHeaders.find(looksLikeData);
    if (dataLike !== undefined) {
      throw new CsvError(
        "no_header",
        `The first row holds data ("${dataLike}") instead of column ` +
          "names. Add a header row that names each column.",
        { rowNumber },
      );
    }
    return {
      headers: dedupeHeaders(rawHeaders),
      rawHeaders,
      delimiter: this.delimiter,
      newline: this.newline,
      rowNumber,
    };
  }
}

function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim().length === 0);
}

function emptyFile(): CsvError {
  return new CsvError("empty_file", "The file is empty.");
}
