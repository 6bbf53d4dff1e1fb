/** What an embed session may show; one page per view. */
export const EMBED_VIEWS = ["icps", "icp", "lead-list"] as const;

export type EmbedView = (typeof EMBED_VIEWS)[number];

export function isEmbedView(value: unknown): value is EmbedView {
  return (EMBED_VIEWS as readonly unknown[]).includes(value);
}

/** Views about one record carry its id; the dashboard has none. */
export function viewNeedsId(view: EmbedView): boolean {
  return view !== "icps";
}

export type EmbedTarget = { view: EmbedView; id: string | null };

/** The page that renders a view. */
export function embedPath(target: EmbedTarget): string {
  switch (target.view) {
    case "icps":
      return "/embed/icps";
    case "icp":
      return `/embed/icps/${encodeURIComponent(target.id ?? "")}`;
    case "lead-list":
      return `/embed/lead-lists/${encodeURIComponent(target.id ?? "")}`;
  }
}

const ID_SEGMENT = "([0-9A-Za-z-]{1,64})";
const PATHS: [RegExp, EmbedView][] = [
  [/^\/embed\/icps\/?$/, "icps"],
  [new RegExp(`^/embed/icps/${ID_SEGMENT}/?$`), "icp"],
  [new RegExp(`^/embed/lead-lists/${ID_SEGMENT}/?$`), "lead-list"],
];

/** The view a path renders, or null for anything that is no embed page. */
export function targetOfPath(pathname: string): EmbedTarget | null {
  for (const [re, view] of PATHS) {
    const match = re.exec(pathname);
    if (match) return { view, id: match[1]?.toLowerCase() ?? null };
  }
  return null;
}

export function isEmbedPathname(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}
