/** What an ICP card shows; plain data built on the server. */
export type IcpCardData = {
  id: string;
  name: string;
  description: string;
  active: boolean;
  isDefault: boolean;
  chips: { kind: string; value: string }[];
  /** Criteria values beyond the chips shown. */
  moreChips: number;
  stats: {
    leadsScored: number;
    highFitLeads: number;
    /** high-fit ÷ scored, null before any scoring. */
    conversionRate: number | null;
    /** Scores computed for an older version of the criteria. */
    staleLeads: number;
  };
};

export type IcpCardChange =
  | { type: "active"; id: string; active: boolean }
  | { type: "default"; id: string }
  | { type: "delete"; id: string };

/** The rules of the ICP flags, applied to cards before the server answers. */
export function applyCardChange(
  cards: IcpCardData[],
  change: IcpCardChange,
): IcpCardData[] {
  switch (change.type) {
    case "delete":
      return cards.filter((c) => c.id !== change.id);
    case "active":
      return cards.map((c) =>
        c.id === change.id
          ? {
              ...c,
              active: change.active,
              // Deactivating the default clears the flag.
              isDefault: change.active ? c.isDefault : false,
            }
          : c,
      );
    case "default":
      return cards.map((c) =>
        c.id === change.id
          ? { ...c, isDefault: true, active: true }
          : { ...c, isDefault: false },
      );
  }
}

const integer = new Intl.NumberFormat("en-US");
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  maximumFractionDigits: 1,
});

export function formatCount(n: number): string {
  return integer.format(n);
}

/** A rate as a percentage, or "—" before there is anything to divide. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : percent.format(rate);
}
