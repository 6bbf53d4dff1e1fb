import type { IcpCardData } from "@/components/icps/icp-card-data";

/** Plain data the embedded views render; also the embed API's bodies. */

export type EmbedIcpCard = IcpCardData;

export type EmbedIcpDetail = {
  card: EmbedIcpCard;
  idealCustomerDescription: string;
  highFitThreshold: number;
  criteria: { key: string; label: string; values: string[] }[];
  weights: { key: string; label: string; weight: number; used: boolean }[];
};

export type EmbedLead = {
  id: number;
  name: string;
  title: string | null;
  company: string | null;
  score: number;
};

export type EmbedSegments = {
  icp: { id: string; name: string; stale: boolean };
  counts: { high: number; medium: number; low: number; unscored: number };
  /** The best-scoring high-fit leads, best first. */
  topLeads: EmbedLead[];
};

export type EmbedLeadList = {
  id: string;
  name: string;
  rowCount: number;
  /** ICPs this list has been scored against. */
  icps: { id: string; name: string; stale: boolean }[];
  /** For the last-scored ICP; null before any scoring. */
  segments: EmbedSegments | null;
};
