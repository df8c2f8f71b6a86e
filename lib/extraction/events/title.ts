/** Titles for events. */
import type { Actor, Mention } from "../actors";
import type { DateMention } from "../dates";
import type { EventCtx } from "./context";

function shortName(a: Actor): string {
  return a.kind === "person" ? a.name.split(" ").pop()! : a.name;
}

export function makeTitle(ctx: EventCtx, start: number, end: number, date: DateMention | null, subject: Mention | undefined): string {
  let t = ctx.text.slice(start, end);
  if (date && date.start >= start && date.end <= end) {
    const a = date.start - start, b = date.end - start;
    t = t.slice(0, a) + " ".repeat(b - a) + t.slice(b);
  }
  // A clause opening with a quotation is titled by its attribution ("the minister said after talks with …").
  const opening = ctx.quotes.find((q) => q.start >= start && !ctx.text.slice(start, q.start).trim() && q.end < end);
  if (opening && ctx.text.slice(opening.end, end).split(/\s+/).filter(Boolean).length >= 4) t = t.slice(opening.end - start);
  t = t
    .replace(/,?\s+according to\b.*$/s, "")
    .replace(/^[\s,;—–-]*(?:(?:but|and|before|after|since|until|while|whereas|however|meanwhile|in the meantime|following|then|also)\b[\s,]*)+/i, "")
    .replace(/\s+,/g, ",")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,]+|[\s,.;:]+$/g, "");
  if (subject?.pronoun) t = t.replace(/^(he|she)\b/i, shortName(subject.actor));
  const words = t.split(/\s+/);
  if (words.length > 16) t = words.slice(0, 16).join(" ").replace(/[,;:]$/, "") + "…";
  return t.charAt(0).toUpperCase() + t.slice(1);
}
