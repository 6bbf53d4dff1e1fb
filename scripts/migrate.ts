import "./cli-env";

import { getDbHandle } from "@/db/client";

async function main() {
  const handle = await getDbHandle();
  console.log(`migrations applied (${handle.kind})`);
  await handle.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
