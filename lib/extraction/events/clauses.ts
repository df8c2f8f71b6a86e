/**
 * Splits a sentence into clauses at coordination, subordination and relative-clause boundaries. The boundary rules
 * (./clause-boundaries.ts) propose cuts; per cut, in order: matches that are no boundary here pass (`passesOver`), a
 * comma may close a set-off relative or participle (./set-off-relative.ts), the rule's own condition is checked
 * (`rejectsCut`), then the open clause ends and the next opens (`cutAt`), with the subject it shares.
 */
import type { DateMention } from "../dates";
import { isPastTense, lexiconTag, mayHeadNoun } from "../nlp";
import { ING_OPENING } from "../word-shapes";
import { BOUNDARY, mereTimeFrame, OPENS_WITH_AUXILIARY, PRICE_INSERT, REPORTED, SIMPLE_PAST_OBJECT } from "./clause-boundaries";
import { opensFiniteClause, opensMainClause } from "./finite-cut";
import { pastPredicate, REPORTING_VERBS, SPEECH_ACT_VERBS } from "./finite-clause";
import { datedRestrictiveRelative } from "./restrictive-relative";
import { closeSetOffAdjuncts } from "./set-off-adjunct";
import { closesSetOff, datedParticiple, setOffHeadAfter } from "./set-off-relative";
import { headSpan, sharedSubjectOf } from "./shared-subject";
import { hasPastVerb, typeOfPhrase } from "./triggers";

export interface Clause {
  start: number;
  end: number;
  /** Coordinated with the clause before ("…, but Bankova rejected the offer"): may share its date and subject. */
  coord: boolean;
  /** "… in September, when the regulator lowered the rate": the date the "when" clause modifies. */
  when: DateMention | null;
  /** Opened by "after/before" + gerund ("after holding the rate at 21%"). */
  gerund: boolean;
  /** A relative clause on a person or place ("…, who promised …"): its subject is the last actor before it. */
  relative: boolean;
  /** Inside a relative clause ("…, which was struck in 2024", "…, where Kyiv filed a complaint in 2023 and withdrew it in 2024"). */
  nested: boolean;
  /** A second object of the clause before's verb, with a date of its own ("… and Zelensky in Kyiv four days later"). */
  gapped?: boolean;
  /** Where the subject of a clause that opens with its verb is written, in the clause it shares it with ("The coalition of the willing"). */
  sharedSubject?: { start: number; end: number };
  /** A participle set off by a comma after a noun phrase ("the treaty, | signed in May"): that noun is acted upon. */
  participle?: boolean;
  /** A relative that only describes its antecedent ("…, which has 40,000 residents"): it tells no happening. */
  describes?: boolean;
  /** A relative set off by commas before its antecedent's verb ("The blast, | which killed nine, | sparked …"): undated, it may take the main clause's date. */
  beforeMainVerb?: boolean;
  /** The main clause goes on after a relative clause ("…, which was struck in 2024, and laid a wreath"): it shares the main clause's date and subject. */
  resumesMain: boolean;
}

type Span = { start: number; end: number };
const spanOf = ({ start, end }: Span): Span => ({ start, end });

/**
 * The clause being read: where it starts in the masked sentence, and what the boundary that opened it tells of it
 * (`coord` to `sharedSubject` are the Clause's own; the rest tells which set-off phrase or list is open).
 */
export interface OpenClause {
  start: number;
  coord: boolean;
  when: DateMention | null;
  gerund: boolean;
  relative: boolean;
  nested: boolean;
  resumesMain: boolean;
  gapped: boolean;
  sharedSubject?: Span;
  /** Opened by a set-off participle ("The ship, | seized in March"). */
  participle: boolean;
  /** Opened by a relative that only describes its antecedent ("…, which has 40,000 residents"). */
  describes: boolean;
  /** Opened by ", which": a subject relative, which also ends at its antecedent's report ("Reliance, which signed a deal, | said …"). */
  afterWhich: boolean;
  /** Opened by a list's comma: the list's last member may follow after "and" ("arrived, laid a wreath | and then met …"). */
  afterList: boolean;
  /** Opened by an object relative with a subject of its own ("…, which Ukraine accepted"): a comma in it closes no object relative. */
  object: boolean;
  /**
   * The antecedent of the set-off relative or participle this clause is ("The plant | , which opened in May"), for the
   * main clause resumed after it; `subject` when it opens its clause ("The plant", not "Troops shelled | the plant").
   */
  setOffHead?: Span & { subject: boolean };
}

