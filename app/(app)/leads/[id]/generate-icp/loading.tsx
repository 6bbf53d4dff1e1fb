import { Skeleton } from "@/components/ui/skeleton";

export default function GenerateIcpLoading() {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Proposing an ICP from the leads"
      className="mx-auto grid max-w-3xl gap-6"
    >
      <div className="grid gap-2">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-96" />
      </div>
      <Skeleton className="h-5 w-72" />
      <Skeleton className="h-9 w-80" />
      <div className="grid gap-6">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="grid gap-2">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
