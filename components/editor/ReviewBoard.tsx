"use client";

import { useEffect, useMemo, useState } from "react";
import type { EditorArticle } from "@/lib/editor/analyse";
import type { Review, ReviewActor, ReviewEvent, ReviewStatement } from "@/lib/editor/schemas";
import type { SimilarEvent } from "@/lib/editor/similar-events";
import type { DatePrecision } from "@/lib/dates/partial-date";
import styles from "./ReviewBoard.module.css";
import { ArticlePane, type PaneMark, type TextSelection } from "./ArticlePane";
import { ActorDetails, ActorSuggestion, ActorSummary, storedActorPatch } from "./ReviewActors";
import { foldEvent, pairKey } from "@/lib/editor/draft-duplicates";
import { offeredStored } from "@/lib/editor/publish-checks";
import { EventDetails, EventSummary, HeldDate as HeldDateNotice, MergeSuggestion, RepeatWarning } from "./ReviewEvents";
import { StatementDetails, StatementSummary } from "./ReviewStatements";
import { readsAs } from "./WhenInput";
import { actorMentions, decide, notStoredPatch, decideRest, groupOf, isRejected, isReviewed, itemOrder, likelyStoredActor, type Group, type KnownActor } from "./review-model";

type Known = KnownActor;
type Props = {
  article: EditorArticle;
  review: Review;
  onReview: (review: Review) => void;
  similar: Record<number, SimilarEvent[]>;
  known: Known[];
  errors: Record<string, string>;
  /** Events told twice in this article (draftDuplicates), computed once by the editor for its checks and this board. */
  repeats: ReadonlyMap<number, number>;
  onDifferent: (pair: string) => void;
  /** Keeps the text a statement's or an event's "When" refused on that item ("s:0", "e:3"), or forgets it (null). */
  onHeldDate: (id: string, typed: string | null) => void;
};

const GROUP_TITLES: Record<Group, string> = { actors: "Actors", statements: "Statements", events: "Events" };
const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && !!el.closest("input, textarea, select, [contenteditable=true]");
const rowId = (id: string) => `rv-${id.replace(":", "-")}`;

/**
 * The review beside the text: the article with every proposal highlighted on one side, the proposals
 * one line each (in text order) on the other. j/k move, a accepts, r rejects, e opens for correction.
 */