/** The sentence being split: its masked text, where it starts, its dates, the clauses found and the one being read. */
interface Split {
  masked: string;
  offset: number;
  dates: DateMention[];
  clauses: Clause[];
  open: OpenClause;
}

/** A match that is no boundary: "pass" goes on after it; "retry" lets another rule match from the next character. */
type Skip = "pass" | "retry";

/** A boundary the sentence is cut at, and what it opens. */
interface Cut {
  m: RegExpExecArray;
  /** It closes a set-off relative before its antecedent's verb ("The blast, which killed nine, | sparked …"). */
  setOffEnd: boolean;
  /** It opens a set-off participle with a date of its own ("The ship, | seized in March"). */
  participle: boolean;
  /** It goes on a list of verb phrases ("arrived on Friday, | laid a wreath | and then met …"). */
  list: boolean;
  /** A restrictive relative with a date of its own, and where the main clause resumes in it. */
  datedRelative: { resume: number | null; planned: boolean } | null;
}

/** A cut read whole: the clause it ends, whether that only sets the time of a "when" (`frame`), and the subject the next shares. */
interface ReadCut extends Cut {
  clause: Clause;
  frame: boolean;
  nextSubject: Span | undefined;
}

const FIRST_CLAUSE: OpenClause = { start: 0, coord: false, when: null, gerund: false, relative: false, nested: false, resumesMain: false, gapped: false, participle: false, describes: false, afterWhich: false, afterList: false, object: false };

/** Whether a date lies in the part before an "and" and another in the part after it. */
function datedBothSides(dates: DateMention[], from: number, at: number, to: number): boolean {
  return dates.some((d) => d.start >= from && d.end <= at) && dates.some((d) => d.start >= at && d.end <= to);
}

/** Clauses of a sentence starting at `offset`, whose quotes are masked in `masked`. */
export function splitClauses(masked: string, offset: number, sentenceDates: DateMention[]): Clause[] {
  const split: Split = { masked, offset, dates: sentenceDates, clauses: [], open: FIRST_CLAUSE };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(masked); m; m = BOUNDARY.exec(masked)) {
    const cut = readBoundary(split, m);
    if (cut === "retry") BOUNDARY.lastIndex = m.index + 1;
    else if (cut !== "pass") {
      const resumeAt = cutAt(split, cut);
      if (resumeAt !== null) BOUNDARY.lastIndex = resumeAt;
    }
  }
  split.clauses.push(closed(split.open, masked.length, offset, false));
  return closeSetOffAdjuncts(split.clauses, masked, offset);
}

/** The open clause, ended at `end`. */
function closed(open: OpenClause, end: number, offset: number, beforeMainVerb: boolean): Clause {
  const { coord, when, gerund, relative, nested, resumesMain } = open;
  return {
    start: offset + open.start,
    end: offset + end,
    coord, when, gerund, relative, nested, resumesMain,
    ...(open.gapped ? { gapped: true } : {}),
    ...(open.sharedSubject ? { sharedSubject: open.sharedSubject } : {}),
    ...(beforeMainVerb ? { beforeMainVerb: true } : {}),
    ...(open.participle ? { participle: true } : {}),
    ...(open.describes ? { describes: true } : {}),
  };
}

