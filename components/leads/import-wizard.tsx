"use client";

import { FileUp, Upload } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";

import { previewLeadsAction } from "@/app/(app)/leads/actions";
import {
  isCsvError,
  previewCsv,
  type CsvMapping,
  type CsvPreview,
} from "@/lib/csv";
import type { DedupeMode } from "@/lib/leads/dedupe";
import type { ImportEvent, ImportSummary } from "@/lib/leads/import-events";
import type { StoredLeadFields } from "@/lib/leads/normalize";
import { cn } from "@/lib/utils";

import { ImportDone } from "./import-done";
import { ImportMappingStep } from "./import-mapping-step";
import { ImportPreviewStep } from "./import-preview-step";
import { ImportProgressStep } from "./import-progress-step";
import { uploadLeadList } from "./upload";

/** Enough of the file for the header and the preview rows. */
const HEAD_BYTES = 1024 * 1024;
const PREVIEW_ROWS = 10;

type Step = "file" | "map" | "preview" | "importing" | "done";

const STEPS: { id: Step; label: string }[] = [
  { id: "file", label: "Choose a file" },
  { id: "map", label: "Map columns" },
  { id: "preview", label: "Preview" },
  { id: "importing", label: "Import" },
];

export type ProgressEvent = Extract<ImportEvent, { type: "progress" }>;

function listNameOf(fileName: string): string {
  const stem = fileName
    .replace(/\.[^.]+$/, "")
    .replace(/[_-]+/g, " ")
    .trim();
  return (stem || "Imported leads").slice(0, 100);
}

export function ImportWizard({ maxBytes }: { maxBytes: number }) {
  const [step, setStep] = useState<Step>("file");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [name, setName] = useState("");
  const [dedupe, setDedupe] = useState<DedupeMode>("merge");
  const [normalised, setNormalised] = useState<StoredLeadFields[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [result, setResult] = useState<{
    list: ImportSummary;
    scoring: { icpId: string; icpName: string } | null;
  } | null>(null);
  const [dragging, setDragging] = useState(false);
  const abortRef = useRef<AbortController | null>(null);

  async function chooseFile(chosen: File | undefined) {
    if (!chosen) return;
    setError(null);
    if (chosen.size > maxBytes) {
      setError(
        `This file is ${formatBytes(chosen.size)}; the limit is ` +
          `${formatBytes(maxBytes)}. Split it into smaller files.`,
      );
      return;
    }
    try {
      const head = new Uint8Array(
        await chosen.slice(0, HEAD_BYTES).arrayBuffer(),
      );
      const read = previewCsv(head, {
        rows: PREVIEW_ROWS,
        complete: chosen.size <= HEAD_BYTES,
      });
      setFile(chosen);
      setPreview(read);
      setMapping(read.suggested);
      setName(listNameOf(chosen.name));
      setStep("map");
    } catch (err) {
      setError(
        isCsvError(err)
          ? err.message
          : "This file could not be read. Check that it is a CSV file.",
      );
    }
  }

  async function toPreview() {
    if (!file || !preview) return;
    setError(null);
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const mapped = previewCsv(head, {
      rows: PREVIEW_ROWS,
      mapping,
      complete: file.size <= HEAD_BYTES,
    });
    setPreview(mapped);
    setNormalised(null);
    setStep("preview");
    const res = await previewLeadsAction({
      leads: mapped.rows.map((r) => r.lead),
    });
    if (res.ok) setNormalised(res.data);
    else setError(res.error.message);
  }

  async function startImport() {
    if (!file) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setError(null);
    setProgress(null);
    setStep("importing");
    try {
      const outcome = await uploadLeadList({
        file,
        name: name.trim(),
        mapping,
        dedupe,
        signal: controller.signal,
        onProgress: setProgress,
      });
      if (outcome.type === "done") {
        setResult({ list: outcome.list, scoring: outcome.scoring });
        setStep("done");
      } else {
        setError(outcome.error.message);
        setStep("preview");
      }
    } catch (err) {
      setError(
        controller.signal.aborted
          ? "Import cancelled. Nothing was saved."
          : "The connection was lost. Nothing was saved; try again.",
      );
      setStep("preview");
      if (!controller.signal.aborted) console.error(err);
    } finally {
      abortRef.current = null;
    }
  }

  function restart() {
    setStep("file");
    setFile(null);
    setPreview(null);
    setResult(null);
    setError(null);
  }

  const current = STEPS.findIndex(
    (s) => s.id === (step === "done" ? "importing" : step),
  );

  return (
    <div className="grid gap-6">
      <ol aria-label="Import steps" className="flex flex-wrap gap-2 text-sm">
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === current ? "step" : undefined}
            className={cn(
              "rounded-full border px-3 py-1",
              i === current && "border-primary bg-primary/10 font-medium",
              i > current && "text-muted-foreground",
            )}
          >
            {i + 1}. {s.label}
          </li>
        ))}
      </ol>

      {error ? (
        <p
          role="alert"
          className="rounded-md border border-destructive/40 bg-destructive/10 px-4 py-3 text-sm"
        >
          {error}
        </p>
      ) : null}

      {step === "file" ? (
        <label
          htmlFor="csv-file"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void chooseFile(e.dataTransfer.files[0]);
          }}
          className={cn(
            "grid cursor-pointer justify-items-center gap-3 rounded-xl border-2 border-dashed p-12 text-center",
            "focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-ring",
            dragging && "border-primary bg-primary/5",
          )}
        >
          <FileUp
            aria-hidden="true"
            className="size-10 text-muted-foreground"
          />
          <span className="text-base font-medium">
            Drop a CSV file here, or choose one
          </span>
          <span className="max-w-md text-sm text-muted-foreground">
            Comma, semicolon or tab separated, UTF-8 with or without BOM, up to{" "}
            {formatBytes(maxBytes)}. Exports from HubSpot, Apollo, Sales
            Navigator and Salesforce are recognised.
          </span>
          <span className="inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm font-medium">
            <Upload aria-hidden="true" className="size-4" />
            Choose a CSV file
          </span>
          <input
            id="csv-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            aria-label="Choose a CSV file"
            className="sr-only"
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
        </label>
      ) : null}

      {step === "map" && preview && file ? (
        <ImportMappingStep
          fileName={file.name}
          preview={preview}
          mapping={mapping}
          onChange={setMapping}
          onBack={restart}
          onNext={() => void toPreview()}
        />
      ) : null}

      {step === "preview" && preview ? (
        <ImportPreviewStep
          preview={preview}
          normalised={normalised}
          name={name}
          onNameChange={setName}
          dedupe={dedupe}
          onDedupeChange={setDedupe}
          onBack={() => setStep("map")}
          onImport={() => void startImport()}
        />
      ) : null}

      {step === "importing" && file ? (
        <ImportProgressStep
          fileSize={file.size}
          progress={progress}
          onCancel={() => abortRef.current?.abort()}
        />
      ) : null}

      {step === "done" && result ? (
        <ImportDone
          list={result.list}
          scoring={result.scoring}
          onAnother={restart}
        />
      ) : null}

      {step === "file" ? (
        <p className="text-sm text-muted-foreground">
          <Link href="/leads" className="underline underline-offset-4">
            Back to lead lists
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