export function ReviewBoard({ article, review, onReview, similar, known, errors, repeats, onDifferent, onHeldDate }: Props) {
  // Actors' names found in the article once per article and actor list: editing an event's words changes neither.
  const mentions = useMemo(() => actorMentions(article, review.actors), [article, review.actors]);
  const order = useMemo(() => itemOrder(article, review, mentions), [article, review, mentions]);
  const flat = useMemo(() => [...order.actors, ...order.statements, ...order.events], [order]);
  const [selected, setSelected] = useState<string | null>(flat[0] ?? null);
  const [open, setOpen] = useState<string | null>(null);

  const patchActor = (key: string, patch: Partial<ReviewActor>) => onReview({ ...review, actors: review.actors.map((a) => (a.key === key ? { ...a, ...patch } : a)) });
  const patchStatement = (i: number, patch: Partial<ReviewStatement>) => onReview({ ...review, statements: review.statements.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const patchEvent = (i: number, patch: Partial<ReviewEvent>) => onReview({ ...review, events: review.events.map((e, j) => (j === i ? { ...e, ...patch } : e)) });

  const move = (step: number) => {
    const at = selected ? flat.indexOf(selected) : -1;
    const next = flat[Math.min(flat.length - 1, Math.max(0, at + step))];
    if (next) setSelected(next);
    setOpen(null);
  };
  const decideSelected = (accept: boolean) => {
    if (!selected) return;
    onReview(decide(review, selected, accept));
    move(1);
  };

  /** The selected event merges into its likeliest stored duplicate; a new actor becomes the stored one it resembles (m). */
  const mergeSelected = () => {
    if (selected && groupOf(selected) === "actors") {
      const actor = review.actors.find((a) => a.key === selected.slice(2));
      const stored = actor && likelyStoredActor(actor, known);
      if (actor && stored) {
        patchActor(actor.key, storedActorPatch(actor, stored));
        move(1);
      }
      return;
    }
    if (!selected || groupOf(selected) !== "events") return;
    const i = Number(selected.slice(2));
    const likely = similar[i]?.[0];
    if (!likely) return;
    patchEvent(i, { mergeInto: likely.id, accepted: true, reviewed: true });
    move(1);
  };

  /** The selected event, told twice, folds into its first telling (f). */
  const foldSelected = () => {
    if (!selected || groupOf(selected) !== "events") return;
    const i = Number(selected.slice(2));
    const earlier = repeats.get(i);
    if (earlier === undefined) return;
    onReview(foldEvent(review, i, earlier));
    move(1);
  };

  /** The selected event is not the stored event, or the earlier telling, it looks like (n). */
  const notSameSelected = () => {
    if (!selected || groupOf(selected) !== "events") return;
    const i = Number(selected.slice(2));
    const earlier = repeats.get(i);
    const offered = offeredStored(review.events[i], similar[i]);
    if (earlier !== undefined) onDifferent(pairKey(i, earlier));
    else if (offered.length && !review.events[i].mergeInto) patchEvent(i, notStoredPatch(review.events[i], offered));
    else return;
    move(1);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target)) {
        if (e.key === "Escape") {
          (e.target as HTMLElement).blur();
          setOpen(null);
        }
        return;
      }
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => decideSelected(true),
        r: () => decideSelected(false),
        e: () => setOpen(open === selected ? null : selected),
        m: () => mergeSelected(),
        f: () => foldSelected(),
        n: () => notSameSelected(),
        Escape: () => setOpen(null),
      };
      const act = actions[e.key];
      if (!act) return;
      e.preventDefault();
      act();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  useEffect(() => {
    if (!selected) return;
    const row = document.getElementById(rowId(selected));
    row?.scrollIntoView({ block: "nearest" });
    if (open !== selected) return;
    // An event opens on its title, selected: engine titles are mostly rewritten whole, and arrows still edit it.
    const title = groupOf(selected) === "events" ? row?.querySelector<HTMLTextAreaElement>(".rv-details .headline-input") : null;
    if (title) {
      title.focus();
      return title.select();
    }
    row?.querySelector<HTMLElement>(".rv-details input, .rv-details select, .rv-details textarea")?.focus();
  }, [selected, open]);

  const marks: PaneMark[] = useMemo(
    () => [
      ...mentions.map((m) => ({ id: `a:${m.key}`, part: m.part, start: m.start, end: m.end, kind: "actor" as const, rejected: isRejected(review, `a:${m.key}`) })),
      ...review.statements.map((s, i) => ({ id: `s:${i}`, part: s.part, start: s.start, end: s.end, kind: s.direct ? ("quote" as const) : ("paraphrase" as const), rejected: !s.accepted })),
      ...review.events.map((e, i) => ({ id: `e:${i}`, part: e.part, start: e.start, end: e.end, kind: "event" as const, rejected: !e.accepted })),
    ],
    [mentions, review],
  );

  const addFromSelection = (sel: TextSelection, kind: "statement" | "event") => {
    const span = { part: sel.part, start: sel.start, end: sel.end };
    if (kind === "statement") {
      const statement: ReviewStatement = { accepted: true, reviewed: true, speakerKey: "", text: sel.text, direct: true, saidPrecision: "unknown", saidOn: undefined, venue: undefined, ...span };
      onReview({ ...review, statements: [...review.statements, statement] });
      setSelected(`s:${review.statements.length}`);
      setOpen(`s:${review.statements.length}`);
    } else {
      const event: ReviewEvent = { accepted: true, reviewed: true, title: sel.text.slice(0, 300), type: "other", date: undefined, datePrecision: "unknown", dateText: undefined, place: undefined, fatalities: undefined, actors: [], mergeInto: undefined, ...span };
      onReview({ ...review, events: [...review.events, event] });
      setSelected(`e:${review.events.length}`);
      setOpen(`e:${review.events.length}`);
    }
    window.getSelection()?.removeAllRanges();
  };

  const toolbar = (sel: TextSelection) => {
    const group = selected ? groupOf(selected) : null;
    const i = selected ? Number(selected.slice(2)) : -1;
    const span = { part: sel.part, start: sel.start, end: sel.end };
    return (
      <span className="row">
        {group === "statements" && <button type="button" className="secondary small-button" onClick={() => patchStatement(i, { ...span, text: sel.text })}>Use as its passage</button>}
        {group === "events" && <button type="button" className="secondary small-button" onClick={() => patchEvent(i, span)}>Use as its passage</button>}
        <button type="button" className="secondary small-button" onClick={() => addFromSelection(sel, "statement")}>New statement</button>
        <button type="button" className="secondary small-button" onClick={() => addFromSelection(sel, "event")}>New event</button>
      </span>
    );
  };

  /** Keeps what a "When" field refused (or forgets it once it reads, or is reset) beyond the life of the open line. */
  const dateRefusal = (id: string) => (message: string | null, typed?: string) => onHeldDate(id, message && typed !== undefined ? typed : null);
  /** On a closed line, a refused date still waiting: open it to fix, or reset it to the date the line holds. */
  const heldNotice = (id: string, held: string | undefined, date: string | undefined, precision: DatePrecision) => {
    // A rejected line publishes nothing, so its refused date holds nothing back.
    if (held === undefined || open === id || isRejected(review, id)) return null;
    const kept = date ? readsAs(date, precision) : "no date";
    return <HeldDateNotice typed={held} kept={kept} onOpen={() => { setSelected(id); setOpen(id); }} onReset={() => onHeldDate(id, null)} />;
  };

  const row = (id: string) => {
    const group = groupOf(id);
    const rejected = isRejected(review, id);
    const reviewed = isReviewed(review, id);
    const here = id === selected;
    let summary: React.ReactNode;
    let extra: React.ReactNode = null;
    let details: React.ReactNode = null;
    if (group === "actors") {
      const index = review.actors.findIndex((a) => a.key === id.slice(2));
      const actor = review.actors[index];
      summary = <ActorSummary actor={actor} known={known} />;
      extra = <ActorSuggestion actor={actor} known={known} onChange={(p) => patchActor(actor.key, p)} />;
      details = <ActorDetails actor={actor} known={known} errors={errors} index={index} onChange={(p) => patchActor(actor.key, p)} />;
    } else if (group === "statements") {
      const i = Number(id.slice(2));
      summary = <StatementSummary statement={review.statements[i]} actors={review.actors} />;
      extra = heldNotice(id, review.statements[i].refusedWhen, review.statements[i].saidOn, review.statements[i].saidPrecision);
      details = <StatementDetails index={i} statement={review.statements[i]} actors={review.actors} article={article} errors={errors} onDateRefusal={dateRefusal(id)} onChange={(p) => patchStatement(i, p)} />;
    } else {
      const i = Number(id.slice(2));
      const event = review.events[i];
      summary = <EventSummary event={event} />;
      const earlier = repeats.get(i);
      const suggestion = earlier !== undefined
        ? <RepeatWarning earlier={review.events[earlier]} onFold={() => { setSelected(id); onReview(foldEvent(review, i, earlier)); }} onDifferent={() => onDifferent(pairKey(i, earlier))} />
        : <MergeSuggestion event={event} similar={similar[i]} onChange={(p) => patchEvent(i, p)} />;
      extra = <>{heldNotice(id, event.refusedWhen, event.date, event.datePrecision)}{suggestion}</>;
      // Correcting an event is deciding on it: the line counts as reviewed without a further ✓.
      details = <EventDetails index={i} article={article} review={review} mentions={mentions} onDateRefusal={dateRefusal(id)} similar={similar[i]} errors={errors} onChange={(p) => patchEvent(i, { ...p, reviewed: true })} onFold={(into) => { onReview(foldEvent(review, i, into)); setOpen(null); }} />;
    }
    const problem = Object.keys(errors).some((k) => k.startsWith(errorPrefix(review, id)));
    return (
      <li key={id} id={rowId(id)} data-item={id} className={["rv-row", here && "is-selected", rejected && "is-rejected", reviewed && !rejected && "is-accepted", problem && "has-problem"].filter(Boolean).join(" ")}>
        <div className="rv-line">
          <button type="button" className="rv-summary" aria-expanded={open === id} onClick={() => { setSelected(id); setOpen(open === id ? null : id); }}>
            <span className="rv-status" aria-label={rejected ? "Rejected" : reviewed ? "Accepted" : "Not reviewed"}>{rejected ? "✗" : reviewed ? "✓" : "•"}</span> {summary}
          </button>
          <span className="rv-decide">
            <button type="button" className={`small-button ${reviewed && !rejected ? "" : "secondary"}`} aria-label="Accept" title="Accept (a)" onClick={() => { setSelected(id); onReview(decide(review, id, true)); }}>✓</button>
            <button type="button" className={`small-button ${rejected ? "" : "secondary"}`} aria-label="Reject" title="Reject (r)" onClick={() => { setSelected(id); onReview(decide(review, id, false)); if (open === id) setOpen(null); }}>✗</button>
          </span>
        </div>
        {!rejected && extra}
        {open === id && details}
      </li>
    );
  };

  return (
    <div className="review-board">
      <ArticlePane article={article} marks={marks} selected={selected} onSelect={(id) => { setSelected(id); }} toolbar={toolbar} />
      <div className="review-pane" aria-label="Proposals">
        <p className="small muted rv-keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> open to correct · <kbd>m</kbd> merge into the stored event (or actor) · <kbd>f</kbd> fold an event told twice into its first telling · <kbd>n</kbd> not the same (as the stored or earlier event it looks like) · select text in the article to place or add a statement or event.</p>
        {(Object.keys(order) as Group[]).map((group) => {
          const ids = order[group];
          const done = ids.filter((id) => isReviewed(review, id)).length;
          return (
            <section key={group} className="rv-group" aria-label={GROUP_TITLES[group]}>
              <div className="rv-group__head">
                <h3>{GROUP_TITLES[group]} <span className="muted small">{done} of {ids.length} reviewed</span></h3>
                {done < ids.length && (
                  <span className="row">
                    <button type="button" className="secondary small-button" onClick={() => onReview(decideRest(review, ids, true))}>Accept the rest</button>
                    <button type="button" className="secondary small-button" onClick={() => onReview(decideRest(review, ids, false))}>Reject the rest</button>
                  </span>
                )}
              </div>
              {ids.length === 0 ? <p className="small muted">None proposed. Select text in the article to add one.</p> : <ol className={`rv-list ${styles.list}`}>{ids.map(row)}</ol>}
            </section>
          );
        })}
        <button type="button" className="secondary small-button" onClick={() => {
          const key = `n${Date.now()}`;
          onReview({ ...review, actors: [...review.actors, { key, decision: "new", name: "", kind: "person", role: undefined, aliases: [], reviewed: true }] });
          setSelected(`a:${key}`);
          setOpen(`a:${key}`);
        }}>Add an actor</button>
        <datalist id="known-actor-names">
          {known.map((k) => <option key={k.id} value={k.name} />)}
        </datalist>
      </div>
    </div>
  );
}

/** The prefix of an item's field errors, as the publish check names them. */
function errorPrefix(review: Review, id: string): string {
  const group = groupOf(id);
  const index = group === "actors" ? review.actors.findIndex((a) => a.key === id.slice(2)) : Number(id.slice(2));
  return `review.${group}.${index}.`;
}
