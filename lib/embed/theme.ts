export const EMBED_THEMES = ["light", "dark"] as const;

export type EmbedTheme = (typeof EMBED_THEMES)[number];

export function parseEmbedTheme(value: unknown): EmbedTheme | null {
  return value === "light" || value === "dark" ? value : null;
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** A `#RRGGBB` accent in lower case, or null for anything else. */
export function parseAccent(value: unknown): string | null {
  if (typeof value !== "string" || !HEX_COLOUR.test(value)) return null;
  return value.toLowerCase();
}

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  return (
    0.2126 * channel(hex, 1) +
    0.7152 * channel(hex, 3) +
    0.0722 * channel(hex, 5)
  );
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort(
    (x, y) => y - x,
  ) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const LIGHT_TEXT = "#ffffff";
const DARK_TEXT = "#0a0a0a";

/**
 * The theme variables an accent overrides: the accent fills buttons,
 * switches and focus rings, with whichever text colour reads better on it.
 */
export function accentVariables(accent: string): Record<string, string> {
  const foreground =
    contrastRatio(accent, LIGHT_TEXT) >= contrastRatio(accent, DARK_TEXT)
      ? LIGHT_TEXT
      : DARK_TEXT;
  return {
    "--primary": accent,
    "--primary-foreground": foreground,
    "--ring": accent,
  };
}

/**
 * A script for the top of an embedded page that applies the partner's
 * theme (or the viewer's system setting) before the first paint, and
 * stores it where the app's theme provider reads it, so hydration does not
 * switch it back. The value is one of three literals, never request text.
 */
export function themeScript(theme: EmbedTheme | null): string {
  const value = JSON.stringify(parseEmbedTheme(theme) ?? "system");
  return (
    `(function(t){var d=document.documentElement;` +
    `var m=t==="system"?(matchMedia("(prefers-color-scheme: dark)")` +
    `.matches?"dark":"light"):t;` +
    `d.classList.remove("light","dark");d.classList.add(m);` +
    `d.style.colorScheme=m;` +
    `try{localStorage.setItem("theme",t)}catch(e){}})(${value})`
  );
}
