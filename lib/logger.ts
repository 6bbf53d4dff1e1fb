import pino from "pino";

import { env } from "@/lib/env";

function build() {
  const e = env();
  const pretty = e.NODE_ENV === "development";
  const fd = e.LOG_TO_STDERR ? 2 : 1;
  const options: pino.LoggerOptions = {
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
            options: {
              colorize: true,
              ignore: "pid,hostname,app",
              destination: fd,
            },
          },
        }
      : {}),
  };
  return pretty ? pino(options) : pino(options, pino.destination(fd));
}

const globalForLog = globalThis as unknown as { __icpLogger?: pino.Logger };

export const logger: pino.Logger = globalForLog.__icpLogger ?? build();
globalForLog.__icpLogger = logger;
