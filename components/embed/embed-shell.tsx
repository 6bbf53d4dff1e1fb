import { themeScript } from "@/lib/embed/theme";
import type { EmbedTheme } from "@/lib/embed/theme";
import type { EmbedClaims } from "@/lib/embed/token";

import { EmbedFrame } from "./embed-frame";

/** An opened embedded view, as the page hands it to the shell. */
export type EmbedLaunch = {
  claims: EmbedClaims;
  /** Lives only in the page's memory; sent as `Authorization: Embed`. */
  sessionToken: string;
  /** The partner's theme; null follows the viewer's system setting. */
  theme: EmbedTheme | null;
  accent: string | null;
};

/** What every embedded page renders around its view. */
export function EmbedShell({
  launch,
  children,
}: {
  launch: EmbedLaunch;
  children: React.ReactNode;
}) {
  const { claims } = launch;
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: themeScript(launch.theme) }} />
      <EmbedFrame
        origin={claims.origin}
        view={claims.view}
        readOnly={claims.readOnly}
        sessionToken={launch.sessionToken}
        theme={launch.theme}
        accent={launch.accent}
      >
        {children}
      </EmbedFrame>
    </>
  );
}
