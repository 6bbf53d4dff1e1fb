import { sql } from "drizzle-orm";

import type { DbHandle } from "@/db/client";
import { icps, memberships, teams, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { logger } from "@/lib/logger";

export const DEMO_EMAIL = "demo@icpstudio.dev";
export const DEMO_PASSWORD = "demo-password";

type DemoIcp = Omit<typeof icps.$inferInsert, "teamId">;

export const DEMO_ICPS: DemoIcp[] = [
  {
    name: "Enterprise SaaS Buyers",
    description: "Revenue leaders at large software companies in North America.",
    idealCustomerDescription:
      "SaaS and software companies with more than 1,000 employees in the " +
      "United States and Canada, where a VP of Sales or CRO owns a team of " +
      "50+ reps and runs Salesforce.",
    industries: ["SaaS", "Software"],
    companySizes: ["1001-5000", "5000+"],
    technologies: ["Salesforce"],
    jobTitles: ["VP Sales", "CRO"],
    departments: ["Sales"],
    seniorities: ["VP", "C-Level"],
    countries: ["US", "CA"],
    isDefault: true,
  },
  {
    name: "DACH Fintech Finance Leaders",
    description: "CFOs and finance directors at growing fintechs.",
    idealCustomerDescription:
      "Fintech and financial services companies of 200 to 5,000 people in " +
      "Germany, Austria and Switzerland, buying through the CFO.",
    industries: ["Fintech", "Financial Services"],
    companySizes: ["201-500", "501-1000", "1001-5000"],
    jobTitles: ["CFO", "Finance Director"],
    departments: ["Finance"],
    seniorities: ["C-Level", "Director"],
    countries: ["DE", "AT", "CH"],
  },
  {
    name: "Mid-Market Marketing Teams",
    description: "Marketing managers and directors at 50–500 person companies.",
    idealCustomerDescription:
      "Marketing teams at mid-market B2B companies using HubSpot or Marketo " +
      "in the UK, Canada and Australia.",
    industries: ["SaaS", "Marketing & Advertising"],
    companySizes: ["51-200", "201-500"],
    technologies: ["HubSpot", "Marketo"],
    departments: ["Marketing"],
    seniorities: ["Manager", "Director"],
    countries: ["GB", "CA", "AU"],
  },
  {
    name: "Healthcare IT Leaders",
    description: "IT and engineering leaders at large US healthcare providers.",
    idealCustomerDescription:
      "Hospitals and healthcare companies with over 1,000 employees in " +
      "California, Texas and Massachusetts moving workloads to AWS.",
    industries: ["Healthcare"],
    companySizes: ["1001-5000", "5000+"],
    technologies: ["AWS", "Snowflake"],
    departments: ["IT", "Engineering"],
    seniorities: ["Director", "VP", "C-Level"],
    countries: ["US"],
    states: ["US-CA", "US-TX", "US-MA"],
    active: false,
  },
];

/**
 * Creates the demo team, user, example ICPs and lead list on an empty
 * database. Returns what still needs scoring, or null when nothing was done.
 */
export async function seedDemoIfEmpty(
  handle: DbHandle,
): Promise<{ teamId: string; listId: string } | null> {
  const { db } = handle;
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((row?.n ?? 0) > 0) return null;

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const teamId = await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: DEMO_EMAIL, name: "Demo User", passwordHash })
      .returning();
    const [team] = await tx
      .insert(teams)
      .values({ slug: "demo", name: "Demo team" })
      .returning();
    await tx
      .insert(memberships)
      .values({ teamId: team!.id, userId: user!.id, role: "owner" });
    await tx
      .insert(icps)
      .values(DEMO_ICPS.map((icp) => ({ ...icp, teamId: team!.id })));
    return team!.id;
  });
  const { seedDemoLeads } = await import("./seed-leads");
  const listId = await seedDemoLeads(handle, teamId);
  logger.info({ email: DEMO_EMAIL }, "seeded demo team and user");
  return { teamId, listId };
}
