export {
  CSV_DELIMITERS,
  detectDelimiter,
  isCsvDelimiter,
  type CsvDelimiter,
} from "./delimiter";
export {
  CSV_ERROR_CODES,
  CsvError,
  isCsvError,
  type CsvErrorCode,
  type CsvErrorDetails,
} from "./errors";
export {
  exportCells,
  exportHeaders,
  exportRejectedRows,
  EXPORT_STYLES,
  rejectedRowCells,
  rejectedRowsHeader,
  type ExportColumn,
  type ExportRecord,
  type ExportStyle,
} from "./export";
export {
  isLeadField,
  LEAD_FIELD_LABELS,
  LEAD_FIELDS,
  type CsvLead,
  type CsvMapping,
  type LeadField,
  type ParsedRow,
  type RejectedRow,
  type RejectionCode,
} from "./fields";
export { dedupeHeaders, normaliseHeader } from "./headers";
export {
  detectExportStyle,
  SOURCE_STYLES,
  suggestMapping,
  validateMapping,
  type MappingIssue,
  type MappingIssueCode,
  type MappingSuggestion,
  type MappingValidation,
  type SourceStyle,
  type StyleGuess,
} from "./mapping";
export { previewCsv, type CsvPreview, type PreviewOptions } from "./preview";
export type { CsvHeader } from "./reader";
export { splitFullName } from "./rows";
export {
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  parseCsvStream,
  type CsvBatch,
  type CsvProgress,
  type CsvSource,
  type ParseCsvOptions,
} from "./stream";
export { tokenizeCsv, type CsvTokenizerOptions } from "./tokenizer";
export {
  createCsvWriter,
  toCsvCell,
  toCsvRow,
  type CsvCellValue,
  type CsvFormatOptions,
  type CsvWriter,
  type CsvWriterOptions,
} from "./writer";
