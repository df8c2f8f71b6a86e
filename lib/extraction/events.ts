/**
 * Events: happenings an analyst puts on a timeline. Read as a recipe:
 *   1. per sentence, dated meetings named in passing ("the Alaska summit on August 15")   events/nominal.ts
 *      and meetings, visits, calls named in an adjunct ("said during a visit to Minsk")  events/adjunct.ts
 *      and happenings named by a possessive date ("condemned Monday's strike on Kharkiv, which killed three")  events/nominal.ts
 *      and by a noun with a date after it ("since their talks in Miami in October")                  events/nominal-dated.ts
 *      (titled by the noun's verb when the text names who did it: "Russia's seizure of …" → "Russia seizes …")  events/nominal-headline.ts
 *      and what a consequence makes someone do (", prompting Beijing to lodge a protest")            events/consequence.ts
 *   2. per clause, a happening found by a codebook trigger or a dated past action          events/clauses.ts, events/clause-event.ts
 *      (also the second happening a clause holds: "said X was hit and that Y had been sent")   events/second-happening.ts
 *   3. undated events take a date from context (sentence, previous sentence, same place),   events/inherit-dates.ts
 *      and events dated only by a trailing "…, X said on Monday" the date of what is reported
 *   4. dated reduced relatives ("a text sent to capitals on Monday")                       events/participial.ts
 *   5. a second mention of a happening ("Wednesday's attack was …") merges into the first   events/dedupe.ts
 *   6. states, judgements and follow-on details are not happenings                         events/non-events.ts
 *   7. mentions of one happening (same class, compatible dates, shared participant or place) merge  events/coreference.ts
 *   8. a happening told in the simple past with no date around it: the publication date    events/publication-date.ts
 *   9. the rules' type is checked against the learned type model; a disagreement neither is sure of is `other`  events/retype.ts
 *      then mentions merge again, now that the types are settled                                   events/coreference.ts
 *  10. a learned gate keeps the proposals that read as happenings, and the loose undated ones it is sure of  events/happening.ts
 *      and of those the ones titled in two words or more: only now is a clause's title made (costly)  events/clause-title.ts
 *      then a happening dated after publication (a plan it announced) takes the news day        events/publication-date.ts
 *      and one whose verb takes a dated happening as its object takes that date ("withdrew from the talks in May")  events/inherit-dates.ts
 *      and one left undated or on the news day takes the past date its sentence is told in ("In March 2022, … he joined")  events/sentence-frame.ts
 *  11. the full-scale invasion named in passing, once, with the date written beside it                     events/invasion.ts
 *  12. roles beyond the clause: meeting leaders, the states behind actors, defences, strikes' sides      events/complete-roles.ts
 *  13. one happening told twice in other words, with the same distinctive figure, is one                 events/retold.ts
 */
import { dropBodyNamePlaces } from "./events/location";
import type { DateMention } from "./dates";
import { adjunctMeetings, oneOfAdjunctAndClause } from "./events/adjunct";
import { clauseEvent, type ClauseState } from "./events/clause-event";
import { consequenceEvents } from "./events/consequence";
import { splitClauses } from "./events/clauses";
import { datesIn, type EventCtx, type FoundEvent } from "./events/context";
import { mergeCoreferent, mergeRetyped } from "./events/coreference";
import { mergeSecondMentions } from "./events/dedupe";
import { dateByHappeningObject, inheritDates } from "./events/inherit-dates";
import { absorbRelatives, nominalMeetings, possessiveDated } from "./events/nominal";
import { nominalDated } from "./events/nominal-dated";
import { dropNonEvents, headlined, nonEventReason } from "./events/non-events";
import { participialEvents } from "./events/participial";
import { gateHappenings, happeningFeatures } from "./events/happening";
import { datePublished, undatePlans } from "./events/publication-date";
import { dateBySentenceFrame } from "./events/sentence-frame";
import { invasionEvent } from "./events/invasion";
import { mergeRetold } from "./events/retold";
import { retype, typeDenials } from "./events/retype";
import { splitSecondHappenings } from "./events/second-happening";
import { completeRoles } from "./events/complete-roles";
import { namePronounSubjects } from "./events/title-pronoun";
import { maskQuotes } from "./sentences";

export { EVENT_TYPES, type EventRole, type EventType, type FoundEvent } from "./events/context";
export { fatalitiesIn } from "./events/fatalities";

