import type { Db } from "@/db/client";

/**
 * Demo lead list. Filled in by the lead-list import once it exists; until
 * then the demo team starts with ICPs only.
 */
export async function seedDemoLeads(_db: Db, _teamId: string): Promise<void> {}
