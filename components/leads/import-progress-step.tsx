"use client";

import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";

import type { ProgressEvent } from "./import-wizard";

const number = new Intl.NumberFormat("en-US");

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Step 4: bytes read by the server against the file size, then saving. */
export function ImportProgressStep({
  fileSize,
  progress,
  onCancel,
}: {
  fileSize: number;
  progress: ProgressEvent | null;
  onCancel: () => void;
}) {
  const saving = progress?.phase === "saving";
  const read = progress?.bytesRead ?? 0;
  const percent = fileSize
    ? Math.min(99, Math.round((read / fileSize) * 100))
    : 0;

  return (
    <section aria-labelledby="progress-heading" className="grid gap-4">
      <h2 id="progress-heading" className="text-lg font-semibold">
        {saving ? "Saving leads…" : "Importing…"}
      </h2>
      <Progress
        aria-label="Import progress"
        value={saving ? 100 : percent}
        className="h-3"
      />
      <p role="status" className="text-sm text-muted-foreground">
        {saving
          ? `${number.format(progress.rowsAccepted)} leads read; saving them ` +
            "to the list."
          : `${number.format(progress?.rowsRead ?? 0)} rows read ` +
            `(${mb(read)} of ${mb(fileSize)}).`}
        {progress?.rowsRejected
          ? ` ${number.format(progress.rowsRejected)} rejected so far.`
          : ""}
      </p>
      <div>
        <Button variant="outline" onClick={onCancel} disabled={saving}>
          Cancel import
        </Button>
      </div>
    </section>
  );
}