/** What the boundary rule matching at `found` does here: a cut, or no boundary. */
function readBoundary(split: Split, found: RegExpExecArray): ReadCut | Skip {
  if (passesOver(split, found)) return "pass";
  const setOff = closesSetOff(found, split.open, split.masked);
  if (setOff === "retry") return "retry";
  const { match: m, setOffEnd } = setOff;
  const g = m.groups ?? {};
  const { masked, offset, open } = split;
  const before = masked.slice(open.start, m.index);
  const after = masked.slice(m.index + m[0].length);
  const cut: Cut = {
    m,
    setOffEnd,
    participle: !!g.participle && !setOffEnd,
    list: !setOffEnd && !!(g.list || g.listed || g.listEnd),
    datedRelative: g.restrictive ? datedRestrictiveRelative(before, after, offset + m.index + m[0].length, split.dates) : null,
  };
  const skip = rejectsCut(split, cut, before, after);
  if (skip) return skip;
  const frame = !!g.finiteWhen && mereTimeFrame(before);
  const clause = closed(open, m.index, offset, setOffEnd);
  const nextSubject = sharedSubjectOf(frame ? split.clauses[split.clauses.length - 1] : clause, before, /\b(?:and|but)\s*$/.test(m[0]) || cut.list, after);
  // "…, whose husband signed a contract in 2024 | and was killed …": a verb group with no subject to share titles nothing.
  if ((g.and || g.perfectAnd) && !nextSubject && OPENS_WITH_AUXILIARY.test(after)) return "retry";
  return { ...cut, clause, frame, nextSubject };
}

/** Whether the open phrase holds a date both before the match and after it, up to the sentence's end. */
const datedBothAround = ({ dates, offset, open, masked }: Split, m: RegExpExecArray) => datedBothSides(dates, offset + open.start, offset + m.index, offset + masked.length);

/** Matches that are no boundary here, read before any set-off phrase is closed. */
function passesOver(split: Split, m: RegExpExecArray): boolean {
  const g = m.groups ?? {};
  const { masked, open } = split;
  // Undated, a second verb phrase is one of its own only as the last of a list ("arrived, laid a wreath and then met …"),
  // or when it names a happening of another kind ("spoke with Anwar by phone | and invited Malaysia to join …").
  const before = masked.slice(open.start, m.index), after = masked.slice(m.index + m[0].length);
  // Nor a passive with a named agent of its own: "left port | and was seized by the Turkish Navy" is that agent's act.
  if (g.and && !open.afterList && !datedBothAround(split, m) && !namesAnotherKind(before, after) && !speechActAfterReport(before, after) && !PASSIVE_BY_NAME.test(after)) return true;
  if (g.gap && (!datedBothAround(split, m) || hasPastVerb(after.split(/[,;]/)[0]))) return true;
  if (g.modalAnd && REPORTED.test(before)) return true;
  // "the package, worth €2bn, would be signed …": the comma closes a price set off, the verb is the package's.
  if (/^,\s+$/.test(m[0]) && PRICE_INSERT.test(before)) return true;
  return !!g.close && !open.relative && !open.afterWhich;
}

/** A word that may be a common noun of a subject: no verb, adverb or function word. */
const commonNoun = (w: string) => mayHeadNoun(w) && lexiconTag(w) !== "PresentTense";

const STRIKES: ReadonlySet<string> = new Set(["missile_drone_strike", "energy_infrastructure_attack"]);

/** The verb after "and", past an auxiliary and adverbs: "and had invited", "and then formally invited". */
const VERB_AFTER_AND = /^\s*(?:(?:had|has|have|was|were)\s+)?(?:(?:then|later|also|since|\p{Ll}+ly)\s+)*(\S+)/u;

/**
 * Whether the verb after an "and" names, by itself, a happening of a codebook type other than the one the words `before`
 * it name ("invited" after "spoke by phone"); its object's nouns do not count ("thanked him for the aid"). Deaths are the
 * outcome of the act told before them ("shelled the village and killed two"), and a strike on energy is a strike.
 */
function namesAnotherKind(before: string, after: string): boolean {
  const second = typeOfPhrase(VERB_AFTER_AND.exec(after)?.[1] ?? "");
  if (second === "other" || second === "casualties") return false;
  const first = typeOfPhrase(before);
  return first !== "other" && first !== second && !(STRIKES.has(first) && STRIKES.has(second));
}

const PASSIVE_BY_NAME = /^(?:was|were)\s+(?:(?:later|then)\s+)?\p{Ll}{3,}(?:ed|en)\s+by\s+(?:the\s+)?\p{Lu}/u;
const SPEECH_ACT = new RegExp(`^\\s*(?:${SPEECH_ACT_VERBS})\\s`);
/** "Peskov said the decision was a provocation | and warned that …": after a report's complement, a speech act is the reporter's own. */
const speechActAfterReport = (before: string, after: string) => SPEECH_ACT.test(after) && REPORTED.test(before);

