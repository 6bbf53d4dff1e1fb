import "server-only";

import { and, asc, eq, ilike, ne, sql } from "drizzle-orm";

import { getDb } from "@/db/client";
import type { Db } from "@/db/client";
import { icps, icpStats, teams } from "@/db/schema";
import type { Icp } from "@/db/schema";
import type { IcpFields } from "@/lib/icps/schema";
import { AppError, isUniqueViolation } from "@/lib/errors";

export type IcpStats = {
  leadsScored: number;
  highFitLeads: number;
  /** high-fit ÷ scored, or null before any scoring. */
  conversionRate: number | null;
  /** Scores computed for an older criteria version than the current one. */
  staleLeads: number;
};

export type IcpWithStats = Icp & { stats: IcpStats };

const UUID_RE =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from URLs and API paths are untrusted strings. */
export function isUuid(id: unknown): id is string {
  return typeof id === "string" && UUID_RE.test(id);
}

/** Fields whose change makes existing scores stale. */
const SCORING_FIELDS = [
  "industries",
  "companySizes",
  "technologies",
  "jobTitles",
  "departments",
  "seniorities",
  "countries",
  "states",
  "cities",
  "weights",
  "highFitThreshold",
  "aiFitCheck",
  "idealCustomerDescription",
] as const;

function statsOf(row: {
  leadsScored: number | null;
  highFitLeads: number | null;
  staleLeads?: number | null;
}): IcpStats {
  const scored = Number(row.leadsScored ?? 0);
  const high = Number(row.highFitLeads ?? 0);
  return {
    leadsScored: scored,
    highFitLeads: high,
    conversionRate: scored ? high / scored : null,
    staleLeads: Number(row.staleLeads ?? 0),
  };
}

const withStats = {
  icp: icps,
  leadsScored: icpStats.leadsScored,
  highFitLeads: icpStats.highFitLeads,
  staleLeads: icpStats.staleLeads,
};

export async function listIcps(input: {
  teamId: string;
  status?: "all" | "active" | "inactive";
  q?: string;
  limit?: number;
  after?: { createdAt: Date; id: string };
}): Promise<IcpWithStats[]> {
  const db = await getDb();
  const where = [eq(icps.teamId, input.teamId)];
  if (input.status === "active") where.push(eq(icps.active, true));
  if (input.status === "inactive") where.push(eq(icps.active, false));
  if (input.q?.trim()) {
    const q = input.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
    where.push(ilike(icps.name, `%${q}%`));
  }
  if (input.after) {
    where.push(
      sql`(${icps.createdAt}, ${icps.id}) > (${input.after.createdAt}, ${input.after.id})`,
    );
  }
  const rows = await db
    .select(withStats)
    .from(icps)
    .leftJoin(icpStats, eq(icpStats.icpId, icps.id))
    .where(and(...where))
    .orderBy(asc(icps.createdAt), asc(icps.id))
    .limit(input.limit ?? 500);
  return rows.map((r) => ({ ...r.icp, stats: statsOf(r) }));
}

export async function getIcp(input: {
  teamId: string;
  id: string;
}): Promise<IcpWithStats | undefined> {
  if (!isUuid(input.id)) return undefined;
  const db = await getDb();
  const [row] = await db
    .select(withStats)
    .from(icps)
    .leftJoin(icpStats, eq(icpStats.icpId, icps.id))
    .where(and(eq(icps.teamId, input.teamId), eq(icps.id, input.id)));
  return row ? { ...row.icp, stats: statsOf(row) } : undefined;
}

export async function getDefaultIcp(teamId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(icps)
    .where(and(eq(icps.teamId, teamId), eq(icps.isDefault, true)));
  return row;
}

function nameTaken(name: string) {
  return new AppError("conflict", `An ICP named "${name}" already exists`, {
    details: {
      fieldErrors: { name: ["An ICP with this name already exists"] },
    },
  });
}

export async function createIcp(input: {
  teamId: string;
  fields: IcpFields;
}): Promise<IcpWithStats> {
  const db = await getDb();
  try {
    const [row] = await db
      .insert(icps)
      .values({ ...input.fields, teamId: input.teamId, isDefault: false })
      .returning();
    return { ...row!, stats: statsOf({ leadsScored: 0, highFitLeads: 0 }) };
  } catch (err) {
    if (isUniqueViolation(err, "icps_team_name_key")) {
      throw nameTaken(input.fields.name);
    }
    throw err;
  }
}

