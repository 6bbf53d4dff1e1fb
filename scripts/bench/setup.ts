import { migrate, openPglite, openPostgres, setDbForTests } from "@/db/client";
import type { DbHandle } from "@/db/client";
import { createApiKey } from "@/db/queries/api-keys";
import { createIcp, setDefaultIcp } from "@/db/queries/icps";
import { createUserWithTeam } from "@/db/queries/users";
import { canonicalizeIcp, icpFieldsSchema } from "@/lib/icps/schema";
import type { IcpFieldsInput } from "@/lib/icps/schema";

export const ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

export function benchDbUrl(name: string): string {
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

/** Drops and creates the bench's PostgreSQL database, then migrates it. */
export async function freshPostgres(
  name: string,
): Promise<Extract<DbHandle, { kind: "postgres" }>> {
  const admin = await openPostgres(ADMIN_URL, { max: 1 });
  if (admin.kind !== "postgres") throw new Error("expected PostgreSQL");
  try {
    await admin.pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.pool.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  const handle = await openPostgres(benchDbUrl(name), { max: 4 });
  if (handle.kind !== "postgres") throw new Error("expected PostgreSQL");
  await migrate(handle);
  setDbForTests(handle);
  return handle;
}

export async function freshPglite(dir: string): Promise<DbHandle> {
  const handle = await openPglite(dir);
  await migrate(handle);
  setDbForTests(handle);
  return handle;
}

const TARGET: IcpFieldsInput = {
  name: "Revenue leaders in SaaS",
  industries: ["SaaS", "Computer Software"],
  jobTitles: ["VP of Sales", "Chief Financial Officer", "Head of Growth"],
  seniorities: ["VP", "Director", "C-Level"],
  companySizes: ["51-200", "201-500"],
  technologies: ["HubSpot", "Salesforce"],
  countries: ["US", "DE", "CA"],
};

const INDUSTRIES = ["SaaS", "Retail", "Healthcare", "Financial Services"];
const TITLES = ["CTO", "Marketing Manager", "Controller", "Account Executive"];

/** The team's default ICP first, then `count - 1` variations of it. */
function icpInputs(count: number): IcpFieldsInput[] {
  const out: IcpFieldsInput[] = [TARGET];
  for (let i = 1; i < count; i++) {
    out.push({
      name: `Segment ${i}`,
      industries: [INDUSTRIES[i % INDUSTRIES.length]!],
      jobTitles: [TITLES[i % TITLES.length]!, "VP of Sales"],
      countries: i % 2 ? ["US"] : ["DE", "SG"],
      highFitThreshold: 50 + (i % 40),
    });
  }
  return out;
}

export type BenchTeam = {
  label: string;
  teamId: string;
  userId: string;
  apiKey: string;
  icpIds: string[];
};

/** A user, their team, a write key and `icps` ICPs (the first default). */
export async function createBenchTeam(
  label: string,
  icps: number,
): Promise<BenchTeam> {
  const { user, team } = await createUserWithTeam({
    email: `${label}@bench.test`,
    name: `Bench ${label}`,
    passwordHash: null,
  });
  const { key } = await createApiKey({
    teamId: team.id,
    name: "bench",
    scope: "write",
  });
  const icpIds: string[] = [];
  for (const input of icpInputs(icps)) {
    const canonical = canonicalizeIcp(icpFieldsSchema.parse(input));
    if (!canonical.ok) throw new Error(JSON.stringify(canonical.fieldErrors));
    const icp = await createIcp({ teamId: team.id, fields: canonical.value });
    icpIds.push(icp.id);
  }
  await setDefaultIcp({ teamId: team.id, id: icpIds[0]! });
  return { label, teamId: team.id, userId: user.id, apiKey: key, icpIds };
}

/** The ICP edit of the re-score bench: every score of it goes stale. */
export const RESCORE_EDIT = {
  industries: ["SaaS", "Computer Software", "Financial Services"],
  highFitThreshold: 60,
};
