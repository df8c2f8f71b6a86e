/**
 * What a trigger word names is not always what the clause reports. Each guard states one such case in linguistic
 * terms and returns `other` (the codebook's "fits no other type") or the type the clause's own predicate names:
 *   - a breakdown (`collapsed`, `broke down`) is a rejection only when diplomacy broke down, not a grid or a building;
 *   - a death or wound told only in a relative clause or an attributive ("a poet who was killed in March") describes
 *     someone; the clause's happening is what else it names, else `other`;
 *   - forces that withdraw from ground ("Russian forces withdrew from the area") give it up: an advance, no rejection;
 *   - an agreement whose object is trade (a contract, a purchase, a sale) is not a ceasefire or deal between sides;
 *   - a ceasefire or deal that is only what talks are about ("talks on a ceasefire") is the talks, not an agreement;
 *   - a briefing or address to a legislature is not talks between delegations, nor is a speech to a summit or forum;
 *   - prices, premiums or rates that rise or fall are markets moving, not the strikes named as their cause; exports,
 *     revenues or prices "hit" (or "were hit") are an economy's figures, no strike; a name "struck from the registry"
 *     is removed, not struck; aircraft scrambled are air policing, and a weapon named only as a noun modifier ("drone
 *     footage", "the missile industry") fires nothing;
 *   - a deal or truce the clause calls impossible or off the table is ruled out: a rejection, not an agreement;
 *   - a strike named only as the circumstance or place of another act ("under drone fire", "at the site of the strike");
 *   - a decree or law signed, or a deal the sides failed to reach, is no agreement; a speech delivered is no aid;
 *   - drones or missiles ordered, produced, found or shown, with nothing struck or fired, are no strike;
 *   - arms or a delivery that arrive somewhere are aid delivered, not a visit ("the first tanks arrived in Ukraine");
 *   - "warned that" over a past or present state ("the plant remained in a fragile state") reports it; a warning
 *     names consequences, something to come or a condition.
 *   - a strike named as the cause of another happening ("sentenced over the 2024 attack", "premiums doubled after two
 *     tankers were hit") is not the clause's happening when what is left names no type;
 *   - a strike only permitted or planned ("allowed to shoot down drones", "sentenced for planning attacks") is none;
 *   - an arrival, or a visit to a site (a factory, a hospital, troops at the front), is no meeting of leaders or
 *     delegations: it keeps the type of what else the clause names, else `other`.
 *   - "arms" naming an industry or trade ("arms exports fell", "Russian arms makers") is no aid given; a product
 *     unveiled or a price asked or offered to buyers is commerce, no proposal.
 * A happening the clause denies ("ended without agreement", "failed to reach a deal") names no type (./negated-type.ts),
 * nor one it only speaks about ("spoke about the strike", "called the ceasefire a mistake": ./topic-type.ts).
 * Before them, the general verb lexicons (./type-lexicon.ts) type what the trigger lists left `other` and call arms
 * given (not fired) aid.
 */
import type { EventType } from "./context";
import { FUNDED_PURCHASE, lexiconType } from "./type-lexicon";
import { negatedType, withoutDenied } from "./negated-type";
import { topicType } from "./topic-type";
import { bestTrigger, hasPastVerb } from "./triggers";

