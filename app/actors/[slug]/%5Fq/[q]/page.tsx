import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActivityChart } from "@/components/actors/ActivityChart";
import { ActorArticles, ActorEvents, CoActors, SectionHead, day } from "@/components/actors/ActorSections";
import styles from "@/components/actors/ActorProfile.module.css";
import { StatementList } from "@/components/statements/StatementItem";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pager } from "@/components/ui/Pager";
import { EditLink } from "@/components/ui/EditLink";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { ACTOR_KIND_LABELS, shownRole } from "@/lib/actors/filters";
import { decodeQuerySegment } from "@/lib/cache/route-query";
import { tagPage, tags } from "@/lib/cache/tags";
import { actorPanels, actorStatements, getActor } from "@/lib/actors/queries";
import { ListNotices } from "@/components/filters/FilterChips";
import { statementCursor } from "@/lib/statements/filters";
import { cursorNotices } from "@/lib/url/list-filters";
import { single } from "@/lib/url/search-params";
import { EventMap } from "@/components/map/EventMap";
import { parseTimelineFilters } from "@/lib/events/filters";
import { getMapData } from "@/lib/places/queries";

// Cached whole by Next.js (see lib/cache): rendered on first request for each query, then served from
// the cache until a write expires one of its tags; hourly at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; q: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const actor = await getActor(slug);
  if (!actor) return { title: "Actor not found" };
  return {
    title: actor.name,
    description: [actor.role, actor.country].filter(Boolean).join(", ") || undefined,
    alternates: { types: { "application/atom+xml": [{ url: `/feeds/actors/${actor.slug}`, title: `Statements by ${actor.name}` }] } },
  };
}

