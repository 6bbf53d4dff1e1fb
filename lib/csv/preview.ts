import { CsvByteDecoder } from "./decode";
import type { CsvDelimiter } from "./delimiter";
import { CsvError } from "./errors";
import type { CsvMapping, ParsedRow, RejectedRow } from "./fields";
import {
  suggestMapping,
  validateMapping,
  type MappingValidation,
  type SourceStyle,
  type StyleGuess,
} from "./mapping";
import { CsvTextReader } from "./reader";
import { RowMapper, RowOutcome } from "./rows";

export interface PreviewOptions {
  /** Data rows to return; 10 by default. */
  rows?: number;
  /** The mapping to apply; the suggested one when omitted. */
  mapping?: CsvMapping;
  delimiter?: CsvDelimiter;
  /**
   * True when `input` is the whole file. Otherwise it is taken as the
   * first chunk and an unfinished last record is left out.
   */
  complete?: boolean;
}

export interface CsvPreview {
  headers: string[];
  delimiter: CsvDelimiter;
  /** The suggested mapping, or the one passed in. */
  mapping: CsvMapping;
  suggested: CsvMapping;
  style: SourceStyle;
  confidence: number;
  styles: StyleGuess[];
  validation: MappingValidation;
  /** First data rows as cells, blank rows skipped. */
  records: { rowNumber: number; cells: string[] }[];
  /** The same rows through the mapping. */
  rows: ParsedRow[];
  rejected: RejectedRow[];
}

/**
 * Reads the start of a file for the mapping step: headers, delimiter,
 * suggested mapping and export style, and the first rows both raw and
 * mapped. Throws the same CsvErrors as parsing the whole file would for
 * what the chunk can show (empty, binary, no header; no rows when
 * `complete`).
 */
export function previewCsv(
  input: string | Uint8Array,
  options: PreviewOptions = {},
): CsvPreview {
  const limit = Math.max(0, options.rows ?? 10);
  const complete = options.complete ?? false;
  const text = new CsvByteDecoder().decode(input, complete);
  const reader = new CsvTextReader({ delimiter: options.delimiter });
  const { records, firstRowNumber } = reader.push(text, complete);
  const header = reader.header;
  if (header === null) {
    throw new CsvError(
      "no_header",
      "No complete header row was found at the start of the file.",
      { rowNumber: 1 },
    );
  }

  const suggestion = suggestMapping(header.headers);
  const mapping = options.mapping ?? suggestion.mapping;
  const mapper = new RowMapper(header.headers, mapping);
  const sink = { rows: [] as ParsedRow[], rejected: [] as RejectedRow[] };
  const shown: CsvPreview["records"] = [];
  for (let i = 0; i < records.length && shown.length < limit; i++) {
    const cells = records[i]!;
    const rowNumber = firstRowNumber + i;
    if (mapper.apply(cells, rowNumber, sink) === RowOutcome.Blank) continue;
    shown.push({ rowNumber, cells });
  }
  if (complete && !records.some(hasContent)) {
    throw new CsvError(
      "no_rows",
      "The file has a header row but no data rows.",
      { rowNumber: header.rowNumber },
    );
  }

  return {
    headers: header.headers,
    delimiter: header.delimiter,
    mapping,
    suggested: suggestion.mapping,
    style: suggestion.style,
    confidence: suggestion.confidence,
    styles: suggestion.styles,
    validation: validateMapping(header.headers, mapping),
    records: shown,
    rows: sink.rows,
    rejected: sink.rejected,
  };
}

function hasContent(cells: readonly string[]): boolean {
  return cells.some((c) => c.trim().length > 0);
}
