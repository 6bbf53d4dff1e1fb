import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

let resolved: string | undefined;

/**
 * AUTH_SECRET, or one generated on first start and kept in the data
 * directory so sessions survive restarts without any configuration.
 */
export function authSecret(): string {
  if (resolved) return resolved;
  const e = env();
  if (e.AUTH_SECRET) {
    resolved = e.AUTH_SECRET;
    return resolved;
  }
  const file = path.resolve(e.DATA_DIR, "auth-secret");
  try {
    resolved = fs.readFileSync(file, "utf8").trim();
    if (resolved.length >= 32) return resolved;
  } catch {
    // not created yet
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  try {
    fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    logger.warn({ file }, "AUTH_SECRET not set: generated one and stored it");
    resolved = secret;
  } catch {
    // Another process wrote it first: use theirs.
    resolved = fs.readFileSync(file, "utf8").trim();
  }
  return resolved;
}
