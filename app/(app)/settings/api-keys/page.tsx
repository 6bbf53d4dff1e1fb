import type { Metadata } from "next";

import { ApiKeys } from "@/components/settings/api-keys";
import { listApiKeys } from "@/db/queries/api-keys";
import { keyPrefixOf } from "@/lib/api/keys";
import { requireTeamContext } from "@/lib/auth/session";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const ctx = await requireTeamContext();
  const keys = await listApiKeys(ctx.team.id);
  return (
    <ApiKeys
      teamName={ctx.team.name}
      canManage={ctx.role === "owner" || ctx.role === "admin"}
      keys={keys.map((k) => ({
        id: k.id,
        name: k.name,
        scope: k.scope,
        prefix: keyPrefixOf(k.id),
        createdAt: k.createdAt.toISOString(),
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
        revokedAt: k.revokedAt?.toISOString() ?? null,
      }))}
    />
  );
}
