/**
 * One happening told twice in other words: a summary line and the body ("Overnight attack: 112 drones, four missiles" /
 * "Russia launched 112 attack drones and four Iskander-M missiles …"), or a rewording a paragraph on ("Canada announced
 * $1.2 billion in aid on Monday" / "Ottawa announced new military aid of $1.2 billion"). Two proposals are one when
 * they are of one class, both dated and on compatible dates, at no two different places, share an actor or their
 * place, and give the same distinctive figure (three digits or more, a decimal, or a sum in millions). The kept one
 * is the finer dated, then the more fully titled; it takes the other's actors, toll and span.
 */
import type { EventCtx, FoundEvent } from "./context";
import { absorb, classOf, compatibleDates } from "./coreference";

/** "112", "1,000", "$1.2 billion", "€30 million"; not a year, a time or a percentage. */
const FIGURE = /(?<![\d.,:])\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|trillion|bn))?(?![\d:])(?!\s*(?:%|per\s*cent|percent|pc\b))/g;
const YEAR = /^(?:19|20)\d\d$/;

/** The distinctive figures a clause gives, normalised ("1,000" → "1000"). */
export function figuresIn(clause: string): Set<string> {
  const found = new Set<string>();
  for (const m of clause.match(FIGURE) ?? []) {
    const figure = m.replace(/,/g, "").replace(/\s+/g, " ").toLowerCase();
    const digits = figure.split(" ")[0];
    if (YEAR.test(figure)) continue;
    if (digits.length >= 3 || digits.includes(".") || figure.includes(" ")) found.add(figure);
  }
  return found;
}

const contentWords = (title: string) => title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).length;

/** Which of two tellings to keep: the finer date, then the fuller title. */
const better = (a: FoundEvent, b: FoundEvent) =>
  (b.date?.length ?? 0) > (a.date?.length ?? 0) || ((b.date?.length ?? 0) === (a.date?.length ?? 0) && contentWords(b.title) > contentWords(a.title)) ? b : a;

function sameHappening(a: FoundEvent, b: FoundEvent, aFigures: Set<string>, bFigures: Set<string>): boolean {
  if (classOf(a.type) !== classOf(b.type) || !a.date || !b.date || !compatibleDates(a.date, b.date)) return false;
  if (a.location && b.location && a.location !== b.location) return false;
  const shareParty = a.actors.some((x) => b.actors.includes(x)) || (!!a.location && a.location === b.location);
  return shareParty && [...aFigures].some((f) => bFigures.has(f));
}

/** Events in text order → each happening once, the better telling kept with the other's span as a mention. */
export function mergeRetold(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  const figures = new Map(events.map((e) => [e, figuresIn(ctx.text.slice(e.start, e.end))]));
  const kept: FoundEvent[] = [];
  for (const e of events) {
    const i = figures.get(e)!.size === 0 ? -1 : kept.findIndex((k) => sameHappening(k, e, figures.get(k)!, figures.get(e)!));
    if (i < 0) {
      kept.push(e);
      continue;
    }
    const [keep, fold] = better(kept[i], e) === e ? [e, kept[i]] : [kept[i], e];
    absorb(keep, fold);
    keep.mentions?.sort((x, y) => x.start - y.start);
    figures.set(keep, new Set([...figures.get(keep)!, ...figures.get(fold)!]));
    kept[i] = keep;
  }
  return kept;
}
