/**
 * Events: clause-level happenings found by trigger words from the codebook, plus dated
 * nominal meetings ("the Alaska summit on August 15"). Each gets the clause's date phrase
 * (or one inherited from a coordinated clause), a place, actors with roles, and fatalities.
 */
import type { Actor, ActorIndex, Mention } from "./actors";
import { precisionRank, type DateMention, type Precision } from "./dates";
import { maskQuotes, type QuoteSpan, type Sentence } from "./sentences";

export const EVENT_TYPES = [
  "summit_talks", "phone_call", "proposal", "rejection", "agreement_ceasefire", "missile_drone_strike", "energy_infrastructure_attack",
  "ground_battle", "ground_advance", "aid_arms_decision", "sanctions", "threat_warning", "casualties", "political_change", "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventRole = "initiator" | "target" | "participant";

export interface FoundEvent {
  title: string;
  type: EventType;
  date: string | null;
  datePrecision: Precision;
  dateText: string | null;
  actors: string[];
  actorRoles: { name: string; role: EventRole }[];
  location: string | null;
  fatalities: number | null;
  start: number;
  end: number;
}

const TRIGGERS: [EventType, number, RegExp][] = [
  ["threat_warning", 1, /\b(warned|warns|warning|threatened|threatens|ultimatum)\b/],
  ["phone_call", 1, /\b(?:called|phoned|rang)\s+(?=\p{Lu}|his\s|her\s|the\s+\p{Lu})|\b(?:phone call|telephone call|call with|spoke by phone|phone conversation|held a call|spoke by telephone|phone calls?)\b|\b(?:spoke|spoken|talked|conversation)\b[^.;]{0,70}\b(?:phone|telephone)\b/u],
  ["political_change", 2, /\b(took over|took office|took power|elected|inaugurated|resigned|resignation|appointed|sworn in|reshuffle|ousted|stepped down|election|sacked|fired|replaced|(?:dismissed|removed)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:commander|minister|head|chief|governor|general|prosecutor|director))\b/u],
  ["ground_advance", 2, /\b(advanced|advancing|advances|captured|captures|seized|took control|taken control|liberated|incursion|breakthrough|pushed into|occupied|gained ground|overran)\b/],
  ["summit_talks", 2, /\b(met|meets|meeting with|held talks|talks with|summit|negotiations|hosted|visited|visit to|talks in)\b/],
  ["rejection", 2, /\b(rejected|rejects|rejecting|rebuffed|refused|refuses|turned down|abandoned|vetoed|ruled out|broke down|collapsed)\b/],
  ["agreement_ceasefire", 2, /\b(ceasefire|truce|armistice|agreed to|signed|agreement on|deal on|prisoner exchange|swap|brokered|deal)\b/],
  ["sanctions", 3, /\b(sanctions?|sanctioned|embargo|price cap|tariffs?|blacklisted)\b/],
  ["proposal", 3, /\b(proposed|proposing|proposes|proposal|offer|offered|offers|invited|invites|invitation|peace plan|suggested|put forward|ready to host|offered to host|offer to host|ready to mediate)\b/],
  ["ground_battle", 3, /\b(battle|fighting|clashes|clashed|raging|assaults?|combat engagements|engagements|repelled|repulsed|pushed\s+(?:\S+\s+){1,3}back|counter-?offensive|offensive|defend|encircled|storming)\b/],
  ["missile_drone_strike", 3, /\b(missiles?|drones?|barrage|air ?strikes?|strikes?|struck|hit|hits|attack|attacked|attacks|bombed|bombing|bombs|shelled|shot down|intercepted|Shaheds?|ballistic)\b/],
  ["aid_arms_decision", 4, /\b(aid|military supplies|supplies|weapons|arms|military equipment|funds|funding|package|tranche|delivered|deliveries|Patriots?|HIMARS|F-16s?|ATACMS|Tomahawks?|cut off)\b/],
  ["casualties", 4, /\b(killed|killing|dead|died|wounded|injured|casualties|death toll|lost\s+(?:about\s+|some\s+|over\s+)?[\d,]+\s+(?:personnel|troops|soldiers|servicemen)|combat losses)\b/],
];
const ENERGY_TARGET = /\b(refiner(?:y|ies)|pipelines?|power (?:plant|station|grid)s?|substations?|energy|grid|oil depots?|fuel depots?|gas (?:facility|facilities|infrastructure)|thermal|hydroelectric|electricity|oil terminal|port infrastructure)\b/i;
const STRIKE_TYPES = new Set<EventType>(["missile_drone_strike"]);
const MODAL = /\b(will|would|could|may|might|should|shall|intends? to|plans? to|is certain to|are certain to|is likely to|are likely to|wants? to|[Ii]f|[Uu]nless|is expected to|are expected to|hopes? to|seeks? to|Will|Would|Could|Should)\b/;
const SAY_THAT = /\b(said|says|told|warned|stated|announced|claimed|reported|insisted|added|noted|argued|admitted|confirmed|assumed|believes|believed|thinks|thought)\b[^.;]{0,80}?\bthat\b/;
const BOUNDARY = /;\s+|,\s+which\s+(?=(?:was|were|had\s+been)\s+\p{Ll}+|(?:\p{Ll}+ed|broke|took|began|came|fell|went|hit|struck|saw|won|lost)\b)|,\s+(?=(?:would|could|might)\s+\p{Ll})|,\s+when\s+(?=the\s|it\s|they\s|\p{Lu})|,\s+but\s+|\s+but\s+(?=(?:\p{Ll}+ed\b|also\b|then\b|\p{Lu}))|,\s+and\s+(?=(?:then\s+|also\s+)?\p{Ll}+ed\b)|,\s+(?:before|after|while|whereas|until)\s+|\s+(?:after|before)\s+(?=\p{Ll}{3,}ing\s)|\s+and\s+(?=(?:will|would|is\s+(?:due|set|expected)\s+to)\s+\p{Ll})|\s+(?:after|when|since)\s+(?=the\s+(?:[\p{L}-]+\s+){1,4}(?:was|were|had\s+been)\s+\p{Ll}+ed\b)|\s+(?:before|until|since|after)\s+(?=(?:he|she|they|it)\b|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})/gu;
const REPORTED_PLUPERFECT = /^\s*(?:\p{L}[\p{L}’'-]*\s+){1,5}?had\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|taken|won|shot|struck|hit|seized|begun|held|sent|brought|made)\b/u;
/** An unnamed official subject acting in the past: "the authorities had ordered …", "local officials evacuated …". */
const GENERIC_SUBJECT = /(?:^|[,:]\s+|^\s*)(?:[Tt]he\s+)?(?:local\s+|regional\s+|city\s+|military\s+|Ukrainian\s+|Russian\s+)?(?:authorities|officials|police|rescuers|emergency services)\s+(?:had\s+|have\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b/u;
/** A speech to a legislature or assembly is a dated happening, not only a statement: "Merz told the Bundestag on Wednesday that …". */
const ADDRESS = /\b(?:told|addressed|briefed)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:[Pp]arliament|Bundestag|Duma|Rada|Congress|Senate|lawmakers|legislators|MPs|National Assembly|Sejm|Knesset|General Assembly|Security Council)\b/u;
const PAST_VERB = /\b(\p{Ll}{3,}ed|was|were|had|did|met|took|hit|came|began|sent|made|held|gave|spoke|struck|saw|won|lost|fell|rose|went|left|led|shot|brought|became|cut|put)\b/u;
const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, dozen: 12, "a dozen": 12,
};
const FATAL_RE = [
  /\b(?:killing|killed|kills|leaving|left)\s+(?:at least\s+|some\s+|more than\s+|over\s+|about\s+|around\s+|nearly\s+)?(\d+|a dozen|[a-z]+)\b(?!\s*(?:%|per|km|of the))(?:\s+(?:people|civilians|persons|soldiers|others|children|residents|servicemen|troops))?(?!\s+(?:injured|wounded|hurt))/i,
  /\b(?:at least\s+|some\s+|more than\s+|over\s+)?(\d+|[a-z]+)\s+(?:people|civilians|persons|soldiers|residents|children)\s+(?:were|have been|had been|was)\s+killed\b/i,
  /\bdeath toll\s+(?:\w+\s+){0,3}?(?:rose|climbed|reached|stood at|rises|is)\s+(?:to\s+)?(\d+|[a-z]+)\b/i,
];
const NOMINAL = /\bthe\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})(summit|talks|meeting|conference|negotiations)\b/gu;
const LOCATION_RE = /\b(?:in|In|at|At|to|near|Near|into|from|of|hit|struck|targeted|attacked|shelled|on|over|around|outside|toward|towards)\s+(?:the\s+)?(?:(?:city|town|village|port|region)\s+of\s+)?(?:neighbouring\s+|neighboring\s+|southern\s+|eastern\s+|northern\s+|western\s+|occupied\s+|frontline\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})((?:\s+(?:region|oblast|Oblast|province|Province|Region))?)/gu;
const FACILITY_RE = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(?:oil\s+|gas\s+|power\s+|thermal\s+)?(?:refinery|summit|region|oblast|port|airfield|air base|airbase|plant|power plant|station|bridge|forum)\b/gu;
const NOT_PLACE = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its)$/;

