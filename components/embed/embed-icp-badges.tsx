import { Star } from "lucide-react";

import { Badge } from "@/components/ui/badge";

export function EmbedIcpBadges({
  active,
  isDefault,
}: {
  active: boolean;
  isDefault: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {active ? (
        <Badge variant="outline">
          <span
            aria-hidden="true"
            className="size-1.5 rounded-full bg-success"
          />
          Active
        </Badge>
      ) : (
        <Badge variant="secondary">Inactive</Badge>
      )}
      {isDefault ? (
        <Badge variant="default">
          <Star aria-hidden="true" className="fill-current" />
          Default
        </Badge>
      ) : null}
    </div>
  );
}
