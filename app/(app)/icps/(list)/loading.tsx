import { IcpsHeader } from "@/components/icps/icps-header";
import { Skeleton } from "@/components/ui/skeleton";

export default function IcpsLoading() {
  return (
    <div className="mx-auto grid max-w-7xl gap-6">
      <IcpsHeader actions={<Skeleton className="h-9 w-36" />} />
      <div
        role="status"
        aria-busy="true"
        aria-label="Loading ICPs"
        className="grid gap-6"
      >
        <div className="flex flex-wrap justify-between gap-3">
          <Skeleton className="h-9 w-56" />
          <Skeleton className="h-9 w-80" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="grid gap-4 rounded-xl border p-6">
              <Skeleton className="h-5 w-2/3" />
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-4 w-full" />
              <div className="flex gap-1.5">
                <Skeleton className="h-5 w-16" />
                <Skeleton className="h-5 w-20" />
                <Skeleton className="h-5 w-12" />
              </div>
              <div className="grid grid-cols-3 gap-2 border-t pt-4">
                <Skeleton className="h-8" />
                <Skeleton className="h-8" />
                <Skeleton className="h-8" />
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
