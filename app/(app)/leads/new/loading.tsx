import { Skeleton } from "@/components/ui/skeleton";

export default function ImportLeadsLoading() {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading"
      className="mx-auto grid max-w-7xl gap-6"
    >
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-6 w-96" />
      <Skeleton className="h-64 w-full rounded-xl" />
    </div>
  );
}
