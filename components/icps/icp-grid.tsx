"use client";

import { useOptimistic, useRef, useState, useTransition } from "react";
import { toast } from "sonner";

import {
  deleteIcpAction,
  setDefaultIcpAction,
  setIcpActiveAction,
} from "@/app/(app)/icps/actions";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";

import { CloneIcpDialog } from "./clone-icp-dialog";
import { IcpCard } from "./icp-card";
import { applyCardChange, formatCount } from "./icp-card-data";
import type { IcpCardData } from "./icp-card-data";

/**
 * The dashboard grid. Flag changes and deletes show at once (optimistic)
 * and settle to what the server returns; failures roll back with a toast.
 */
export function IcpGrid({ icps }: { icps: IcpCardData[] }) {
  const [cards, applyChange] = useOptimistic(icps, applyCardChange);
  const [, startTransition] = useTransition();
  const [cloning, setCloning] = useState<{
    icp: IcpCardData | null;
    open: boolean;
    count: number;
  }>({ icp: null, open: false, count: 0 });
  // The ICP stays set while the dialog animates closed.
  const [deleting, setDeleting] = useState<IcpCardData | null>(null);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const confirmedDelete = useRef(false);

  function toggleActive(icp: IcpCardData) {
    const active = !icp.active;
    startTransition(async () => {
      applyChange({ type: "active", id: icp.id, active });
      const res = await setIcpActiveAction({ id: icp.id, active });
      if (!res.ok) return void toast.error(res.error.message);
      toast.success(
        active
          ? `“${icp.name}” is active`
          : icp.isDefault
            ? `“${icp.name}” is inactive and no longer the default`
            : `“${icp.name}” is inactive`,
      );
    });
  }

  function setDefault(icp: IcpCardData) {
    startTransition(async () => {
      applyChange({ type: "default", id: icp.id });
      const res = await setDefaultIcpAction({ id: icp.id });
      if (!res.ok) return void toast.error(res.error.message);
      toast.success(`“${icp.name}” is now the default ICP`);
    });
  }

  function remove(icp: IcpCardData) {
    startTransition(async () => {
      applyChange({ type: "delete", id: icp.id });
      const res = await deleteIcpAction({ id: icp.id });
      if (!res.ok) return void toast.error(res.error.message);
      toast.success(`Deleted “${icp.name}”`);
    });
  }

  return (
    <>
      <ul
        aria-label="ICPs"
        className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3"
      >
        {cards.map((icp) => (
          <li key={icp.id} className="grid">
            <IcpCard
              icp={icp}
              onToggleActive={() => toggleActive(icp)}
              onSetDefault={() => setDefault(icp)}
              onClone={() =>
                setCloning((c) => ({ icp, open: true, count: c.count + 1 }))
              }
              onDelete={() => {
                setDeleting(icp);
                setDeleteOpen(true);
              }}
            />
          </li>
        ))}
      </ul>

      <CloneIcpDialog
        open={cloning.open}
        source={cloning.icp}
        openCount={cloning.count}
        onClose={() => setCloning((c) => ({ ...c, open: false }))}
      />

      <AlertDialog open={deleteOpen} onOpenChange={setDeleteOpen}>
        <AlertDialogContent
          onCloseAutoFocus={(event) => {
            // The deleted card's menu button is gone: keep focus on the
            // page instead of losing it to the document body.
            const heading = document.getElementById("icps-heading");
            if (confirmedDelete.current && heading) {
              event.preventDefault();
              heading.focus();
            }
            confirmedDelete.current = false;
          }}
        >
          <AlertDialogHeader>
            <AlertDialogTitle>Delete “{deleting?.name}”?</AlertDialogTitle>
            <AlertDialogDescription>
              {deleting?.stats.leadsScored
                ? `Its ${formatCount(deleting.stats.leadsScored)} lead ` +
                  "scores go with it. "
                : ""}
              This is permanent and cannot be undone.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Cancel</AlertDialogCancel>
            <AlertDialogAction
              variant="destructive"
              onClick={() => {
                confirmedDelete.current = true;
                if (deleting) remove(deleting);
              }}
            >
              Delete ICP
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
