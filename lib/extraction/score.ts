/**
 * Scores a proposal against a hand-written expected JSON.
 *
 * Statements match one-to-one when their word overlap (token Dice / SQuAD-style F1 after
 * lower-casing and dropping quotes and punctuation) is at least 0.5; pairs are taken best-first,
 * preferring the same direct/indirect flag. Events match one-to-one, best-first, when their
 * title content words overlap (Dice ≥ 0.2) or they share the date phrase and at least one actor.
 * Event date accuracy is over matched dated events (is the found event on the human's date?); dated event
 * recall is over all expected dated events (found *and* on the right date). Event type accuracy is over
 * matched events whose annotation names a type (the type or one of `acceptTypes`); role accuracy over
 * the actor roles the annotation names. Event precision is matched / proposed events: an unmatched
 * proposal is not a happening the annotator recorded.
 * An expected actor is found when its name equals (case-insensitively) a proposed name or alias; a
 * proposed actor is right when its name or an alias names an expected actor (name or alias).
 */

export interface ExpectedActor { name: string; aliases?: string[]; kind?: string; role?: string | null }
export interface ExpectedStatement { speaker: string; quote: string; direct: boolean; saidOn?: string | null; saidAt?: string | null }
export type EventRole = "initiator" | "target" | "participant";
export interface ExpectedEvent {
  title: string; date: string | null; dateText?: string | null; actors?: string[]; location?: string | null; type?: string;
  acceptTypes?: string[]; roles?: Record<string, EventRole>; precision?: string;
}
export interface ExpectedArticle {
  title: string | null; standfirst?: string | null; author: string | null; dateline: string | null; publishedOn: string | null; publication: string | null;
}
export interface Expected { article?: ExpectedArticle; actors: ExpectedActor[]; statements: ExpectedStatement[]; events: ExpectedEvent[] }

interface ProposalLike {
  actors: { name: string; aliases: string[] }[];
  statements: { speaker: string; quote: string; direct: boolean }[];
  events: {
    title: string; date: string | null; dateText: string | null; actors: string[];
    type?: string; actorRoles?: { name: string; role: EventRole }[];
  }[];
}

export interface Score {
  statements: { expected: number; proposed: number; matched: number; precision: number; recall: number; f1: number };
  directRecall: number;
  speakerAccuracy: number;
  eventRecall: number;
  eventPrecision: number;
  eventDateAccuracy: number;
  datedEventRecall: number;
  eventTypeAccuracy: number;
  eventRoleAccuracy: number;
  actorRecall: number;
  actorPrecision: number;
  missedStatements: ExpectedStatement[];
  extraStatements: { speaker: string; quote: string; direct: boolean }[];
  wrongSpeakers: { expected: string; proposed: string; quote: string }[];
  missedEvents: ExpectedEvent[];
  wrongDates: { title: string; expected: string | null; proposed: string | null }[];
  missedActors: string[];
  extraEvents: { title: string; date: string | null }[];
  wrongTypes: { title: string; expected: string; proposed: string | undefined }[];
  extraActors: string[];
}

