import { ListLoading } from "@/components/filters/ListLayout";

export default function Loading() {
  return <ListLoading title="Actors" />;
}