export default async function ActorPage({ params }: Props) {
  const { slug, q } = await params;
  // The layout has already tagged the page with this actor, redirected merged actors and refused unknown ones.
  const actor = await getActor(slug);
  if (!actor) notFound();

  const raw = decodeQuerySegment(q);
  const cursor = single.catch(undefined).parse(raw.cursor);
  const [{ activity, events, coActors, articles }, statements, map] = await Promise.all([
    actorPanels(actor.ids),
    actorStatements(actor, cursor),
    getMapData(parseTimelineFilters({ actor: actor.slug })),
  ]);
  // The actor and every actor this page names, so renaming one of them refreshes it (one tagging call: each
  // is a lookup in Next.js's cache).
  const named = [
    actor,
    ...coActors,
    ...actor.members,
    ...(actor.parent ? [actor.parent.mergedInto ?? actor.parent] : []),
    ...statements.items.flatMap((s) => (s.addressee ? [s.addressee] : [])),
  ];
  await tagPage([], named.map((a) => tags.actor(a.slug)));
  const role = shownRole(actor);
  const stats = [
    { label: "Statements", value: actor.counts.statements },
    { label: "Events", value: actor.counts.events },
    { label: "Articles", value: actor.counts.articles },
    { label: "Mentions", value: actor.counts.mentions },
  ];

  return (
    <>
      <header className={styles.head}>
        <div className={styles.kicker}>
          <span className="badge badge--type">{ACTOR_KIND_LABELS[actor.kind]}</span>
          {actor.unnamed && <UnnamedSourceBadge />}
          <VerifiedBadge verified={actor.verified} />
          <EditLink href={`/editor/actors/${actor.id}`} label={`Edit ${actor.name}`} />
        </div>
        <h1>{actor.name}</h1>
        {actor.unnamed && <UnnamedSourceNote source={actor.source} />}
        {role && <p className={styles.role}>{role}</p>}
        <dl className={styles.facts}>
          {actor.aliases.length > 0 && (<><dt>Also called</dt><dd>{actor.aliases.map((a) => a.alias).join(", ")}</dd></>)}
          {actor.country && (<><dt>Country</dt><dd>{actor.country}</dd></>)}
          {actor.parent && (<><dt>Part of</dt><dd><Link href={`/actors/${actor.parent.mergedInto?.slug ?? actor.parent.slug}`}>{actor.parent.mergedInto?.name ?? actor.parent.name}</Link></dd></>)}
          {actor.members.length > 0 && (
            <>
              <dt>Members</dt>
              <dd>{actor.members.map((m, i) => (<span key={m.slug}>{i > 0 && ", "}<Link href={`/actors/${m.slug}`}>{m.name}</Link></span>))}</dd>
            </>
          )}
          <dt>In the news</dt>
          <dd>
            {actor.firstSeen && actor.lastSeen
              ? actor.firstSeen.getTime() === actor.lastSeen.getTime()
                ? <>{day(actor.firstSeen)}</>
                : <>first {day(actor.firstSeen)}, last {day(actor.lastSeen)}</>
              : "not yet in a published article"}
          </dd>
          {actor.wikidataId && (<><dt>Wikidata</dt><dd><a href={`https://www.wikidata.org/wiki/${actor.wikidataId}`} rel="noopener noreferrer">{actor.wikidataId}</a></dd></>)}
        </dl>
        <ul className={styles.stats} aria-label={`${actor.name} in numbers`}>
          {stats.map((s) => (
            <li key={s.label} className={styles.stat}>
              <span className={styles.statValue}>{s.value.toLocaleString("en-GB")}</span>
              <span className={styles.statLabel}>{s.label}</span>
            </li>
          ))}
        </ul>
        <a className={styles.feed} href={`/feeds/actors/${actor.slug}`}><span className={styles.feedIcon} aria-hidden="true" />Follow {actor.name}’s statements (Atom feed)</a>
      </header>

      <section className={styles.section} aria-labelledby="activity">
        <SectionHead id="activity" title="Activity by month" />
        {activity.length === 0 ? (
          <p className="muted small">No statements, events or mentions yet.</p>
        ) : (
          <figure className={`card ${styles.chartCard}`} style={{ margin: 0 }}>
            <ActivityChart data={activity} actorName={actor.name} />
          </figure>
        )}
      </section>

      <div className={styles.layout}>
        <section className={styles.section} aria-labelledby="statements">
          <SectionHead id="statements" title={`Statements (${statements.total.toLocaleString("en")})`}>
            {statements.total > 0 && <Link href={`/statements?speaker=${actor.slug}`}>Filter these statements</Link>}
          </SectionHead>
          <ListNotices notices={cursorNotices(statementCursor, raw)} />
          {statements.items.length === 0 ? (
            <EmptyState title={`No statements by ${actor.name} yet`}>
              <p>They are mentioned in the news but not quoted. See the <Link href={`/articles?actor=${actor.slug}`}>articles that mention them</Link>.</p>
            </EmptyState>
          ) : (
            <StatementList statements={statements.items} showSpeaker={false} editable />
          )}
          <Pager path={`/actors/${actor.slug}`} filters={{}} nextCursor={statements.nextCursor} isFirstPage={statements.isFirstPage} />
        </section>

        <aside>
          <section className={styles.section} aria-labelledby="with">
            <SectionHead id="with" title="Often named with" />
            <CoActors actors={coActors} />
          </section>
          <section className={styles.section} aria-labelledby="events">
            <SectionHead id="events" title={`Events (${actor.counts.events.toLocaleString("en")})`}>
              {events.length > 0 && <Link href={`/timeline?actor=${actor.slug}`}>{actor.counts.events > events.length ? "All on the timeline" : "On the timeline"}</Link>}
            </SectionHead>
            <ActorEvents events={events} />
          </section>
          {map.places.length + map.unresolved.length > 0 && (
            <section className={styles.section} aria-labelledby="where">
              <SectionHead id="where" title="Where" />
              <EventMap {...map} title={`Map of the events ${actor.name} took part in`} width={360} height={300} />
            </section>
          )}
          <section className={styles.section} aria-labelledby="articles">
            <SectionHead id="articles" title={`Articles (${actor.counts.articles.toLocaleString("en")})`}>
              {actor.counts.articles > articles.length && <Link href={`/articles?actor=${actor.slug}`}>All</Link>}
            </SectionHead>
            <ActorArticles articles={articles} />
          </section>
        </aside>
      </div>
    </>
  );
}

/** What an unnamed source's profile says it is: somebody one article describes, not an actor of the directory. */
function UnnamedSourceNote({ source }: { source: { slug: string; title: string } | null }) {
  return (
    <p className={styles.role}>
      An unnamed source, described in one article
      {source ? <>: <Link href={`/articles/${source.slug}`}>{source.title}</Link>.</> : "."}{" "}
      Faultline keeps it apart from the named actors (<Link href="/actors?sources=unnamed">all unnamed sources</Link>).
    </p>
  );
}
