import fs from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!fs.existsSync(path)) {
  console.error(
    `Chromium was not found at ${path}. The end-to-end tests drive ` +
      "Debian's Chromium; install it with:\n\n" +
      "  apt-get update && apt-get install -y chromium\n\n" +
      "or set CHROMIUM_PATH to another Chromium binary.",
  );
  process.exit(1);
}
