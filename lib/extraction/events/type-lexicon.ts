/**
 * General verb lexicons per codebook type (lib/events/codebook.ts), for what the trigger lists miss: a clause they
 * left as `other` ("Zelensky appointed a new defence minister", "Norway pledged $2bn") and weapons that are the
 * object of giving, not of firing ("Germany delivered 500 drones" is aid, not a strike). Verbs are listed as lemmas
 * and expanded to their inflections by compromise's conjugation ("pledge" → pledged, pledges, pledging); verbs that
 * are often used of something else need their object ("sent a letter" is no aid, "met the deadline" no meeting).
 */
import { memoByString } from "../memo";
import nlp from "compromise/two";
import { isPastTense } from "../nlp";
import type { EventType } from "./context";
import { AID_OBJECT, DREW_REACTION, PAST_VERB, REACTION } from "./triggers";
import { allMatches } from "../all-matches";
import { LOWER_WORDS } from "../word-shapes";
import { passiveSubject } from "./passive-subject";
import { isStateName } from "../gazetteer";

type Conjugation = Partial<Record<"Infinitive" | "PastTense" | "PresentTense" | "Gerund" | "Participle", string>>;
const verb = (nlp.methods() as { two: { transform: { verb: { conjugate(inf: string, model: object): Conjugation } } } }).two.transform.verb;
const MODEL = nlp.model();

/** "hold talks" → hold talks, held talks, holds talks, holding talks (the first word inflected). */
export function verbForms(lemma: string): string[] {
  const [head, ...rest] = lemma.split(" ");
  const forms = Object.values(verb.conjugate(head, MODEL)).filter((f): f is string => typeof f === "string" && !/\s/.test(f));
  return [...new Set([head, ...forms])].map((f) => [f, ...rest].join(" "));
}

const ARMS = String.raw`weapons|arms|missiles?|drones?|interceptors?|tanks|jets|aircraft|fighters|F-16s?|howitzers|artillery|ammunition|shells|munitions|rounds|air[- ]defen[cs]e|systems?|Patriots?|IRIS-T|HIMARS|ATACMS|Taurus|Tomahawks?|equipment|vehicles|generators`;
const SUPPORT = String.raw`(?:military|financial|humanitarian|defen[cs]e|budget|economic)\s+(?:support|assistance|aid|help)|assistance|support\s+package`;
const TRADE = /\b(?:wheat|grain|oil|crude|gas|LNG|fertili[sz]ers?|coal|cargoes|goods|shares|stakes?|bonds)\b/i;
/** What aid verbs give: money, aid or arms named within a few words after the verb. */
const GIVEN = new RegExp(String.raw`^(?:\s+[^\s.;]+){0,5}?\s+(?:${ARMS}|${SUPPORT})\b`, "iu");
/** Money given: "provided Ukraine with around 12 billion dollars", "transferred the first €15bn" (not money paid for trade goods). */
const MONEY = /^(?:\s+[^\s.;]+){0,5}?\s+(?:[€$£¥]\s?\d|(?:EUR|USD|GBP|CAD|CHF|JPY)\s?\d|(?:around\s+|about\s+)?\d[\d.,]*\s*(?:trillion|billion|million|bn|euros?|dollars?|pounds|kroner|kronor|francs|yen|hryvnias?)\b(?!\s+(?:cubic\s+met|bcm\b|tonnes\b|tons\b|barrels\b|lit(?:re|er)s\b)))/iu;
/**
 * A count whose noun is left out, named before: "Sweden pledged another 20", "promised 40 more to Ukraine" (not a vote
 * count, "approved 300 to 12").
 */
const ELIDED_COUNT = /^\s+(?:(?:another|a\s+further|an\s+additional|further|additional)\s+)?\d[\d,.]*(?:\s+more)?(?=\s*(?:[,.;:](?!\d)|$)|\s+(?:to|for|on|in|by|last|this|next|earlier|later|over)\b(?!\s+\d))/u;
/**
 * More of a counted thing, named by its noun: "pledged two more batteries", "sent a further 40 armoured vehicles" (not
 * more time, rounds or troops: "extended it by two more years", "sent two more brigades").
 */
