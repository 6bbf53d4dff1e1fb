import { Sparkles } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";

/**
 * "Generate ICP from leads": opens the ICP form filled with a proposal
 * from the list's normalised values, for review before anything is saved.
 */
export function GenerateIcpButton({ listId }: { listId: string }) {
  return (
    <Button asChild variant="ai">
      <Link href={`/leads/${listId}/generate-icp`} prefetch={false}>
        <Sparkles aria-hidden="true" />
        Generate ICP from leads
      </Link>
    </Button>
  );
}
