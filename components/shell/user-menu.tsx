"use client";

import { LogOut, Settings } from "lucide-react";
import Link from "next/link";

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Button } from "@/components/ui/button";

export function UserMenu(props: {
  user: { name: string; email: string };
  logout: () => Promise<void>;
}) {
  const initials = props.user.name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          className="flex-1 justify-start gap-2 px-2"
          aria-label={`${props.user.name}: user menu`}
        >
          <span
            aria-hidden
            className="grid size-7 place-items-center rounded-full bg-muted text-xs font-semibold"
          >
            {initials || "?"}
          </span>
          <span className="truncate text-sm">{props.user.name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" side="top" className="w-56">
        <DropdownMenuLabel className="grid">
          <span>{props.user.name}</span>
          <span className="text-xs font-normal text-muted-foreground">
            {props.user.email}
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings">
            <Settings aria-hidden className="size-4" /> Settings
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() => {
            void props.logout();
          }}
        >
          <LogOut aria-hidden className="size-4" /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
