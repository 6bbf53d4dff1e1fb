import { BackLink } from "./back-link";

export function IcpFormHeader(props: {
  title: string;
  description: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="grid gap-2">
      <BackLink href={props.backHref}>{props.backLabel}</BackLink>
      <h1 className="text-2xl font-semibold tracking-tight break-words">
        {props.title}
      </h1>
      <p className="text-sm text-muted-foreground">{props.description}</p>
    </div>
  );
}
