import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmbedIcpView } from "@/components/embed/embed-icp-view";
import { EmbedShell } from "@/components/embed/embed-shell";
import { loadIcpDetail } from "@/lib/embed/data";

import { launchEmbed } from "../../launch";
import type { EmbedSearchParams } from "../../launch";

export const metadata: Metadata = { title: "ICP" };

export default async function EmbedIcpPage(props: {
  params: Promise<{ id: string }>;
  searchParams: EmbedSearchParams;
}) {
  const { id } = await props.params;
  const launch = await launchEmbed({ view: "icp", id }, props.searchParams);
  const icp = await loadIcpDetail({ teamId: launch.claims.teamId, id });
  if (!icp) notFound();

  return (
    <EmbedShell launch={launch}>
      <EmbedIcpView initial={icp} />
    </EmbedShell>
  );
}
