import { EventMap } from "./EventMap";

// A small map for one place (event and place pages): the place's marker on its region.
type Props = { place: { slug: string; name: string; latitude: number | null; longitude: number | null }; events?: number };

export function PlaceMap({ place, events = 1 }: Props) {
  if (place.latitude === null || place.longitude === null) {
    return <p className="small muted">{place.name} has no coordinates yet: it is not on the map.</p>;
  }
  return (
    <EventMap
      title={`Map: ${place.name}`}
      width={360}
      height={240}
      places={[{ slug: place.slug, name: place.name, latitude: place.latitude, longitude: place.longitude, total: events, byCategory: { other: events } }]}
    />
  );
}