interface Ctx {
  text: string;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  index: ActorIndex;
  dates: DateMention[];
}

function parseCount(s: string): number | null {
  const t = s.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return NUMBER_WORDS[t] ?? null;
}

export function fatalitiesIn(s: string): number | null {
  for (const re of FATAL_RE) {
    const m = re.exec(s);
    if (m) {
      const n = parseCount(m[1]);
      if (n !== null) return n;
    }
  }
  return null;
}

function locationIn(ctx: Ctx, from: number, to: number, exclude: [number, number][] = []): string | null {
  const s = ctx.text.slice(from, to);
  const cands: { pos: number; name: string; state: boolean }[] = [];
  const consider = (pos: number, raw: string, suffix = "") => {
    const name = raw.replace(/['’]s$/, "");
    const abs = from + pos;
    if (exclude.some(([a, b]) => abs >= a && abs < b)) return;
    const words = name.split(" ");
    const first = words[0];
    if (NOT_PLACE.test(first)) return;
    if (words.length > 2 || /^(Forum|Summit|Conference|Council|Forces|Force|Ministry|Office|House|Times|Union|Staff)$/.test(words[words.length - 1]) && !ctx.index.byForm.has(name)) return;
    if (words.some((w) => ctx.index.byForm.get(w)?.kind === "person" || /^(Secretary|Minister|President|General)$/.test(w))) return;
    const actor = ctx.index.byForm.get(name) ?? ctx.index.byForm.get(first);
    if (actor && actor.kind !== "state" && !actor.metonyms.has(name)) return;
    if (ctx.index.stateOfDemonym.has(first)) return;
    cands.push({ pos, name: `${name}${suffix}`, state: !!actor && actor.kind === "state" && !actor.metonyms.has(name) });
  };
  LOCATION_RE.lastIndex = 0;
  for (let m = LOCATION_RE.exec(s); m; m = LOCATION_RE.exec(s)) consider(m.index + m[0].indexOf(m[1]), m[1], m[2] ?? "");
  FACILITY_RE.lastIndex = 0;
  for (let m = FACILITY_RE.exec(s); m; m = FACILITY_RE.exec(s)) {
    const head = /(region|oblast)$/i.exec(m[0]);
    consider(m.index + 4, m[1], head ? ` ${head[1]}` : "");
  }
  cands.sort((a, b) => Number(a.state) - Number(b.state) || a.pos - b.pos);
  return cands[0]?.name ?? null;
}

/** The state behind a clause-opening demonym subject: "Indian refiners cut …" -> India (when the article names it as an actor). */
function demonymSubject(ctx: Ctx, clause: string): Actor | null {
  const m = /^\s*(?:[Tt]he\s+)?(\p{Lu}\p{L}+)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}s\s+(?!of\b)/u.exec(clause);
  const state = m && ctx.index.stateOfDemonym.get(m[1]);
  const actor = state ? ctx.index.byForm.get(state) : undefined;
  return actor && actor.kind === "state" ? actor : null;
}

function pickDate(ds: DateMention[]): DateMention | null {
  if (!ds.length) return null;
  return [...ds].sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision) || a.start - b.start)[0];
}

