import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { setPlaceLocationAction } from "@/lib/places/actions";
import { getPlacesForReview } from "@/lib/places/queries";
import styles from "@/components/map/Place.module.css";

export const metadata: Metadata = { title: "Places" };

type Props = { searchParams: Promise<{ result?: string }> };

const SOURCE_LABEL: Record<string, string> = { pending: "Not looked up yet", unresolved: "Not found", gazetteer: "GeoNames", editor: "Set by an editor" };

/** Places events name: the ones the gazetteer could not place first, each with a form to set or clear it. */
export default async function PlacesPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) return null;
  const [places, { result }] = await Promise.all([getPlacesForReview(), searchParams]);
  const [kind, ...rest] = (result ?? "").split(":");
  const message = rest.join(":");
  const unresolved = places.filter((p) => p.source === "unresolved" || p.source === "pending").length;

  return (
    <>
      <h1>Places</h1>
      <p className="muted">
        Each place events name is looked up in GeoNames when its article is published. {unresolved} {unresolved === 1 ? "place was" : "places were"} not
        found (or matched several towns) and {unresolved === 1 ? "is" : "are"} listed first: set their coordinates (decimal degrees), or correct a wrong match.
      </p>
      {kind === "saved" && <p role="status" className="badge badge--verified">Saved <Link href={`/places/${message}`}>{message}</Link>.</p>}
      {kind === "error" && <p role="alert" className="badge badge--suggested">{message}</p>}
      <div className={styles.reviewWrap}>
        <table className={styles.review}>
          <caption className="visually-hidden">Places, unresolved first</caption>
          <thead>
            <tr><th scope="col">Place</th><th scope="col">Events</th><th scope="col">Where</th><th scope="col">Correct</th></tr>
          </thead>
          <tbody>
            {places.map((p) => (
              <tr key={p.id}>
                <td><Link href={`/places/${p.slug}`}>{p.name}</Link></td>
                <td>{p.events}</td>
                <td>
                  {SOURCE_LABEL[p.source] ?? p.source}
                  {p.latitude !== null && p.longitude !== null && <span className="muted"> · {p.latitude.toFixed(3)}, {p.longitude.toFixed(3)}{p.countryCode ? ` · ${p.countryCode}` : ""}</span>}
                </td>
                <td>
                  <form action={setPlaceLocationAction} className={styles.locate}>
                    <input type="hidden" name="id" value={p.id} />
                    <label>Lat <input name="latitude" inputMode="decimal" required defaultValue={p.latitude ?? ""} aria-label={`Latitude of ${p.name}`} /></label>
                    <label>Lon <input name="longitude" inputMode="decimal" required defaultValue={p.longitude ?? ""} aria-label={`Longitude of ${p.name}`} /></label>
                    <label>Country <input name="countryCode" maxLength={2} defaultValue={p.countryCode ?? ""} aria-label={`Country code of ${p.name}`} /></label>
                    <button type="submit" name="action" value="locate">Set</button>
                    {p.latitude !== null && <button type="submit" name="action" value="unlocate" formNoValidate className="secondary">Not on the map</button>}
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
