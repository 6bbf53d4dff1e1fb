import "./cli-env";

import { parseArgs } from "node:util";

import { getDbHandle } from "@/db/client";
import { createApiKey } from "@/db/queries/api-keys";
import { ensureTeamBySlug } from "@/db/queries/teams";

const USAGE = "usage: npm run api-key -- --team SLUG [--name LABEL] [--read]";

async function main() {
  const { values } = parseArgs({
    options: {
      team: { type: "string" },
      name: { type: "string" },
      read: { type: "boolean", default: false },
    },
  });
  const slug = values.team?.trim().toLowerCase();
  if (!slug || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) {
    console.error(USAGE);
    console.error("--team must be a slug: lowercase letters, digits, dashes");
    process.exit(2);
  }
  const handle = await getDbHandle();
  try {
    const team = await ensureTeamBySlug(slug);
    const { key, apiKey } = await createApiKey({
      teamId: team.id,
      name: values.name ?? "CLI key",
      scope: values.read ? "read" : "write",
    });
    console.error(
      `created ${apiKey.scope} key ${apiKey.id} for team ${team.slug}`,
    );
    console.log(key);
  } finally {
    await handle.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
