"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Block = { key: "server" | "page"; title: string; copyLabel: string };

const BLOCKS: Block[] = [
  {
    key: "server",
    title: "1. Create a session on your server",
    copyLabel: "Copy server code",
  },
  {
    key: "page",
    title: "2. Frame it in your page",
    copyLabel: "Copy page code",
  },
];

export function EmbeddingSnippet({
  snippet,
}: {
  snippet: { server: string; page: string };
}) {
  const [copied, setCopied] = useState<Block["key"] | null>(null);

  const copy = async (block: Block) => {
    try {
      await navigator.clipboard.writeText(snippet[block.key]);
      setCopied(block.key);
      toast.success("Copied");
    } catch {
      toast.error("Could not copy: select the code and copy it yourself.");
    }
  };

  return (
    <div className="grid gap-4">
      {BLOCKS.map((block) => (
        <section
          key={block.key}
          aria-labelledby={`embed-snippet-${block.key}`}
          className="grid gap-2"
        >
          <div className="flex items-center justify-between gap-2">
            <h3
              id={`embed-snippet-${block.key}`}
              className="text-sm font-medium"
            >
              {block.title}
            </h3>
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => void copy(block)}
            >
              {copied === block.key ? (
                <Check aria-hidden="true" />
              ) : (
                <Copy aria-hidden="true" />
              )}
              {block.copyLabel}
            </Button>
          </div>
          <pre
            className={cn(
              "overflow-x-auto rounded-md border bg-muted p-3",
              "text-xs leading-relaxed",
            )}
          >
            <code>{snippet[block.key]}</code>
          </pre>
        </section>
      ))}
    </div>
  );
}
