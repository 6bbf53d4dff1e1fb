export { MAX_ICP_LIST_LENGTH, normalizeIcpCriteria } from "./icp";
export { normalizeLead } from "./normalize-lead";
export {
  DEFAULT_HIGH_FIT_THRESHOLD,
  DEFAULT_WEIGHTS,
  MEDIUM_FIT_THRESHOLD,
  SCORE_FORMULA,
  compileIcp,
  fitOf,
  scoreLead,
  type CompiledIcp,
} from "./score";
export {
  CRITERION_FIELDS,
  CRITERION_KEYS,
  CRITERION_LABELS,
  type CriterionKey,
  type CriterionResult,
  type Fit,
  type IcpCriteria,
  type IcpListField,
  type NormalizedLead,
  type RawLead,
  type ScoreResult,
} from "./types";
