import { loadTeamIcp } from "./load-icp";

/**
 * Checks the ICP belongs to the caller's team before anything streams, so
 * a foreign or unknown id answers with a real 404 status (a check inside
 * the page would run under loading.tsx, after a 200 has been sent).
 */
export default async function IcpLayout(props: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await props.params;
  await loadTeamIcp(id);
  return props.children;
}