const COUNT = String.raw`(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|hundreds\s+of)`;
const NOT_COUNTED_GIFT = String.raw`(?:years?|months?|weeks?|days?|hours?|times|rounds?|troops|soldiers|brigades|battalions|units|people|members|countries|states|sanctions|talks|meetings|votes|seats)`;
const MORE_OF = new RegExp(String.raw`^\s+(?:(?:another|a\s+further|an\s+additional)\s+${COUNT}|${COUNT}\s+(?:more|additional|further))\s+(?:[\p{Ll}-]+\s+){0,2}?(?!${NOT_COUNTED_GIFT}\b)\p{Ll}{3,}s\b`, "u");
/** Money given for a side's purchases of goods is aid, not trade: "pledged NOK 2 billion for gas purchases". */
export const FUNDED_PURCHASE = /\bfor\s+(?:[\p{L}-]+\s+){0,3}?(?:purchases|procurement|imports)\b/u;
/** Trade goods named near the verb, not bought with money given for them. */
const tradeNamed = (after: string) => TRADE.test(after.slice(0, 80)) && !FUNDED_PURCHASE.test(after.slice(0, 100));
const GIVEN_OR_MONEY = { test: (after: string) => GIVEN.test(after) || ELIDED_COUNT.test(after) || MORE_OF.test(after) || (MONEY.test(after) && !tradeNamed(after)) };
const PERSON = /^\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:minister|commander|chief|head|governor|general|prosecutor|director|ambassador|envoy|adviser|advisor|secretary|chairman|chair|deputy|mayor|premier|cabinet|government)\b|^\s+from\s+(?:office|power|(?:his|her|the)\s+post)\b|^\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?(?=\s*(?:[,.;]|$|\s+(?:as|from|on|in|after|and|over)\b))/u;
const PROPOSED = /^\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:plan|proposal|initiative|ceasefire|truce|deal|talks|framework|resolution|draft|peace|settlement|mediation|guarantees?|exchange)\b|^\s+to\s+\p{Ll}/u;
const BLOCKED = /^\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}€$\d.,-]+\s+){0,4}?(?:proposals?|plans?|bills?|package|resolutions?|deal|sanctions|aid|loans?|accession|requests?|decisions?|measures?|initiatives?|agreements?|invitation|offer|funding)\b|^\s+to\s+\p{Ll}/iu;
const NOT_REFUSAL = /^\s+to\s+(?:comment|say|confirm|deny|disclose|specify|elaborate|answer|respond|name|identify|give)\b/;
const NOT_MEETING = /^\s+(?:with\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?(?:\p{Ll}+\s+){0,2}?(?:resistance|criticism|opposition|scepticism|skepticism|silence|approval|applause|target|targets|deadline|demands?|requirements?|conditions|criteria|expectations|needs)\b/u;

/** A form used as a noun ("a day after the meeting", "his visit"): it names the clause's time or topic, not its verb. */
const NOUN_USE = /\b(?:the|a|an|this|that|its|his|her|their|after|before|during|since|following|ahead\s+of)\s+$/i;

/** "Given the shortage of shells, …": "given" opening a clause is a preposition, no verb. */
const isPrepositionGiven = (form: string, before: string) => form.toLowerCase() === "given" && /(?:^|[,;:(–—])\s*$/.test(before);

/** The verb form is a noun, unless the word before is the relative pronoun of a subject the entry names ("the ban that took effect"). */
const nounUse = (before: string, e: Entry) => NOUN_USE.test(before) && !(e.subject && /\b(?:that|which)\s+$/i.test(before));

/** A counterpart or delegation received: "Tajani received his Ukrainian counterpart". */
const GUEST = /^\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:counterparts?|delegations?|president|prime\s+minister|premier|chancellor|minister|envoys?|leaders?)\b/iu;
/** A place taken or entered, named by a proper noun or a word for a settlement: "Russian forces took Chasiv Yar", "entered the city's outskirts" (not "entered Estonian airspace"). */
const PLACE = /^\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?\p{Lu}\p{L}+\b(?!\s+(?:airspace|waters)\b)|^\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:outskirts|towns?|city|cities|villages?|hamlets?|region|oblast|district|settlements?|suburbs?)\b/u;
/** A line crossed or reached on the ground: "crossed the border near Myropillia", "reached the outskirts of Huliaipole". */
const FRONT_LINE = /^\s+(?:(?:the|a)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:border|river|outskirts|edge|banks?|administrative\s+line)\b/u;
/** Energy sites: power plants, grids, refineries, depots, generating capacity. */
const ENERGY = String.raw`power\s+(?:plant|station|line|grid)s?|thermal|substations?|refiner(?:y|ies)|(?:oil|fuel|gas)\s+(?:depot|terminal|facilit(?:y|ies)|production|infrastructure)|energy\s+(?:system|infrastructure|facilit(?:y|ies)|grid)|(?:energy|electricity|electric)\s+grid|(?:generating|generation|power|production)\s+capacit(?:y|ies)|hydro\p{L}*\s+(?:power\s+)?(?:plant|station)s?`;
/** Power or heat cut by an attack: "knocked out power in the region", "cut electricity to 300,000 homes". */
const POWER_SUPPLY = /^\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:power|electricity|heating|heat)\b(?!\s+(?:of|over)\b)/u;
/**
 * The verb is the clause's own, not a participle set off after it: "strikes knocked out power", not "fired 400 drones,
 * |knocking out heating" (an effect of the strike told, which keeps the strike's type).
 */
