import { Skeleton } from "@/components/ui/Skeleton";

export default function TimelineLoading() {
  return (
    <div className="route-loading">
      <h1>Timeline</h1>
      <Skeleton rows={6} label="Loading the timeline…" />
    </div>
  );
}
