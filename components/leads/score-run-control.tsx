"use client";

import { AlertTriangleIcon, Loader2Icon, RefreshCwIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";

import { startScoringRunAction } from "@/app/(app)/leads/score-actions";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { cn } from "@/lib/utils";

type JobStatus = "queued" | "running" | "succeeded" | "failed";

export type ScoreRunJob = { id: string; status: JobStatus; progress: number };

export type ScoreRunControlProps = {
  listId: string;
  icps: { id: string; name: string; isDefault: boolean }[];
  activeJob?: ScoreRunJob | null;
  /** ICPs whose criteria changed since this list was scored with them. */
  staleIcps?: { id: string; name: string }[];
};

const POLL_MS = 1000;
const REFRESH_MS = 3000;

const isActive = (job: ScoreRunJob | null | undefined): job is ScoreRunJob =>
  job?.status === "queued" || job?.status === "running";

/**
 * Scores a lead list against a chosen ICP, then follows the run: a
 * progress bar fed by polling the job, and a refresh of the list every few
 * seconds so scores appear as chunks finish. A run already going when the
 * page loads is picked up from `activeJob`.
 */
export function ScoreRunControl({
  listId,
  icps,
  activeJob,
  staleIcps = [],
}: ScoreRunControlProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [job, setJob] = useState<ScoreRunJob | null>(activeJob ?? null);
  const defaultIcp = icps.find((i) => i.isDefault) ?? icps[0];
  const [icpId, setIcpId] = useState(defaultIcp?.id ?? "");

  const running = isActive(job);
  const jobId = running ? job.id : null;

  // A run started elsewhere (another tab, the API) arrives with a server
  // render: follow it from then on.
  const [followed, setFollowed] = useState(activeJob?.id);
  if (isActive(activeJob) && activeJob.id !== followed) {
    setFollowed(activeJob.id);
    setJob(activeJob);
  }

  useProgressPolling(jobId, (next) => {
    setJob(next);
    if (next.status === "succeeded") {
      toast.success("Scoring finished");
      router.refresh();
    } else if (next.status === "failed") {
      toast.error(next.error ?? "Scoring failed");
      router.refresh();
    }
  });

  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [jobId, router]);

  function start(id: string) {
    startTransition(async () => {
      const res = await startScoringRunAction({ listId, icpId: id });
      if (!res.ok) {
        toast.error(res.error.message);
        return;
      }
      setJob(res.data);
      router.refresh();
    });
  }

  if (!icps.length) {
    return (
      <p className="text-sm text-muted-foreground">
        Create an ICP to score this list.
      </p>
    );
  }

  if (running) {
    const percent = Math.round(job.progress * 100);
    return (
      <div className="flex min-w-56 flex-col gap-1.5" aria-live="polite">
        <div className="flex items-center gap-2 text-sm">
          <Loader2Icon className="size-4 animate-spin" aria-hidden="true" />
          <span>
            {job.status === "queued" ? "Waiting to score…" : "Scoring…"}{" "}
            {percent}%
          </span>
        </div>
        <Progress value={percent} aria-label="Scoring progress" />
      </div>
    );
  }

  const stale = staleIcps[0];
  return (
    <div className="flex flex-wrap items-center gap-2">
      {stale ? (
        <div
          role="status"
          className={cn(
            "flex items-center gap-2 rounded-md border border-warning/40",
            "bg-warning/10 px-2 py-1 text-sm",
          )}
        >
          <AlertTriangleIcon className="size-4" aria-hidden="true" />
          <span>Scores for {stale.name} are out of date.</span>
          <Button
            size="sm"
            variant="outline"
            disabled={pending}
            onClick={() => start(stale.id)}
          >
            <RefreshCwIcon aria-hidden="true" />
            Re-score
          </Button>
        </div>
      ) : null}
      <Select value={icpId} onValueChange={setIcpId} disabled={pending}>
        <SelectTrigger aria-label="ICP to score against" className="min-w-44">
          <SelectValue placeholder="Choose an ICP" />
        </SelectTrigger>
        <SelectContent>
          {icps.map((icp) => (
            <SelectItem key={icp.id} value={icp.id}>
              {icp.name}
              {icp.isDefault ? " (default)" : ""}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Button disabled={pending || !icpId} onClick={() => start(icpId)}>
        {pending ? (
          <Loader2Icon className="animate-spin" aria-hidden="true" />
        ) : null}
        Score
      </Button>
    </div>
  );
}

type PolledJob = ScoreRunJob & { error?: string };

/** Polls the job until it finishes; `onChange` sees each new state. */
function useProgressPolling(
  jobId: string | null,
  onChange: (job: PolledJob) => void,
) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/jobs/${jobId}`, { cache: "no-store" });
        if (stopped) return;
        if (res.ok) {
          const next = (await res.json()) as PolledJob;
          if (stopped) return;
          onChangeRef.current(next);
          if (!isActive(next)) return;
        } else if (res.status === 404 || res.status === 401) {
          return;
        }
      } catch {
        // A dropped request is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);
}
