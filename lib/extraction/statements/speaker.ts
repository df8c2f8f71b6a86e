/** Who said it: the actor behind a reporting verb, an "according to" or a role noun phrase. */
import { PLURAL_GROUP, type Actor, type Mention } from "../actors";
import { KNOWING_WHAT } from "../actors/described-sources";
import { ROLE_NOUNS } from "../gazetteer";
import type { Sentence } from "../sentences";
import { pronounSpeaker } from "./pronoun";
import { ADVERBS, FINITE, PREPOSITIONS, inAnyQuote, mentionsIn, verbsOutsideQuotes, type Ctx } from "./context";
import { LOWER_START, UPPER_START, WORD_AFTER } from "../word-shapes";

/** "Turkey's foreign minister", "Ukraine's commander-in-chief": a possessor, up to three modifiers, a role noun. */
const POSSESSED_ROLE = new RegExp(`['’]s\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${[...ROLE_NOUNS, "commander-in-chief"].join("|")})\\s*$`, "iu");
/** " is preparing", " had launched": the auxiliary of a clause whose subject was just named. */
const CLAUSE_VERB_AFTER = /^\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)\b/;
/** Roles that speak for a person: the gazetteer's, and the court's ("the judge said", "the prosecutor told the jury"). */
const SPEAKING_ROLES = [...ROLE_NOUNS, "judge", "prosecutor"];
const ROLE_NP = new RegExp(`\\b(?:the|a|an)\\s+((?:[\\p{L}.-]+\\s+){0,3}?)(${SPEAKING_ROLES.join("|")})\\s*$`, "iu");
/** "Deputy Prime Minister and Foreign Minister": the capitalised titles between an inverted verb and the name. */
const isTitleRun = (words: string[]) => words.length <= 10 && words.every((w) => UPPER_START.test(w) || /^(?:and|of|for)$/.test(w));
/** " the harbour master, " / " a farmer from Lublin, " between a reporting verb and the name it describes. */
const ROLE_BEFORE_NAME = /^\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}][\p{L}’'-]*\s+){0,4}?[\p{Ll}][\p{L}’'-]*,\s*$/u;
/** " the head of the X secretariat, " / " Thalassa's chief executive, " / " one resident, ": a role phrase, a comma, then the name it describes. */
const ROLE_PHRASE_BEFORE_NAME = /^\s+(?:the\s+|one\s+|an?\s+|\p{Lu}[\p{L}’'-]*['’]s\s+)[^,.;:"“”()]{1,70},\s*$/u;
/** " former ambassador to Japan ", " deputy head of the agency ": a comma-free role phrase right before a name. */
const ROLE_PHRASE_TITLE = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${ROLE_NOUNS.join("|")})\\s+(?:to|of|for|at|in)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){1,3}$`, "u");
/** "the Moscow-installed governor, " right before the name it describes. */
const ROLE_APPOSITION = new RegExp(`^\\s*(?:the|a|an|its|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${ROLE_NOUNS.join("|")}),\\s*$`, "iu");

/** The person holding a role named by a noun phrase ("the regional governor"): the last one before `pos`, else the next one named shortly after. */
export function lastPersonWithRole(ctx: Ctx, pos: number, roleWord: string, modifiers: string): Actor | null {
  const mods = modifiers.toLowerCase().split(/\s+/).filter((w) => w && !/^(the|a|an|country's|country’s|top|senior|new|regional|local)$/.test(w));
  const stateNames = mods.map((m) => ctx.index.stateOfDemonym.get(m.charAt(0).toUpperCase() + m.slice(1)) ?? m).map((m) => m.toLowerCase());
  // A modifier that names an actor ("U.S.", "Kremlin") fits a role holding that actor's name ("President of the United States").
  const actorNames = stateNames.map((n) => (n.length > 1 ? [...ctx.index.byForm].find(([form]) => form.toLowerCase() === n)?.[1].name.toLowerCase() : undefined) ?? "\0");
  // "the Ukrainian leader": a state's president, prime minister or chancellor.
  const roleWords = /^leader$/i.test(roleWord) ? ["leader", "president", "prime minister", "chancellor", "premier"] : [roleWord.toLowerCase()];
  const fits = (m: Mention) => {
    const role = m.actor.role?.toLowerCase() ?? "";
    if (m.actor.kind !== "person" || !roleWords.some((w) => role.includes(w))) return false;
    return stateNames.every((n, i) => role.includes(n) || role.includes(n.replace(/ian$|ish$|ese$|an$/, "")) || role.includes(actorNames[i]));
  };
  const before = ctx.index.mentions.filter((m) => m.start < pos && fits(m));
  if (before.length) return before[before.length - 1].actor;
  // "the Polish minister said" after "Foreign Minister Radosław Sikorski": a role that names no state fits if one person holds it.
  if (stateNames.length) {
    const stateless = new Set(ctx.index.mentions.filter((m) => m.start < pos && fitsStateless(ctx, m, roleWords)).map((m) => m.actor));
    if (stateless.size === 1) return [...stateless][0];
  }
  // A lead paragraph names the role first and the person in the next paragraph.
  return ctx.index.mentions.find((m) => m.start > pos && m.start < pos + 600 && !m.pronoun && fits(m))?.actor ?? null;
}

/** A person whose role holds one of `roleWords` and names no state or nationality ("Foreign Minister"). */
function fitsStateless(ctx: Ctx, m: Mention, roleWords: string[]): boolean {
  const role = m.actor.role ?? "";
  if (m.actor.kind !== "person" || !roleWords.some((w) => role.toLowerCase().includes(w))) return false;
  return !role.split(/[\s'’-]+/).some((w) => ctx.index.stateOfDemonym.has(w) || [...ctx.index.stateOfDemonym.values()].includes(w));
}

/** "'s spokesman ", "’s press service ": what speaks for a body, between its possessive and the verb. */
const BODY_VOICE = /^['’]s\s+(?:(?:chief|main|official|top)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|service|office)|office|spokespeople)\s*$/;

/** "Its spokesman ", "Its press service " opening the sentence: a body's voice, the body named before. */
const ITS_VOICE = /^\s*Its\s+(?:(?:chief|main|official|top)\s+)?(?:spokes(?:man|woman|person)|press\s+(?:secretary|service|office))\s+(?:(?:also|later|then|has|had)\s+)*$/;

/** Modifiers that describe rather than name ("the local administration"). */
const LOOSE_MODIFIER = /^(?:local|national|same|main|state|country['’]s)$/i;

const LOWER_WORD_OF_4 = /^\p{Ll}{4,}$/u;
/**
 * "the regional administration said", "the brigade says", "the authority said": the body named last before `pos` whose
 * name holds the head noun and its lower-case modifiers ("Zaporizhzhia regional military administration"). `words` runs
 * from after "the" to the head noun.
 */
function bodyByDescription(ctx: Ctx, pos: number, words: string[]): Actor | null {
  const head = words[words.length - 1] ?? "";
  if (!LOWER_WORD_OF_4.test(head) || PLURAL_GROUP.test(head) || ROLE_NOUNS.includes(head) || !words.every((w) => /^[\p{L}-]+$/u.test(w))) return null;
  const required = words.slice(0, -1).filter((w) => LOWER_START.test(w) && !LOOSE_MODIFIER.test(w)).map((w) => w.toLowerCase());
  const hasWord = (name: string, w: string) => new RegExp(`(?:^|\\s)${w}(?:\\s|$)`).test(name);
  const before = ctx.index.mentions.filter((m) => m.start < pos && !m.pronoun && m.actor.kind !== "person");
  const named = before.filter((m) => [head, ...required].every((w) => hasWord(m.actor.name.toLowerCase(), w)));
  return named[named.length - 1]?.actor ?? bodyOfKind(before, pos, words.slice(-2).join(" "));
}

/** What kind of body a generic noun describes: "the company said", "the think tank said", "the broadcaster reported". */
const KIND_OF_NOUN: [RegExp, Actor["kind"][]][] = [
  [/(?:^|\s)(?:company|firm|airline|carrier|operator|manufacturer|maker|producer|insurer|lender|bank|group|think tank|institute|charity|monitor|watchdog|exporter|shipowner|startup|start-up|association|union|federation|foundation|organisation|organization|party)$/, ["organization"]],
  [/(?:^|\s)(?:broadcaster|newspaper|outlet|channel)$/, ["media"]],
  // "the agency said": a news agency or a state's intelligence or regulatory agency, whichever was named last.
  [/(?:^|\s)agency$/, ["media", "government"]],
];

/** The body named last within ~1,500 characters before `pos` whose kind the generic noun `tail` describes. */
function bodyOfKind(before: Mention[], pos: number, tail: string): Actor | null {
  const kinds = KIND_OF_NOUN.find(([re]) => re.test(tail))?.[1];
  if (!kinds) return null;
  return before.filter((m) => pos - m.start < 1500 && kinds.includes(m.actor.kind)).pop()?.actor ?? null;
}

/** "…, it said": the institution that was the subject of one of the last sentences before `pos` in the same or the previous paragraph. */
function subjectBodyBefore(ctx: Ctx, pos: number): Actor | null {
  const si = ctx.sentences.findIndex((x) => pos >= x.start && pos < x.end);
  const here = ctx.sentences[si];
  if (!here) return null;
  for (let k = si - (here.start === pos ? 1 : 0); k >= Math.max(0, si - 3); k--) {
    const sen = ctx.sentences[k];
    if (sen.paragraph < here.paragraph - 1) break;
    const ms = mentionsIn(ctx, sen.start, Math.min(sen.end, pos)).filter((m) => !m.pronoun);
    // "Russia launched 41 missiles, the Ukrainian air force said. … it said": the body that reported, not the clause's subject.
    const reporter = ms.find((m) => m.actor.kind !== "person" && /^\s*(?:has\s+|had\s+)?(?:said|says|reported|stated|announced|claimed)\b/.test(ctx.text.slice(m.end, m.end + 20)));
    if (reporter) return reporter.actor;
    // "The two leaders discussed the war in Ukraine, it said": the clause "it" closes names what was reported, not who reports.
    if (sen === here && sen.start < pos) continue;
    const subj = ms.find((m) => !m.possessive || /^['’]s\s+\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 4)) === false);
    if (!subj) continue;
    if (subj.actor.kind === "person") return null;
    return subj.actor;
  }
  return null;
}

/** "“…,” the statement said": whoever issued the statement named last ("The Kremlin said in a statement …"). */
function issuerOfStatement(ctx: Ctx, pos: number): Actor | null {
  const issued = /^\s*(?:\p{L}+\s+){0,2}?(?:said|says|issued|released|published|posted)\s+(?:in\s+)?(?:a|an|its|the)\s+(?:\p{L}+\s+)?(?:statement|readout|communiqu)/iu;
  const issuers = ctx.index.mentions.filter((m) => m.start < pos && pos - m.start < 1500 && !m.possessive && issued.test(ctx.text.slice(m.end, m.end + 60)));
  return issuers[issuers.length - 1]?.actor ?? subjectBodyBefore(ctx, pos);
}

/** A mention inside an apposition or relative clause ("X, director general of the IAEA, told"; "X, who met Y on Monday, said") gives way to X. */
function appositionHead(ctx: Ctx, ms: Mention[], i: number, vStart: number): Actor | null {
  const m = ms[i];
  if (!/,\s*$/.test(ctx.text.slice(m.end, vStart)) || (ctx.text.slice(m.end, vStart).match(/,/g) ?? []).length !== 1) return null;
  for (let j = i - 1; j >= 0; j--) {
    const p = ms[j];
    if (p.actor === m.actor) continue;
    const gap = ctx.text.slice(p.end, m.start);
    if (/[;.:]/.test(gap) || (gap.match(/,/g) ?? []).length !== 1 || !/^\s*,/.test(gap)) continue;
    if (p.actor.kind === "person" && !p.possessive) return p.actor;
  }
  return null;
}

/** "Maria Zakharova of the Russian Foreign Ministry wrote": a named person of a body speaks, the body places them. */
function memberOfBody(ctx: Ctx, ms: Mention[], i: number): Actor | null {
  const [person, body] = [ms[i - 1], ms[i]];
  if (!person || body.actor.kind === "person" || person.actor.kind !== "person" || person.pronoun || person.possessive || isDescription(person.actor)) return null;
  return /^\s+(?:of|from|at)\s+the\s+$/.test(ctx.text.slice(person.end, body.start)) ? person.actor : null;
}

const LOWER_LAST_WORD = /(?:^|\s)\p{Ll}\S*$/u;
/** A described source ("senior U.S. official", "White House spokesperson"): its name ends in a lower-case noun, a person's in a capitalised surname. */
const isDescription = (a: Actor) => a.kind === "person" && LOWER_LAST_WORD.test(a.name);

/** The last anonymous source described before `pos` ("senior U.S. official", "shipbroker") whose description ends in `noun`. */
function describedSourceBefore(ctx: Ctx, pos: number, noun: string): Actor | null {
  if (!LOWER_WORD_OF_4.test(noun)) return null;
  // A description ends in a lower-case noun ("European diplomat"); a person's name in a capitalised surname.
  // "one of the Gulf officials … the official said": the one source out of a group is named in the plural.
  // "a diplomat briefed on the talks … the diplomat said": the noun may head a tail that tells what the source knows.
  const knowing = new RegExp(`(?:^|\\s)${noun}\\s+(?:${KNOWING_WHAT})\\s`);
  const endsInNoun = (name: string) => name.endsWith(noun) || name.endsWith(`${noun}s`) || knowing.test(name);
  const described = (a: Actor) => LOWER_LAST_WORD.test(a.name) || !!a.unnamed;
  const fits = (m: Mention) => m.start < pos && m.actor.kind === "person" && described(m.actor) && endsInNoun(m.actor.name.toLowerCase());
  return ctx.index.mentions.filter(fits).pop()?.actor ?? null;
}

/** The first actor named in `s` before `pos` that is no possessor and no object of a preposition. */
function sentenceSubject(ctx: Ctx, s: Sentence, pos: number): Actor | null {
  const ms = mentionsIn(ctx, s.start, pos);
  const first = ms[0];
  if (!first || first.possessive || /[,;:]/.test(ctx.text.slice(s.start, first.start))) return null;
  // "The UN coordinator in Moldova, Hans Becker, visited … and said": the person set off after the subject's role phrase.
  const named = first.actor.kind !== "person" || isDescription(first.actor) ? appositivePerson(ctx, ms, s.start) : undefined;
  if (named) return named.actor;
  return first.pronoun ? pronounSpeaker(ctx, first) : first.actor;
}

/** The role phrase opening at `from`, one comma, then a person's name and another comma: "The head of X, Anna Berg, ". */
const OPENING_ROLE_PHRASE = /^[^,.;:"“”]{1,100},\s*$/;
function appositivePerson(ctx: Ctx, ms: Mention[], from: number): Mention | undefined {
  return ms.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive && !isDescription(m.actor) &&
    OPENING_ROLE_PHRASE.test(ctx.text.slice(from, m.start)) && /^\s*,/.test(ctx.text.slice(m.end, m.end + 3)));
}

const ABBREVIATION_DOTS = /\b(?:\p{Lu}\.){2,}|\b\p{Lu}\p{Ll}{0,3}\.(?=\s)/gu;
/** "Maj. Gen.", "Lt. Col.", "U.S.": the full stops of abbreviations end no sentence (same length, so offsets hold). */
const withoutAbbreviations = (s: string) => s.replace(ABBREVIATION_DOTS, (m) => m.replace(/\./g, "_"));

/**
 * ", a U.S. think tank, " / ", a lawyer at the Center, which documented the case, " right before the verb (and its
 * auxiliaries): the comma-enclosed apposition after a name, with the relative clause that may follow it.
 */
function apposition(beforeText: string): RegExpExecArray | null {
  const t = withoutAbbreviations(beforeText).replace(/(?:\s(?:has|have|had|also|later|then|again|would|will))+\s*$/, " ");
  return /,\s[^,.;"“”]{1,100},\s(?:which|who|whose|where)\s[^,.;"“”]{1,100},\s*$/.exec(t) ?? /,\s[^,.;"“”]{1,100},\s*$/.exec(t);
}

/** "who goes by the call sign", "his call sign,", "nom de guerre": the words that introduce the name a source goes by. */
const CALL_SIGN_BEFORE = /\b(?:call[\s-]?sign|nom de guerre|nickname|goes by|first name|introduced (?:himself|herself) as)(?:\s+(?:is|was|as))?,?\s+["“‘'«]?$/i;

/**
 * A person the text names by a call sign or first name between `from` and `to` ('a medic who gave only his call sign,
 * "Lis,"'), quoted or not: the name the described source goes by.
 */
function callSignPerson(ctx: Ctx, from: number, to: number): Mention | undefined {
  return ctx.index.mentions.find((m) => m.start >= from && m.end <= to && m.actor.kind === "person" && !m.pronoun && CALL_SIGN_BEFORE.test(ctx.text.slice(Math.max(from, m.start - 40), m.start)));
}

/**
 * 'a medic who gave only his call sign, "Lis," said' / 'said a 34-year-old commander who goes by the call sign "Khan."':
 * a described subject (before the verb) or inverted speaker (after it) named by the call sign that ends its phrase.
 */
function speakerByCallSign(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): Actor | null {
  const before = callSignPerson(ctx, sentence.start, vStart);
  if (before && /^["”’»']?\s*,?\s*["”’»']?\s*(?:(?:has|had|also|later|then)\s+)*$/.test(ctx.text.slice(before.end, vStart))) return before.actor;
  if (/^tell|^told$/i.test(ctx.text.slice(vStart, vEnd)) || !/^\s*,?\s*(?:the|a|an|one)\s/i.test(ctx.text.slice(vEnd, vEnd + 6))) return null;
  const after = callSignPerson(ctx, vEnd, sentence.end);
  return after && !/[.;:!?]/.test(withoutAbbreviations(ctx.text.slice(vEnd, after.start))) ? after.actor : null;
}

const AS_SAYING = /^\s+([^.;:"“”]{1,80}?)\s+as\s+(?:saying|telling)\b/;
/** 'Xinhua quoted a ministry official as saying': the one quoted speaks, not the one who quotes. */
function quotedAsSaying(ctx: Ctx, vStart: number, vEnd: number, end: number): Actor | null {
  if (!/^quot/i.test(ctx.text.slice(vStart, vEnd))) return null;
  const m = AS_SAYING.exec(ctx.text.slice(vEnd, end));
  if (!m) return null;
  const quotedEnd = vEnd + m.index + m[0].length;
  return outermost(mentionsIn(ctx, vEnd, quotedEnd)).find((x) => !x.possessive && !x.pronoun)?.actor ?? null;
}

/** "A source in the Security Service of Ukraine (SBU) told": the body inside the source's name is where it sits, not who speaks. */
function outermost(ms: Mention[]): Mention[] {
  const inside = (m: Mention, o: Mention) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
  return ms.filter((m) => !ms.some((o) => inside(m, o)));
}

const WORD_BEFORE = /(\p{L}+)\s*$/u;

/** "…, and " or "the trucks arrived in 2022 and ": the "and" closing `before` follows a comma or a clause with its own verb. */
function opensClause(before: string): boolean {
  const lead = before.replace(/\s*\band\s*$/i, "");
  return /,$/.test(lead) || FINITE.test(lead);
}
/** The actor doing the reporting verb at [vStart, vEnd): subject before it, or "said X" after it. */
export function speakerOfVerb(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): Actor | null {
  const { text } = ctx;
  const called = speakerByCallSign(ctx, sentence, vStart, vEnd);
  if (called) return called;
  const quoted = quotedAsSaying(ctx, vStart, vEnd, sentence.end);
  if (quoted) return quoted;
  // "…, adding that …" / "…, saying …": the participle shares the main clause's subject ('…aggression," adding' too).
  if (/ing$/.test(text.slice(vStart, vEnd)) && /,["”’»]?\s*$/.test(text.slice(Math.max(sentence.start, vStart - 4), vStart))) {
    const whole = ctx.sentences.find((s) => vStart >= s.start && vStart < s.end) ?? sentence;
    const earlier = verbsOutsideQuotes(ctx, whole.start, vStart - 1).filter((v) => !/ing$/.test(v.word));
    const main = earlier[earlier.length - 1];
    if (main) return speakerOfVerb(ctx, whole, main.start, main.end);
    const first = mentionsIn(ctx, whole.start, vStart).find((m) => !m.possessive);
    return first?.actor ?? null;
  }
  const beforeText = text.slice(sentence.start, vStart);
  // Title-only subject: "the minister said", "Turkey's foreign minister told".
  const words = beforeText.trimEnd().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && ADVERBS.test(words[k].replace(/[^\p{L}]/gu, ""))) k--;
  const head = (words[k] ?? "").replace(/[^\p{L}’'-]/gu, "");
  // "…, it said" and "“…,” it said in a statement": the institution last named as a subject.
  if (/^it$/i.test(head) && (k === 0 || !words[k - 1] || /[,;!?]["”’]?$/.test(words[k - 1]))) return subjectBodyBefore(ctx, sentence.start);
  // "Its spokesman said …": the voice of the body the sentences before were about.
  if (ITS_VOICE.test(beforeText)) return subjectBodyBefore(ctx, sentence.start);
  if (/^(?:statement|readout|communiqu[eé])$/i.test(head) && /^the$/i.test(words[k - 1] ?? "")) return issuerOfStatement(ctx, vStart);
  // "the ministry said", "the regional administration said": the body so described named last.
  // Not "X of the Agora group wrote": the description must be the subject.
  const the = words.slice(0, k).map((w) => w.toLowerCase()).lastIndexOf("the");
  if (the >= k - 4 && the >= 0 && !PREPOSITIONS.test(words[the - 1] ?? "")) {
    const body = bodyByDescription(ctx, vStart, words.slice(the + 1, k + 1));
    if (body) return body;
  }
  // "X said A and stressed that B": the second verb shares the first one's subject.
  if (/,?\s*\b(?:and|but)\s+(?:also\s+)?$/.test(text.slice(sentence.start, vStart))) {
    const whole = ctx.sentences.find((x) => vStart >= x.start && vStart < x.end) ?? sentence;
    const earlier = verbsOutsideQuotes(ctx, whole.start, vStart - 1);
    const first = earlier.find((v) => !/ing$/.test(v.word));
    if (first && first.start < vStart) {
      const sp = speakerOfVerb(ctx, whole, first.start, first.end);
      if (sp) return sp;
    }
    // "Prime Minister Anna Berg convened the council and said that …": the subject of the clause before "and".
    if (!first) {
      const subject = sentenceSubject(ctx, whole, vStart);
      if (subject) return subject;
    }
  }
  // "A shipbroker in Istanbul said … “…,” the broker said": the source described earlier.
  const described = /^the$/i.test(words[k - 1] ?? "") ? describedSourceBefore(ctx, vStart, head) : null;
  if (described) return described;
  // "the head of state said": the president or prime minister named last.
  if (/\bthe\s+head\s+of\s+(?:state|government)$/i.test(words.slice(0, k + 1).join(" "))) {
    const leader = lastPersonWithRole(ctx, vStart, "leader", "");
    if (leader) return leader;
  }
  const nearBefore = words.slice(Math.max(0, k - 4), k + 1).join(" ");
  const roleM = ROLE_NP.exec(nearBefore);
  const ms = outermost(mentionsIn(ctx, sentence.start, vStart));
  const lastMention = ms[ms.length - 1];
  const roleStart = vStart - nearBefore.length + (roleM?.index ?? 0);
  // "the Kremlin spokesman said", "the U.S. president said": a body naming the role is no speaker when a person holds it.
  const bodyInRole = !!lastMention && lastMention.start >= roleStart && lastMention.actor.kind !== "person" && !lastMention.possessive;
  if (roleM && (!lastMention || lastMention.end < roleStart || bodyInRole)) {
    const p = lastPersonWithRole(ctx, vStart, roleM[2], roleM[1]);
    if (p) return p;
  }
  // "Turkey's foreign minister said": the person holding the possessor's role.
  const possessed = POSSESSED_ROLE.exec(nearBefore);
  if (possessed && lastMention?.possessive && lastMention.end >= vStart - nearBefore.length + possessed.index - 3) {
    const p = lastPersonWithRole(ctx, vStart, possessed[2], `${lastMention.actor.name} ${possessed[1]}`);
    if (p) return p;
  }
  // "Szymon Kwiatkowski, one of the protest leaders, told …": the name before a comma-enclosed apposition.
  const appos = apposition(beforeText);
  const apposStart = appos ? sentence.start + appos.index : -1;
  const beforeAppos = appos ? ms.filter((m) => m.end <= apposStart).pop() : undefined;
  // "The Institute for the Study of War (ISW), a U.S. think tank, said": the name may close with its acronym.
  if (beforeAppos && !beforeAppos.possessive && /^[\s)]*$/.test(text.slice(beforeAppos.end, apposStart))) {
    // "the spokesman of the Southern Command, Ivan Petrenko, said": the name set off after a role is the speaker.
    // "A White House spokesperson, Karoline Leavitt, said": a described source named in the apposition is that person.
    // "Moldova's Commissioner for Human Rights, Petru Lungu, wrote": a name governed by a preposition is part of the role.
    const inRole = PREPOSITIONS.test(WORD_BEFORE.exec(text.slice(Math.max(sentence.start, beforeAppos.start - 20), beforeAppos.start))?.[1] ?? "");
    const named = (beforeAppos.actor.kind !== "person" || isDescription(beforeAppos.actor) || inRole) && ms.find((m) => m.start > apposStart && m.actor.kind === "person" && !m.pronoun && !m.possessive && !isDescription(m.actor));
    return named ? named.actor : beforeAppos.actor;
  }
  if (PLURAL_GROUP.test(head) && !(lastMention && lastMention.end >= vStart - head.length - 12 && text.slice(lastMention.start, lastMention.end).endsWith(head))) return null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i];
    const head = appositionHead(ctx, ms, i, vStart);
    if (head) return head;
    const member = memberOfBody(ctx, ms, i);
    if (member) return member;
    const between = text.slice(m.end, vStart);
    if (/[;:]/.test(between) || /\b(that|who|which)\b/.test(between) && !/\band\b/.test(between)) {
      // A relative or reported clause separates this mention from the verb; "X, which …, warned": X is the subject.
      if (/\bwho\b/.test(between) || /^\s*,\s*which\b[^;:]*,\s*(?:\p{L}+\s+){0,2}$/u.test(between) || /^\s*,\s*which\s+(?:(?:on|in|at|late|earlier|later|also|then)(?:\s+[\p{L}\d]+){0,2}\s+)?$/u.test(between)) return m.actor;
      continue;
    }
    // "The Kremlin's spokesman said": a body's spokesman or office speaks for the body.
    if (m.possessive && m.actor.kind !== "person" && BODY_VOICE.test(text.slice(m.end, vStart))) return m.actor;
    if (m.possessive) continue;
    // "Interior Minister Anna Berg (Greens) said": a party or acronym in brackets after a name is not the subject.
    if (i > 0 && ms[i - 1].actor.kind === "person" && /^\s*\($/.test(text.slice(ms[i - 1].end, m.start)) && text[m.end] === ")") continue;
    // "…not like,' Sikorski told": a preposition behind a closing mark or comma governs nothing here.
    const prevWord = WORD_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 20), m.start))?.[1] ?? "";
    // "The trucks arrived in 2022, and Marles said …": an "and" that opens a new clause leaves its subject a subject.
    if (/^and$/i.test(prevWord) && opensClause(text.slice(sentence.start, m.start))) return m.pronoun ? pronounSpeaker(ctx, m) : m.actor;
    // "before he added": a nominative pronoun is a subject whatever precedes it.
    if (PREPOSITIONS.test(prevWord) && !m.pronoun) {
      // "Analysts at Renaissance Capital said", "a spokesman for the ministry said": the body speaks.
      const group = new RegExp(`\\b(?:analysts|economists|experts|researchers|strategists|officials|sources|volunteers|members|staff|employees|workers|diplomats|officers|lawyers|activists|a\\s+spokes\\w+|representatives?)\\s+${prevWord}\\s+(?:the\\s+)?$`, "i");
      if (/^(at|from|with|for)$/i.test(prevWord) && group.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) return m.actor;
      continue;
    }
    const nextWord = WORD_AFTER.exec(text.slice(m.end, m.end + 20))?.[1] ?? "";
    if (PLURAL_GROUP.test(nextWord) && text.slice(m.end, vStart).trim().split(/\s+/).length <= 3) return null;
    return m.pronoun ? pronounSpeaker(ctx, m) : m.actor;
  }
  // "…, said Peskov" / "said the Kremlin spokesman" (but "told AFP" names the listener, not the speaker)
  const after = mentionsIn(ctx, vEnd, Math.min(sentence.end, vEnd + 80));
  // "…, said the harbour master, Piotr Wrona": the role noun phrase set off before the name.
  const roleThenName = after[0]?.actor.kind === "person" && ROLE_BEFORE_NAME.test(text.slice(vEnd, after[0].start));
  // "…, said the head of the Coordination Headquarters' secretariat, Dmytro Usov." / "said Thalassa's chief executive, Nikos Karamanlis.": the name closing the phrase.
  const closingName = after.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive && ROLE_PHRASE_BEFORE_NAME.test(text.slice(vEnd, m.start)) && /^\s*(?:[.,;]|$)/.test(text.slice(m.end, m.end + 2)));
  // "told AFP" names the listener after the verb, not the speaker.
  const verbNamesListener = /^tell|^told$/i.test(text.slice(vStart, vEnd));
  if (closingName && !verbNamesListener) return closingName.actor;
  // "…, said former ambassador to Japan Kenji Ota": a role phrase with its own preposition, then the name it describes.
  const titled = after.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive);
  if (titled && !verbNamesListener && ROLE_PHRASE_TITLE.test(text.slice(vEnd, titled.start))) return titled.actor;
  if (after.length && !verbNamesListener && (roleThenName || !/[,.;:]/.test(withoutAbbreviations(text.slice(vEnd, after[0].start)))) && !after[0].possessive) {
    const gap = text.slice(vEnd, after[0].start).trim().split(/\s+/).filter(Boolean);
    if (roleThenName || (gap.length <= 5 && !gap.some((w) => PREPOSITIONS.test(w))) || isTitleRun(gap)) {
      // "said Kremlin aide Yuri Ushakov": the head of the noun phrase is its last name.
      const np = after.filter((m) => !/[,.;:(]|\b(?:who|which|and)\b/.test(text.slice(after[0].end, m.start)));
      return (np.find((m) => m.actor.kind === "person") ?? np[np.length - 1]).actor;
    }
  }
  const roleAfter = /^\s+(the|a)\s+((?:[\p{L}-]+\s+){0,3}?)(president|prime minister|minister|spokesman|spokeswoman|spokesperson|official|ambassador|envoy|governor|mayor|commander)\b/iu.exec(text.slice(vEnd, vEnd + 60));
  if (roleAfter) return lastPersonWithRole(ctx, vStart, roleAfter[3], roleAfter[2]);
  return null;
}

const SOURCE_DOC = /^(?:(?:an?|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|post|report|readout|message|data|figures|estimates?|assessment|note|video|tally|count|transcript|summary|release|update|decree|document)\s+(?:from|by|of|issued\s+by|published\s+by)\s+/iu;

const CITED_CAPITAL = /^(\p{Lu}[\p{L}-]+)(?=\s*(?:[,.;]|$))/u;
/** "according to Kyiv.": a capital standing alone for its state, which the actor index knows as that state's metonym. */
function capitalCited(ctx: Ctx, pos: number): Actor | null {
  const word = CITED_CAPITAL.exec(ctx.text.slice(pos, pos + 40))?.[1];
  const state = word ? ctx.index.byForm.get(word) : undefined;
  return state && word && state.metonyms.has(word) ? state : null;
}

/** "the indictment, " / "its charges, ": a lower-case description closed by a comma, naming no actor. */
const CITED_DESCRIPTION = /^\s*(?:the|its|his|her|their|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,\s*$/u;

/** "the head of the regional administration, " before a name: a role phrase closed by the comma that sets the name off. */
const ROLE_PHRASE_THEN_COMMA = /^\s*(?:the|its|his|her|their|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*['’]s)\s+\p{Ll}[^,.;:"“”]{0,80},\s*$/u;
/** "Russian Defence Ministry spokesman " before a name, no comma: a title ending in its role noun. */
const TITLE_THEN_NAME = new RegExp(`^[^,.;:"“”()]{0,80}\\b(?:${ROLE_NOUNS.join("|")})\\s+$`, "iu");

/** "according to the head of the Kharkiv administration, Oleh Syniehubov, …" (or "….", closing the sentence): the person the role phrase introduces speaks, not the body inside it. */
function personSetOffAfterRole(ctx: Ctx, pos: number, after: Mention[]): Actor | null {
  const person = after.find((m) => m.actor.kind === "person" && !m.pronoun && !m.possessive);
  if (!person || !/^\s*(?:[,.;]|$)/.test(ctx.text.slice(person.end, person.end + 2))) return null;
  const role = ctx.text.slice(pos, person.start);
  return ROLE_PHRASE_THEN_COMMA.test(role) || TITLE_THEN_NAME.test(role) ? person.actor : null;
}

export function accordingTo(ctx: Ctx, sentence: Sentence, from: number, to: number): Actor | null {
  const m = /\baccording to\s+/i.exec(ctx.text.slice(from, to));
  if (!m) return null;
  let pos = from + m.index + m[0].length;
  // "according to him": the person last mentioned before.
  if (/^(him|her)\b/i.test(ctx.text.slice(pos, pos + 4))) {
    const prev = ctx.index.mentions.filter((x) => x.start < pos && x.actor.kind === "person" && !inAnyQuote(ctx, x.start));
    return prev[prev.length - 1]?.actor ?? null;
  }
  // "according to a statement from the governor, X"
  const doc = SOURCE_DOC.exec(ctx.text.slice(pos, pos + 80));
  if (doc) pos += doc[0].length;
  // "according to the regional military administration": the body so described named last.
  const described = /^the\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?=\s*(?:[,.;]|$))/u.exec(ctx.text.slice(pos, Math.min(sentence.end, pos + 80)));
  const body = described && !mentionsIn(ctx, pos, pos + described[0].length).length ? bodyByDescription(ctx, pos, described[1].split(/\s+/)) : null;
  if (body) return body;
  const after = mentionsIn(ctx, pos, Math.min(sentence.end, pos + 80));
  if (!after.length) return capitalCited(ctx, pos);
  const named = personSetOffAfterRole(ctx, pos, after);
  if (named) return named;
  const gapText = ctx.text.slice(pos, after[0].start);
  // "According to the indictment, Marek H. travelled …": the cited words end at the comma; the name after it is the clause's subject.
  if (CITED_DESCRIPTION.test(gapText) && !(after[0].actor.kind === "person" && ROLE_APPOSITION.test(gapText))) return null;
  const gap = gapText.trim().split(/\s+/).filter(Boolean);
  // "according to the human rights group Vesna": a lower-case description before the name is no gap.
  const descriptionOnly = /^\s*(?:the|an?)\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(gapText);
  if (gap.length > 3 && !descriptionOnly && !(after[0].actor.kind === "person" && ROLE_APPOSITION.test(gapText))) return null;
  const np = after.filter((m) => !/[,.;:(]|\b(?:who|which|and|from|of)\b/.test(ctx.text.slice(after[0].end, m.start)));
  return (np.find((m) => m.actor.kind === "person") ?? np[np.length - 1]).actor;
}
