"use client";

import { useTheme } from "next-themes";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

import { parseInboundMessage } from "@/lib/embed/messages";
import type { EmbedOutboundMessage } from "@/lib/embed/messages";
import { accentVariables } from "@/lib/embed/theme";
import type { EmbedTheme } from "@/lib/embed/theme";
import type { EmbedView } from "@/lib/embed/views";

export type EmbedResult<T> =
  { ok: true; data: T } | { ok: false; status: number; message: string };

type EmbedContextValue = {
  readOnly: boolean;
  post: (message: EmbedOutboundMessage) => void;
  /** Calls the embed API as this session; cookies are never sent. */
  request: <T>(
    path: string,
    init?: { method?: "GET" | "PATCH"; body?: unknown },
  ) => Promise<EmbedResult<T>>;
  /** Calls `refresh` whenever the partner asks for fresh data. */
  subscribeRefresh: (refresh: () => void) => () => void;
};

const EmbedContext = createContext<EmbedContextValue | null>(null);

export function useEmbed(): EmbedContextValue {
  const ctx = useContext(EmbedContext);
  if (!ctx) throw new Error("useEmbed must be used inside EmbedFrame");
  return ctx;
}

/** Reloads a view's data when the partner posts `{ type: "refresh" }`. */
export function useEmbedRefresh(refresh: () => void): void {
  const { subscribeRefresh } = useEmbed();
  const latest = useRef(refresh);
  useEffect(() => {
    latest.current = refresh;
  });
  useEffect(() => subscribeRefresh(() => latest.current()), [subscribeRefresh]);
}

type Props = {
  /** The partner origin: the only target and source of messages. */
  origin: string;
  view: EmbedView;
  readOnly: boolean;
  sessionToken: string;
  theme: EmbedTheme | null;
  accent: string | null;
  children: React.ReactNode;
};

/**
 * The embedded page's link to its partner: messages go to the partner
 * origin only and are accepted from its window only; the page reports its
 * height whenever it changes so the partner can size the iframe; the
 * session token stays in memory and goes out as a header.
 */
export function EmbedFrame({
  origin,
  view,
  readOnly,
  sessionToken,
  theme,
  accent: initialAccent,
  children,
}: Props) {
  const { setTheme } = useTheme();
  const [accent, setAccent] = useState(initialAccent);
  const refreshers = useRef(new Set<() => void>());

  const post = useCallback(
    (message: EmbedOutboundMessage) => {
      if (window.parent !== window) window.parent.postMessage(message, origin);
    },
    [origin],
  );

  const request = useCallback(
    async <T,>(
      path: string,
      init: { method?: "GET" | "PATCH"; body?: unknown } = {},
    ): Promise<EmbedResult<T>> => {
      let res: Response;
      try {
        res = await fetch(path, {
          method: init.method ?? "GET",
          credentials: "omit",
          cache: "no-store",
          headers: {
            Authorization: `Embed ${sessionToken}`,
            ...(init.body === undefined
              ? {}
              : { "Content-Type": "application/json" }),
          },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        });
      } catch {
        return { ok: false, status: 0, message: "Could not reach ICP Studio." };
      }
      const body: unknown = await res.json().catch(() => null);
      if (res.ok) return { ok: true, data: body as T };
      if (res.status === 401) post({ type: "session:expired" });
      const message =
        (body as { error?: { message?: string } } | null)?.error?.message ??
        "Something went wrong. Please try again.";
      return { ok: false, status: res.status, message };
    },
    [sessionToken, post],
  );

  const subscribeRefresh = useCallback((refresh: () => void) => {
    const set = refreshers.current;
    set.add(refresh);
    return () => {
      set.delete(refresh);
    };
  }, []);

  useEffect(() => {
    setTheme(theme ?? "system");
    post({ type: "ready", view });
    // Once per page: the partner listens for this to know it loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const body = document.body;
    // The app's pages fill the window; an embed is as tall as its content,
    // or a partner sizing the frame to it could never make it shorter.
    body.style.minHeight = "0";
    let last = -1;
    const measure = () => {
      const height = Math.ceil(
        Math.max(body.scrollHeight, body.getBoundingClientRect().height),
      );
      if (height === last) return;
      last = height;
      post({ type: "resize", height });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    measure();
    return () => observer.disconnect();
  }, [post]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== window.parent) return;
      const message = parseInboundMessage(event.data);
      if (!message) return;
      if (message.type === "refresh") {
        for (const refresh of refreshers.current) refresh();
        return;
      }
      setTheme(message.theme);
      if (message.accent !== undefined) setAccent(message.accent);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [origin, setTheme]);

  const value = useMemo(
    () => ({ readOnly, post, request, subscribeRefresh }),
    [readOnly, post, request, subscribeRefresh],
  );

  return (
    <EmbedContext.Provider value={value}>
      <div
        data-embed-view={view}
        style={accent ? (accentVariables(accent) as React.CSSProperties) : {}}
        className="grid gap-3 p-3 text-sm sm:p-4"
      >
        {children}
      </div>
    </EmbedContext.Provider>
  );
}
