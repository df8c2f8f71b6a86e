/** The headline of one clause's event (./title.ts makes it), from where it starts to where it ends. */
import type { Sentence } from "../sentences";
import type { ClauseReading } from "./clause-reading";
import type { Clause } from "./clauses";
import { commitmentTitle } from "./commitment";
import type { EventCtx, FoundEvent } from "./context";
import { happeningHeadline, LEAD_IN_DETERMINERS, LEAD_IN_PREPOSITIONS } from "./nominal-dated";
import { antecedentOf, participleAntecedent } from "./relative";
import { makeTitle } from "./title";

/** The words before a happening named in passing ("… after the |strike on Reni"), left out of the clause's title with it. */
const LEAD_IN = new RegExp(String.raw`(?:\s+(?:${LEAD_IN_PREPOSITIONS}|${LEAD_IN_DETERMINERS}))+\s*$`);

/** Where the clause's title ends: before a happening named in passing at its end ("… after the strike on Reni on Monday"). */
export function titleEnd(ctx: EventCtx, c: Clause, nominalSpans: [number, number][]): number {
  const tail = nominalSpans.find(([a, b]) => a > c.start && a < c.end && b >= c.end - 2);
  if (!tail) return c.end;
  const head = ctx.text.slice(c.start, tail[0]).replace(LEAD_IN, "");
  return head.trim().split(/\s+/).length >= 3 ? c.start + head.length : c.end;
}

/**
 * A happening as the subject of "took place" ("the seizure of the tanker by police[, which] took place on Sunday"); a
 * clause starting in lower case is an act an agreement named ("an agreement to swap 500 detainees, which was carried out").
 */
const OCCURRED_AFTER = /^(?:(?:[Tt]he|[Aa]n?)\s+|(?=\p{Ll}))((?:[^,;]|(?<=\d),(?=\d{3})){4,100}?)(?:,\s+which)?\s+(took\s+place|happened|occurred|(?:was|were)\s+(?:carried\s+out|held))\b/u;
// "The talks, which were held in Istanbul" → "Talks take place": a headline tells the gathering in the present.
const OCCURRED_NOW: Record<string, string> = { "took place": "takes place", happened: "happens", occurred: "occurs", "was held": "takes place", "were held": "take place" };

/**
 * "The seizure of the tanker by Norwegian police took place on Sunday" → "Norwegian police seize tanker": the happening
 * told by its verb. Without an agent to tell it, the noun phrase with "takes place" ("an exchange of ten fishermen,
 * which took place on May 3" → "Exchange of ten fishermen takes place"), never the relative's ", which".
 */
function occurrenceTitle(ctx: EventCtx, from: number): string | null {
  const m = OCCURRED_AFTER.exec(ctx.text.slice(from, from + 160));
  if (!m) return null;
  const headline = happeningHeadline(ctx, m[1], from + m[0].indexOf(m[1]));
  if (headline) return headline;
  const phrase = m[1].replace(/\b(?:the|an?)\s+/gi, "");
  const verb = OCCURRED_NOW[m[2].toLowerCase().replace(/\s+/g, " ")] ?? "carried out";
  const title = `${phrase[0].toUpperCase()}${phrase.slice(1)} ${verb}`;
  return title.length <= 80 ? title : null;
}

/**
 * The title of the clause's event, from `titleFrom` (./clause-type.ts); a loose candidate whose report leaves no
 * title ("X said in a filing that it had bought cargoes") is titled by its complement. Null when nothing is left
 * once the date phrase and the attribution are taken out: no happening to name.
 */
export function clauseTitle(ctx: EventCtx, s: Sentence, c: Clause, r: ClauseReading, typed: { loose: boolean; titleFrom: number }, nominalSpans: [number, number][]): string | null {
  const { best, commitment, date, cm, complement } = r;
  const { titleFrom } = typed;
  const antecedent = titleFrom !== c.start ? null : c.participle ? participleAntecedent(ctx.text, c.start, s.start) : antecedentOf(ctx.text, c.start, s.start);
  const end = titleEnd(ctx, c, nominalSpans);
  const trigger = best ? c.start + best.pos : commitment && commitment.type !== "threat_warning" ? c.start + commitment.pos : null;
  let title = occurrenceTitle(ctx, titleFrom) ?? makeTitle(ctx, { start: titleFrom, end, date: date && date.start >= titleFrom ? date : null, subject: r.subject, trigger, antecedent, sharedSubject: c.sharedSubject });
  if (!title && typed.loose && complement) {
    const from = c.start + cm.length - complement.length;
    title = makeTitle(ctx, { start: from, end, date: date && date.start >= from ? date : null, subject: undefined, trigger: null, antecedent: null });
  }
  if (!title) return null;
  return commitment ? commitmentTitle(title, commitment) : title;
}

/**
 * The event, its title made when first read (`make`). Titling is the costliest part of a clause's event (./title.ts),
 * and most candidates are dropped by the non-event cues or the gate before any step reads their title. A copy
 * (`{ ...e }`) reads it. The event passed in holds a placeholder title, so the key keeps its place.
 */
export function titledWhenRead(e: FoundEvent, make: () => string): FoundEvent {
  let title: string | undefined;
  // Methods, not arrow functions: under tsx (esbuild's keepNames) a named arrow made per event costs a property definition.
  return Object.defineProperty(e, "title", {
    get() {
      return (title ??= make());
    },
    set(t: string) {
      title = t;
    },
    enumerable: true,
    configurable: true,
  });
}
