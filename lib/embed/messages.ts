import { parseAccent, parseEmbedTheme } from "./theme";
import type { EmbedTheme } from "./theme";

/** Messages the embed posts to the partner page (to its origin only). */
export type EmbedOutboundMessage =
  | { type: "ready"; view: string }
  | { type: "resize"; height: number }
  | { type: "icp:selected"; id: string; name: string }
  | { type: "session:expired" };

/** Messages the embed accepts from the partner page. */
export type EmbedInboundMessage =
  | { type: "theme"; theme: EmbedTheme; accent?: string | null }
  | { type: "refresh" };

/**
 * A partner message as the embed understands it, or null for anything
 * else. The caller has already checked the sender's origin and window.
 */
export function parseInboundMessage(data: unknown): EmbedInboundMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const msg = data as Record<string, unknown>;
  if (msg.type === "refresh") return { type: "refresh" };
  if (msg.type !== "theme") return null;
  const theme = parseEmbedTheme(msg.theme);
  if (!theme) return null;
  if (msg.accent === undefined) return { type: "theme", theme };
  const accent = msg.accent === null ? null : parseAccent(msg.accent);
  if (msg.accent !== null && accent === null) return null;
  return { type: "theme", theme, accent };
}
