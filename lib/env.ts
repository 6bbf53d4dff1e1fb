import { z } from "zod";

const boolish = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development"),
  DATABASE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().min(1).default(".data"),
  PGLITE_DIR: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_URL: z.url().optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  SEED_DEMO: boolish,
  /** Command-line tools keep standard output for their result. */
  LOG_TO_STDERR: boolish,
  AI_PROVIDER: z
    .enum(["openai", "anthropic", "openai-compatible", ""])
    .optional()
    .transform((v) => v || undefined),
  AI_MODEL: z.string().optional(),
  AI_API_KEY: z.string().optional(),
  AI_BASE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  AI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  AI_FIT_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  AI_FIT_MAX_LEADS_PER_RUN: z.coerce.number().int().min(1).default(500),
  RATE_LIMIT_PER_KEY_PER_MIN: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_PER_TEAM_PER_MIN: z.coerce.number().int().min(1).default(1200),
  API_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024 * 1024),
  EMBED_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(600).default(600),
  WORKER_IN_PROCESS: z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1")),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and validates the environment once; nothing else reads process.env. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  ${i.path.join(".")}: ${i.message}`,
    );
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Lets tests change variables and read them again. */
export function resetEnvCache(): void {
  cached = undefined;
}

export function pgliteDir(): string {
  const e = env();
  return e.PGLITE_DIR ?? `${e.DATA_DIR}/pglite`;
}

export function aiConfigured(): boolean {
  const e = env();
  return Boolean(e.AI_PROVIDER && e.AI_MODEL);
}
