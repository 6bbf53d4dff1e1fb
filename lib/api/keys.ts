import crypto from "node:crypto";

export const KEY_PREFIX = "icp_live_";

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export type ParsedKey = { id: string; secret: string };

function randomId(length = 12): string {
  const bytes = crypto.randomBytes(length);
  let out = "";
  for (const b of bytes) out += ID_ALPHABET[b % ID_ALPHABET.length];
  return out;
}

/**
 * A new key: `icp_live_<id>_<secret>`. The id is public (shown in lists and
 * logs); the secret carries 256 random bits and only its hash is stored.
 */
export function generateApiKey(): { key: string; id: string; hash: string } {
  const id = randomId();
  const secret = crypto.randomBytes(32).toString("base64url");
  return { key: `${KEY_PREFIX}${id}_${secret}`, id, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

export function parseApiKey(key: string): ParsedKey | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const rest = key.slice(KEY_PREFIX.length);
  const sep = rest.indexOf("_");
  if (sep <= 0) return null;
  const id = rest.slice(0, sep);
  const secret = rest.slice(sep + 1);
  if (!/^[a-z0-9]{6,32}$/.test(id) || !/^[A-Za-z0-9_-]{32,128}$/.test(secret)) {
    return null;
  }
  return { id, secret };
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export function keyPrefixOf(id: string): string {
  return `${KEY_PREFIX}${id}_…`;
}
