import { authSecret } from "@/lib/auth/secret";

import { deriveEmbedKeys } from "./token";
import type { EmbedKeys } from "./token";

let cached: { secret: string; keys: EmbedKeys } | undefined;

/** This process's embed signing keys (derived once per app secret). */
export function embedKeys(): EmbedKeys {
  const secret = authSecret();
  if (cached?.secret !== secret) {
    cached = { secret, keys: deriveEmbedKeys(secret) };
  }
  return cached.keys;
}
