import { AppShell } from "@/components/shell/app-shell";
import { requireTeamContext } from "@/lib/auth/session";

export default async function AppLayout({
  children,
}: {
  children: React.ReactNode;
}) {
  const ctx = await requireTeamContext();
  return (
    <AppShell user={ctx.user} team={ctx.team} teams={ctx.teams} role={ctx.role}>
      {children}
    </AppShell>
  );
}
