import { Skeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return (
    <div className="route-loading">
      <h1>Search</h1>
      <Skeleton rows={6} label="Searching…" />
    </div>
  );
}
