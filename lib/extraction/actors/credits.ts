/**
 * The article's own journalists are no actors: a person whose every mention sits in a credit paragraph ("Reporting by
 * Guy Faulconbridge; Editing by …", "Shannon Teo is a senior correspondent at The Straits Times.", a name alone on
 * its line, "CNN's Kosta Gak contributed reporting.") is dropped with its mentions. So is a news agency named only in credits ("Photo: Lena Voss/AFP via
 * Getty Images", "(Paris Daily with AFP and Reuters)", "By AFP", "Daily Post, BNS, ELTA").
 */
import type { Registry } from "./registry";
import type { Actor, Mention } from "./types";

const CREDIT = /^\(?(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Edited|Compiled|Translated)\s+by\b|^[—–-]?\s*With\s+(?:additional\s+)?(?:assistance|reporting)\s+(?:from|by)\b|^[^.\n]{2,60}\bis\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,6}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor)\b/u;

function paragraphAt(text: string, pos: number): string {
  const start = text.lastIndexOf("\n", pos) + 1;
  const end = text.indexOf("\n", pos);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

const SLASH_BEFORE_NAME = /^\s*\/\s*\p{Lu}/u;
/** A photo credit ("Adrian Wyld/The Canadian Press", "Image: Jan Nowak/dpa") or a live blog's time stamp ("11:05 , Jan Nowak"). */
function inPhotoOrPostCredit(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  // "(Laurent Vidal/for Libération)", "(Greg Nash)": a photographer credited in parentheses.
  if (/^\s*\/\s*for\s/.test(text.slice(m.end, m.end + 7)) || (/\(\s*$/.test(text.slice(m.start - 2, m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 2)))) return true;
  return SLASH_BEFORE_NAME.test(text.slice(m.end, m.end + 4)) || /(?:Photo(?:graph)?|Image|Picture|Credit)s?:\s*$/.test(before) || postCredit(text, m, before);
}

/** "11:05 , Jan Nowak" alone on its line credits the post; "10:45 Jan Nowak: “…”" and "10:45 Jan Nowak said …" quote her. */
function postCredit(text: string, m: Mention, before: string): boolean {
  return /(?:^|\n)\d{1,2}[:.]\d{2}\s*,?\s*$/.test(before) && !/^\s*(?::|\p{Ll})/u.test(text.slice(m.end, m.end + 3));
}

/** A line of names only: "Jan Nowak, Anna Lis" under a live blog's headline. */
const NAMES_LINE = /^\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2}(?:,? (?:and )?\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2})*$/u;

/** "…/AFP", "AFP via Getty Images", "(Paris Daily with AFP)", "By AFP", "Daily Post and Agencies", "Daily Post, BNS, ELTA". */
function inMediaCredit(text: string, m: Mention): boolean {
  const para = paragraphAt(text, m.start);
  const words = para.split(/\s+/).length;
  return (
    /\/\s*$/.test(text.slice(m.start - 2, m.start)) ||
    /^\s+via\b/.test(text.slice(m.end, m.end + 5)) ||
    /^(?:Photo(?:graph)?|Image|Picture|Source)s?:/.test(para) ||
    (words <= 8 && (/^\(.*\)$/.test(para) || /^By\s/.test(para) || /\band\s+agencies$/i.test(para) || /^[^,.]+(?:,\s*[^,.]+){2,}$/.test(para)))
  );
}

const CONTRIBUTED_TO_REPORT = /^(?:\s+and\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})?\s+contributed\s+(?:to\s+)?(?:this\s+)?report/u;
/** "CNN's Kosta Gak contributed reporting.", "[Edited by Ann Ross]": a credit at the end of a paragraph of text. */
function inTrailingCredit(text: string, m: Mention): boolean {
  return CONTRIBUTED_TO_REPORT.test(text.slice(m.end, m.end + 80)) ||
    /[[(](?:Additional\s+)?(?:[Rr]eporting|Writing|Editing|Edited)\s+by\s+(?:[^\])\n]*,\s*)?$/u.test(text.slice(Math.max(0, m.start - 60), m.start));
}

function inCredit(text: string, m: Mention, name: string): boolean {
  const para = paragraphAt(text, m.start);
  return CREDIT.test(para) || para === name || NAMES_LINE.test(para) || inPhotoOrPostCredit(text, m) || inTrailingCredit(text, m);
}

/** Removes persons and media mentioned only in credits; returns the mentions left. */
export function dropCreditedJournalists(r: Registry, mentions: Mention[]): Mention[] {
  const byActor = new Map<Actor, Mention[]>();
  for (const m of mentions) if (!m.pronoun) byActor.set(m.actor, [...(byActor.get(m.actor) ?? []), m]);
  const dropped = new Set<Actor>();
  for (const [a, ms] of byActor) {
    if (a.kind === "person" && ms.every((m) => inCredit(r.text, m, a.name))) dropped.add(a);
    if (a.kind === "media" && ms.every((m) => inCredit(r.text, m, a.name) || inMediaCredit(r.text, m))) dropped.add(a);
  }
  for (const a of dropped) {
    r.actors.delete(a.name.toLowerCase());
    for (const f of a.forms) if (r.byForm.get(f) === a) r.byForm.delete(f);
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m.actor)) : mentions;
}
