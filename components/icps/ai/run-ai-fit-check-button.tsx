"use client";

import { Loader2, Sparkles } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";
import { toast } from "sonner";

import { runAiFitCheckAction } from "@/app/(app)/icps/ai-actions";
import { Button } from "@/components/ui/button";

const count = new Intl.NumberFormat("en-US");

/**
 * Runs the AI fit check of a lead list against an ICP. Hosts show it only
 * when the ICP has the check on and a provider is configured.
 */
export function RunAiFitCheckButton(props: { icpId: string; listId: string }) {
  const router = useRouter();
  const [pending, startTransition] = React.useTransition();

  function run() {
    startTransition(async () => {
      const res = await runAiFitCheckAction(props);
      if (!res.ok) {
        toast.error(res.error.message);
        return;
      }
      const r = res.data;
      if (r.status === "skipped") {
        toast.info(r.message);
        return;
      }
      const judged = `${count.format(r.judged)} leads AI-judged by ${r.model}`;
      if (r.error) toast.warning(`${judged}. ${r.error}`);
      else if (r.remaining) {
        toast.success(
          `${judged}; ${count.format(r.remaining)} left for the next run.`,
        );
      } else toast.success(`${judged}.`);
      router.refresh();
    });
  }

  return (
    <Button variant="outline" onClick={run} disabled={pending}>
      {pending ? (
        <Loader2 aria-hidden="true" className="animate-spin" />
      ) : (
        <Sparkles aria-hidden="true" className="text-ai" />
      )}
      {pending ? "Judging leads…" : "Run AI fit check"}
    </Button>
  );
}
