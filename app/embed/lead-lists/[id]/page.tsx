import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { EmbedLeadListView } from "@/components/embed/embed-lead-list";
import { EmbedShell } from "@/components/embed/embed-shell";
import { loadLeadListView } from "@/lib/embed/data";

import { launchEmbed } from "../../launch";
import type { EmbedSearchParams } from "../../launch";

export const metadata: Metadata = { title: "Lead list" };

export default async function EmbedLeadListPage(props: {
  params: Promise<{ id: string }>;
  searchParams: EmbedSearchParams;
}) {
  const { id } = await props.params;
  const launch = await launchEmbed(
    { view: "lead-list", id },
    props.searchParams,
  );
  const list = await loadLeadListView({
    teamId: launch.claims.teamId,
    listId: id,
  });
  if (!list) notFound();

  return (
    <EmbedShell launch={launch}>
      <EmbedLeadListView initial={list} />
    </EmbedShell>
  );
}
