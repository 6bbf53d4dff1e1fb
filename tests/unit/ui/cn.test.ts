import { describe, expect, it } from "vitest";

import { cn } from "@/lib/utils";

describe("cn", () => {
  it("joins class names and drops falsy values", () => {
    const hidden = false as boolean;
    expect(cn("flex", hidden && "hidden", null, undefined, "gap-2")).toBe(
      "flex gap-2",
    );
  });

  it("accepts arrays and conditional objects", () => {
    expect(cn(["px-2", { "py-1": true, "py-4": false }])).toBe("px-2 py-1");
  });

  it("lets a later utility override a conflicting earlier one", () => {
    expect(cn("px-2 py-1", "px-4")).toBe("py-1 px-4");
    expect(cn("bg-primary text-primary-foreground", "bg-ai")).toBe(
      "text-primary-foreground bg-ai",
    );
  });

  it("keeps utilities that only share a prefix", () => {
    // Font size and text colour are different properties.
    expect(cn("text-sm", "text-muted-foreground")).toBe(
      "text-sm text-muted-foreground",
    );
  });

  it("resolves conflicts per variant", () => {
    expect(cn("hover:bg-accent bg-background", "hover:bg-muted")).toBe(
      "bg-background hover:bg-muted",
    );
  });
});