const DIPLOMACY_BROKE = /\b(?:talks|negotiations|deal|truce|ceasefire|moratorium|agreement|accord|dialogue|initiative|process|plan|summit|coalition|government)\b[^.;]{0,40}?\b(?:collapsed|broke down)\b/i;
const BREAKDOWN_ONLY = /^(?:(?!\b(?:rejected|rejects|rejecting|rebuffed|refused|refuses|turned down|abandoned|vetoed|rul(?:ed|es|ing) out|withdr[eao]wn?\s+from|pulled out of|dismiss(?:ed|es)?)\b)[\s\S])*\b(?:collapsed|broke down)\b/i;
const TRADE_OBJECT = /\b(?:contracts?|purchases?|purchasing|buy|buying|bought|tenders?|commercial|wheat|fertili[sz]ers?|cargoes)\b/i;
/** What a deal is to do, told in a relative ("an agreement that will let Ukrainian wheat cross Poland"): not its object. */
const MODAL_RELATIVE = /\b(?:that|which)\s+(?:will|would|could|can|should|may|might)\b[^;]*/i;
const SIDES_AGREE = /\b(?:ceasefire|truce|armistice|prisoners?|swap|exchange|peace|security guarantees?|corridor|moratorium)\b/i;
const LEGISLATURE_BRIEFING = /\b(?:briefed|briefing|addressed|told|testified|reported to)\b[^.;]{0,60}\b(?:[Pp]arliament\w*|Bundestag|Duma|Rada|Congress|Senate|lawmakers|legislators|MPs|deputies|committee|Sejm|Knesset)\b|\b(?:parliamentary|closed-door|committee)\s+(?:briefing|hearing|session)\b/;
const MARKET_MOVE = /\b(?:premiums?|prices?|rates?|costs?|inflation|yields?|tariffs? paid|fares|spreads?)\b[^.;]{0,50}?\b(?:rose|risen|rise|rises|rising|soared|jumped|climbed|doubled|tripled|surged|increased|fell|fallen|dropped|slumped|spiked|hit\s+(?:their|its|a|an|the)\s+(?:\S+\s+)?(?:highest|lowest|high|low|record|peak))\b/i;
const RULED_OUT = /\b(?:ceasefire|truce|deal|agreement|peace|talks|negotiations)\b[^.;]{0,20}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+|now\s+)?(?:impossible|out of the question|off the table|unacceptable|not possible|not on the (?:table|agenda))\b/i;
const WARNED_THAT = /\b(?:warned|warns|warning)\b[^.;]{0,60}?\bthat\b/i;
const THREAT_WORDS = /\b(?:threaten\w*|ultimatum)\b/i;
const CONSEQUENCE = /\b(?:will|would|could|may|might|can|shall|must|if|unless|otherwise|going to|risks?|risking|danger\w*|threat\w*|consequences?|respond|response|retaliat\w*|escalat\w*|red lines?|catastroph\w*|disaster)\b/i;
const WEAPONS_HANDLED = /\b(?:order(?:ed|s)?|produc(?:ed|es|ing)|manufactur\w+|buil[dt]\w*|develop\w*|inspect\w*|found|finds?|unveil\w*|tested|exported|imported|assembl\w*|displayed|showcased)\b/i;
const STRIKE_ACT = /(?<![-\w])(?:struck|strikes?|hit|hits|attack(?:s|ed|ing)?(?!\s+drones?)|launch(?:ed|es|ing)?|fired|fires|shell(?:ed|ing)|bomb(?:ed|ing|s)|barrage|shot\s+down|intercept\w*|downed|killed|damag\w*|destroy\w*|targeted)\b/i;
/** Arms or a shipment as the subject of an arrival: "the first Bushmasters arrived", "a shipment of shells arrives in Rzeszow". */
const ARMS_ARRIVED = /\b(?:equipment|weapons|arms|ammunition|shells|munitions|tanks|jets|howitzers|systems|vehicles|shipments?|deliver(?:y|ies)|consignments?|batch|tranche|first\s+\p{Lu}[\p{L}-]+s)\b(?:\s+[^\s.;]+){0,4}?\s+(?:have\s+|has\s+|had\s+)?arriv(?:ed|es|ing)\b/u;
/** A strike named as the circumstance or place of another act: "evacuated 20 people under drone fire", "laid flowers at the site of the strike". */
const STRIKE_CIRCUMSTANCE = /(?<!\b(?:came|come|comes|coming|was|were|is|are|been|remains?|remained)\s+)\bunder\s+(?:heavy\s+|constant\s+|intense\s+)?(?:drone\s+|artillery\s+|missile\s+|enemy\s+)?(?:fire|shelling)\b|\bat\s+the\s+(?:site|scene)\s+of\s+[^,;]{0,60}|\bwithout\s+a\s+single\s+(?:hit|strike)\b/gi;
/** A decree or law signed, or a deal the sides failed to reach, is no agreement between sides. */
const NO_AGREEMENT = /\bsign(?:ed|s|ing)?\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+)?(?:\p{L}+\s+){0,2}?(?:decree|law|bill|order|executive\s+order|legislation)s?\b|\bfail(?:ed|s)?\s+to\s+(?:reach|agree|sign|strike|clinch)\b/u;
/** A speech delivered: "delivered his annual address", "delivers a speech" (nothing given). */
const SPEECH_DELIVERED = /\bdeliver(?:ed|s|ing)?\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:\p{L}+\s+){0,2}?(?:address|speech|remarks|lecture|message|verdict|ruling)\b/gu;
/** A strike as the cause: "after two tankers were hit near Odesa", "over the 2024 Crocus City Hall attack", to the clause's end. */
const STRIKE_CAUSE = /\b(?:after|following|in\s+(?:response|retaliation)\s+(?:to|for)|because\s+of|due\s+to|over\s+(?:the|a|an|this|that|last|its|their)\s+(?=(?:[^\s,;]+\s+){0,5}?(?:attacks?|strikes?|bombings?|shelling)\b))[^;]*/iu;
/** A strike only permitted or planned: "has been allowed to shoot down drones", "sentenced for planning arson attacks". */
const STRIKE_UNREALISED = /\b(?:allow\w*|authori[sz]\w*|permit\w*|power|right|authority|permission)\s+(?:(?:the|its|their)\s+\p{L}+\s+)?to\s+(?:shoot|strike|intercept|hit|attack|fire\s+at)\b[^,;]*|\bfor\s+(?:planning|plotting|organi[sz]ing|preparing)\b[^,;]*/giu;
/** An arrival somewhere, not for a visit or talks: "Svyrydenko arrived in Japan", "arrived in Kyiv by train". */
const ARRIVAL = /\b(?:arriv(?:ed|es|ing)|landed)\s+in\s+(?:the\s+(?:capital|city)\b|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)(?![^.;]{0,60}\b(?:visit|summit|meeting|talks|negotiations)\b)/u;
/** A visit to a site, not to leaders: "visited a munitions factory", "a visit to a factory in Wiltshire", "visited troops in the sector". */
// Kept apart from adjunct.ts's SITE_AFTER nouns on purpose: one shared list changes outputs (tried in session 31).
const SITE_VISIT = /\b(?:visit(?:ed|s|ing)?|tour(?:ed|s|ing)?|inspect(?:ed|s|ing)?)\s+(?:to\s+)?(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:factor(?:y|ies)|plants?|hospitals?|troops|soldiers|positions|front(?:\s*line)?|frontline|sector|sites?|camps?|schools?|memorial|bases?|facilit(?:y|ies)|shipyards?|workshops?|enterprises?|museums?|cemetery|units?|brigades?|wounded|production\s+lines?|exhibition|cent(?:re|er)s?)\b/iu;
/** Arms as an industry or trade: "arms exports", "Russian arms makers", "the arms-industry group". */
const ARMS_TRADE = /\barms[- ](?:exports?|imports?|makers?|manufacturers?|industry|trade|traders?|dealers?|producers?|companies|firms|control|race|fair)\b/gi;
/** Commerce told with a proposal's words: "unveiled a loitering interceptor", "demanded higher premiums", "was offered to Indian buyers at $7". */
const COMMERCE = /\bunveil(?:ed|s|ing)?\s+(?:a|an|its|the|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:drones?|interceptors?|missiles?|systems?|vehicles?|tanks?|aircraft|jets?|prototypes?|models?|versions?|weapons?|rifles?|robots?)\b|\b(?:demand\w*|ask\w*|offer\w*)\s+(?:\S+\s+){0,3}?(?:premiums?|prices?|discounts?|fees?)\b|\boffered\s+to\s+(?:\S+\s+){0,2}?buyers\b/iu;
/** A venue of remarks, not talks between delegations: "said at a joint press conference", "told a works meeting", "in an interview". */
const REMARKS_VENUE = /\b(?:joint\s+)?(?:press|news)\s+(?:conferences?|briefings?)\b|\b(?:works|party|town[- ]hall|staff|campaign|shareholders[’']?)\s+meetings?\b|\binterviews?\b/giu;
/** A speech to a gathering, no talks between delegations: "addressed the summit by video", "delivered his evening address", "who was connected to the summit by video". */
const ADDRESS_TO_GATHERING = /\b(?:address(?:ed|es|ing)?|spoke\s+(?:to|at|before)|speaking\s+(?:to|at|before))\s+(?:(?:the|a|an|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:summit|conference|forum|assembly|session|gathering|rally|congress)\b(?:\s+(?:by|via)\s+video(?:\s*link)?)?|\b(?:video|evening|nightly|annual|televised|keynote|opening|closing)\s+address\b|\bconnected\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:summit|meeting|conference|session)\s+(?:by|via)\s+video(?:\s*link)?\b/giu;
/** Someone met who is no delegation: "met her daughter", "met reporters". */
const PRIVATE_MEETING = /\bm(?:et|eets?|eeting)\s+(?:with\s+)?(?:(?:his|her|their)\s+(?:daughter|son|wife|husband|mother|father|family|relatives|children)|(?:the\s+)?(?:reporters|journalists|press|students|residents|families|volunteers|workers))\b/giu;
/** An economy's figures: exports, revenues, growth, trade… */
const ECONOMY_FIGURES = String.raw`(?:exports|imports|revenues?|earnings|profits?|sales|growth|income|demand|output|budgets?|economy|margins|trade|investment|shipments|volumes)`;
/**
 * "sanctions hit Russian oil exports", "the war has hurt revenues": an economy's figures hit, no place struck; told in
 * the passive too ("wheat and energy prices were also hit when the ports were blocked").
 */
const FIGURES_HIT = new RegExp(
  String.raw`\b(?:hit|hits|hurt|hurts|dented|dents)\s+(?:(?:the|its|their|\p{Lu}\p{L}+(?:'s|’s)?)\s+)?(?:[\p{Ll}-]+\s+){0,2}${ECONOMY_FIGURES}\b|\b(?:${ECONOMY_FIGURES}|prices|costs|incomes|markets)\s+(?:\p{Ll}+\s+){0,2}(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:also\s+|hard\s+|badly\s+)?(?:hit|hurt|dented)\b`,
  "giu",
);
/** Aircraft scrambled to patrol or intercept: air policing, no strike and no aid ("Poland scrambled jets as Russia attacked"). */
const SCRAMBLED = /\bscrambl(?:ed|es|ing)\s+(?:\S+\s+){0,3}?(?:jets?|aircraft|fighters?|planes?|F-\d+s?|interceptors?|helicopters?)\b|\b(?:jets?|aircraft|fighters?|planes?|F-\d+s?|interceptors?|helicopters?)\s+(?:\S+\s+){0,3}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+scrambled\b/iu;
/** A weapon named as a noun modifier, nothing fired: "published drone footage", "the missile industry", "drone operators". */
const WEAPON_MODIFIER = /\b(?:drones?|missiles?)\s+(?:footage|videos?|images?|photos?|operators?|pilots?|production|makers?|manufacturers?|industry|factor(?:y|ies)|programmes?|programs?|developers?|sector|technolog(?:y|ies)|schools?|training|companies|firms|start-?ups?|exports?)\b/giu;
/** A name removed from a register, nothing struck: "the tanker was struck from the registry", "struck off the list". */
const STRUCK_OFF = /\bstruck\s+(?:off|from)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:regist(?:er|ry)|records?|lists?|rolls?|ballot)\b/giu;
/** A court's act: the strike or battle named in it is the crime, the happening is the trial ("sentenced to 14 years for war crimes committed while fighting"). */
const COURT_ACT = /\b(?:sentenced|convicted|jailed|acquitted|indicted|prosecuted|found\s+guilty|stood\s+trial|went\s+on\s+trial|verdict)\b/i;
/** A sentence demanded in court is no proposal: "the prosecution had demanded 18 years". */
const SENTENCE_DEMANDED = /\b(?:demand\w*|s(?:ought|eek\w*)|request\w*|asked\s+for)\s+(?:(?:a|an|the)\s+)?(?:\S+\s+){0,3}?(?:years?|sentence|prison|jail|imprisonment|term)\b/gi;
/**
 * A call on the public is no proposal to a side: "the governor asked residents to leave the city", "urged citizens to
 * stay away from job offers". To its end: what the public is asked to do is the call's, not another proposal.
 */
const CALL_ON_PUBLIC = /\b(?:asked|asks|urged|urges|called\s+on|calls\s+on|advised|advises|told|ordered)\s+(?:\S+\s+){0,3}?(?:residents|citizens|people|civilians|population|inhabitants|nationals|families)\b[^;]*/giu;
/** A paper or letter signed by several, no deal between sides: "nine states co-signed a paper", "signed an open letter" (not a letter of intent). */
const PAPER_SIGNED = /\b(?:co-?|counter)sign(?:ed|s|ing)?\b|\bsign(?:ed|s|ing)?\s+(?:(?:a|an|the|their|its)\s+)?(?:joint\s+|open\s+)?(?:letter(?!\s+of\s+intent)|paper|non-paper|statement|petition|appeal|op-ed)s?\b/giu;
/**
 * A joint statement two sides signed is their accord: "Ukraine and Russia signed a joint statement on the exchange of
 * bodies" (the clause may reach us with its topic cut out as an event of its own), not one signed by many.
 */
const SIDES_JOINT_STATEMENT = /(?:\b\p{Lu}\p{L}+\s+and\s+\p{Lu}\p{L}+|\b(?:the\s+two|both)\s+(?:sides|countries|governments|delegations))\s+(?:\p{Ll}+ly\s+)?sign(?:ed|s)?\s+(?:a|the|their)\s+joint\s+statement\b/u;
const sidesJointStatement = (clause: string) => SIDES_JOINT_STATEMENT.test(clause);
/** Things presented that are no proposal: "presented her credentials", "presented the annual report". */
const PRESENTED_THING = /\bpresent(?:ed|s|ing)\s+(?:(?:his|her|their|its|a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:credentials|awards?|medals?|prizes?|reports?|books?|films?|findings|results|evidence|budget|figures|data|exhibition)\b/giu;
/** Sites opened or property taken over, not offices changing hands: "inaugurated a plant near Vojens", "took over the ship in March". */
const SITE_OR_PROPERTY = /\binaugurat\w*\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:plants?|factor(?:y|ies)|lines?|bridges?|facilit(?:y|ies)|offices?|memorials?|monuments?|cent(?:re|er)s?|exhibitions?|museums?|hospitals?|schools?|railways?|roads?|terminals?|ports?|airports?|pipelines?)\b|\btook\s+over\s+(?:(?:the|a|an|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ship|vessel|tanker|company|firm|stake|assets|plant|operations?|business|building|site|station)\b/giu;
/** Equipment or people captured, named as a thing, not a place taken: "a gun captured near Kupiansk", "the parade of captured equipment". */
const CAPTURED_THING = /\bcaptured\s+(?:(?:Russian|Ukrainian|North\s+Korean|enemy|foreign)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:equipment|vehicles?|tanks?|guns?|weapons|soldiers|troops|servicemen|prisoners|fighters|mercenaries|foreigners|drones?|howitzers?|armou?r)\b|\b(?:equipment|vehicles?|tanks?|guns?|howitzers?|weapons|drones?)\s+captured\b/giu;
/**
 * Ships, goods, money or property seized, not ground taken: "seized a Russian tanker", "the tanker, seized in March",
 * "their accounts were seized". What is seized decides; a place seized stays an advance.
 */
const PROPERTY = String.raw`(?:ships?|vessels?|tankers?|boats?|barges?|ferr(?:y|ies)|freighters?|cargo(?:es)?|shipments?|consignments?|aircraft|planes?|cars?|trucks?|lorries|goods|assets|propert(?:y|ies)|accounts?|funds|money|cash|shares|stakes?|deposits|savings|documents|passports|phones|computers|drugs|contraband)`;
const SEIZED_PROPERTY = new RegExp(
  String.raw`\bseized\s+(?:(?:a|an|the|its|their|his|her|two|three|several|some)\s+)?(?:[\p{L}-]+\s+){0,3}?${PROPERTY}\b|\b${PROPERTY},?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?seized\b`,
  "giu",
);
/** A participle clause cut from its head ("The tanker, | seized in March"): read with the words before it. */
const withParticipleHead = (clause: string, before: string) => (/^\s*seized\b/.test(clause) ? `${before.slice(-40)}${clause}` : clause);
/** A death with no word of war around it: "her husband, an engineer, died in 2019". */
const DEATH = /\b(?:died|dies|dead|death)\b/i;
const WAR_CONTEXT = /\b(?:killed|killing|wounded|injured|strikes?|struck|attacks?|attacked|shell\w*|drones?|missiles?|bomb\w*|front(?:line)?|fighting|battle|war|combat|soldiers|troops|servicemen|civilians|casualties|explosions?|shot|fire|occupation|captivity|hospital)\b/i;
/** Goods bought, sold or moved, not aid: "Kazakh oil supplies to Schwedt rose", "the cargo was later delivered by another ship". */
const COMMODITY_FLOW = /\b(?:oil|gas|fuel|coal|grain|wheat|electricity|LNG|crude|food|cargo|goods)\s+(?:(?:supplies|deliveries|shipments|cargoes|imports|exports)\b|(?:was|were|has\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:delivered|supplied|shipped)\b)/giu;
/** Revenues, trade or prices that rise or fall: the economy moving, not the sanctions or aid named as its cause. */
const ECONOMY_MOVE = /\b(?:revenues?|earnings|income|profits?|exports?|imports?|output|sales|volumes?|supplies|prices?|GDP|growth|rouble|ruble|inflation|budget\s+deficit)\b[^.;]{0,40}?\b(?:rose|risen|rise|rises|soared|jumped|climbed|doubled|surged|increased|fell|fallen|dropped|slumped|declined|shrank|contracted|plunged)\b/i;
/** Forces withdrawn from ground, not a side from talks or a deal: "Russian forces withdrew from the area". */
const FORCES_WITHDREW = /\b(?:troops|forces|units|soldiers|army|brigades?)\s+(?:(?:had|have|has)\s+)?(?:\p{Ll}+ly\s+)?(?:withdr[eao]wn?|pulled\s+(?:out|back))\s+(?:from|of)\s+(?!(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|treaty|deal|agreement|accord|initiative|negotiations|process|pact|convention|council|programme|program)\b)/u;
/**
 * A death or wound that only describes someone or something the clause is about: a relative clause ("the
 * explosions, in which two people died", "a poet who was killed in March") or an attributive ("operated on wounded
 * civilians"), not a count of the dead ("214,000 soldiers who died").
 */
/** A count in words: "twelve people who were killed", "dozens of civilians who died". */
const COUNT_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|millions)`;
const CASUALTY_MODIFIER = new RegExp(
  String.raw`(?<!(?:\d[\d,.]*|\b${COUNT_WORD})\s+(?:[\p{L}-]+\s+){0,3})\b(?:who|which|that|whom|in\s+which)\s+(?:[^\s,;.]+\s+){0,5}?(?:killed|died|wounded|injured)\b|\b(?:wounded|injured)\s+(?:civilians|soldiers|people|servicemen|troops|children|men|women|fighters)\b`,
  "giu",
);
/** What a meeting is about, not what it agreed: "talks on a ceasefire", "negotiations over a prisoner swap". */
const MEETING_TOPIC = /(?<=\b(?:talks|negotiations|consultations|meetings?|summit)\s+)(?:on|over|about|for|towards?)\s+(?:(?:a|an|the|any|possible|potential|new)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ceasefire|truce|armistice|deal|agreement|accord|swap|exchange|peace)\b/giu;
const AGREEMENT = new Set<EventType>(["agreement_ceasefire"]);
const CASUALTIES = new Set<EventType>(["casualties"]);
const TALKS = new Set<EventType>(["summit_talks"]);
const STRIKES = new Set<EventType>(["missile_drone_strike", "energy_infrastructure_attack", "ground_battle"]);
const AID = new Set<EventType>(["aid_arms_decision"]);
const PROPOSAL = new Set<EventType>(["proposal"]);
const OFFICE = new Set<EventType>(["political_change"]);
const ADVANCE = new Set<EventType>(["ground_advance"]);

/**
 * The type a clause's trigger gave, corrected where the trigger word names something other than the clause's
 * happening. `before` is the sentence before the clause: the antecedent of "…, which broke down in spring".
 * `subjectLed`: the clause with its antecedent, or the subject it shares with the clause before, put before it.
 */
export function guardType(ruleType: EventType, clause: string, before = "", subjectLed = clause): EventType {
  const type = lexiconType(ruleType, subjectLed);
  const undenied = negatedType(type, clause) ?? topicType(type, clause);
  if (undenied) return undenied;
  if (type === "rejection" && BREAKDOWN_ONLY.test(clause) && !DIPLOMACY_BROKE.test(`${before} ${clause}`)) return "other";
  if (type === "rejection" && FORCES_WITHDREW.test(clause)) return "ground_advance";
  if (type === "agreement_ceasefire" && onlyNamedIn(withoutDenied(clause), MEETING_TOPIC, AGREEMENT)) return "summit_talks";
  if (type === "agreement_ceasefire" && TRADE_OBJECT.test(clause.replace(MODAL_RELATIVE, "")) && !SIDES_AGREE.test(clause)) return "other";
  if (type === "agreement_ceasefire" && onlyNamedIn(clause, PAPER_SIGNED, AGREEMENT) && !sidesJointStatement(clause)) return typeWithout(clause, [PAPER_SIGNED]) ?? "other";
  if (type === "agreement_ceasefire" && RULED_OUT.test(clause)) return "rejection";
  if (type === "agreement_ceasefire" && NO_AGREEMENT.test(clause) && !SIDES_AGREE.test(clause)) return "other";
  if (type === "aid_arms_decision" && onlyNamedIn(clause, SPEECH_DELIVERED, AID)) return "other";
  if (type === "aid_arms_decision" && onlyNamedIn(clause, ARMS_TRADE, AID)) return "other";
  if (type === "proposal" && COMMERCE.test(clause)) return "other";
  if (type === "proposal" && onlyNamedIn(clause, CALL_ON_PUBLIC, PROPOSAL)) return typeWithout(clause, [CALL_ON_PUBLIC]) ?? "other";
  if (type === "proposal" && (onlyNamedIn(clause, SENTENCE_DEMANDED, PROPOSAL) || onlyNamedIn(clause, PRESENTED_THING, PROPOSAL))) return "other";
  if (type === "political_change" && onlyNamedIn(clause, SITE_OR_PROPERTY, OFFICE)) return "other";
  if (type === "ground_advance" && onlyNamedIn(clause, CAPTURED_THING, ADVANCE)) return typeWithout(clause, [CAPTURED_THING]) ?? "other";
  // What was seized may be the subject: of a relative, or shared with the clause before ("The tanker left port | and was seized").
  const headed = subjectLed !== clause ? subjectLed : withParticipleHead(clause, before);
  if (type === "ground_advance" && onlyNamedIn(headed, SEIZED_PROPERTY, ADVANCE)) return typeWithout(headed, [SEIZED_PROPERTY]) ?? "other";
  if (type === "casualties" && DEATH.test(clause) && !WAR_CONTEXT.test(clause)) return "other";
  if (type === "casualties" && onlyNamedIn(clause, CASUALTY_MODIFIER, CASUALTIES)) return typeWithout(clause, [CASUALTY_MODIFIER]) ?? "other";
  if (type === "aid_arms_decision" && !FUNDED_PURCHASE.test(clause) && onlyNamedIn(clause, COMMODITY_FLOW, AID)) return "other";
  if ((type === "aid_arms_decision" || type === "sanctions") && ECONOMY_MOVE.test(clause)) return "other";
  if (type === "threat_warning" && reportsState(clause)) return "other";
  if (type === "summit_talks" && LEGISLATURE_BRIEFING.test(clause)) return "other";
  if (type === "summit_talks" && (onlyNamedIn(clause, REMARKS_VENUE, TALKS) || onlyNamedIn(clause, PRIVATE_MEETING, TALKS) || onlyNamedIn(clause, ADDRESS_TO_GATHERING, TALKS))) return "other";
  if (type === "summit_talks" && ARMS_ARRIVED.test(clause)) return "aid_arms_decision";
  if (type === "summit_talks" && (ARRIVAL.test(clause) || SITE_VISIT.test(clause))) return typeWithout(clause, [ARRIVAL, SITE_VISIT]) ?? "other";
  if (STRIKES.has(type) && MARKET_MOVE.test(clause)) return "other";
  if (STRIKES.has(type) && COURT_ACT.test(clause)) return "other";
  if (STRIKES.has(type) && onlyNamedIn(clause, FIGURES_HIT, STRIKES)) return "other";
  if (STRIKES.has(type) && onlyNamedIn(clause, STRUCK_OFF, STRIKES)) return typeWithout(clause, [STRUCK_OFF]) ?? "other";
  if ((STRIKES.has(type) || type === "aid_arms_decision") && SCRAMBLED.test(clause)) return "other";
  if (STRIKES.has(type) && onlyNamedIn(clause, WEAPON_MODIFIER, STRIKES)) return typeWithout(clause, [WEAPON_MODIFIER]) ?? "other";
  if (STRIKES.has(type) && onlyNamedIn(clause, STRIKE_CIRCUMSTANCE, STRIKES)) return "other";
  if (STRIKES.has(type) && (strikeOnlyAsCause(clause) || onlyNamedIn(clause, STRIKE_UNREALISED, STRIKES))) return "other";
  if (type === "missile_drone_strike" && WEAPONS_HANDLED.test(clause) && !STRIKE_ACT.test(clause)) return "other";
  return type;
}

/** The clause's words for `types` all stand in `phrases` ("under drone fire", "delivered his address"): with those masked, none is left. */
function onlyNamedIn(clause: string, phrases: RegExp, types: Set<EventType>): boolean {
  if (!clause.match(phrases)) return false;
  const rest = bestTrigger(clause.replace(phrases, (m) => " ".repeat(m.length)), clause.length);
  return !rest || !types.has(rest.type);
}

/** The type of the clause with `phrases` masked: its best trigger's, else its lexicon verb's; null if none is left. */
function typeWithout(clause: string, phrases: RegExp[]): EventType | null {
  const rest = phrases.reduce((text, re) => text.replace(new RegExp(re, `${re.flags.replace("g", "")}g`), (m) => " ".repeat(m.length)), clause);
  const type = lexiconType(bestTrigger(rest, rest.length)?.type ?? "other", rest);
  return type === "other" ? null : type;
}

/** "Four Tajiks were sentenced … over the 2024 attack": a past happening told before the strike, which names no type itself. */
function strikeOnlyAsCause(clause: string): boolean {
  if (!STRIKE_CAUSE.test(clause)) return false;
  const rest = clause.replace(STRIKE_CAUSE, (x) => " ".repeat(x.length));
  return hasPastVerb(rest) && !typeWithout(clause, [STRIKE_CAUSE]);
}

/** A quotation blanked out of the clause (sentences.ts maskQuotes): a run of spaces no prose has. */
const MASKED_QUOTE = / {3,}/;

/**
 * "X warned that <a state>": the warning verb introduces a report, with no consequence or anything to come. A warning
 * that quotes its words ("warned that \"such steps will not go unanswered\"") is not read as a report: its words are masked.
 */
function reportsState(clause: string): boolean {
  const m = WARNED_THAT.exec(clause);
  if (!m || THREAT_WORDS.test(clause)) return false;
  const warned = clause.slice(m.index + m[0].length);
  return !MASKED_QUOTE.test(warned) && !CONSEQUENCE.test(warned);
}
