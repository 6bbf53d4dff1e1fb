/**
 * The description box's rules, checked in the browser before anything is
 * sent. The wording matches the server's check (lib/ai/schema.ts), which
 * stays the authority; the limits come from the server as props.
 */

const count = new Intl.NumberFormat("en-US");

export type DescriptionLimits = { min: number; max: number };

/** The same rule and wording as the server's description check. */
export function descriptionError(
  text: string,
  limits: DescriptionLimits,
): string | null {
  const length = text.trim().length;
  if (length < limits.min) {
    return (
      "The description is too short: use at least " +
      `${limits.min} characters.`
    );
  }
  if (length > limits.max) {
    return (
      "The description is too long: keep it under " +
      `${count.format(limits.max)} characters.`
    );
  }
  return null;
}

export const EXAMPLE_PROMPTS = [
  "Series B SaaS companies with 50-200 employees in the US, targeting " +
    "VP Sales and CROs",
  "Fintech startups in the UK and Germany with 11-50 employees; we sell " +
    "to CFOs and heads of finance",
  "Hospitals in California with over 1,000 staff, reaching IT directors " +
    "who run Epic",
  "Shopify e-commerce brands in Canada with 10-50 people, selling to " +
    "marketing managers",
];
