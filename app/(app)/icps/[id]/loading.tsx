import { Skeleton } from "@/components/ui/skeleton";

export default function IcpLoading() {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading ICP"
      className="mx-auto grid max-w-5xl gap-8"
    >
      <div className="grid gap-3">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-5 w-40" />
      </div>
      <Skeleton className="h-20 w-full sm:max-w-xl" />
      <div className="grid gap-8 lg:grid-cols-2">
        <div className="grid gap-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
        <div className="grid gap-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-6 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
