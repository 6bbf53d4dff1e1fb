import { describe, expect, it } from "vitest";

import { parseInboundMessage } from "@/lib/embed/messages";
import {
  accentVariables,
  contrastRatio,
  parseAccent,
  parseEmbedTheme,
  themeScript,
} from "@/lib/embed/theme";

describe("parseAccent", () => {
  it("accepts #RRGGBB in either case and lower-cases it", () => {
    expect(parseAccent("#FF5500")).toBe("#ff5500");
    expect(parseAccent("#0a0b0c")).toBe("#0a0b0c");
  });

  it.each(["red", "#fff", "#ff550", "#ff55000", "ff5500", "#gg5500", 7, null])(
    "refuses %s",
    (value) => {
      expect(parseAccent(value)).toBeNull();
    },
  );
});

describe("parseEmbedTheme", () => {
  it("knows light and dark only", () => {
    expect(parseEmbedTheme("light")).toBe("light");
    expect(parseEmbedTheme("dark")).toBe("dark");
    expect(parseEmbedTheme("system")).toBeNull();
    expect(parseEmbedTheme("Dark")).toBeNull();
  });
});

describe("accentVariables", () => {
  it("puts readable text on the accent", () => {
    for (const accent of ["#ffeb3b", "#0055ff", "#111111", "#00ff00"]) {
      const vars = accentVariables(accent);
      expect(vars["--primary"]).toBe(accent);
      expect(vars["--ring"]).toBe(accent);
      const text = vars["--primary-foreground"]!;
      const other = text === "#ffffff" ? "#0a0a0a" : "#ffffff";
      expect(contrastRatio(accent, text)).toBeGreaterThanOrEqual(
        contrastRatio(accent, other),
      );
    }
    expect(accentVariables("#ffeb3b")["--primary-foreground"]).toBe("#0a0a0a");
    expect(accentVariables("#1d4ed8")["--primary-foreground"]).toBe("#ffffff");
  });

  it("computes WCAG contrast", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBeCloseTo(1, 5);
  });
});

describe("themeScript", () => {
  it("applies only a validated theme, else the system one", () => {
    expect(themeScript("dark")).toContain('("dark")');
    expect(themeScript(null)).toContain('("system")');
    const forced = themeScript('");alert(1);("' as "dark");
    expect(forced).not.toContain("alert");
    expect(forced).toContain('("system")');
  });

  it("sets the class the theme names before anything paints", () => {
    const classes = new Set<string>();
    const root = {
      classList: {
        add: (c: string) => classes.add(c),
        remove: (...cs: string[]) => cs.forEach((c) => classes.delete(c)),
      },
      style: { colorScheme: "" },
    };
    const stored: Record<string, string> = {};
    const run = (theme: "light" | "dark" | null, systemDark: boolean) => {
      classes.clear();
      classes.add(systemDark ? "light" : "dark");
      new Function(
        "document",
        "matchMedia",
        "localStorage",
        themeScript(theme),
      )({ documentElement: root }, () => ({ matches: systemDark }), {
        setItem: (k: string, v: string) => (stored[k] = v),
      });
      return { classes: [...classes], stored: stored.theme };
    };
    expect(run("dark", false)).toEqual({ classes: ["dark"], stored: "dark" });
    expect(run("light", true)).toEqual({ classes: ["light"], stored: "light" });
    expect(run(null, true)).toEqual({ classes: ["dark"], stored: "system" });
    expect(root.style.colorScheme).toBe("dark");
  });
});

describe("parseInboundMessage", () => {
  it("accepts theme changes, with or without an accent", () => {
    expect(parseInboundMessage({ type: "theme", theme: "dark" })).toEqual({
      type: "theme",
      theme: "dark",
    });
    expect(
      parseInboundMessage({ type: "theme", theme: "light", accent: "#00AA00" }),
    ).toEqual({ type: "theme", theme: "light", accent: "#00aa00" });
    expect(
      parseInboundMessage({ type: "theme", theme: "light", accent: null }),
    ).toEqual({ type: "theme", theme: "light", accent: null });
  });

  it("accepts a refresh request", () => {
    expect(parseInboundMessage({ type: "refresh" })).toEqual({
      type: "refresh",
    });
  });

  it.each([
    null,
    "theme",
    { type: "theme" },
    { type: "theme", theme: "blue" },
    { type: "theme", theme: "dark", accent: "url(x)" },
    { type: "navigate", to: "/settings" },
  ])("ignores %j", (data) => {
    expect(parseInboundMessage(data)).toBeNull();
  });
});