const NOT_AFTER_COMMA = /(?<![,;]\s*)$/u;
/** Homes left in the dark: "left 400,000 homes without power". */
const WITHOUT_POWER = /^(?:\s+[^\s.;]+){0,6}?\s+without\s+(?:power|electricity|heating|heat|light)\b/u;
/** Energy sites destroyed or knocked out: "destroyed the largest thermal power plant in the region", "destroyed half of the generating capacity". */
const ENERGY_SITE = new RegExp(String.raw`^\s+(?:[\p{L}’'%\d-]+\s+){0,5}?(?:${ENERGY})\b`, "u");
/** An energy site named before the verb that struck it: "a thermal power plant that Russian missiles had knocked out". */
const ENERGY_SITE_BEFORE = new RegExp(String.raw`\b(?:${ENERGY})\s+(?:that|which)\s+(?:[\p{L}-]+\s+){0,4}$`, "u");
/** A journey for talks: "flew to Riyadh for talks", "travelled to Pyongyang to discuss reconstruction". */
const TALKS_TRIP = /^\s+to\s+\p{Lu}\p{L}+[^.;]{0,60}?\b(?:to\s+(?:discuss|meet|hold\s+talks)|for\s+(?:talks|a\s+meeting|meetings|consultations|negotiations))\b/u;
/** Those a government designates or blacklists: "the Treasury designated dozens of tankers". */
const DESIGNATED = /^(?:\s+[^\s.;]+){0,4}?\s+(?:tankers|vessels|ships|firms|companies|entities|individuals|persons|banks|oligarchs|traders|insurers|(?:ship\s+)?managers|operators)\b/u;
/** A listing: "added 12 firms to its entity list", "put the tankers on its sanctions list", "added 37 companies to its list of entities barred from …". */
const LISTED = /^\s+(?:[\p{L}\d,.’'-]+\s+){0,6}?(?:to|on)\s+(?:its|the|their)\s+(?:own\s+)?(?:sanctions?\s+list|entity\s+list|blacklist|own\s+list|list\s+of\s+(?:sanctioned|entities|companies|individuals|vessels))\b/u;
/** Someone spoken to by name, not an audience: "Fidan spoke to Lavrov", "had spoken earlier in the day with Merz", not "spoke to reporters". */
const CALLEE = /^(?:\s+(?:earlier|later|again|also|separately|briefly|today|yesterday|in|on|the|day|week|evening|morning))*\s+(?:to|with)\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|students|lawmakers|supporters|troops|soldiers|residents|workers|audience|crowd|nation)\b)(?:(?:his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}?\p{Lu}\p{L}+(?!\s+(?:News|Radio|TV|Television|Times|Post|Journal|Press))/u;
/** Exports or imports stopped by a government: "banned such exports to Russia", "halted imports of Russian gas". */
const TRADE_FLOW = /^\s+(?:(?:the|all|such|its|their|further)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:exports?|imports?|re-exports?|shipments\s+of)\b/u;
const ASSETS = /^\s+(?:(?:the|its|their)\s+)?(?:[\p{L}\d,.-]+\s+){0,3}?(?:assets|accounts|funds|property)\b/iu;
/** Prisoners or the dead exchanged between the sides: "agreed to exchange 300 prisoners of war each", "the latest exchange of prisoners". */
/** A shipment or tranche received: "we received a shipment from Germany", "Kyiv got the first tranche". */
const SHIPMENT = /^(?:\s+[^\s.;]+){0,4}?\s+(?:shipments?|deliver(?:y|ies)|consignments?|tranches?|batch(?:es)?)\b/iu;
const PRISONERS = /^(?:\s+[^\s.;]+){0,4}?\s+(?:prisoners|POWs|captives|detainees|bodies|servicemen)\b/u;
/** A sanction as the subject: "the EU ban that took effect on 21 January", "the penalty tariff was halved in March". */
const SANCTION_SUBJECT = /\b(?:sanctions?|bans?|embargo(?:es)?|price\s+cap|tariffs?|duties|penalt(?:y|ies)|restrictions)\b(?:\s+[^\s.;]+){0,6}?\s+$/iu;
/** An exchange of prisoners as the subject: "the previous exchange, of 230 captives, took place" (not an exchange of fire or a rate). */
const EXCHANGE_SUBJECT = /(?<!\b(?:on|over|about|for)\s+(?:\S+\s+){0,2})\b(?:exchanges?|swaps?)\b,?(?!\s+(?:rates?\b|of\s+(?:fire|views|blows|letters|information|opinions)\b))(?:\s+[^\s.;]+){0,5}?\s*$/iu;
/** An office filled or left: "approved the appointment of a new envoy", "announced the resignation of the minister". */
const OFFICE_CHANGE = /^\s+(?:(?:the|his|her|their|its)\s+)?(?:appointment|nomination|dismissal|resignation)\s+of\b/u;
const RULING_COALITION = /^\s+(?:the\s+)?(?:ruling|governing)\s+(?:coalition|majority|alliance)\b/u;
/** A majority in a legislature lost or won: "Fidesz lost its two-thirds majority". */
const MAJORITY = /^\s+(?:its|their|his|her|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?majority\b(?!\s+of\s+(?!seats\b))/u;
/** Duties or tariffs raised on goods: "raised duties on Indian goods". */
const DUTIES = /^\s+(?:(?:the|its|their|new|additional|extra|higher|punitive|import|customs|retaliatory)\s+)*(?:duties|tariffs|levies)\s+(?:on|against)\b/u;
/** A bill brought before a legislature: "introduced the bill", "introduced a resolution calling on …". */
const BILL = /^\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:bill|draft\s+law|legislation|resolution)s?\b/u;
/**
 * A position on the front lost, with its place, or told in the passive: "lost a position near Kostiantynivka", "the
 * position was lost", "lost positions on the outskirts of Lyman" (not a stance "on" a question: "lost their position on the plant").
 */
const FRONT_POSITION = /^\s+(?:(?:a|the|its|their|his|our|several|some|two|three|four|five|\d+)\s+)?(?:[\p{L}-]+\s+){0,2}?positions?(?:\s+(?:near|in|at|outside|around|east|west|north|south)\b|\s+on\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:outskirts|approaches|front|bank|edge|heights|hill|line|axis|direction)\b|\s*$)/u;
/** A place as the subject of "fell": "Pokrovsk fell in December" (not "Brent fell 3%", "Putin fell silent"). */
const PLACE_FELL = /(?:^|[,;:]\s*|\b(?:and|when|after|before|until|since|once)\s+)\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?\s+(?:had\s+|has\s+)?$/u;
const NOT_CAPTURED_FALL = /^\s+(?:by|from|to\s+(?:[$€£\d]|its|their|a\b)|[$€£\d]|sharply|short|silent|ill|apart|behind|below|asleep|victim|back|out|into\s+(?:disrepair|recession|debt|decline)|\p{Ll}+ly\b)/u;
/** Warnings put out: "the centre has issued four warnings for the north-west Black Sea". */
const WARNINGS = /^(?:\s+[^\s.;]+){0,3}?\s+warnings?\b/u;
/** A motion or bill voted down, told in the passive: "the motion was defeated by 71 votes to 34". */
const VOTED_DOWN = /^\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:motions?|bills?|resolutions?|amendments?|proposals?)\b/u;
/** A meal shared with someone named: "had dinner at the Elysée with Chancellor Merz". */
const MEAL_WITH = /^(?:\s+[^\s.;]+){0,6}?\s+with\s+(?:[\p{Ll}-]+\s+){0,3}?\p{Lu}/u;
/** Negotiators as the subject of "sat down": "when American and Russian negotiators sat down in Geneva". */
const NEGOTIATORS_SUBJECT = /\b(?:negotiators|delegations?|delegates|envoys|mediators)\s+(?:(?:had|have|has|finally|first|again)\s+)*$/u;
/**
 * Aid shipments or contributions confirmed or announced: "confirmed the delivery of six more jets", "announced new PURL
 * contributions". A delivery is aid only of arms or aid, or to Ukraine (not parcels, nuclear fuel or a side's own bombers).
 */
