"use client";

import { Slot } from "radix-ui";
import * as React from "react";

import { cn } from "@/lib/utils";

import { Label } from "./label";

/** Props FormField puts on its control so label, hint and error connect. */
type FormFieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

type FormFieldProps = {
  label: React.ReactNode;
  /** Id of the control; generated when omitted. */
  id?: string;
  description?: React.ReactNode;
  /** One message, several (as zod's fieldErrors gives them), or none. */
  error?: string | readonly string[] | null;
  /** Marks the label visually and the control with aria-required. */
  required?: boolean;
  className?: string;
  /**
   * Either a single element that renders the focusable control (its props
   * are merged in), or a function that receives the props to place, for
   * composite controls such as a Select whose trigger is the focus target.
   */
  children:
    React.ReactElement | ((control: FormFieldControlProps) => React.ReactNode);
};

function errorMessages(error: FormFieldProps["error"]): string[] {
  if (!error) return [];
  const list = typeof error === "string" ? [error] : [...error];
  return list.filter((message) => message.trim() !== "");
}

function FormField({
  label,
  id,
  description,
  error,
  required = false,
  className,
  children,
}: FormFieldProps) {
  const generatedId = React.useId();
  const controlId = id ?? `field-${generatedId}`;
  const descriptionId = `${controlId}-description`;
  const errorId = `${controlId}-error`;
  const messages = errorMessages(error);
  const invalid = messages.length > 0;

  const describedBy = [
    description ? descriptionId : null,
    invalid ? errorId : null,
  ]
    .filter(Boolean)
    .join(" ");

  const control: FormFieldControlProps = {
    id: controlId,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(invalid ? { "aria-invalid": true } : {}),
    ...(required ? { "aria-required": true } : {}),
  };

  return (
    <div
      data-slot="form-field"
      data-invalid={invalid ? "" : undefined}
      className={cn("grid gap-2", className)}
    >
      <Label htmlFor={controlId} className={cn(invalid && "text-destructive")}>
        {label}
        {required ? (
          <span aria-hidden="true" className="text-destructive">
            *
          </span>
        ) : null}
      </Label>
      {typeof children === "function" ? (
        children(control)
      ) : (
        <Slot.Root {...control}>{children}</Slot.Root>
      )}
      {description ? (
        <p
          id={descriptionId}
          data-slot="form-field-description"
          className="text-sm text-muted-foreground"
        >
          {description}
        </p>
      ) : null}
      {invalid ? (
        <div
          id={errorId}
          role="alert"
          data-slot="form-field-error"
          className="grid gap-1 text-sm font-medium text-destructive"
        >
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export { FormField, type FormFieldControlProps, type FormFieldProps };