/** "had taken", "had \"liberated\"" (a quoted participle is masked to spaces). */
const PLUPERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}|\s{3,})/u;

/** What air defences did to a strike's drones and missiles. */
const DOWNED = /\b(?:shot\s+down|jammed|suppressed|intercepted|downed|neutrali[sz]ed)\b/;

/** A bracketed participle ends the words before a list's comma: "The drones, launched the night before, | hit …". */
const BRACKETED_PARTICIPLE = /,\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en)\b[^,]*$/u;

/** Why the cut is no clause boundary after all, if it is none: its rule's own condition on the words `before` and `after` it. */
function rejectsCut(split: Split, cut: Cut, before: string, after: string): Skip | null {
  const { m } = cut;
  const g = m.groups ?? {};
  const { masked, offset, open, dates } = split;
  if (cut.participle && !datedParticiple(masked, open.start, m.index + m[0].length, offset, dates)) return "retry";
  // Not a clause: another rule may still cut at the next space.
  const opens = g.finiteAnd ? opensMainClause : opensFiniteClause;
  if ((g.finite || g.finiteAnd || g.finiteWhen || g.finiteThat) && !opens(before, after)) return "retry";
  // "…, and that 70 of them were shot down": the count of a strike's downed drones goes on its report.
  if (g.finiteThat && (!REPORTED.test(before) || DOWNED.test(after.split(/[,;]/)[0]))) return "retry";
  // Kept when the relative has a date of its own ("drones that hit Odesa on Monday"): a happening of its own time.
  if (g.restrictive && !cut.datedRelative) return "retry";
  if (g.datedMain && !(datedBothSides(dates, offset + open.start, offset + m.index, offset + masked.length) && opensFiniteClause(before, after))) return "pass";
  // Kept when the relative has a date of its own ("…, which Kyiv launched in 2022"): a happening of its own time.
  // An undated one in the simple past takes the date of its sentence ("In May, Oslo sent a plan, which Bern rejected").
  // "…, which satellite images suggest destroyed …": a verb among the subject's lower-case words, no object relative.
  if (g.objectNouns && !g.objectNouns.trim().split(/\s+/).every(commonNoun)) return "pass";
  if (g.object && !dates.some((d) => d.start >= offset + m.index) && !(dates.length && SIMPLE_PAST_OBJECT.test(after))) return "pass";
  // A verb phrase of a list needs a past verb of its own, and the list's last member ("… and then met …") a list before it.
  const listedVerb = g.listedVerb ?? g.listEndVerb;
  if (listedVerb && (!isPastTense(listedVerb) || REPORTED.test(listedVerb) || (g.listEnd && !open.afterList))) return "retry";
  if ((g.act || cut.list || g.progressive || g.perfectAnd) && !hasPastVerb(before)) return "pass";
  if (g.backshifted && !(REPORTED.test(before) && PLUPERFECT.test(before))) return "pass";
  if (cut.list && BRACKETED_PARTICIPLE.test(before)) return "pass";
  return null;
}

/** Cuts the sentence: the open clause ends (unless it only sets the time of a "when"), the next one opens; where to read on, if not after the boundary. */
function cutAt(split: Split, cut: ReadCut): number | null {
  const before = split.open;
  if (!cut.frame) split.clauses.push(cut.clause);
  split.open = openedBy(split, cut);
  return resumeAfterRelative(split, cut, before.start);
}

