import { describe, expect, it } from "vitest";

import { MemoryChunkQueue } from "@/lib/jobs/memory-queue";
import type { ScoreChunkTask } from "@/lib/jobs/queue";

const params = {
  criteria: [],
  totalWeight: 0,
  highFitThreshold: 70,
  mediumFitThreshold: 40,
};

const task = (chunk: number): ScoreChunkTask => ({
  jobId: "job",
  chunk,
  lo: chunk * 10,
  hi: chunk * 10 + 9,
  params,
});

describe("MemoryChunkQueue", () => {
  it("runs chunks one at a time, in the order sent", async () => {
    const log: string[] = [];
    let running = 0;
    const queue = new MemoryChunkQueue(
      async (t) => {
        running += 1;
        expect(running).toBe(1);
        log.push(`start ${t.chunk}`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`end ${t.chunk}`);
        running -= 1;
      },
      async () => {},
    );

    await queue.send([task(0), task(1)]);
    await queue.send([task(2)]);
    await queue.idle();

    expect(log).toEqual([
      "start 0",
      "end 0",
      "start 1",
      "end 1",
      "start 2",
      "end 2",
    ]);
  });

  it("retries a failing chunk, then gives it up to the dead handler", async () => {
    const attempts = new Map<number, number>();
    const dead: [number, string][] = [];
    const queue = new MemoryChunkQueue(
      async (t) => {
        const n = (attempts.get(t.chunk) ?? 0) + 1;
        attempts.set(t.chunk, n);
        if (t.chunk === 1) throw new Error("always broken");
        if (t.chunk === 2 && n < 3) throw new Error("flaky");
      },
      async (t, error) => {
        dead.push([t.chunk, error]);
      },
      { retryDelayMs: 1, retryLimit: 3 },
    );

    await queue.send([task(0), task(1), task(2)]);
    await queue.idle();

    expect(Object.fromEntries(attempts)).toEqual({ 0: 1, 1: 4, 2: 3 });
    expect(dead).toEqual([[1, "always broken"]]);
  });

  it("is idle at once when nothing was sent", async () => {
    const queue = new MemoryChunkQueue(
      async () => {},
      async () => {},
    );
    await expect(queue.idle()).resolves.toBeUndefined();
  });
});
