import { apiDocument } from "@/lib/api/operations";

/** The API description; public, like the docs page built from it. */
export async function GET(req: Request) {
  const origin = new URL(req.url).origin;
  return Response.json(apiDocument(origin), {
    headers: { "Cache-Control": "no-store" },
  });
}
