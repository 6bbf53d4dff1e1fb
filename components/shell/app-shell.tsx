import Link from "next/link";

import { logout } from "@/app/(auth)/actions";
import { ThemeToggle } from "@/components/theme-toggle";

import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { TeamSwitcher } from "./team-switcher";
import { UserMenu } from "./user-menu";

type Props = {
  user: { id: string; name: string; email: string };
  team: { id: string; name: string; slug: string };
  teams: { id: string; name: string; slug: string; role: string }[];
  role: string;
  children: React.ReactNode;
};

export function AppShell(props: Props) {
  const sidebar = (
    <div className="flex h-full flex-col gap-4 p-3">
      <Link
        href="/icps"
        className="flex items-center gap-2 px-2 py-1 text-base font-semibold"
      >
        <span
          aria-hidden
          className="grid size-7 place-items-center rounded-md bg-primary text-xs text-primary-foreground"
        >
          IS
        </span>
        ICP Studio
      </Link>
      <TeamSwitcher current={props.team} teams={props.teams} />
      <NavLinks />
      <div className="mt-auto flex items-center gap-2">
        <UserMenu user={props.user} logout={logout} />
        <ThemeToggle />
      </div>
    </div>
  );
  return (
    <div className="flex min-h-dvh">
      <aside
        aria-label="Sidebar"
        className="sticky top-0 hidden h-dvh w-60 shrink-0 border-r bg-sidebar text-sidebar-foreground md:block"
      >
        {sidebar}
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-2 border-b p-2 md:hidden">
          <MobileNav>{sidebar}</MobileNav>
          <span className="font-semibold">ICP Studio</span>
        </header>
        <main id="main" className="flex-1 p-4 md:p-8">
          {props.children}
        </main>
      </div>
    </div>
  );
}
