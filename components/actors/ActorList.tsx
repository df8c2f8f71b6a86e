import Link from "next/link";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { ACTOR_KIND_LABELS, shownRole } from "@/lib/actors/filters";
import type { ActorListRow } from "@/lib/actors/queries";
import styles from "./ActorList.module.css";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function ActorList({ actors }: { actors: ActorListRow[] }) {
  return (
    <ul className="list" aria-label="Actors">
      {actors.map((a) => ({ ...a, role: shownRole(a) })).map((a) => (
        <li key={a.slug} className={`card ${styles.item}`}>
          <div className={styles.head}>
            <Link className={styles.name} href={`/actors/${a.slug}`}>{a.name}</Link>
            <span className="badge badge--type">{ACTOR_KIND_LABELS[a.kind]}</span>
            {a.unnamed && <UnnamedSourceBadge />}
            <VerifiedBadge verified={a.verified} />
          </div>
          {(a.role || a.country || a.parent) && (
            <p className={styles.role}>
              {[a.role, a.country].filter(Boolean).join(" · ")}
              {a.parent && <>{a.role || a.country ? " · " : ""}part of {a.parent.name}</>}
            </p>
          )}
          {a.aliases.length > 0 && <p className={styles.aliases}>Also: {a.aliases.map((x) => x.alias).join(", ")}</p>}
          <div className={`meta ${styles.counts}`}>
            <span>{plural(a._count.statements, "statement", "statements")}</span>
            <span>{plural(a._count.events, "event", "events")}</span>
            <span>{plural(a._count.mentions, "article", "articles")}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
