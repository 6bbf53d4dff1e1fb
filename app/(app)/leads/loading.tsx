import { LeadListsHeader } from "@/components/leads/lead-lists-header";
import { Skeleton } from "@/components/ui/skeleton";

export default function LeadListsLoading() {
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <LeadListsHeader />
      <div
        role="status"
        aria-busy="true"
        aria-label="Loading lead lists"
        className="grid gap-3 rounded-md"
      >
        <Skeleton className="h-10 w-full" />
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}