/** What the per-sentence steps collect: the events, which step named some of them, and the dates already used. */
interface Collected {
  events: FoundEvent[];
  consumed: Set<DateMention>;
  adjuncts: Set<FoundEvent>;
  named: Set<FoundEvent>;
  /** Happenings named by a noun phrase ("during a visit to Minsk", "Monday's strike"): the noun gives the type. */
  nounNamed: Set<FoundEvent>;
}

/** Step 1 and 2 for one sentence: happenings named by noun phrases, then one per clause. */
function sentenceEvents(ctx: EventCtx, i: number, got: Collected) {
  const s = ctx.sentences[i];
  const masked = maskQuotes(ctx, s.start, s.end);
  const sDates = datesIn(ctx, s.start, s.end);
  const nominal = nominalMeetings(ctx, masked, s.start, sDates, got.consumed);
  const meetings = adjunctMeetings(ctx, masked, s.start);
  const possessive = possessiveDated(ctx, s.start, sDates, got.consumed);
  const passing = nominalDated(ctx, s.start, sDates, got.consumed);
  for (const m of meetings) got.adjuncts.add(m);
  for (const p of possessive) got.named.add(p);
  const nouns = [...nominal.events, ...meetings, ...possessive, ...passing.events];
  for (const n of nouns) got.nounNamed.add(n);
  got.events.push(...nouns, ...consequenceEvents(ctx, masked, s.start, sDates));
  const prev = ctx.sentences[i - 1];
  const st: ClauseState = {
    prevDate: null,
    prevSubject: undefined,
    consumed: got.consumed,
    nominalSpans: [...nominal.spans, ...passing.spans],
    prevSentenceDated: !!prev && prev.paragraph === s.paragraph && datesIn(ctx, prev.start, prev.end).length > 0,
    loose: true,
  };
  for (const c of splitSecondHappenings(splitClauses(masked, s.start, sDates), masked, s.start)) {
    const e = clauseEvent(ctx, s, c, st);
    if (e) got.events.push(e);
  }
}

/**
 * `allCandidates`: skip the happening gate (loose proposals stay, marked, with the gate's features), to train and measure it;
 * "unfiltered": the candidates before non-events are dropped and mentions merged, to see which step lost one.
 * `rulesOnly`: the rules' proposals without the learned gate (and without the loose ones it alone may keep), for rule tests.
 */
export function findEvents(ctx: EventCtx, opts: { bodyStart: number; ruleTypesOnly?: boolean; publishedOn?: string | null; allCandidates?: boolean | "unfiltered"; rulesOnly?: boolean }): FoundEvent[] {
  const got: Collected = { events: [], consumed: new Set(), adjuncts: new Set(), named: new Set(), nounNamed: new Set() };
  ctx.sentences.forEach((s, i) => {
    if (s.start >= opts.bodyStart) sentenceEvents(ctx, i, got);
  });
  const events = absorbRelatives(ctx, got.named, got.events.sort((a, b) => a.start - b.start));
  inheritDates(ctx, events);
  participialEvents(ctx, events, opts.bodyStart);
  events.sort((a, b) => a.start - b.start);
  if (opts.allCandidates === "unfiltered") return events.map((e) => ({ ...e, nonEvent: (headlined(e) ? nonEventReason(ctx, e, events) : "one-word title") ?? undefined }));
  const merged = mergeCoreferent(ctx, oneOfAdjunctAndClause(ctx, got.adjuncts, dropNonEvents(ctx, mergeSecondMentions(ctx, events))));
  datePublished(ctx, merged, opts.publishedOn);
  const ruleTypes = new Map(merged.map((e) => [e, e.type]));
  const typed = opts.ruleTypesOnly ? merged : mergeRetyped(ctx, retype(ctx, merged, got.nounNamed), ruleTypes);
  if (opts.allCandidates) return typed.filter(headlined).map((e) => ({ ...e, features: happeningFeatures(ctx, e) }));
  const kept = typeDenials(ctx, (opts.rulesOnly ? typed.filter((e) => !e.loose) : gateHappenings(ctx, typed)).filter(headlined));
  undatePlans(ctx, kept, opts.publishedOn);
  dateByHappeningObject(ctx, kept, typed);
  dateBySentenceFrame(ctx, kept, opts.publishedOn);
  dropBodyNamePlaces(ctx, kept);
  return mergeRetold(ctx, namePronounSubjects(ctx, completeRoles(ctx, invasionEvent(ctx, kept, opts.bodyStart))));
}
