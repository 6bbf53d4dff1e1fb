import { loadIcpCards } from "@/lib/embed/data";
import { embedRoute } from "@/lib/embed/route";

export const GET = embedRoute({ views: ["icps"] }, async ({ session }) => {
  return { icps: await loadIcpCards(session.teamId) };
});
