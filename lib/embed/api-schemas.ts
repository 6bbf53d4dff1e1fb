import { z } from "zod";

import { embedOriginListSchema, embedOriginSchema } from "./origins";
import { EMBED_THEMES } from "./theme";
import { EMBED_VIEWS, viewNeedsId } from "./views";

export const embedOriginsBodySchema = z
  .object({
    origins: embedOriginListSchema.describe(
      "Exact origins (`https://host[:port]`) allowed to frame the team's " +
        "embedded views. No paths or wildcards; `http://` only for " +
        "localhost and 127.0.0.1. Normalised and deduplicated.",
    ),
  })
  .strict();

export const embedOriginsSchema = z.object({
  origins: z
    .array(z.string())
    .describe("The allowed origins, oldest first (added together: A-Z)."),
});

export const embedSessionBodySchema = z
  .object({
    origin: embedOriginSchema.describe(
      "The partner origin that will frame the view; must be allowed.",
    ),
    view: z
      .enum(EMBED_VIEWS, { error: "view is icps, icp or lead-list" })
      .describe(
        "`icps`: the ICP dashboard; `icp`: one ICP and its criteria; " +
          "`lead-list`: a lead list's fit segments.",
      ),
    id: z
      .string()
      .max(64, "id is an ICP or lead list id")
      .optional()
      .describe("The ICP (view `icp`) or lead list (`lead-list`) to show."),
    readOnly: z
      .boolean({ error: "readOnly is true or false" })
      .default(true)
      .describe(
        "Read-only sessions cannot change anything. Only a write key " +
          "can create a session that is not read-only.",
      ),
    theme: z
      .enum(EMBED_THEMES, { error: "theme is light or dark" })
      .optional()
      .describe("Colour scheme; the viewer's system setting when absent."),
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, "accent is a colour like #0055ff")
      .optional()
      .describe("Accent colour for buttons and focus rings, `#RRGGBB`."),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (viewNeedsId(body.view) && !body.id) {
      ctx.addIssue({
        code: "custom",
        path: ["id"],
        message: `id is required for the ${body.view} view`,
      });
    }
    if (!viewNeedsId(body.view) && body.id !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["id"],
        message: "The icps view shows every ICP and takes no id",
      });
    }
  });

export type EmbedSessionBody = z.output<typeof embedSessionBodySchema>;

export const embedSessionSchema = z.object({
  url: z
    .string()
    .describe(
      "Load this in an iframe on the partner origin, once, right away: " +
        "the token in it works for one page load and expires soon.",
    ),
  expiresAt: z.iso
    .datetime({ offset: true })
    .describe("When the URL stops working if it has not been loaded."),
});
