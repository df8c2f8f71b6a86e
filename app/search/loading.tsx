import { Skeleton } from "@/components/ui/Skeleton";

export default function Loading() {
  return (
    <>
      <h1>Search</h1>
      <Skeleton rows={6} label="Searching…" />
    </>
  );
}
