import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { AiJudgement } from "@/components/icps/ai/ai-judgement";

/** The text a reader gets, tags and icons left out. */
function textOf(props: Parameters<typeof AiJudgement>[0]): string {
  return renderToStaticMarkup(createElement(AiJudgement, props))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("AiJudgement", () => {
  it("shows the criterion as AI-judged with its score and reason", () => {
    const text = textOf({
      judgement: { score: 72, reason: "Runs sales at a mid-sized SaaS firm." },
    });

    expect(text).toBe(
      "Ideal customer description AI-judged 72 / 100 " +
        "Runs sales at a mid-sized SaaS firm.",
    );
  });

  it("says a lead is not judged yet, with no score", () => {
    expect(textOf({ judgement: null })).toBe(
      "Ideal customer description AI-judged Not judged yet.",
    );
    expect(
      textOf({ judgement: null, missing: "Duplicates are not judged." }),
    ).toBe("Ideal customer description AI-judged Duplicates are not judged.");
  });
});
