import pino from "pino";

import { env } from "@/lib/env";

function build() {
  const e = env();
  const pretty = e.NODE_ENV === "development";
  return pino({
    level: e.NODE_ENV === "test" ? "silent" : e.LOG_LEVEL,
    base: { app: "icp-studio" },
    redact: {
      paths: [
        "password",
        "*.password",
        "authorization",
        "*.authorization",
        "apiKey",
        "*.apiKey",
        "token",
        "*.token",
      ],
      censor: "[redacted]",
    },
    ...(pretty
      ? {
          transport: {
            target: "pino-pretty",
            options: { colorize: true, ignore: "pid,hostname,app" },
          },
        }
      : {}),
  });
}

const globalForLog = globalThis as unknown as { __icpLogger?: pino.Logger };

export const logger: pino.Logger = globalForLog.__icpLogger ?? build();
globalForLog.__icpLogger = logger;
