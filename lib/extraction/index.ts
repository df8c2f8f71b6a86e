/** Article extraction engine: raw text in, a proposal of actors, statements and events out. Pure. */
import { forgetMemos } from "./memo";
import { type ActorIndex, findActors, type KnownActor } from "./actors";
import { referenceDate } from "./dateline-date";
import { findAbsoluteDates, findDates } from "./dates";
import { findEvents } from "./events";
import { nameFirstPersonSpeakers } from "./events/title-first-person";
import type { FoundEvent } from "./events/context";
import { parseArticle, type ParsedArticle } from "./parse-article";
import { findStatements } from "./quotes";
import type { FoundStatement } from "./statements/context";
import { withDashQuotes } from "./statements/dash-quotes";
import type { Proposal } from "./schema";
import { findQuotes, splitParagraphs, splitSentences } from "./sentences";
import { UPPER_START } from "./word-shapes";

export { parseArticle, type ParsedArticle } from "./parse-article";
export { proposalSchema, type Proposal } from "./schema";
export { scoreMetadata, scoreProposal, type Expected, type Score } from "./score";
export { headlineProblems } from "./headline-check";

export interface ExtractInput {
  text: string;
  /** YYYY-MM-DD; defaults to the byline date. */
  publishedOn?: string;
  title?: string;
  knownActors?: KnownActor[];
  /** Event types from the codebook rules alone, without the learned type model (for measuring and training it). */
  ruleTypesOnly?: boolean;
  /** Every event candidate, without the learned happening gate (for training and measuring it); "unfiltered" also before non-events are dropped and mentions merged. */
  allCandidates?: boolean | "unfiltered";
  /** Events from the rules alone, without the learned happening gate (for testing the rules). */
  rulesOnly?: boolean;
}

type Part = "title" | "standfirst" | "body";

const LONG_WORD = /^\p{L}{4,}/u;
/** "Russia Raises VAT as Drone Strikes Hit Refineries": most longer words capitalised. */
function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => LONG_WORD.test(w));
  return words.length >= 3 && words.filter((w) => UPPER_START.test(w)).length / words.length > 0.7;
}

interface ArticleText {
  /** Headline, standfirst and body joined by blank lines: analysed together so names and quotes resolve across them. */
  full: string;
  parts: { part: Part; text: string; start: number }[];
  /** Where the body starts in `full`: events are found in the body only, their offsets count from here. */
  bodyStart: number;
}

/** The parsed article's headline, standfirst and body as one text, with where each part starts. */
function joinParts(parsed: ParsedArticle): ArticleText {
  const parts: ArticleText["parts"] = [];
  let full = "";
  for (const [part, t] of [["title", parsed.title], ["standfirst", parsed.standfirst], ["body", parsed.body]] as const) {
    if (!t) continue;
    if (full) full += "\n\n";
    parts.push({ part, text: t, start: full.length });
    full += t;
  }
  return { full, parts, bodyStart: parts.find((p) => p.part === "body")?.start ?? full.length };
}

export function extractArticle(input: ExtractInput): Proposal {
  forgetMemos();
  const parsed = parseArticle(input.text, { title: input.title ?? null });
  const publishedOn = input.publishedOn ?? parsed.publishedOn;
  const { full, parts, bodyStart } = joinParts(parsed);
  const paragraphs = splitParagraphs(full);
  const quotes = withDashQuotes(full, paragraphs, findQuotes(full, paragraphs));
  const sentences = splitSentences(full, paragraphs, quotes);
  const headlineEnd = parsed.title && isTitleCase(parsed.title) ? parsed.title.length : 0;
  const index = findActors(full, sentences, quotes, { known: input.knownActors, headlineEnd, outlet: parsed.publication, dateline: parsed.dateline });
  // "MOSCOW, Sept 3 (Reuters)" on a page updated Sept 4: "on Tuesday" counts from the dateline's day.
  const reference = publishedOn ? referenceDate(publishedOn, parsed.datelineDay) : undefined;
  const dates = reference ? findDates(full, reference, sentences) : findAbsoluteDates(full, sentences);
  const ctx = { text: full, sentences, quotes, index, dates, publishedOn };
  const statements = findStatements(ctx, { indirectFrom: bodyStart, directOnlyRanges: [[0, bodyStart]] });
  const found = findEvents(ctx, { bodyStart, ruleTypesOnly: input.ruleTypesOnly, publishedOn: reference, allCandidates: input.allCandidates, rulesOnly: input.rulesOnly });
  // A happening its speaker tells in the first person ("I signed …") is titled by the speaker's name.
  const events = nameFirstPersonSpeakers(found, statements, { text: full, actors: index.actors });
  return proposalOf(parsed, publishedOn, { full, parts, bodyStart }, index, statements, events);
}

/** The proposal: statements' offsets count from the start of their part (headline, standfirst, body), events' from the body's. */
function proposalOf(parsed: ParsedArticle, publishedOn: string | null | undefined, { parts, bodyStart }: ArticleText, index: ActorIndex, statements: FoundStatement[], events: FoundEvent[]): Proposal {
  return {
    article: {
      title: parsed.title,
      standfirst: parsed.standfirst,
      author: parsed.author,
      dateline: parsed.dateline,
      publishedOn: publishedOn ?? null,
      publication: parsed.publication,
    },
    actors: index.actors.map((a) => ({
      name: a.name,
      aliases: [...a.aliases],
      kind: a.kind,
      role: a.role,
      ...(a.slug !== undefined ? { slug: a.slug } : {}),
      ...(a.unnamed ? { unnamed: true } : {}),
    })),
    statements: statements.map((s) => statementInPart(s, parts)),
    events: events.map((e) => eventInBody(e, bodyStart)),
    body: parsed.body,
  };
}

/** A statement with its offsets counted from the start of the part (headline, standfirst, body) it is in. */
function statementInPart(s: FoundStatement, parts: ArticleText["parts"]): Proposal["statements"][number] {
  const part = [...parts].reverse().find((x) => s.start >= x.start) ?? parts[0];
  return {
    speaker: s.speaker.name,
    quote: s.quote,
    direct: s.direct,
    saidOn: s.saidOn,
    saidAt: s.saidAt,
    start: s.start - part.start,
    end: s.end - part.start,
    part: part.part,
    saidPrecision: s.saidPrecision,
  };
}

/** An event with its offsets, and its other mentions', counted from the start of the body. */
function eventInBody({ mentions, onNewsDay: _onNewsDay, relativeDated: _relativeDated, ...e }: FoundEvent, bodyStart: number): Proposal["events"][number] {
  return {
    ...e,
    start: e.start - bodyStart,
    end: e.end - bodyStart,
    ...(mentions ? { mentions: mentions.map((m) => ({ start: m.start - bodyStart, end: m.end - bodyStart })) } : {}),
  };
}
