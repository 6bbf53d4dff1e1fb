import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    image: text("image"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)],
);

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  personal: boolean("personal").notNull().default(false),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "admin", "member"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.userId] }),
    index("memberships_user_idx").on(t.userId),
  ],
);

export const invites = pgTable(
  "invites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    role: text("role", { enum: ["admin", "member"] }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, {
      onDelete: "set null",
    }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: uuid("used_by").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
  },
  (t) => [index("invites_team_idx").on(t.teamId)],
);

export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true })
    .notNull()
    .defaultNow(),
});

export const icps = pgTable(
  "icps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    idealCustomerDescription: text("ideal_customer_description")
      .notNull()
      .default(""),
    industries: text("industries").array().notNull().default([]),
    companySizes: text("company_sizes").array().notNull().default([]),
    technologies: text("technologies").array().notNull().default([]),
    jobTitles: text("job_titles").array().notNull().default([]),
    departments: text("departments").array().notNull().default([]),
    seniorities: text("seniorities").array().notNull().default([]),
    countries: text("countries").array().notNull().default([]),
    states: text("states").array().notNull().default([]),
    cities: text("cities").array().notNull().default([]),
    weights: jsonb("weights")
      .$type<Record<string, number>>()
      .notNull()
      .default({}),
    highFitThreshold: integer("high_fit_threshold").notNull().default(70),
    aiFitCheck: boolean("ai_fit_check").notNull().default(false),
    active: boolean("active").notNull().default(true),
    isDefault: boolean("is_default").notNull().default(false),
    version: integer("version").notNull().default(1),
    // The version at which anything that affects scores last changed;
    // scores computed for an older version than this are stale.
    criteriaVersion: integer("criteria_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    uniqueIndex("icps_team_name_key").on(t.teamId, sql`lower(${t.name})`),
    uniqueIndex("icps_one_default_per_team")
      .on(t.teamId)
      .where(sql`${t.isDefault}`),
    index("icps_team_idx").on(t.teamId, t.createdAt),
    // A default ICP is always active, whatever code path wrote the row.
    check("icps_default_is_active", sql`NOT ${t.isDefault} OR ${t.active}`),
  ],
);

/** Maintained per-ICP aggregates, so cards never count scores. */
export const icpStats = pgTable("icp_stats", {
  icpId: uuid("icp_id")
    .primaryKey()
    .references(() => icps.id, { onDelete: "cascade" }),
  teamId: uuid("team_id").notNull(),
  leadsScored: bigint("leads_scored", { mode: "number" }).notNull().default(0),
  highFitLeads: bigint("high_fit_leads", { mode: "number" })
    .notNull()
    .default(0),
  staleLeads: bigint("stale_leads", { mode: "number" }).notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow(),
});

export const leadLists = pgTable(
  "lead_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    source: text("source").notNull().default("csv"),
    status: text("status", { enum: ["importing", "ready", "failed"] })
      .notNull()
      .default("ready"),
    rowCount: integer("row_count").notNull().default(0),
    rejectedCount: integer("rejected_count").notNull().default(0),
    duplicateCount: integer("duplicate_count").notNull().default(0),
    columns: jsonb("columns").$type<string[]>().notNull().default([]),
    mapping: jsonb("mapping")
      .$type<Record<string, string | null>>()
      .notNull()
      .default({}),
    rejected: jsonb("rejected")
      .$type<{ row: number; reason: string; cells: string[] }[]>()
      .notNull()
      .default([]),
    lastScoredIcpId: uuid("last_scored_icp_id").references(() => icps.id, {
      onDelete: "set null",
    }),
    createdBy: uuid("created_by").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
  },
  (t) => [index("lead_lists_team_idx").on(t.teamId, t.createdAt)],
);

export const leads = pgTable(
  "leads",
  {
    id: bigint("id", { mode: "number" })
      .primaryKey()
      .generatedByDefaultAsIdentity(),
    teamId: uuid("team_id").notNull(),
    // No foreign key: a per-row check doubled the cost of loading a list.
    // A statement trigger (migration 0005) deletes a deleted list's leads
    // and scores, and a list's rows are only written with the list row in
    // the same transaction.
    listId: uuid("list_id").notNull(),
    rowNumber: integer("row_number").notNull(),
    ref: text("ref"),
    firstName: text("first_name"),
    lastName: text("last_name"),
    email: text("email"),
    linkedinUrl: text("linkedin_url"),
    company: text("company"),
    title: text("title"),
    role: text("role"),
    roleKey: text("role_key"),
    department: text("department"),
    seniority: text("seniority"),
    industry: text("industry"),
    employeeCount: integer("employee_count"),
    companySize: text("company_size"),
    // Null when the lead came without technologies: scoring then counts
    // the criterion as unknown, where an empty list is a known miss.
    technologies: text("technologies").array().default([]),
    country: text("country"),
    state: text("state"),
    city: text("city"),
    duplicateOf: bigint("duplicate_of", { mode: "number" }),
    // Keys that tell repeats of a lead within its list apart (lib/leads
    // dedupe): written by the import so duplicates are found in SQL.
    emailKey: text("email_key"),
    nameKey: text("name_key"),
    raw: jsonb("raw").$type<Record<string, unknown>>().notNull().default({}),
    extra: jsonb("extra")
      .$type<Record<string, string>>()
      .notNull()
      .default({}),
  },
  (t) => [
    index("leads_list_idx").on(t.listId, t.id),
    // Keyset pages of a list sorted by name or company stay index scans.
    index("leads_list_name_idx").on(
      t.listId,
      sql`lower(coalesce(${t.firstName}, '') || ' ' || coalesce(${t.lastName}, ''))`,
      t.id,
    ),
    index("leads_list_company_idx").on(
      t.listId,
      sql`lower(coalesce(${t.company}, ''))`,
      t.id,
    ),
  ],
);

