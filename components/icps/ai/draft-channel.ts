/**
 * A buffered, replaying async iterable: every iterator sees every value
 * pushed so far, then waits for the next. The ICP form consumes its draft
 * stream in an effect, and React may run that effect twice (development
 * re-mounts, fast refresh); a plain generator would be closed by the first
 * run's cleanup and the second would see nothing.
 */
export type DraftChannel<T> = AsyncIterable<T> & {
  push: (value: T) => void;
  close: () => void;
};

export function createDraftChannel<T>(): DraftChannel<T> {
  const values: T[] = [];
  let closed = false;
  let waiters: (() => void)[] = [];

  const wake = () => {
    const pending = waiters;
    waiters = [];
    for (const w of pending) w();
  };

  return {
    push(value) {
      if (closed) return;
      values.push(value);
      wake();
    },
    close() {
      closed = true;
      wake();
    },
    [Symbol.asyncIterator]() {
      let index = 0;
      let stopped = false;
      return {
        async next(): Promise<IteratorResult<T>> {
          while (!stopped && index >= values.length && !closed) {
            await new Promise<void>((resolve) => waiters.push(resolve));
          }
          if (!stopped && index < values.length) {
            return { done: false, value: values[index++] as T };
          }
          return { done: true, value: undefined };
        },
        async return(): Promise<IteratorResult<T>> {
          // Stops this reader only; the channel and other readers go on.
          stopped = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
}
