export {
  AI_PROVIDERS,
  aiConfigFromEnv,
  createModel,
  DEFAULT_TIMEOUT_MS,
  type AiConfig,
  type AiEnv,
  type AiProvider,
} from "./config";
export {
  AiInputError,
  AiProviderError,
  isAiInputError,
  isAiProviderError,
  type AiProviderErrorCode,
} from "./errors";
export {
  FROM_LEADS_THRESHOLDS,
  proposeIcpFromLeads,
  proposeIcpFromLeadsWithModel,
  type ProposeFromLeadsOptions,
  type ProposeFromLeadsResult,
} from "./from-leads";
export {
  generateIcpDraft,
  streamIcpDraft,
  type DraftEngine,
  type GenerateIcpDraftOptions,
  type GenerateIcpDraftResult,
  type IcpDraftStream,
  type PartialIcpDraft,
  type StreamIcpDraftOptions,
} from "./generate";
export {
  judgeLeadsRun,
  judgeLeadsWithModel,
  type JudgeLeadsOptions,
  type JudgementCache,
  type JudgementCacheKey,
  type JudgeRunReport,
  type LeadJudgement,
  type LeadToJudge,
} from "./judge";
export { extractDraftOffline } from "./offline";
export {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  DRAFT_LIST_FIELDS,
  descriptionSchema,
  emptyDraft,
  icpDraftSchema,
  type IcpDraft,
  type IcpDraftListField,
} from "./schema";
export { validateDescription } from "./validate";
