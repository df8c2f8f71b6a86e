/**
 * Actor recognition, in steps (one file each under actors/): known actors and the gazetteer
 * (registry.ts), acronyms (acronyms.ts), capitalised organisation names and one-word organisations
 * (organisations.ts; offices read as bodies, "Minister for …", are dropped after the person step), bodies named after their state ("Global Affairs Canada said", state-named-bodies.ts), outlets cited as a source ("told Haaretz", cited-outlets.ts), titled or attributed persons, family-name-first short names and full names of persons first named by surname (persons.ts), unit and company names taken for persons ("Wild Hornets", plural-names.ts), "<X> forces" units, states named by their weapons ("Russian drones", state-weapons.ts), force groupings ("Vostok group of forces") and national bodies
 * (national-bodies.ts), collective actors ("European allies", collectives.ts), embassies, governments named after their leader ("the Trump administration", administrations.ts), lower-case regional authorities and a town's ("the city council", local-bodies.ts), bodies named bare ("the Air Force said", home-bodies.ts; "the government decided", home-government.ts; "police detained him", police.ts; their state read from the sentences around them, nearby-states.ts), described sources and people introduced by first name, age or call sign or after a lower-case office ("the head of …, Ivan Petrenko", role-appositions.ts), the names of bodies tied to a state ("Foreign Ministry of Ukraine", state-aliases.ts; two bodies each holding the other's name fold into one, same-bodies.ts), then one scan for every form, "the ministry" of a minister just named ("Foreign Minister X …, the ministry said", ministers-ministries.ts) and the pronouns he/she (mentions.ts); states named only along a route ("crossed Spain and France", transit-states.ts) are dropped. Later short
 * mentions (surname, acronym, metonym) fold into the same actor; a body the gazetteer knows lists all its known names. The page's own outlet, from its masthead or byline, is listed too (page-outlet.ts).
 */
import { leaderGovernments } from "./actors/administrations";
import { officialsGovernment } from "./actors/officials-government";
import { citedOutlets } from "./actors/cited-outlets";
import { withPageOutlet } from "./actors/page-outlet";
import { collectiveActors } from "./actors/collectives";
import { describedSources } from "./actors/described-sources";
import { groupSources } from "./actors/group-sources";
import { embassies } from "./actors/embassies";
import { homeStateBodies } from "./actors/home-bodies";
import { homeGovernment } from "./actors/home-government";
import { actingCourts } from "./actors/acting-courts";
import { statePolice } from "./actors/police";
import { bareRegionalBodies, regionalBodies } from "./actors/regional-bodies";
import { regionalAuthorities } from "./actors/regional-authorities";
import { localBodies } from "./actors/local-bodies";
import { ministersMinistries } from "./actors/ministers-ministries";
import { possessedBodies } from "./actors/possessed-bodies";
import { introducedPersons } from "./actors/introduced-persons";
import { firstNamesAlone } from "./actors/first-names";
import { roleAppositions } from "./actors/role-appositions";
import { soloSpeakers } from "./actors/solo-speakers";
import { personsOffices } from "./actors/person-offices";
import { quoteAttributedPersons } from "./actors/quote-attributed-persons";
import { untitledPersons } from "./actors/untitled-persons";
import { dropPlacesAsPersons } from "./actors/places-as-persons";
import { dropCreditedJournalists } from "./actors/credits";
import { dropTitleOnlyActors } from "./actors/title-only-states";
import { dropPassingStates } from "./actors/passing-states";
import { dropRouteOnlyStates } from "./actors/transit-states";
import { acronymsDefined, shortNames, undefinedAcronyms } from "./actors/acronyms";
import { resolvePronouns, scanMentions } from "./actors/mentions";
import { bareEuInstitutions, bareNationalBodies, forceGroupings, unitsAndNationalBodies, unknownStatesBodies } from "./actors/national-bodies";
import { bodyCandidates } from "./actors/named-bodies";
import { describedBodies, dropHeldOffices, organisationNames } from "./actors/organisations";
import { familyNameFirst, fullNamesOfSurnames, persons, surnamesOfKnownPersons } from "./actors/persons";
import { retypePluralNames } from "./actors/plural-names";
import { Registry } from "./actors/registry";
import { stateBodyAliases } from "./actors/state-aliases";
import { mergeSameBodies } from "./actors/same-bodies";
import { stateWeapons } from "./actors/state-weapons";
import { stateNamedBodies } from "./actors/state-named-bodies";
import { capitalisedRuns } from "./actors/runs";
import type { Actor, ActorIndex, KnownActor, Mention } from "./actors/types";
import type { QuoteSpan, Sentence } from "./sentences";

export { ACTOR_KINDS, type Actor, type ActorIndex, type KnownActor, type Mention } from "./actors/types";
export { PLURAL_GROUP, roleNounRe, tokenize } from "./actors/lexicon";

