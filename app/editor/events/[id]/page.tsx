import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/editor/corrections/EventForm";
import { MergeEvent } from "@/components/editor/corrections/MergeEvent";
import { RecordActions } from "@/components/editor/corrections/RecordActions";
import { RecordPage } from "@/components/editor/corrections/RecordPage";
import { getHistory } from "@/lib/audit/queries";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { actorOptions, getEventForEdit } from "@/lib/editor/records";
import { eventMergeChoices } from "@/lib/editor/event-merge";
import { z } from "zod";

/** The merge panel's search words (?find=): one short line of text, anything else ignored. */
const mergeFindSchema = z.string().trim().max(200).catch("");

export const metadata: Metadata = { title: "Edit event" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditEventPage({ params, searchParams }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) return null;
  const { id } = await params;
  const find = mergeFindSchema.parse((await searchParams).find);
  const [event, actors, history] = await Promise.all([getEventForEdit(user, id), actorOptions(), getHistory(user, "event", id)]);
  if (!event) notFound();
  const live = !event.deletedAt && !event.mergedIntoId;
  const choices = live ? await eventMergeChoices(user, event.id, find) : null;
  const isAdmin = hasRole(user, "admin");
  const typeLabels = Object.fromEntries(Object.entries(EVENT_TYPES).map(([k, v]) => [k, v.label])) as Record<keyof typeof EVENT_TYPES, string>;

  return (
    <RecordPage
      title="Edit event"
      publicHref={event.mergedIntoId ? null : `/events/${event.id}`}
      deletedAt={event.deletedAt}
      isAdmin={isAdmin}
      history={history}
      notice={
        event.mergedIntoId && (
          <>
            Merged into <Link href={`/editor/events/${event.mergedIntoId}`}>another event</Link>; its address <code>/events/{event.id}</code> redirects there.
            Edit that event instead.
          </>
        )
      }
      side={
        <>
          <section className="card stack" aria-labelledby="sources">
            <h2 id="sources">Reported in</h2>
            {event.sources.length === 0 ? (
              <p className="muted small">No article is linked to this event.</p>
            ) : (
              event.sources.map((s) => (
                <div key={s.articleId} className="stack" style={{ gap: 6 }}>
                  <blockquote className="source-sentence">{s.sentence || "—"}</blockquote>
                  <p className="small muted" style={{ margin: 0 }}>
                    <Link href={`/editor/articles/${s.articleId}`}>“{s.title}”</Link>{s.deleted && " (deleted)"}
                  </p>
                </div>
              ))
            )}
          </section>
          {choices && <MergeEvent sourceId={event.id} sourceTitle={event.fields.title} find={find} {...choices} />}
          <RecordActions entity="event" id={event.id} deleted={!!event.deletedAt} isAdmin={isAdmin} afterDelete="/timeline" />
        </>
      }
    >
      <EventForm
        key={event.deletedAt ? "deleted" : "live"}
        id={event.id}
        version={event.version}
        initial={event.fields}
        actors={actors}
        typeLabels={typeLabels}
        disabled={!!event.deletedAt}
      />
    </RecordPage>
  );
}
