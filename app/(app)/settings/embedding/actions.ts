"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { addEmbedOrigin, removeEmbedOrigin } from "@/db/queries/embed";
import { teamAction } from "@/lib/actions/team-action";
import { embedOriginSchema } from "@/lib/embed/origins";

const PATH = "/settings/embedding";

export const addEmbedOriginAction = teamAction(
  {
    name: "addEmbedOrigin",
    roles: ["owner", "admin"],
    schema: z.object({ origin: embedOriginSchema }),
  },
  async ({ origin }, ctx) => {
    const origins = await addEmbedOrigin({ teamId: ctx.team.id, origin });
    revalidatePath(PATH);
    return { origin, origins };
  },
);

export const removeEmbedOriginAction = teamAction(
  {
    name: "removeEmbedOrigin",
    roles: ["owner", "admin"],
    schema: z.object({ origin: z.string().min(1).max(300) }),
  },
  async ({ origin }, ctx) => {
    const origins = await removeEmbedOrigin({ teamId: ctx.team.id, origin });
    revalidatePath(PATH);
    return { origins };
  },
);