export function tokens(s: string): string[] {
  return s.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

const STOP = new Set("a an the of in on at to for and or with by from its his her their is are was were be been has have had that this as into over after before".split(" "));
const content = (s: string) => tokens(s).filter((t) => !STOP.has(t));
/** Names compared case-insensitively, curly apostrophes as straight ones. */
const nameKey = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

function greedy<T>(pairs: { e: number; p: number; score: number; tie: number; data?: T }[]) {
  pairs.sort((x, y) => y.score - x.score || y.tie - x.tie);
  const usedE = new Set<number>(), usedP = new Set<number>();
  const out: { e: number; p: number }[] = [];
  for (const pr of pairs) {
    if (usedE.has(pr.e) || usedP.has(pr.p)) continue;
    usedE.add(pr.e);
    usedP.add(pr.p);
    out.push(pr);
  }
  return out;
}

/** Whether an expected actor name and a proposed one name the same actor, through both sides' aliases. */
export function actorMatcher(proposal: Pick<ProposalLike, "actors">, expected: Pick<Expected, "actors">) {
  const proposedNames = new Map<string, string>();
  for (const a of proposal.actors) for (const n of [a.name, ...a.aliases]) proposedNames.set(nameKey(n), nameKey(a.name));
  const expectedNames = new Map<string, Set<string>>();
  for (const a of expected.actors) expectedNames.set(nameKey(a.name), new Set([a.name, ...(a.aliases ?? [])].map(nameKey)));
  const sameActor = (exp: string, prop: string) => {
    const e = nameKey(exp), p = nameKey(prop);
    if (e === p || proposedNames.get(e) === p) return true;
    return expectedNames.get(e)?.has(p) ?? false;
  };
  return { sameActor, expectedNames };
}

/** Expected and proposed events paired one-to-one, best first (see the header for the rule). */
export function matchEvents(pe: ProposalLike["events"], ee: ExpectedEvent[], sameActor: SameActor) {
  const ePairs: { e: number; p: number; score: number; tie: number }[] = [];
  ee.forEach((e, i) => {
    const et = content(e.title);
    pe.forEach((p, j) => {
      const td = dice(et, content(p.title));
      const dt = !!e.dateText && !!p.dateText && e.dateText.trim().toLowerCase() === p.dateText.trim().toLowerCase();
      const ea = e.actors ?? [];
      const shared = ea.filter((a) => p.actors.some((b) => sameActor(a, b))).length;
      const ao = ea.length ? shared / ea.length : 0;
      if (td >= 0.2 || (dt && shared > 0)) ePairs.push({ e: i, p: j, score: td + 0.5 * ao + (dt ? 0.5 : 0), tie: 0 });
    });
  });
  return greedy(ePairs);
}

export function scoreProposal(proposal: ProposalLike, expected: Expected): Score {
  const { sameActor, expectedNames } = actorMatcher(proposal, expected);
  return {
    ...statementFigures(expected.statements, proposal.statements, sameActor),
    ...eventFigures(expected.events, proposal.events, sameActor),
    ...actorFigures(proposal.actors, expected.actors, expectedNames),
  };
}

type SameActor = (exp: string, prop: string) => boolean;

/** Expected and proposed statements paired one-to-one, best first; a pair of the same kind (direct or not) first. */
function matchStatements(es: ExpectedStatement[], ps: ProposalLike["statements"], sameActor: SameActor) {
  const pairs: { e: number; p: number; score: number; tie: number }[] = [];
  es.forEach((e, i) => {
    const et = tokens(e.quote);
    ps.forEach((p, j) => {
      const score = dice(et, tokens(p.quote));
      if (score >= 0.5) pairs.push({ e: i, p: j, score, tie: Number(e.direct === p.direct) * 2 + Number(sameActor(e.speaker, p.speaker)) });
    });
  });
  // Prefer same-kind pairs before word overlap so a direct quote is not consumed by the paraphrase around it.
  for (const pr of pairs) pr.score += pr.tie * 0.01;
  return greedy(pairs);
}

function statementFigures(es: ExpectedStatement[], ps: ProposalLike["statements"], sameActor: SameActor) {
  const pairs = matchStatements(es, ps, sameActor);
  const matched = pairs.length;
  const precision = ratio(matched, ps.length), recall = ratio(matched, es.length);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const expectedDirect = es.map((e, i) => ({ e, i })).filter((x) => x.e.direct);
  const directFound = expectedDirect.filter((x) => pairs.some((m) => m.e === x.i && ps[m.p].direct)).length;
  const speakerRight = pairs.filter((m) => sameActor(es[m.e].speaker, ps[m.p].speaker));
  return {
    statements: { expected: es.length, proposed: ps.length, matched, precision, recall, f1 },
    directRecall: ratio(directFound, expectedDirect.length),
    speakerAccuracy: ratio(speakerRight.length, matched),
    missedStatements: es.filter((_, i) => !pairs.some((m) => m.e === i)),
    extraStatements: ps.filter((_, j) => !pairs.some((m) => m.p === j)).map(({ speaker, quote, direct }) => ({ speaker, quote, direct })),
    wrongSpeakers: pairs.filter((m) => !sameActor(es[m.e].speaker, ps[m.p].speaker)).map((m) => ({ expected: es[m.e].speaker, proposed: ps[m.p].speaker, quote: es[m.e].quote })),
  };
}

function eventFigures(ee: ExpectedEvent[], pe: ProposalLike["events"], sameActor: SameActor) {
  const pairs = matchEvents(pe, ee, sameActor);
  const dated = ee.map((e, i) => ({ e, i })).filter((x) => x.e.date);
  const rightDate = dated.filter((x) => pairs.some((m) => m.e === x.i && pe[m.p].date === x.e.date));
  const matchedDated = dated.filter((x) => pairs.some((m) => m.e === x.i));
  const typed = pairs.filter((m) => ee[m.e].type);
  const typeOk = (m: { e: number; p: number }) => [ee[m.e].type, ...(ee[m.e].acceptTypes ?? [])].includes(pe[m.p].type);
  const roles = pairs.flatMap((m) =>
    Object.entries(ee[m.e].roles ?? {}).map(([actor, role]) => ({ role, proposed: pe[m.p].actorRoles?.find((r) => sameActor(actor, r.name))?.role })),
  );
  return {
    eventRecall: ratio(pairs.length, ee.length),
    eventPrecision: ratio(pairs.length, pe.length),
    eventDateAccuracy: ratio(rightDate.length, matchedDated.length),
    datedEventRecall: ratio(rightDate.length, dated.length),
    eventTypeAccuracy: ratio(typed.filter(typeOk).length, typed.length),
    eventRoleAccuracy: ratio(roles.filter((r) => r.proposed === r.role).length, roles.length),
    missedEvents: ee.filter((_, i) => !pairs.some((m) => m.e === i)),
    wrongDates: dated.filter((x) => !rightDate.includes(x)).map((x) => {
      const m = pairs.find((mm) => mm.e === x.i);
      return { title: x.e.title, expected: x.e.date, proposed: m ? pe[m.p].date : null };
    }),
    extraEvents: pe.filter((_, j) => !pairs.some((m) => m.p === j)).map(({ title, date }) => ({ title, date })),
    wrongTypes: typed.filter((m) => !typeOk(m)).map((m) => ({ title: ee[m.e].title, expected: ee[m.e].type!, proposed: pe[m.p].type })),
  };
}

/** `expectedNames`: each expected actor's name and aliases (keyed), from `actorMatcher`. */
function actorFigures(proposed: ProposalLike["actors"], expected: ExpectedActor[], expectedNames: Map<string, Set<string>>) {
  const proposedAll = new Set(proposed.flatMap((a) => [a.name, ...a.aliases]).map(nameKey));
  const found = expected.filter((a) => proposedAll.has(nameKey(a.name)));
  const expectedAll = new Set([...expectedNames.values()].flatMap((names) => [...names]));
  const right = proposed.filter((a) => [a.name, ...a.aliases].some((n) => expectedAll.has(nameKey(n))));
  return {
    actorRecall: ratio(found.length, expected.length),
    actorPrecision: ratio(right.length, proposed.length),
    missedActors: expected.filter((a) => !found.includes(a)).map((a) => a.name),
    extraActors: proposed.filter((a) => !right.includes(a)).map((a) => a.name),
  };
}

const METADATA_FIELDS = ["title", "author", "dateline", "publishedOn", "publication"] as const;
const normalised = (v: string | null | undefined) => (v ?? "").toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

/** Which article metadata fields the parser got right (case- and space-insensitive; both empty counts as right). */
export function scoreMetadata(parsed: Partial<Record<(typeof METADATA_FIELDS)[number], string | null>>, expected: ExpectedArticle) {
  const fields = METADATA_FIELDS.map((field) => ({ field, expected: expected[field] ?? null, parsed: parsed[field] ?? null }));
  const wrong = fields.filter((f) => normalised(f.expected) !== normalised(f.parsed));
  return { total: fields.length, correct: fields.length - wrong.length, wrong };
}
