import type { Metadata } from "next";

export const metadata: Metadata = {
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/** Embedded views bring no app chrome: the partner's page is the frame. */
export default function EmbedLayout({
  children,
}: {
  children: React.ReactNode;
}) {
  return children;
}