/** The clause the boundary opens, after the open clause. */
function openedBy(split: Split, cut: ReadCut): OpenClause {
  const { m } = cut;
  const g = m.groups ?? {};
  const { masked, offset, open: before } = split;
  const restrictive = !!g.restrictive;
  const opensRelative = restrictive || cut.participle || /\bwh(?:o|ich|ere)\s+$/.test(m[0]);
  const resumesMain = before.nested && !opensRelative && m[0].startsWith(",");
  const at = offset + m.index;
  return {
    start: m.index + m[0].length,
    // "The plant, which opened in May, | closed on Friday", "The ministry, which was reorganised in 2024, | said …": the
    // main clause resumes with the relative's antecedent (a report's relative keeps its own date: no `beforeMainVerb`).
    sharedSubject: (cut.setOffEnd || (g.close && before.setOffHead?.subject)) && before.setOffHead ? spanOf(before.setOffHead) : cut.nextSubject,
    setOffHead: setOffHeadAfter(m, cut.participle, before, masked, offset),
    coord: !restrictive && (/but|and|;|which|who|where/.test(m[0]) || cut.list),
    gapped: !!g.gap,
    afterList: !!(g.list || g.listed),
    relative: !restrictive && /who|where/.test(m[0]),
    afterWhich: /,\s+which\s+$/.test(m[0]),
    participle: cut.participle,
    describes: !!g.describes,
    resumesMain,
    nested: opensRelative || (before.nested && !resumesMain),
    object: !!g.object,
    gerund: /^\s+(?:after|before)\s+$/.test(m[0]) || (/^,?\s+(?:after|before|since|while)\s+$/.test(m[0]) && ING_OPENING.test(masked.slice(m.index + m[0].length))),
    when: /when/.test(m[0]) ? split.dates.find((d) => d.end <= at && at - d.end <= 2) ?? null : null,
  };
}

/**
 * "Drones that hit Odesa overnight | killed two": after a dated restrictive relative the main clause resumes with the
 * relative's noun (in the clause from `headFrom`) as its subject; where it resumes, or null.
 */
function resumeAfterRelative(split: Split, cut: Cut, headFrom: number): number | null {
  const resume = cut.datedRelative?.resume ?? null;
  if (resume === null) return null;
  const { open, masked, offset } = split;
  // "the talks that were planned for Monday | were postponed": a planned relative is no clause of its own.
  if (!cut.datedRelative?.planned) split.clauses.push(closed(open, open.start + resume, offset, false));
  const sharedSubject = headSpan(masked, headFrom, cut.m.index, offset);
  split.open = { ...open, start: open.start + resume, sharedSubject, coord: true, resumesMain: true, nested: false, when: null };
  return split.open.start;
}

/**
 * "Following the Alaska summit on August 15, Trump promised …", "Since the invasion in 2022, Japan has joined …": a
 * leading adjunct set off by a comma, before the subject. Not "As many as 40 people, …": a count, not an adjunct.
 */
const LEADING_ADJUNCT = /^\s*(?:since|as(?!\s+(?:many|much|few|well|part|a\s+result|for|to)\b)|following|after|before|despite|amid|during|ahead\s+of|in\s+response\s+to|in\s+the\s+wake\s+of)\s+[^,;]{3,120},\s+(?=(?:\S+\s+){2}\S)/i;
const REPORTING_VERB = new RegExp(`^(?:${REPORTING_VERBS})\\b`);

export interface LeadingAdjunct {
  /** Its length with its comma and the space after it: where the rest of the clause starts. */
  length: number;
  /** Where its comma is. */
  comma: number;
  /** It holds the clause's happening: the trigger word is in it and the rest tells none of its own, only a report. */
  holdsHappening: boolean;
}

/**
 * A clause's leading adjunct set off by a comma, if it has one, decided once for the title and the roles:
 * "Despite objections from Hungary, the EU adopted …" tells its happening after the adjunct; "Following talks with
 * Macron, Zelenskiy said …" holds it in the adjunct (the talks), when the trigger word at `triggerAt` is there.
 */
export function leadingAdjunct(clause: string, triggerAt: number | null): LeadingAdjunct | null {
  const lead = LEADING_ADJUNCT.exec(clause)?.[0];
  if (!lead) return null;
  const rest = clause.slice(lead.length);
  const main = pastPredicate(rest);
  const ownHappening = main && main.subject !== "pronoun" && !REPORTING_VERB.test(rest.slice(main.verbAt));
  return { length: lead.length, comma: lead.lastIndexOf(","), holdsHappening: triggerAt !== null && triggerAt < lead.length && !ownHappening };
}