export const leadScores = pgTable(
  "lead_scores",
  {
    // Checked by statement triggers rather than per-row foreign keys, as
    // for leads.list_id: deleting leads or their list deletes the scores.
    leadId: bigint("lead_id", { mode: "number" }).notNull(),
    icpId: uuid("icp_id")
      .notNull()
      .references(() => icps.id, { onDelete: "cascade" }),
    teamId: uuid("team_id").notNull(),
    listId: uuid("list_id").notNull(),
    icpVersion: integer("icp_version").notNull(),
    score: smallint("score").notNull(),
    fit: text("fit", { enum: ["high", "medium", "low"] }).notNull(),
    // The fit this row had before its last rewrite (null when the rewrite
    // inserted it): a scoring run reads it back to adjust the maintained
    // counts by exactly what changed, even when two runs race on a lead.
    previousFit: text("previous_fit", { enum: ["high", "medium", "low"] }),
    scoredAt: timestamp("scored_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.icpId, t.leadId] }),
    index("lead_scores_list_icp_idx").on(t.listId, t.icpId, t.fit),
    // A list's leads by score, best first, a keyset page at a time; fit is
    // carried along so a fit filter reads the index alone.
    index("lead_scores_list_icp_score_idx").on(
      t.listId,
      t.icpId,
      t.score,
      t.leadId,
      t.fit,
    ),
  ],
);

/** Maintained segment counts per lead list and ICP. */
export const listScoreStats = pgTable(
  "list_score_stats",
  {
    listId: uuid("list_id")
      .notNull()
      .references(() => leadLists.id, { onDelete: "cascade" }),
    icpId: uuid("icp_id")
      .notNull()
      .references(() => icps.id, { onDelete: "cascade" }),
    teamId: uuid("team_id").notNull(),
    icpVersion: integer("icp_version").notNull(),
    high: integer("high").notNull().default(0),
    medium: integer("medium").notNull().default(0),
    low: integer("low").notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.icpId] })],
);

export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["score", "import"] }).notNull(),
    status: text("status", {
      enum: ["queued", "running", "succeeded", "failed"],
    })
      .notNull()
      .default("queued"),
    listId: uuid("list_id"),
    icpId: uuid("icp_id"),
    icpVersion: integer("icp_version"),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    chunks: integer("chunks").notNull().default(0),
    chunksDone: integer("chunks_done").notNull().default(0),
    progress: doublePrecision("progress").notNull().default(0),
    error: text("error"),
    createdAt: createdAt(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("jobs_team_idx").on(t.teamId, t.createdAt)],
);

/** One row per finished chunk: makes chunk retries idempotent. */
export const jobChunks = pgTable(
  "job_chunks",
  {
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    chunk: integer("chunk").notNull(),
    rows: integer("rows").notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.chunk] })],
);

export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    scope: text("scope", { enum: ["read", "write"] }).notNull(),
    secretHash: text("secret_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("api_keys_team_idx").on(t.teamId)],
);

export const rateLimits = pgTable(
  "rate_limits",
  {
    bucket: text("bucket").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.windowStart] })],
);

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: text("status", { enum: ["pending", "done"] })
      .notNull()
      .default("pending"),
    responseStatus: integer("response_status"),
    responseBody: text("response_body"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.key] })],
);

export const embedOrigins = pgTable(
  "embed_origins",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    origin: text("origin").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.origin] })],
);

export const embedTokens = pgTable("embed_tokens", {
  jti: text("jti").primaryKey(),
  teamId: uuid("team_id")
    .notNull()
    .references(() => teams.id, { onDelete: "cascade" }),
  usedAt: timestamp("used_at", { withTimezone: true }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const aiJudgements = pgTable(
  "ai_judgements",
  {
    leadId: bigint("lead_id", { mode: "number" })
      .notNull()
      .references(() => leads.id, { onDelete: "cascade" }),
    icpId: uuid("icp_id")
      .notNull()
      .references(() => icps.id, { onDelete: "cascade" }),
    icpVersion: integer("icp_version").notNull(),
    score: smallint("score").notNull(),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.icpId, t.icpVersion, t.leadId] })],
);

export type User = typeof users.$inferSelect;
export type Team = typeof teams.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Role = Membership["role"];
export type Icp = typeof icps.$inferSelect;
export type LeadList = typeof leadLists.$inferSelect;
export type Lead = typeof leads.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