function shortName(a: Actor): string {
  return a.kind === "person" ? a.name.split(" ").pop()! : a.name;
}

function makeTitle(ctx: Ctx, start: number, end: number, date: DateMention | null, subject: Mention | undefined): string {
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

/**
 * An undated event takes a date the text gives it indirectly: the only date of its own sentence
 * ("Repair work began two days later, after both sides agreed to a ceasefire") unless a later clause of
 * the sentence owns it ("X has called for a deal, after two tankers were hit earlier this month"); the date
 * of an earlier event of the same type at the same place, which it goes on to describe ("In Kharkiv, the
 * enemy struck …" after "Russian troops attacked Kharkiv and Zaporizhzhia overnight"); the date of the
 * previous sentence of its paragraph, which it continues ("On Monday night, Kyiv was attacked again.
 * Emergency services said one person was killed"); or, for a lead in the perfect ("Erdoğan has called on …"),
 * the day on which the next sentence has the same actor act ("Erdoğan told reporters on Wednesday").
 */
function inheritDates(ctx: Ctx, events: FoundEvent[]) {
  const sentenceIdx = (pos: number) => ctx.sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const inQuote = (pos: number) => ctx.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
  const datesIn = (s: Sentence) => ctx.dates.filter((d) => d.start >= s.start && d.end <= s.end && d.date && !inQuote(d.start));
  const own = new Set(events.filter((e) => e.date).map((e) => e));
  for (const e of events) {
    if (e.date) continue;
    const si = sentenceIdx(e.start);
    const s = ctx.sentences[si];
    if (!s) continue;
    const inSentence = datesIn(s);
    let from: { date: string | null; datePrecision: Precision; dateText: string | null } | null = null;
    if (inSentence.length === 1) {
      const d = inSentence[0];
      const owner = events.find((x) => x !== e && own.has(x) && d.start >= x.start && d.end <= x.end);
      if (!(owner && owner.start > e.start)) from = { date: d.date, datePrecision: d.precision, dateText: d.text };
    }
    if (!from && e.location) {
      const same = events.find((x) => x !== e && x.start < e.start && x.date && x.type === e.type && x.location === e.location);
      if (same) from = same;
    }
    const prev = ctx.sentences[si - 1];
    // A paragraph that opens with a quote continues the attribution paragraph before it.
    const quoteOpens = ctx.quotes.some((q) => q.start <= s.start + 1 && q.end > s.start) && prev && prev.paragraph === s.paragraph - 1;
    if (!from && !inSentence.length && prev && (prev.paragraph === s.paragraph || quoteOpens)) {
      // The last dated event of the previous sentence, its date as given there (not re-inherited text).
      const before = events.filter((x) => x !== e && x.date && x.start >= prev.start && x.start < prev.end);
      const last = before[before.length - 1];
      if (last) from = { date: last.date, datePrecision: last.datePrecision, dateText: null };
      // Else the only date of that sentence, e.g. of a bare speech report ("X told a news conference on Thursday …").
      const only = datesIn(prev);
      if (!from && !before.length && only.length === 1) from = { date: only[0].date, datePrecision: only[0].precision, dateText: null };
    }
    const next = ctx.sentences[si + 1];
    const lead = ctx.text.slice(e.start, e.end);
    if (!from && next && /\b(?:has|have)\s+(?:\p{L}+ly\s+)?\p{Ll}+(?:ed|en|wn|ne)\b/u.test(lead) && !/\b(?:has|have)\s+(?:long|always|never|repeatedly|often)\b/.test(lead)) {
      const subject = ctx.index.mentions.find((m) => m.start >= e.start && m.end <= e.end && !inQuote(m.start));
      const again = subject && ctx.index.mentions.some((m) => m.actor === subject.actor && m.start >= next.start && m.end <= next.end && !inQuote(m.start));
      const day = datesIn(next).filter((d) => d.precision === "day");
      if (again && day.length === 1) from = { date: day[0].date, datePrecision: day[0].precision, dateText: day[0].text };
    }
    if (!from) continue;
    e.date = from.date;
    e.datePrecision = from.datePrecision;
    e.dateText = from.dateText;
  }
}

const AUX = "(?:was|were|had|has|have|been|being|be|is|are|not|also|then|which|that|who|and|or|but)";
const PARTICIPLE = "(?!(?:expected|planned|scheduled|slated|intended|needed|required|called|based|aimed|designed|due)\\b)(?:\\p{Ll}{3,}ed|sent|held|signed|made|given|taken|brought|put|set|built|won|shot|struck|hit|begun|drawn|laid|sold|paid|agreed)";
const REDUCED_RELATIVE = new RegExp(
  `\\b(?:the|a|an)\\s+((?:(?!${AUX}\\b)[\\p{L}\\d-]+\\s+){1,4}?${PARTICIPLE}(?:\\s+(?:to|in|at|by|with|from|against|for)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){1,2}?)?)\\s*$`,
  "u",
);

/**
 * A dated happening named by a reduced relative clause ("a revised legal text sent to capitals on Monday", "the exchanges
 * agreed in Istanbul in June") is an event of its own. It takes over the date from a bare dated clause around it that had
 * no trigger of its own ("X said the Commission had addressed … in a text sent to capitals on Monday"); a typed event that
 * already owns the date keeps it.
 */
function participialEvents(ctx: Ctx, events: FoundEvent[], bodyStart: number) {
  const inQuote = (pos: number) => ctx.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);
  for (const d of ctx.dates) {
    if (!d.date || d.start < bodyStart || inQuote(d.start)) continue;
    const s = ctx.sentences.find((x) => d.start >= x.start && d.end <= x.end);
    if (!s) continue;
    const before = ctx.text.slice(Math.max(s.start, d.start - 120), d.start);
    const m = REDUCED_RELATIVE.exec(before);
    if (!m) continue;
    const start = d.start - before.length + m.index + m[0].indexOf(m[1]);
    const holders = events.filter((e) => e.start <= d.start && e.end >= d.end && e.date === d.date);
    if (holders.some((e) => e.type !== "other")) continue;
    for (const h of holders) events.splice(events.indexOf(h), 1);
    const phrase = m[1].trim();
    let type: EventType = "other";
    for (const [t, , re] of TRIGGERS) if (re.test(phrase)) { type = t; break; }
    const mentions = ctx.index.mentions.filter((x) => x.start >= start && x.end <= d.end && x.actor.kind !== "media");
    const actors = [...new Set(mentions.map((x) => x.actor))];
    events.push({
      title: phrase.charAt(0).toUpperCase() + phrase.slice(1),
      type,
      date: d.date,
      datePrecision: d.precision,
      dateText: d.text,
      actors: actors.map((a) => a.name),
      actorRoles: actors.map((a) => ({ name: a.name, role: "participant" as const })),
      location: locationIn(ctx, start, d.end),
      fatalities: null,
      start,
      end: d.end,
    });
  }
}

