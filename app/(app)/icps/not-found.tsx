import Link from "next/link";

import { Button } from "@/components/ui/button";

export default function IcpNotFound() {
  return (
    <div className="mx-auto grid max-w-md justify-items-center gap-4 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">ICP not found</h1>
      <p className="text-center text-sm text-muted-foreground">
        It may have been deleted, or it belongs to a team you are not working in
        right now.
      </p>
      <Button asChild variant="outline">
        <Link href="/icps">Back to ICPs</Link>
      </Button>
    </div>
  );
}
