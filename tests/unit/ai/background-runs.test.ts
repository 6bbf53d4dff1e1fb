import { describe, expect, it } from "vitest";

import { BackgroundRuns } from "@/lib/ai-fit/background";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("BackgroundRuns", () => {
  it("starts work unawaited; idle waits for it", async () => {
    const runs = new BackgroundRuns(() => {});
    const gate = deferred();
    let finished = false;

    runs.start(async () => {
      await gate.promise;
      finished = true;
    });
    expect(finished).toBe(false);

    const idle = runs.idle();
    gate.resolve();
    await idle;
    expect(finished).toBe(true);
  });

  it("hands failures to onError, thrown or rejected, and goes on", async () => {
    const errors: unknown[] = [];
    const runs = new BackgroundRuns((err) => errors.push(err));
    let ran = false;

    runs.start(() => {
      throw new Error("at once");
    });
    runs.start(async () => {
      throw new Error("later");
    });
    runs.start(async () => {
      ran = true;
    });
    await runs.idle();

    expect(errors.map((e) => (e as Error).message).sort()).toEqual([
      "at once",
      "later",
    ]);
    expect(ran).toBe(true);
  });

  it("survives an onError that throws", async () => {
    const runs = new BackgroundRuns(() => {
      throw new Error("logger down");
    });
    runs.start(async () => {
      throw new Error("work failed");
    });
    await expect(runs.idle()).resolves.toBeUndefined();
  });

  it("runs a key once at a time, once more if asked meanwhile", async () => {
    const runs = new BackgroundRuns(() => {});
    const gate = deferred();
    let calls = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const task = async () => {
      calls += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (calls === 1) await gate.promise;
      inFlight -= 1;
    };

    const first = runs.coalesce("icp:list", task);
    const second = runs.coalesce("icp:list", task);
    const third = runs.coalesce("icp:list", task);
    expect(calls).toBe(1);
    gate.resolve();
    await Promise.all([first, second, third]);

    expect(calls).toBe(2);
    expect(maxInFlight).toBe(1);
  });

  it("keeps keys apart and starts afresh once a key is done", async () => {
    const runs = new BackgroundRuns(() => {});
    const seen: string[] = [];

    await Promise.all([
      runs.coalesce("a", async () => void seen.push("a")),
      runs.coalesce("b", async () => void seen.push("b")),
    ]);
    await runs.coalesce("a", async () => void seen.push("a again"));

    expect(seen).toEqual(["a", "b", "a again"]);
  });

  it("runs the repeat even when the first run failed", async () => {
    const errors: unknown[] = [];
    const runs = new BackgroundRuns((err) => errors.push(err));
    let calls = 0;
    const task = async () => {
      calls += 1;
      await Promise.resolve();
      if (calls === 1) throw new Error("first failed");
    };

    const first = runs.coalesce("k", task);
    void runs.coalesce("k", task);
    await first;

    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it("counts keyed work as busy until it ends", async () => {
    const runs = new BackgroundRuns(() => {});
    const gate = deferred();
    let done = false;
    void runs.coalesce("k", async () => {
      await gate.promise;
      done = true;
    });

    const idle = runs.idle();
    gate.resolve();
    await idle;
    expect(done).toBe(true);
  });
});
