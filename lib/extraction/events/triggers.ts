/**
 * Trigger words from the codebook, and the patterns that tell a happening from a modal, a reported
 * claim or a bare speech report. The first list wins ties by priority, then by position.
 */
import { memoByKey } from "../memo";
import { isPastTense } from "../nlp";
import type { EventType } from "./context";
import { LOWER_WORDS } from "../word-shapes";

/** A denial of a claim, a report or an involvement: its object a pronoun, a "that" complement or the claim named. */
export const DENIAL = /\bden(?:ied|ies)\s+(?:it|this|that|(?:the|these|those|such)\s+(?:\p{Ll}+\s+)?(?:claims?|reports?|allegations?|accusations?)|claims|reports|allegations|accusations|(?:any\s+)?(?:involvement|responsibility|role))\b/u;

const TRIGGERS: [EventType, number, RegExp][] = [
  ["threat_warning", 1, /\b(warned|warns|warning|threatened|threatens|ultimatum)\b/],
  // A vow of retaliation or of punishment is a threat, not the measure itself: "China vowed to take countermeasures",
  // "Trump vowed to impose tariffs on buyers of Russian oil".
  ["threat_warning", 1, /\b(?:vowed|vows|promised|promises|pledged|pledges)\s+(?:(?:on|in)\s+\p{Lu}\p{L}+\s+)?(?:to\s+)?(?:retaliat(?:e|ion)|respond\s+(?:firmly|harshly|decisively|in\s+kind)|revenge|countermeasures|(?:take|adopt)\s+(?:all\s+)?(?:(?:necessary|retaliatory|reciprocal|resolute|firm|tough)\s+(?:counter)?(?:measures|steps|action)|countermeasures)|impose\s+(?:\p{Ll}+\s+){0,3}(?:sanctions|tariffs|duties|penalties))\b/u],
  ["phone_call", 1, /\b(?:called|phoned|rang)\s+(?=\p{Lu}|his\s|her\s|the\s+\p{Lu})|\b(?:(?:tele)?phone (?:calls?|conversations?)|call with|spoke by phone|held a call|spoke by telephone)\b|\b(?:spoke|spoken|talked|conversation|discussed|discuss)\b[^.;]{0,70}\b(?:by\s+)?(?:phone|telephone)\b|\bby (?:tele)?phone\b|\b(?:tele)?phone talks\b|\bvideo call\b|\b(?:spoke|talked)\s+(?:to|with)\s+(?!(?:Reuters|AFP|AP|CNN|BBC|Bloomberg|Politico|Axios|Fox|NBC|CBS|ABC|NPR|Sky)\b)(?:\p{Lu}\p{L}+\s+){0,3}\p{Lu}\p{L}+\b(?![’']s)(?!\s+(?:News|Radio|TV|Times|Post|Journal|Press|Television|Channel)\b)/u],
  // An aid package outranks the weapons it lists ("an aid package including counter-drone systems").
  ["aid_arms_decision", 2, /\b(?:aid|assistance|support)\s+packages?\b/],
  ["political_change", 2, /\b(took over|took office|taking office|took power|elected|inaugurated|resigned|resignation|appointed|sworn in|reshuffle|ousted|stepped down|election|sacked|(?:dismissed|removed|fired|replaced)\s+(?:the\s+|his\s+|her\s+)?(?:\p{L}+\s+){0,2}(?:commander|minister|head|chief|governor|general|prosecutor|director))\b/u],
  ["ground_advance", 2, /\b(drove\s+(?:\S+\s+){1,3}out\s+of|pushed\s+(?:\S+\s+){1,3}out\s+of|expelled(?!\s+(?:\S+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|consuls?|embassy))|recaptured|retook|advanced|advancing|advances|captured|captures|capture of|(?:fall|liberation|encirclement)\s+of\s+(?=\p{Lu})|(?:announced|confirmed|completed|began|begun|ordered)\s+(?:the\s+)?withdrawal\s+of\s+(?:(?:its|their|his|the|Russian|Ukrainian)\s+)?(?:troops|forces|units)|seized|took control|taken control|liberated|incursion|breakthrough|pushed into|(?<![-\w])occupied(?!\s+(?:part|territor|region|areas?|cit|town|Crimea|\p{Lu}))|gained ground|overran|(?:brought|brings|gave|gives|won|took|takes)\s+(?:\p{Lu}\p{L}+\s+)?(?:the\s+)?(?:rest|remainder|whole|control)\s+of)\b/u],
  // A guest received, told in the passive: "Zelensky was received by Erdogan in Ankara" (not a letter or a request received).
  ["summit_talks", 2, /(?<!\b(?:letters?|requests?|messages?|packages?|proposals?|plans?|shipments?|deliver(?:y|ies)|applications?|news|decisions?|documents?|reports?|invitations?|offers?|appeals?)\s+)\b(?:was|were|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?(?:received|hosted|greeted)\s+(?:\S+\s+){0,2}?by\s+\p{Lu}/u],
  ["summit_talks", 2, /\b((?:talks|conference|summit|meeting|negotiations|round)\s+(?:was\s+|were\s+)?held|met|meets|meeting with|held (?:(?:a|an|the|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:talks|consultations|negotiations|meetings?|summit|round\s+of)|talks with|summit|negotiations|hosted|visited|visit to|talks in|arrived in|arrives in|discussed(?=[^.;]{0,60}\bwith\b)|called on (?:Prime Minister|President|Chancellor)|gathered (?:in|at)|convened (?:in|at)|sh(?:ook|ake)s? hands)\b/u],
  // A commemoration is a happening of no codebook class of its own, whatever it marks ("laid flowers at the site of the strike").
  ["other", 2, /\b(?:laid|lays|laying)\s+(?:a\s+)?(?:wreaths?|flowers)\b|\bminute\s+of\s+silence\b/],
  // A plan, loan or decision blocked is refused ("Hungary blocked the second tranche", "the proposal was blocked by
  // Slovakia"); a road or crossing blocked is no rejection, nor a march "against the deal": the object's head comes
  // before any preposition but "of" ("blocked the release of the loan").
  ["rejection", 2, /\bblock(?:ed|s|ing)?\s+(?:(?!(?:against|over|under|to|on|in|at|for|from|with|near|by|after|before)\s)\S+\s+){0,6}?(?:plans?|proposals?|loans?|tranches?|packages?|sanctions|decisions?|agreements?|deals?|resolutions?|accession|clusters?|listings?|bills?|initiatives?)\b|\b(?:plans?|proposals?|loans?|tranches?|packages?|decisions?|agreements?|deals?|resolutions?|accession|listings?|bills?|initiatives?)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+blocked\b/],
  ["rejection", 2, /\b(rejected|rejects|rejecting|rebuffed|refused|refuses|turned down|abandoned|vetoed|rul(?:ed|es|ing) out|broke down|collapsed|withdr[eao]wn?\s+from|withdr[eao]wn?\s+(?:its|his|her|their|the)\s+(?:\S+\s+)?(?:offer|bid|proposal|candidacy|support)|pulled out of|dismiss(?:ed|es)?\s+(?:\S+\s+){0,4}?(?:proposal|offer|idea|plan|calls?|request|demand)s?)\b/],
  // A claim or report denied is refused (annotation conventions, rounds 24, 26, 29): "the General Staff denied it the
  // next day", "Moscow denied any involvement", "denied that the ship had carried arms".
  ["rejection", 2, DENIAL],
  // An offer to host or mediate a meeting is a proposal, not the meeting: "offered to host a summit in Istanbul". After a
  // determiner "calls for" is a noun, what someone else asked for: "the farmers paused their calls for a blockade"; but
  // the subject's own calls repeated are its proposal again: "the mayor renewed her calls for a curfew".
  ["proposal", 2, /\b((?:offered|offers|offer)\s+(?:(?:in|on|last|this|again|earlier)\s+(?:[A-Za-z]+\s+)?)?to\s+(?:host|mediate)|proposed|proposing|proposes|demanded|asked\s+(?:\S+\s+){1,4}?to|called for|(?<!\b(?:the|their|his|her|its|our|these|those|such)\s+)calls for|(?:renew(?:ed|s)?|repeat(?:ed|s)?|reiterat(?:e|ed|es)|restat(?:e|ed|es))\s+(?:their|his|her|its|our)\s+calls?\s+for|calling for|called on\s+(?:\S+\s+){1,5}?to|urged|drew up|drawn up|drafted|unveiled|presented)\b/],
  ["agreement_ceasefire", 2, /\b(ceasefire|truce|armistice|agreed to|signed|agreement on|deal on|prisoner exchange|swap|exchanged\s+(?:\S+\s+){0,3}prisoners|brokered|deal)\b/],
  // "Sanctioned" after a determiner, a preposition, a number or another verb is attributive ("escorted sanctioned
  // vessels", "cargoes tied to sanctioned producers"): it describes a thing, it tells no sanctions imposed.
  ["sanctions", 3, /\b(sanctions?|(?<!\b(?:the|a|an|of|to|for|with|from|on|at|by|into|its|their|his|her|two|three|four|five|several|many|other|more|some|all|\d+|(?!being)\p{Ll}+ing|\p{Ll}+ed)\s+)sanctioned|embargo|price cap|tariffs?|blacklisted|\d+(?:st|nd|rd|th)\s+package)\b/u],
  ["proposal", 3, /\b(proposal|offer|offered|offers|invited|invites|invitation|peace plan|suggested|put forward|ready to host|offered to host|offer to host|ready to mediate)\b/],
  ["ground_battle", 3, /\b(battle|fighting|clashes|clashed|raging|assaults?|combat engagements|engagements|repelled|repulsed|counter-?attack(?:ed|s)?|pushed\s+(?:\S+\s+){1,3}back|counter-?offensive|offensive|defend|encircled|storming)\b/],
  ["missile_drone_strike", 3, /\b(missiles?|drones?|barrage|air ?strikes?|strikes?|struck|hit|hits|attack|attacked|attacks|bombed|bombing|bombs|shelled|shot down|intercepted|Shaheds?|ballistic)\b/],
  ["aid_arms_decision", 4, /\b(aid|military supplies|supplies|weapons|arms|military equipment|funds|funding|package|tranche|delivered|deliveries|Patriots?|HIMARS|F-16s?|ATACMS|Tomahawks?|cut off)\b/],
  ["casualties", 4, /\b(killed|killing|dead|died|wounded|injured|casualties|death toll|lost\s+(?:about\s+|some\s+|over\s+)?[\d,]+\s+(?:personnel|troops|soldiers|servicemen)|combat losses)\b/],
];
/** A reaction to a happening is not that happening: "Macron condemned Thursday's strike", "Sybiha welcomed the package". */
export const REACTION = /\b(?:accused|accuses|blamed|blames|condemned|condemns|denounced|denounces|welcomed|welcomes|criticised|criticized|criticises|criticizes|praised|praises|hailed|hails|mourned|deplored|slammed|thanked|thanks)\b/;
/** A happening as the subject of a reaction: "Tuesday's strike drew condemnation from European capitals". */
export const DREW_REACTION = /\b(?:drew|draws|prompted|sparked|triggered)\s+(?:\p{Ll}+\s+)?(?:condemnation|criticism|outrage|protests?)\b/u;
/**
 * What a decision or agreement is about decides its type: agreeing, approving or signing off money or weapons for
 * a side is an aid decision ("leaders agreed to release €45 billion in loans"), not a ceasefire or a generic deal.
 */
export const AID_OBJECT = /\b(?:loans?|aid|tranche|funding|funds|financing|weapons|arms|air[- ]defen[cs]e\s+systems|\d[\d.,]*\s+(?:billion|million)\s+(?:euros?|dollars?))\b|[€$£]\s?\d[\d.,]*\s*(?:bn|billion|million|m)\b/i;
const NOT_AID = /\b(?:ceasefire|truce|prisoners?|swap|exchange|sanctions?|tariffs?|embargo|price cap)\b/i;
/** An agreement, sign-off or unnamed decision whose object is money or arms for a side: an aid decision. */
export function aidDecision(type: EventType, clause: string): boolean {
  if (type !== "agreement_ceasefire" && type !== "other") return false;
  const decision = /\b(?:agreed|agree|approved|approve|signed off|adopted|released?|allocated|pledged|earmarked|paid out|disbursed)\b/i.test(clause);
  return decision && AID_OBJECT.test(clause) && !NOT_AID.test(clause);
}
/** A happening named only as the time of the clause: "Poland scrambled jets during the attack". */
export const TIME_ADJUNCT = /\b(?:during|amid|throughout)\s+(?:the|a|an|this|that)\s+[^,;]{0,40}/g;
export const ENERGY_TARGET = /\b(refiner(?:y|ies)|pipelines?|power (?:plant|station|grid)s?|substations?|energy|grid|oil depots?|fuel depots?|gas (?:facility|facilities|infrastructure)|thermal|hydroelectric|electricity|oil terminal)\b/i;
export const STRIKE_TYPES = new Set<EventType>(["missile_drone_strike"]);
export const MODAL = /\b(will|would|could|may|might|should|shall|intends? to|plans? to|is certain to|are certain to|is likely to|are likely to|wants? to|[Ii]f|[Uu]nless|is expected to|are expected to|hopes? to|seeks? to|Will|Would|Could|Should)\b/;
export const SAY_THAT = /\b(said|says|told|warned|stated|announced|claimed|reported|insisted|added|noted|argued|admitted|confirmed|assumed|believes|believed|thinks|thought)\b[^.;]{0,80}?\bthat\b/;
export const REPORTED_PLUPERFECT = /^\s*(?:\p{L}[\p{L}’'-]*\s+){1,5}?had\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{3,}ed|taken|won|shot|struck|hit|seized|begun|held|sent|brought|made)\b/u;
/** An unnamed official subject acting in the past: "the authorities had ordered …", "local officials evacuated …", "Polish police have detained …". */
export const GENERIC_SUBJECT = /(?:^|[,:]\s+|^\s*)(?:[Tt]he\s+)?(?:local\s+|regional\s+|city\s+|military\s+|\p{Lu}\p{Ll}+(?:an|ian|ish|ese|ic|i)\s+)?(?:authorities|officials|police|rescuers|emergency services|border guards|prosecutors|investigators)\s+(?:had\s+|have\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b/u;
/** A speech to a legislature or assembly is a dated happening, not only a statement: "Merz told the Bundestag on Wednesday that …". */
export const ADDRESS = /\b(?:told|addressed|briefed)\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:[Pp]arliament|Bundestag|Duma|Rada|Congress|Senate|lawmakers|legislators|MPs|National Assembly|Sejm|Knesset|General Assembly|Security Council)\b/u;
export const PAST_VERB = /\b(\p{Ll}{3,}ed|was|were|had|did|met|took|hit|came|began|sent|made|held|gave|spoke|struck|saw|won|lost|fell|rose|went|left|led|shot|brought|became|cut|put|set)\b/u;
/** A finite past verb in the clause, irregular ones ("withdrew", "fought", "sold") from compromise's lexicon. */
export function hasPastVerb(clause: string): boolean {
  return PAST_VERB.test(clause) || (clause.match(LOWER_WORDS) ?? []).some(isPastTense);
}

export interface Trigger {
  type: EventType;
  prio: number;
  pos: number;
  len: number;
  /** In the main clause, before a "said that" complement. */
  main: boolean;
}

/** The best trigger of a clause (quotes masked): main-clause triggers first, then by priority and position. */
export const bestTrigger = memoByKey(findBestTrigger, (masked, mainEnd) => (mainEnd === masked.length ? masked : `${mainEnd}\u0000${masked}`));

function findBestTrigger(masked: string, mainEnd: number): Trigger | null {
  let best: Trigger | null = null;
  for (const [type, prio, re] of TRIGGERS) {
    // A main-clause trigger already found outranks any of lower priority wherever it stands: no need to look for one.
    if (best?.main && prio > best.prio) continue;
    const m = re.exec(masked);
    if (!m) continue;
    const cand = { type, prio, pos: m.index, len: m[0].length, main: m.index < mainEnd };
    if (!best || Number(cand.main) > Number(best.main) || (cand.main === best.main && (cand.prio < best.prio || (cand.prio === best.prio && cand.pos < best.pos)))) best = cand;
  }
  return best;
}

/** The triggers, each regex made sticky (flag "y") so it matches only where it is asked to start. */
const TRIGGERS_AT_POSITION = TRIGGERS.map(([type, prio, re]) => [type, prio, new RegExp(re.source, `${re.flags}y`)] as const);
/** The trigger of highest priority that starts at `pos` of the masked clause, or null. */
export function triggerAt(masked: string, pos: number, mainEnd: number): Trigger | null {
  for (const [type, prio, re] of TRIGGERS_AT_POSITION) {
    re.lastIndex = pos;
    const m = re.exec(masked);
    if (m) return { type, prio, pos, len: m[0].length, main: pos < mainEnd };
  }
  return null;
}

/** The codebook type a short phrase names, or "other". */
export function typeOfPhrase(phrase: string): EventType {
  for (const [t, , re] of TRIGGERS) if (re.test(phrase)) return t;
  return MEETING_HEAD.test(phrase) ? "summit_talks" : "other";
}
/** A phrase whose head names a meeting: "the Ramstein group meeting", "a meeting of the contact group at Ramstein", "the Istanbul talks". */
const MEETING_HEAD = /\b(?:meetings?|talks|negotiations|consultations|(?<!(?:press|news)\s)conference)\b/;
