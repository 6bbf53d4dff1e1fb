"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";

import { acceptInviteAction } from "./actions";

export function AcceptInviteButton({ token }: { token: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      disabled={pending}
      onClick={() =>
        start(async () => {
          const res = await acceptInviteAction(token);
          if (!res.ok) return void toast.error(res.error.message);
          toast.success("You joined the team");
          router.push("/icps");
          router.refresh();
        })
      }
    >
      Accept invite
    </Button>
  );
}
