export const CSV_ERROR_CODES = [
  "empty_file",
  "binary_file",
  "invalid_encoding",
  "unterminated_quote",
  "no_header",
  "no_rows",
  "too_many_bad_rows",
  "too_large",
  "row_too_large",
  "invalid_mapping",
] as const;

export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

export interface CsvErrorDetails {
  /** Spreadsheet row number (the header is row 1) the problem starts on. */
  rowNumber?: number;
  /** Byte offset in the file, when the problem is about bytes. */
  byteOffset?: number;
  limit?: number;
  badRows?: number;
  rowsChecked?: number;
  issues?: readonly { code: string; message: string }[];
}

/**
 * A file-level problem: the whole file is refused. The message is written
 * for the person who uploaded the file.
 */
export class CsvError extends Error {
  readonly code: CsvErrorCode;
  readonly details: CsvErrorDetails;

  constructor(
    code: CsvErrorCode,
    message: string,
    details: CsvErrorDetails = {},
  ) {
    super(message);
    this.name = "CsvError";
    this.code = code;
    this.details = details;
  }
}

export function isCsvError(e: unknown): e is CsvError {
  return e instanceof CsvError;
}