export function findEvents(ctx: Ctx, opts: { bodyStart: number }): FoundEvent[] {
  const { text } = ctx;
  const events: FoundEvent[] = [];
  const consumed = new Set<DateMention>();
  const inQuote = (pos: number) => ctx.quotes.some((q) => pos >= q.innerStart && pos < q.innerEnd);

  const prevSentenceDated = (s: Sentence) => {
    const i = ctx.sentences.indexOf(s);
    const prev = ctx.sentences[i - 1];
    return !!prev && prev.paragraph === s.paragraph && ctx.dates.some((d) => d.date && d.start >= prev.start && d.end <= prev.end && !inQuote(d.start));
  };
  for (const s of ctx.sentences) {
    if (s.start < opts.bodyStart) continue;
    const masked = maskQuotes(ctx, s.start, s.end);
    const sDates = ctx.dates.filter((d) => d.start >= s.start && d.end <= s.end && !inQuote(d.start) && d.date);
    const nominalSpans: [number, number][] = [];

    // Dated nominal meetings named in passing: "Following the Alaska summit on August 15 and …"
    NOMINAL.lastIndex = 0;
    for (let m = NOMINAL.exec(masked); m; m = NOMINAL.exec(masked)) {
      const abs = s.start + m.index;
      const prevWord = /(\p{L}+)\W*$/u.exec(masked.slice(0, m.index))?.[1]?.toLowerCase() ?? "";
      if (/^(at|during|in|on|of|to|from|for|with)$/.test(prevWord)) continue;
      const endAbs = abs + m[0].length;
      const d = sDates.find((x) => x.start >= endAbs && x.start <= endAbs + 2);
      if (!d) continue;
      consumed.add(d);
      nominalSpans.push([abs, d.end]);
      const modifier = m[1].trim();
      const mod = ctx.index.byForm.get(modifier);
      const actors = ctx.index.mentions.filter((x) => x.start >= abs && x.end <= endAbs).map((x) => x.actor);
      events.push({
        title: `${modifier} ${m[2]}`,
        type: "summit_talks",
        date: d.date,
        datePrecision: d.precision,
        dateText: d.text,
        actors: [...new Set(actors.map((a) => a.name))],
        actorRoles: [...new Set(actors)].map((a) => ({ name: a.name, role: "participant" as const })),
        location: mod && mod.kind !== "state" && mod.kind !== "organization" ? null : modifier,
        fatalities: null,
        start: abs,
        end: d.end,
      });
    }

    // Clauses.
    const clauses: { start: number; end: number; coord: boolean; when: DateMention | null; gerund: boolean }[] = [];
    let last = 0;
    let coord = false;
    let when: DateMention | null = null;
    let gerund = false;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(masked); m; m = BOUNDARY.exec(masked)) {
      clauses.push({ start: s.start + last, end: s.start + m.index, coord, when, gerund });
      coord = /but|and|;|which/.test(m[0]);
      gerund = /^\s+(?:after|before)\s+$/.test(m[0]);
      // "… in September, when the regulator lowered the rate": the relative clause happened at that date.
      const at = s.start + m.index;
      when = /when/.test(m[0]) ? sDates.find((d) => d.end <= at && at - d.end <= 2) ?? null : null;
      last = m.index + m[0].length;
    }
    clauses.push({ start: s.start + last, end: s.end, coord, when, gerund });

    let prevDate: DateMention | null = null;
    let prevSubject: Mention | undefined;
    for (const c of clauses) {
      let cm = maskQuotes(ctx, c.start, c.end);
      for (const [a, b] of nominalSpans) {
        if (b <= c.start || a >= c.end) continue;
        const x = Math.max(a, c.start) - c.start, y = Math.min(b, c.end) - c.start;
        cm = cm.slice(0, x) + " ".repeat(y - x) + cm.slice(y);
      }
      if (!cm.trim()) continue;
      const reported = SAY_THAT.exec(cm);
      const mainEnd = reported ? reported.index + reported[0].length : cm.length;
      let best: { type: EventType; prio: number; pos: number; len: number; main: boolean } | null = null;
      for (const [type, prio, re] of TRIGGERS) {
        for (let m = re.exec(cm); m; m = null) {
          const main = m.index < mainEnd;
          const cand = { type, prio, pos: m.index, len: m[0].length, main };
          if (!best || Number(cand.main) > Number(best.main) || (cand.main === best.main && (cand.prio < best.prio || (cand.prio === best.prio && cand.pos < best.pos)))) best = cand;
          break;
        }
      }
      const windowStart = best && !best.main && reported ? reported.index + reported[0].length : 0;
      const modalWindow = best ? cm.slice(windowStart, Math.min(cm.length, best.pos + best.len + 25)) : cm;
      if (best && MODAL.test(modalWindow) && best.type !== "threat_warning") best = null;
      if (best && /\bto\s+$/.test(cm.slice(0, best.pos)) && best.type !== "aid_arms_decision") best = null;

      const own = ctx.dates.filter((d) => d.start >= c.start && d.end <= c.end && d.date && !consumed.has(d) && !inQuote(d.start));
      if (!own.length && c.when) own.push(c.when);
      let date = pickDate(own);
      if (!date && c.coord && prevDate) date = prevDate;
      const mentions = ctx.index.mentions.filter((m) => m.start >= c.start && m.end <= c.end && !inQuote(m.start) && m.actor.kind !== "media" && !nominalSpans.some(([a, b]) => m.start >= a && m.end <= b));
      let subject = mentions.find((m) => !m.possessive) ?? mentions[0];
      if (!subject && (c.coord || c.gerund) && prevSubject) subject = prevSubject;
      if (own.length) prevDate = date;
      else if (!c.coord) prevDate = date;
      if (subject) prevSubject = subject;

      let type: EventType | null = best?.type ?? null;
      // A dated report of a completed happening ("Syrskyi said last week that Ukrainian forces had cleared …") is an
      // event titled by what was reported, with the report's date.
      let titleFrom = c.start;
      const complement = reported ? cm.slice(mainEnd) : "";
      const pluperfect = reported && own.length && date && !MODAL.test(complement) ? REPORTED_PLUPERFECT.exec(complement) : null;
      // Its subject must be an actor ("Ukrainian forces had cleared …", not "annual inflation had slowed …").
      const actorSubject = pluperfect && mentions.some((m) => m.start >= c.start + mainEnd && m.end <= c.start + mainEnd + pluperfect[0].length);
      // "… the seizure of a tanker by Estonian authorities, which took place on November 21": titled by its antecedent.
      if (/,\s+which\s+$/.test(text.slice(Math.max(s.start, c.start - 9), c.start)) && /^\s*(?:took place|happened|occurred)\b/.test(cm)) {
        const from = Math.max(s.start, c.start - 120);
        const head = /\b[Tt]he\s+\p{Ll}+(?:\s+[^\s,;]+){0,10}?,\s+which\s+$/u.exec(text.slice(from, c.start));
        if (head) titleFrom = from + head.index;
      }
      if (!type && actorSubject) {
        type = "other";
        titleFrom = c.start + mainEnd;
      }
      if (!type) {
        // A bare speech report ("Putin told India Today that …") is a statement, not an event.
        // "… began easing in June after holding the rate at 21% since October 2024": a dated gerund clause is its own happening.
        if (c.gerund && own.length && date && subject && !MODAL.test(cm)) type = "other";
        else if (own.length && date && (PAST_VERB.test(cm) || ADDRESS.test(cm)) && (reported ? ADDRESS.test(cm) && !MODAL.test(cm.slice(0, mainEnd)) : !MODAL.test(cm)) && (mentions.length || subject || c.when || /^\s*(?:it|they)\s/i.test(cm) || demonymSubject(ctx, cm) || GENERIC_SUBJECT.test(cm))) type = "other";
        else continue;
      }
      if (STRIKE_TYPES.has(type) && ENERGY_TARGET.test(cm)) type = "energy_infrastructure_attack";
      const actorsOrdered: { actor: Actor; pos: number }[] = [];
      // A subject named only by a demonym ("Indian refiners cut …") involves that state.
      const byDemonym = !mentions.length ? demonymSubject(ctx, cm) : null;
      if (byDemonym) actorsOrdered.push({ actor: byDemonym, pos: c.start });
      for (const m of mentions) if (!actorsOrdered.some((x) => x.actor === m.actor)) actorsOrdered.push({ actor: m.actor, pos: m.start });
      if (!actorsOrdered.length && subject) actorsOrdered.push({ actor: subject.actor, pos: c.start });
      const location = locationIn(ctx, c.start, c.end, ctx.quotes.map((q) => [q.start, q.end] as [number, number]));
      // A bare follow-on ("Air defence downed 71 drones.") is kept when the previous sentence of its paragraph is dated.
      if (!actorsOrdered.length && !date && !location && !(best && prevSentenceDated(s))) continue;
      const trigPos = c.start + (best?.pos ?? 0);
      const symmetric = type === "summit_talks" || type === "agreement_ceasefire";
      let initiatorGiven = false;
      const actorRoles = actorsOrdered.map(({ actor, pos }) => {
        let role: EventRole = "participant";
        if (!symmetric) {
          if (pos < trigPos && !initiatorGiven) {
            role = "initiator";
            initiatorGiven = true;
          } else if (pos > trigPos) role = "target";
        }
        return { name: actor.name, role };
      });
      events.push({
        title: makeTitle(ctx, titleFrom, c.end, date && date.start >= titleFrom ? date : null, subject),
        type,
        date: date?.date ?? null,
        datePrecision: date?.precision ?? "unknown",
        dateText: date?.text ?? null,
        actors: actorRoles.map((r) => r.name),
        actorRoles,
        location,
        fatalities: fatalitiesIn(ctx.text.slice(c.start, c.end)),
        start: c.start,
        end: c.end,
      });
    }
  }
  events.sort((a, b) => a.start - b.start);
  inheritDates(ctx, events);
  participialEvents(ctx, events, opts.bodyStart);
  events.sort((a, b) => a.start - b.start);
  return events;
}