/** Replaces the ICP's fields; the version goes up on every change. */
export async function updateIcp(input: {
  teamId: string;
  id: string;
  fields: Partial<IcpFields>;
}): Promise<IcpWithStats> {
  if (!isUuid(input.id)) throw new AppError("not_found", "ICP not found");
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(icps)
        .where(and(eq(icps.teamId, input.teamId), eq(icps.id, input.id)))
        .for("update");
      if (!current) throw new AppError("not_found", "ICP not found");

      const scoringChanged = SCORING_FIELDS.some(
        (k) =>
          k in input.fields &&
          JSON.stringify(input.fields[k]) !== JSON.stringify(current[k]),
      );
      const deactivating = input.fields.active === false;
      await tx
        .update(icps)
        .set({
          ...input.fields,
          ...(deactivating ? { isDefault: false } : {}),
          version: current.version + 1,
          criteriaVersion: scoringChanged
            ? current.version + 1
            : current.criteriaVersion,
          updatedAt: new Date(),
        })
        .where(eq(icps.id, current.id));
    });
  } catch (err) {
    if (isUniqueViolation(err, "icps_team_name_key")) {
      throw nameTaken(input.fields.name ?? "");
    }
    throw err;
  }
  return (await getIcp({ teamId: input.teamId, id: input.id }))!;
}

export async function uniqueCopyName(
  teamId: string,
  base: string,
): Promise<string> {
  const db = await getDb();
  const rows = await db
    .select({ name: icps.name })
    .from(icps)
    .where(eq(icps.teamId, teamId));
  const taken = new Set(rows.map((r) => r.name.toLowerCase()));
  const stem = base.slice(0, 92);
  if (!taken.has(stem.toLowerCase())) return stem;
  for (let i = 2; i < 1000; i++) {
    const candidate = `${stem} (${i})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
  throw new AppError("conflict", "Could not find a free name for the copy");
}

/** Copies every criterion and setting; the clone is active, not default. */
export async function cloneIcp(input: {
  teamId: string;
  id: string;
  name?: string;
}): Promise<IcpWithStats> {
  const source = await getIcp(input);
  if (!source) throw new AppError("not_found", "ICP not found");
  const name =
    input.name?.trim() ||
    (await uniqueCopyName(input.teamId, `Copy of ${source.name}`));
  const {
    id: _id,
    stats: _stats,
    createdAt: _c,
    updatedAt: _u,
    version: _v,
    criteriaVersion: _cv,
    ...rest
  } = source;
  return createIcp({
    teamId: input.teamId,
    fields: { ...rest, name, active: true },
  });
}

export async function setIcpActive(input: {
  teamId: string;
  id: string;
  active: boolean;
}): Promise<IcpWithStats> {
  if (!isUuid(input.id)) throw new AppError("not_found", "ICP not found");
  const db = await getDb();
  const rows = await db
    .update(icps)
    .set({
      active: input.active,
      // A default ICP is always active: deactivating clears the flag.
      ...(input.active ? {} : { isDefault: false }),
      version: sql`${icps.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(icps.teamId, input.teamId), eq(icps.id, input.id)))
    .returning({ id: icps.id });
  if (!rows.length) throw new AppError("not_found", "ICP not found");
  return (await getIcp(input))!;
}

/**
 * Makes this ICP the team's one default (activating it). The team row is
 * locked first so concurrent calls run one after the other and always
 * leave exactly one default; the partial unique index backs this up.
 */
export async function setDefaultIcp(input: {
  teamId: string;
  id: string;
}): Promise<IcpWithStats> {
  if (!isUuid(input.id)) throw new AppError("not_found", "ICP not found");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockTeam(tx as unknown as Db, input.teamId);
    const [target] = await tx
      .select({ id: icps.id, isDefault: icps.isDefault })
      .from(icps)
      .where(and(eq(icps.teamId, input.teamId), eq(icps.id, input.id)));
    if (!target) throw new AppError("not_found", "ICP not found");
    if (target.isDefault) return;
    await tx
      .update(icps)
      .set({
        isDefault: false,
        version: sql`${icps.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(icps.teamId, input.teamId),
          eq(icps.isDefault, true),
          ne(icps.id, input.id),
        ),
      );
    await tx
      .update(icps)
      .set({
        isDefault: true,
        active: true,
        version: sql`${icps.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(icps.id, input.id));
  });
  return (await getIcp(input))!;
}

async function lockTeam(tx: Db, teamId: string) {
  await tx
    .select({ id: teams.id })
    .from(teams)
    .where(eq(teams.id, teamId))
    .for("update");
}

/** Permanent: the ICP's scores and aggregates go with it (cascade). */
export async function deleteIcp(input: {
  teamId: string;
  id: string;
}): Promise<void> {
  if (!isUuid(input.id)) throw new AppError("not_found", "ICP not found");
  const db = await getDb();
  const rows = await db
    .delete(icps)
    .where(and(eq(icps.teamId, input.teamId), eq(icps.id, input.id)))
    .returning({ id: icps.id });
  if (!rows.length) throw new AppError("not_found", "ICP not found");
}

export async function countIcps(teamId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(icps)
    .where(eq(icps.teamId, teamId));
  return row?.n ?? 0;
}
