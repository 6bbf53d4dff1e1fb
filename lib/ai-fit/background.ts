type Entry = { again: boolean; done: Promise<void> };

/**
 * Work started without anyone awaiting it. A failure goes to `onError`
 * and stops nothing else; `idle()` waits for everything started so far.
 * Work under one key never runs twice at once: asked for while it runs,
 * it runs once more afterwards, however often it was asked meanwhile.
 */
export class BackgroundRuns {
  readonly #onError: (err: unknown) => void;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #keys = new Map<string, Entry>();

  constructor(onError: (err: unknown) => void) {
    this.#onError = onError;
  }

  /** Starts `task` on a later tick; the caller never sees it fail. */
  start(task: () => Promise<void>): void {
    const run: Promise<void> = Promise.resolve()
      .then(task)
      .catch((err: unknown) => this.#report(err))
      .finally(() => this.#inFlight.delete(run));
    this.#inFlight.add(run);
  }

  /**
   * Runs `task` for `key` now, or once more after the run in progress.
   * Resolves when the key has nothing left to do.
   */
  coalesce(key: string, task: () => Promise<void>): Promise<void> {
    const current = this.#keys.get(key);
    if (current) {
      current.again = true;
      return current.done;
    }
    const entry: Entry = { again: false, done: Promise.resolve() };
    this.#keys.set(key, entry);
    entry.done = (async () => {
      try {
        do {
          entry.again = false;
          try {
            await task();
          } catch (err) {
            this.#report(err);
          }
        } while (entry.again);
      } finally {
        this.#keys.delete(key);
      }
    })();
    return entry.done;
  }

  async idle(): Promise<void> {
    while (this.#inFlight.size || this.#keys.size) {
      await Promise.allSettled([
        ...this.#inFlight,
        ...[...this.#keys.values()].map((e) => e.done),
      ]);
    }
  }

  #report(err: unknown): void {
    try {
      this.#onError(err);
    } catch {
      // A broken error handler must not turn into an unhandled rejection.
    }
  }
}
