import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";

import { AiProviderError } from "./errors";

export const AI_PROVIDERS = [
  "openai",
  "anthropic",
  "openai-compatible",
] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];

export type AiConfig = {
  provider: AiProvider;
  model: string;
  apiKey?: string;
  /** Required for openai-compatible servers such as Ollama or vLLM. */
  baseURL?: string;
  timeoutMs?: number;
};

export const DEFAULT_TIMEOUT_MS = 30_000;

/** The subset of the validated environment (lib/env) that configures AI. */
export type AiEnv = {
  AI_PROVIDER?: AiProvider;
  AI_MODEL?: string;
  AI_API_KEY?: string;
  AI_BASE_URL?: string;
  AI_TIMEOUT_MS?: number;
};

/** Builds a config from the environment, or null when AI is off. */
export function aiConfigFromEnv(e: AiEnv): AiConfig | null {
  if (!e.AI_PROVIDER || !e.AI_MODEL) return null;
  return {
    provider: e.AI_PROVIDER,
    model: e.AI_MODEL,
    ...(e.AI_API_KEY ? { apiKey: e.AI_API_KEY } : {}),
    ...(e.AI_BASE_URL ? { baseURL: e.AI_BASE_URL } : {}),
    ...(e.AI_TIMEOUT_MS ? { timeoutMs: e.AI_TIMEOUT_MS } : {}),
  };
}

/**
 * Creates the language model for a config. Creating a model does no network
 * call; a wrong key or URL only shows when the model is first used.
 */
export function createModel(config: AiConfig): LanguageModel {
  const model = config.model.trim();
  if (!model) {
    throw new AiProviderError("not_configured", "No AI model is configured.");
  }
  switch (config.provider) {
    case "openai":
      return createOpenAI({
        apiKey: config.apiKey,
        baseURL: config.baseURL,
      })(model);
    case "anthropic":
      return createAnthropic({
        apiKey: config.apiKey,
        baseURL: config.baseURL,
      })(model);
    case "openai-compatible": {
      if (!config.baseURL) {
        throw new AiProviderError(
          "not_configured",
          "An OpenAI-compatible provider needs a base URL " +
            "(for example http://localhost:11434/v1 for Ollama).",
        );
      }
      return createOpenAICompatible({
        name: "openai-compatible",
        baseURL: config.baseURL,
        apiKey: config.apiKey,
        // Ollama and vLLM both accept JSON-schema response formats.
        supportsStructuredOutputs: true,
      }).chatModel(model);
    }
    default: {
      const unknown: never = config.provider;
      throw new AiProviderError(
        "not_configured",
        `Unknown AI provider: ${String(unknown)}`,
      );
    }
  }
}

/** The id to report for a model, whichever way it was given. */
export function modelIdOf(model: LanguageModel): string {
  return typeof model === "string" ? model : model.modelId;
}
