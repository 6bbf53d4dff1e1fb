import type { Metadata } from "next";
import { headers } from "next/headers";

import { Embedding } from "@/components/settings/embedding";
import { listEmbedOrigins } from "@/db/queries/embed";
import { requireTeamContext } from "@/lib/auth/session";
import { embedSnippet } from "@/lib/embed/snippet";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Embedding" };

/** Where partners reach this app: AUTH_URL, else the host asked for. */
async function appUrl(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ??
    (/^(localhost|127\.0\.0\.1)(:|$)/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
}

export default async function EmbeddingPage() {
  const ctx = await requireTeamContext();
  const [origins, url] = await Promise.all([
    listEmbedOrigins(ctx.team.id),
    appUrl(),
  ]);
  return (
    <Embedding
      canManage={ctx.role === "owner" || ctx.role === "admin"}
      origins={origins}
      snippet={embedSnippet({
        appUrl: url,
        origin: origins[0] ?? "https://app.partner.example",
      })}
    />
  );
}
