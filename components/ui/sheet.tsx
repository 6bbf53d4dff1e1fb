"use client";

import { XIcon } from "lucide-react";
import { Dialog as SheetPrimitive } from "radix-ui";
import type * as React from "react";

import { cn } from "@/lib/utils";

import { overlayClass } from "./dialog";

function Sheet(props: React.ComponentProps<typeof SheetPrimitive.Root>) {
  return <SheetPrimitive.Root data-slot="sheet" {...props} />;
}

function SheetTrigger(
  props: React.ComponentProps<typeof SheetPrimitive.Trigger>,
) {
  return <SheetPrimitive.Trigger data-slot="sheet-trigger" {...props} />;
}

function SheetClose(props: React.ComponentProps<typeof SheetPrimitive.Close>) {
  return <SheetPrimitive.Close data-slot="sheet-close" {...props} />;
}

function SheetPortal(
  props: React.ComponentProps<typeof SheetPrimitive.Portal>,
) {
  return <SheetPrimitive.Portal data-slot="sheet-portal" {...props} />;
}

function SheetOverlay({
  className,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Overlay>) {
  return (
    <SheetPrimitive.Overlay
      data-slot="sheet-overlay"
      className={cn(overlayClass, className)}
      {...props}
    />
  );
}

type SheetSide = "top" | "right" | "bottom" | "left";

const sideClass: Record<SheetSide, string> = {
  right: cn(
    "inset-y-0 right-0 h-full w-3/4 border-l sm:max-w-sm",
    "data-[state=open]:animate-slide-in-from-right",
    "data-[state=closed]:animate-slide-out-to-right",
  ),
  left: cn(
    "inset-y-0 left-0 h-full w-3/4 border-r sm:max-w-sm",
    "data-[state=open]:animate-slide-in-from-left",
    "data-[state=closed]:animate-slide-out-to-left",
  ),
  top: cn(
    "inset-x-0 top-0 h-auto border-b",
    "data-[state=open]:animate-slide-in-from-top",
    "data-[state=closed]:animate-slide-out-to-top",
  ),
  bottom: cn(
    "inset-x-0 bottom-0 h-auto border-t",
    "data-[state=open]:animate-slide-in-from-bottom",
    "data-[state=closed]:animate-slide-out-to-bottom",
  ),
};

function SheetContent({
  className,
  children,
  side = "right",
  showCloseButton = true,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Content> & {
  side?: SheetSide;
  showCloseButton?: boolean;
}) {
  return (
    <SheetPortal>
      <SheetOverlay />
      <SheetPrimitive.Content
        data-slot="sheet-content"
        data-side={side}
        className={cn(
          "fixed z-50 flex flex-col gap-4 overflow-y-auto bg-background",
          "text-foreground shadow-lg focus-visible:outline-none",
          sideClass[side],
          className,
        )}
        {...props}
      >
        {children}
        {showCloseButton ? (
          <SheetPrimitive.Close
            data-slot="sheet-close"
            className={cn(
              "absolute top-4 right-4 rounded-sm opacity-70 transition-opacity",
              "hover:opacity-100 focus-visible:opacity-100",
              "focus-visible:outline-2 focus-visible:outline-offset-2",
              "focus-visible:outline-ring disabled:pointer-events-none",
            )}
          >
            <XIcon className="size-4" aria-hidden="true" />
            <span className="sr-only">Close</span>
          </SheetPrimitive.Close>
        ) : null}
      </SheetPrimitive.Content>
    </SheetPortal>
  );
}

function SheetHeader({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="sheet-header"
      className={cn("flex flex-col gap-1.5 p-4 pr-10", className)}
      {...props}
    />
  );
}

function SheetFooter({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="sheet-footer"
      className={cn("mt-auto flex flex-col gap-2 p-4", className)}
      {...props}
    />
  );
}

function SheetTitle({
  className,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Title>) {
  return (
    <SheetPrimitive.Title
      data-slot="sheet-title"
      className={cn("font-semibold text-foreground", className)}
      {...props}
    />
  );
}

function SheetDescription({
  className,
  ...props
}: React.ComponentProps<typeof SheetPrimitive.Description>) {
  return (
    <SheetPrimitive.Description
      data-slot="sheet-description"
      className={cn("text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}

export {
  Sheet,
  SheetClose,
  SheetContent,
  SheetDescription,
  SheetFooter,
  SheetHeader,
  SheetPortal,
  SheetOverlay,
  SheetTitle,
  SheetTrigger,
  type SheetSide,
};
