import type { Metadata } from "next";

import { EmbedIcpDashboard } from "@/components/embed/embed-icp-dashboard";
import { EmbedShell } from "@/components/embed/embed-shell";
import { loadIcpCards } from "@/lib/embed/data";

import { launchEmbed } from "../launch";
import type { EmbedSearchParams } from "../launch";

export const metadata: Metadata = { title: "ICPs" };

export default async function EmbedIcpsPage(props: {
  searchParams: EmbedSearchParams;
}) {
  const launch = await launchEmbed(
    { view: "icps", id: null },
    props.searchParams,
  );
  const icps = await loadIcpCards(launch.claims.teamId);

  return (
    <EmbedShell launch={launch}>
      <EmbedIcpDashboard initial={icps} />
    </EmbedShell>
  );
}