export function findActors(
  text: string,
  sentences: Sentence[],
  quotes: QuoteSpan[],
  opts: { known?: KnownActor[]; headlineEnd?: number; outlet?: string | null; dateline?: string | null } = {},
): ActorIndex {
  // A headline in Title Case ("Finance Ministry Says Deficit Will Widen") offers no capitalised names.
  const headlineEnd = opts.headlineEnd ?? 0;
  const r = new Registry(text, opts.known, opts.dateline);
  acronymsDefined(r);
  const { surnameCount, runs, orgRuns } = capitalisedRuns(r);
  organisationNames(r, orgRuns, headlineEnd);
  stateNamedBodies(r, headlineEnd);
  const bodies = bodyCandidates(text);
  describedBodies(r, headlineEnd, "several", bodies);
  persons(r, runs, surnameCount, headlineEnd);
  familyNameFirst(r);
  fullNamesOfSurnames(r);
  surnamesOfKnownPersons(r);
  retypePluralNames(r);
  dropHeldOffices(r);
  citedOutlets(r, opts.outlet);
  shortNames(r);
  undefinedAcronyms(r);
  unitsAndNationalBodies(r);
  stateWeapons(r);
  forceGroupings(r);
  unknownStatesBodies(r);
  bareNationalBodies(r);
  bareEuInstitutions(r);
  homeStateBodies(r);
  homeGovernment(r);
  statePolice(r);
  describedBodies(r, headlineEnd, "one", bodies);
  embassies(r);
  leaderGovernments(r);
  regionalBodies(r);
  bareRegionalBodies(r);
  actingCourts(r);
  regionalAuthorities(r);
  localBodies(r);
  possessedBodies(r);
  collectiveActors(r);
  describedSources(r);
  groupSources(r);
  introducedPersons(r);
  roleAppositions(r);
  firstNamesAlone(r);
  soloSpeakers(r);
  personsOffices(r);
  quoteAttributedPersons(r);
  untitledPersons(r);
  const mentions = dropPassingStates(r, dropRouteOnlyStates(r, dropTitleOnlyActors(r, dropCreditedJournalists(r, dropPlacesAsPersons(r, scanMentions(r))))));
  // After the scan, which holds the ministers named: "Foreign Minister X met Y, the ministry said".
  ministersMinistries(r, mentions, sentences);
  officialsGovernment(r, mentions, sentences);
  // After the scan, so the gazetteer's bodies it brought in ("India's Ministry of External Affairs") are named too.
  stateBodyAliases(r);
  mergeSameBodies(r, mentions);
  resolvePronouns(r, mentions, sentences, quotes);
  return { actors: withPageOutlet(r, listActors(r, mentions), opts.outlet), mentions, byForm: r.byForm, stateOfDemonym: r.stateOfDemonym };
}

/** The actors mentioned (or known to the caller), in order of first mention, each named as the article spells them. */
function listActors(r: Registry, mentions: Mention[]): Actor[] {
  const { text, actors } = r;
  mentions.sort((a, b) => a.start - b.start);
  const used = new Set(mentions.map((m) => m.actor));
  const list = [...actors.values()]
    .filter((a) => used.has(a) || a.slug !== undefined)
    .sort((a, b) => a.first - b.first);
  // Name a person as the article spells them ("Volodymyr Zelenskiy", not the gazetteer's or the caller's "Zelensky"),
  // keeping the other spelling as an alias (an editor's review links the actor through it).
  for (const a of list) {
    if (a.kind !== "person" || text.includes(a.name)) continue;
    const spelled = mentions.find((m) => m.actor === a && !m.pronoun && /\s/.test(m.surface.trim()) && a.forms.has(m.surface))?.surface;
    if (spelled) {
      a.aliases.add(a.name);
      a.name = spelled;
    }
  }
  for (const a of list) withKnownNames(r, a);
  for (const a of list) if (a.kind === "media") withOutletVariants(a);
  for (const a of list) a.aliases.delete(a.name);
  return list;
}

/** "Times of Israel" is also "The Times of Israel", and "Fox News Digital" or "NOS News" also "Fox News" or "NOS": how other pages name the outlet. */
function withOutletVariants(a: Actor): void {
  a.aliases.add(/^The\s/.test(a.name) ? a.name.replace(/^The\s+/, "") : `The ${a.name}`);
  const bare = a.name.replace(/\s+(?:News|Digital|Online)$/, "");
  if (bare !== a.name && bare.length >= 2) a.aliases.add(bare);
}

/**
 * A body the gazetteer knows carries all its known names as aliases ("Ukrainian General Staff" for "General Staff
 * of the Armed Forces of Ukraine"), so an editor's or an archive's spelling finds it even where this article uses another.
 */
function withKnownNames(r: Registry, a: Actor): void {
  const entry = r.lazy.get(a.name) ?? [...a.aliases].map((n) => r.lazy.get(n)).find((e) => e?.kind === a.kind);
  if (!entry) return;
  for (const f of entry.forms) a.aliases.add(f);
}
