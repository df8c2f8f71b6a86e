import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorForm, MergeActor } from "@/components/editor/corrections/ActorForm";
import { RecordActions } from "@/components/editor/corrections/RecordActions";
import { RecordPage } from "@/components/editor/corrections/RecordPage";
import { ACTOR_KIND_LABELS } from "@/lib/actors/filters";
import { getHistory } from "@/lib/audit/queries";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { actorOptions, getActorForEdit } from "@/lib/editor/records";

export const metadata: Metadata = { title: "Edit actor" };

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

type Props = { params: Promise<{ id: string }> };

export default async function EditActorPage({ params }: Props) {
  const user = await getCurrentUser();
  if (!hasRole(user, "editor")) return null;
  const { id } = await params;
  const [actor, actors, history] = await Promise.all([getActorForEdit(user, id), actorOptions(), getHistory(user, "actor", id)]);
  if (!actor) notFound();
  const isAdmin = hasRole(user, "admin");
  const live = !actor.deletedAt && !actor.mergedInto;

  return (
    <RecordPage
      title={`Edit actor: ${actor.fields.name}`}
      publicHref={live ? `/actors/${actor.slug}` : null}
      deletedAt={actor.deletedAt}
      isAdmin={isAdmin}
      history={history}
      notice={
        actor.mergedInto && (
          <>
            Merged into <Link href={`/editor/actors/${actor.mergedInto.id}`}>{actor.mergedInto.name}</Link>; its address{" "}
            <code>/actors/{actor.slug}</code> redirects there. Edit that actor instead.
          </>
        )
      }
      side={
        <>
          <section className="card small" aria-label="Where this actor appears">
            {count(actor.counts.statements, "statement")} · {count(actor.counts.events, "event")} · mentioned in {count(actor.counts.mentions, "article")}
          </section>
          {live && <MergeActor sourceId={actor.id} sourceName={actor.fields.name} actors={actors} />}
          {!actor.mergedInto && <RecordActions entity="actor" id={actor.id} deleted={!!actor.deletedAt} isAdmin={isAdmin} afterDelete="/actors" />}
        </>
      }
    >
      <ActorForm
        key={live ? "live" : "gone"}
        id={actor.id}
        version={actor.version}
        initial={actor.fields}
        actors={actors}
        kindLabels={ACTOR_KIND_LABELS}
        disabled={!live}
      />
    </RecordPage>
  );
}
