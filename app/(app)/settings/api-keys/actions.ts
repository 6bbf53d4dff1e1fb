"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { createApiKey, revokeApiKey } from "@/db/queries/api-keys";
import { teamAction } from "@/lib/actions/team-action";

const PATH = "/settings/api-keys";

export const createApiKeyAction = teamAction(
  {
    name: "createApiKey",
    roles: ["owner", "admin"],
    schema: z.object({
      name: z
        .string()
        .trim()
        .min(1, "Give the key a name")
        .max(100, "The name is at most 100 characters"),
      scope: z.enum(["read", "write"], { error: "Choose read or write" }),
    }),
  },
  async ({ name, scope }, ctx) => {
    const { key, apiKey } = await createApiKey({
      teamId: ctx.team.id,
      name,
      scope,
      createdBy: ctx.user.id,
    });
    revalidatePath(PATH);
    // The full key leaves the server this once; only its hash is kept.
    return { key, id: apiKey.id, name: apiKey.name, scope: apiKey.scope };
  },
);

export const revokeApiKeyAction = teamAction(
  {
    name: "revokeApiKey",
    roles: ["owner", "admin"],
    schema: z.object({ id: z.string().min(1).max(64) }),
  },
  async ({ id }, ctx) => {
    await revokeApiKey({ teamId: ctx.team.id, id });
    revalidatePath(PATH);
    return null;
  },
);