const AID_ANNOUNCED = new RegExp(String.raw`^\s+(?:(?:the|a|new|further|additional)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:contributions\b|deliver(?:y|ies)\b(?:\s+[^\s.;]+){0,12}?\s+(?:(?:${ARMS}|${SUPPORT})\b|to\s+(?:Ukraine|Kyiv|Ukrainian)\b))`, "u");
/** Captives as the subject of their return: "146 of our defenders came home", "146 Ukrainians were freed". */
const CAPTIVES_SUBJECT = /\b(?:defenders|prisoners|POWs|servicemen|soldiers|captives|Ukrainians)\s+(?:(?:were|have\s+been|had\s+been|finally|also)\s+)*$/u;
/** Captives brought home: "we brought home 185 of our defenders in an exchange". */
const CAPTIVES = /^(?:\s+[^\s.;]+){0,3}?\s+(?:defenders|prisoners|POWs|servicemen|soldiers|captives)\b/u;
const IDEA = /^\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:idea|plan|proposal|mechanism|scheme)\b/u;

interface Entry {
  type: EventType;
  lemmas: string;
  /** What must follow the verb for it to name this type. */
  object?: { test(after: string): boolean };
  not?: RegExp;
  /** What must come before the verb (its subject) for it to name this type. */
  subject?: { test(before: string): boolean };
  /** A reception of a guest: the meeting outranks what was discussed at it and is no reaction ("welcomed his counterpart"). */
  reception?: boolean;
}
/** Meeting nouns; a "round" only of talks ("a new round of sanctions" is none). */
const MEETING = String.raw`(?:talks|round(?!\s+of\s+(?!talks|negotiations|consultations)\w)|negotiations|summit|conference|meeting|consultations)`;
/** A meeting as the subject: "the last round in Abu Dhabi at the start of March ended badly", "the talks had been frank". */
const MEETING_SUBJECT = new RegExp(String.raw`\b${MEETING}\b(?:\s+[^\s.;]+){0,8}?\s*,?\s*$`, "i");
/** A meeting or delegation as the object: "the Saudi minister opened the talks", "led a peace mission to Kyiv". */
const MEETING_OBJECT = new RegExp(String.raw`^\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${MEETING}|mission|delegation|forum|ministerial)\b`, "u");
/** Ground forces moving nearer: "pushed closer to Kupiansk", "moved deeper into the town". */
const CLOSER = /^\s+(?:\p{Ll}+ly\s+)?(?:closer|deeper|further|farther|forward)\b/u;
/** Ground forces as the subject: "Russian troops crossed the border" (not "buses are crossing the border"). */
const FORCES = /\b(?:troops|forces|units|soldiers|army|assault\s+groups|brigades?|infantry|tanks|paratroopers|marines)\b/i;
/** Ground forces just before the verb, its subject whatever the object: "Russian troops first entered in July", "which the troops reached". */
const FORCES_SUBJECT = /\b(?:troops|forces|units|soldiers|army|assault\s+groups|brigades?|infantry|paratroopers|marines)\s+(?:(?:had|have|has)\s+)?(?:(?:first|also|then|finally|\p{Ll}+ly)\s+)?$/u;
/** The proper name just before the verb, with its adverbs: "Russia |invaded", "the United States had |invaded". */
const NAME_BEFORE = /(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?:['’]s)?\s+(?:(?:had|has|have|first|then|again|\p{Ll}+ly)\s+)*$/u;
/** An invader: a state or armed force as the subject ("Russia invaded Crimea", "Russian troops invaded"), not locusts, hackers or fans. */
const INVADER = {
  test(before: string): boolean {
    if (FORCES_SUBJECT.test(before)) return true;
    const name = NAME_BEFORE.exec(before)?.[1];
    return !!name && (isStateName(name) || isStateName(name.split(/\s+/).pop()!));
  },
};
const LEXICON: Entry[] = [
  { type: "aid_arms_decision", lemmas: "pledge,promise,commit,provide,deliver,supply,allocate,buy,purchase,procure,fund,finance,send,donate,transfer,earmark,disburse,grant,approve,extend,give", object: GIVEN_OR_MONEY, not: /^\s+(?:by\b|(?:\S+\s+){0,6}?(?:at|against|towards?|into)\s)/ },
  { type: "aid_arms_decision", lemmas: "receive,get,obtain,ship,vote", object: { test: (after: string) => GIVEN_OR_MONEY.test(after) || SHIPMENT.test(after) }, not: /^\s+(?:by\b|(?:\S+\s+){0,6}?(?:at|against|towards?|into)\s)/ },
  { type: "summit_talks", lemmas: "meet,visit,host,hold talks,hold a meeting,hold a summit,convene,sit down with,negotiate with", not: NOT_MEETING },
  { type: "political_change", lemmas: "appoint,nominate,resign,elect,inaugurate,oust,step down,swear in,reshuffle" },
  { type: "political_change", lemmas: "dismiss,sack,replace,remove", object: PERSON },
  { type: "proposal", lemmas: "propose,offer,suggest,put forward,table,submit", object: PROPOSED },
  { type: "proposal", lemmas: "invite" },
  { type: "proposal", lemmas: "promise,float", object: IDEA },
  { type: "summit_talks", lemmas: "receive,welcome,greet", object: GUEST, reception: true },
  { type: "sanctions", lemmas: "freeze", object: ASSETS },
  { type: "phone_call", lemmas: "speak,talk", object: CALLEE },
  { type: "agreement_ceasefire", lemmas: "exchange,swap", object: PRISONERS },
  { type: "ground_advance", lemmas: "take,enter,capture", object: PLACE },
  { type: "ground_advance", lemmas: "cross,reach,return to", object: FRONT_LINE, subject: FORCES },
  { type: "ground_advance", lemmas: "invade", subject: INVADER },
  { type: "ground_advance", lemmas: "enter,cross,reach,capture,occupy,withdraw,retreat,pull back", subject: FORCES_SUBJECT },
  { type: "ground_advance", lemmas: "push,move,advance,edge", object: CLOSER, subject: FORCES },
  { type: "energy_infrastructure_attack", lemmas: "destroy,damage,knock out,disable,hit,strike", object: ENERGY_SITE },
  { type: "energy_infrastructure_attack", lemmas: "destroy,damage,knock out,disable,hit,strike", subject: ENERGY_SITE_BEFORE },
  { type: "energy_infrastructure_attack", lemmas: "knock out,cut,cut off,disrupt", object: POWER_SUPPLY, subject: NOT_AFTER_COMMA },
  { type: "energy_infrastructure_attack", lemmas: "leave", object: WITHOUT_POWER, subject: NOT_AFTER_COMMA },
  { type: "summit_talks", lemmas: "travel,traveled,fly,go", object: TALKS_TRIP },
  { type: "sanctions", lemmas: "add,put", object: LISTED },
  { type: "sanctions", lemmas: "designate,blacklist", object: DESIGNATED },
  { type: "sanctions", lemmas: "ban,prohibit,halt,suspend", object: TRADE_FLOW },
  { type: "sanctions", lemmas: "take effect,come into force,enter into force,come into effect,halve,double,expire", subject: SANCTION_SUBJECT },
  { type: "agreement_ceasefire", lemmas: "take place,begin,resume,complete,carry out,agree", subject: EXCHANGE_SUBJECT },
  { type: "agreement_ceasefire", lemmas: "come home,return home,free,release", subject: CAPTIVES_SUBJECT },
  { type: "agreement_ceasefire", lemmas: "bring home,bring back", object: CAPTIVES },
  { type: "summit_talks", lemmas: "end,open,begin,conclude,close,resume,follow,take place,last,stall,be,were,are,been", subject: MEETING_SUBJECT },
  { type: "political_change", lemmas: "approve,confirm,announce,endorse", object: OFFICE_CHANGE },
  { type: "political_change", lemmas: "leave,quit,exit,join", object: RULING_COALITION },
  { type: "political_change", lemmas: "lose,win", object: MAJORITY },
  { type: "sanctions", lemmas: "raise,impose,introduce,slap,levy,double,hike", object: DUTIES },
  { type: "proposal", lemmas: "introduce", object: BILL },
  { type: "threat_warning", lemmas: "issue", object: WARNINGS },
  { type: "rejection", lemmas: "give up on", not: /^\s+(?:hope|hopes)\b/ },
  { type: "rejection", lemmas: "defeat,vote down", object: VOTED_DOWN },
  { type: "summit_talks", lemmas: "have dinner,have lunch,have breakfast,dine", object: MEAL_WITH },
  { type: "summit_talks", lemmas: "sit down", subject: NEGOTIATORS_SUBJECT },
  { type: "aid_arms_decision", lemmas: "confirm,announce", object: AID_ANNOUNCED },
  { type: "ground_advance", lemmas: "lose", object: FRONT_POSITION },
  { type: "ground_advance", lemmas: "fall", subject: PLACE_FELL, not: NOT_CAPTURED_FALL },
  { type: "summit_talks", lemmas: "open,begin,end,conclude,close,resume,attend,chair,join,lead,follow,take part in,participate in", object: MEETING_OBJECT },
  { type: "rejection", lemmas: "veto,reject,refuse,turn down,rule out,rebuff,decline,block", object: BLOCKED, not: NOT_REFUSAL },
];

const ENTRIES = LEXICON.map((e) => {
  const forms = e.lemmas.split(",").flatMap(verbForms);
  if (!forms.every((f) => /^[a-z]+(?: [a-z]+)*$/.test(f))) throw new Error(`type-lexicon: a form of "${e.lemmas}" is not plain words`);
  const alternation = String.raw`\b(?:${forms.join("|")})\b`;
  return { ...e, firstWords: new Set(forms.map((f) => f.split(" ")[0])), at: new RegExp(alternation, "iuy") };
});

const WORD_CHARACTERS = /[A-Za-z0-9_\u017F\u212A]+/g;
/**
 * The clause's words, where a verb form can start: a form's match begins at a word boundary, so its first word is a
 * whole word here. The word characters are those of `\b` under the `iu` flags (ASCII, plus ſ and K that fold to them).
 */
function wordsOf(clause: string): { key: string; index: number }[] {
  return allMatches(WORD_CHARACTERS, clause).map((m) => ({ key: m[0].toLowerCase().replace(/\u017F/g, "s"), index: m.index }));
}

/** The entries (by index, in lexicon order) one of whose forms a word opens. */
const ENTRIES_BY_FIRST_WORD = new Map<string, number[]>();
ENTRIES.forEach((e, i) => {
  for (const w of e.firstWords) (ENTRIES_BY_FIRST_WORD.get(w) ?? ENTRIES_BY_FIRST_WORD.set(w, []).get(w)!).push(i);
});

const NO_ENTRIES: number[] = [];
const NO_WORDS: { key: string; index: number }[] = [];
/**
 * For each entry, the clause's words that open one of its forms, in order: one look-up per word, not one per entry.
 * Sparse: an entry none of the clause's words opens has no list (most entries, in most clauses).
 */
function openingWords(words: { key: string; index: number }[]): ({ key: string; index: number }[] | undefined)[] {
  const byEntry: ({ key: string; index: number }[] | undefined)[] = [];
  for (const w of words) for (const i of ENTRIES_BY_FIRST_WORD.get(w.key) ?? NO_ENTRIES) (byEntry[i] ??= []).push(w);
  return byEntry;
}

/** An entry's object after the verb, or, for a passive verb, its subject before ("the package was approved"). */
function objectOf(object: { test(after: string): boolean }, after: string, before: string): "after" | "subject" | null {
  if (object.test(after)) return "after";
  const subject = passiveSubject(before);
  return subject && object.test(subject) ? "subject" : null;
}

/** The first lexicon verb of a clause whose object (if its entry needs one) follows it: its type and position. */
const lexiconMatch = memoByString(findLexiconMatch);

function findLexiconMatch(clause: string): { type: EventType; pos: number; reception?: boolean } | null {
  let best: { type: EventType; pos: number; reception?: boolean } | null = null;
  const opening = openingWords(wordsOf(clause));
  for (let i = 0; i < ENTRIES.length; i++) {
    const e = ENTRIES[i];
    // The entry's verb forms in order, as `matchAll` of one alternation over the clause would find them; tried only
    // where one of its first words stands (`opening`), which spares scanning every clause once per entry.
    let from = 0;
    for (const w of opening[i] ?? NO_WORDS) {
      if (w.index < from) continue;
      e.at.lastIndex = w.index;
      const m = e.at.exec(clause);
      if (!m) continue;
      from = m.index + m[0].length;
      if (best && m.index >= best.pos) break;
      const after = clause.slice(m.index + m[0].length);
      const before = clause.slice(0, m.index);
      if (isPrepositionGiven(m[0], before)) continue;
      const object = e.object ? objectOf(e.object, after, before) : "after";
      // A passive's agent ("was approved |by parliament") is no object the entry rules out.
      const agentOnly = object === "subject" && /^\s+by\b/.test(after);
      if (!object || (!agentOnly && e.not?.test(after)) || nounUse(before, e) || (e.subject && !e.subject.test(before))) continue;
      if (e.type === "aid_arms_decision" && TRADE.test(after.slice(0, 60)) && !AID_OBJECT.test(after) && !FUNDED_PURCHASE.test(after.slice(0, 100))) continue;
      best = { type: e.type, pos: m.index, reception: e.reception };
      break;
    }
  }
  return best;
}

/** Weapons struck with are a strike; weapons given are aid. The types a giving verb over arms overrides. */
const GIVING_OVERRIDES = new Set<EventType>(["missile_drone_strike", "energy_infrastructure_attack", "ground_battle", "other"]);
/** A place entered or taken "after months of fighting" is an advance, not the battle named as its cause. */
const ADVANCE_OVERRIDES = new Set<EventType>(["ground_battle", "other"]);
/** A strike whose object is an energy site is an attack on energy infrastructure. */
const ENERGY_OVERRIDES = new Set<EventType>(["missile_drone_strike", "other"]);
/** A guest received is a meeting, whatever weapons or fighting it discussed ("received his counterpart, and the two discussed drone production"). */
const RECEPTION_OVERRIDES = new Set<EventType>(["missile_drone_strike", "ground_battle", "other"]);

/**
 * The type the lexicon gives a clause the trigger lists typed `type`: a giving verb over arms or money is aid over a
 * strike word; a clause left `other` takes its first lexicon verb's type. A reaction keeps its type (`other`).
 */
export function lexiconType(type: EventType, clause: string): EventType {
  const m = lexiconMatch(clause);
  if (m?.reception && RECEPTION_OVERRIDES.has(type)) return m.type;
  if (REACTION.test(clause) || DREW_REACTION.test(clause) || !m) return type;
  if (m.type === "aid_arms_decision" && GIVING_OVERRIDES.has(type)) return m.type;
  if (m.type === "ground_advance" && ADVANCE_OVERRIDES.has(type)) return m.type;
  if (m.type === "energy_infrastructure_attack" && ENERGY_OVERRIDES.has(type)) return m.type;
  return type === "other" ? m.type : type;
}

/** Global: read with exec from lastIndex 0, so no matchAll copy is made per clause. */
/**
 * Where a clause with no trigger word states its happening: its lexicon verb, else its first past-tense verb (null if
 * none). Roles need it: the actors before it are the clause's subject ("the central bank cut its key rate").
 */
export function predicatePos(clause: string): number | null {
  const lexical = lexiconMatch(clause);
  if (lexical) return lexical.pos;
  LOWER_WORDS.lastIndex = 0;
  for (let w = LOWER_WORDS.exec(clause); w; w = LOWER_WORDS.exec(clause)) if (PAST_VERB.test(w[0]) || isPastTense(w[0])) return w.index;
  return null;
}
