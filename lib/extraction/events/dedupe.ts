/**
 * Two mentions of one happening are one event. A clause whose subject refers back to a happening already
 * found ("The attack set fire to …", "Wednesday's attack was the third …", "The swap came a day after …", "The accord
 * was signed by …", "The two leaders met …") is a second mention: its span joins the first's mentions, and a date its noun modifier gives
 * ("Wednesday's attack") dates the first mention when that one had none or only a relative one.
 */
import type { EventCtx, EventType, FoundEvent } from "./context";
import { sentenceAt, SPEAKER_LABEL } from "./context";
import { compatibleDates, newHarm } from "./coreference";
import { addMention, foldArrivals, foldCallContents, foldInterceptions, namedByRelative } from "./dedupe-parts";

const FAMILY: Record<string, EventType[]> = {
  attack: ["missile_drone_strike", "energy_infrastructure_attack"],
  strike: ["missile_drone_strike", "energy_infrastructure_attack"],
  strikes: ["missile_drone_strike", "energy_infrastructure_attack"],
  bombardment: ["missile_drone_strike", "energy_infrastructure_attack"],
  barrage: ["missile_drone_strike", "energy_infrastructure_attack"],
  swap: ["agreement_ceasefire"],
  exchange: ["agreement_ceasefire"],
  talks: ["summit_talks"],
  meeting: ["summit_talks"],
  summit: ["summit_talks"],
  call: ["phone_call"],
  sanctions: ["sanctions"],
  deal: ["agreement_ceasefire"],
  agreement: ["agreement_ceasefire"],
  accord: ["agreement_ceasefire"],
  pact: ["agreement_ceasefire"],
  memorandum: ["agreement_ceasefire"],
  conversation: ["phone_call"],
  leaders: ["summit_talks", "phone_call"],
  sides: ["summit_talks", "phone_call"],
  presidents: ["summit_talks", "phone_call"],
  ministers: ["summit_talks", "phone_call"],
  delegations: ["summit_talks", "phone_call"],
  men: ["summit_talks", "phone_call"],
};
/** "The two leaders met …": participants named as a pair are a second mention only when the clause is of the same family. */
const PARTICIPANTS = new Set(["leaders", "sides", "presidents", "ministers", "delegations", "men"]);
const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const BACK_REFERENCE = new RegExp(
  `^[\\s,]*(?:(?:But|And|Meanwhile|Separately),?\\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|(?:${WEEKDAY}|[Yy]esterday|[Ll]ast night)['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${Object.keys(FAMILY).join("|")})\\b(?!\\s+(?:on|in|of|against|by)\\b)`,
  "u",
);
const RELATIVE_DATE = /\b(?:after|before|later|earlier)\b/i;
/** A new phase of the happening is a happening of its own: "The exchange began but was suspended"; how it ended ("the talks ended without a deal") is not. */
const NEW_PHASE = /^\s*(?:\S+\s+){0,3}?(?:began|begins|started|starts|(?:ended|ends)(?!\s+(?:without|after|with)\b)|resumed|resumes|collapsed|(?:was|were)\s+(?:suspended|postponed|halted|cancell?ed)|broke down)\b/;

/** Close by (`si`: the sentence of `e`), or on the same day however far apart ("The drone attack came the day after the talks"). */
const near = (ctx: EventCtx, si: number, e: FoundEvent, x: FoundEvent) => si - sentenceAt(ctx, x.start) <= 4 || (!!e.date && x.date === e.date);
/** "The two men last met in June": a calendar date of its own that cannot be the first mention's is another happening. */
const sameTime = (e: FoundEvent, x: FoundEvent) => !e.dateText || RELATIVE_DATE.test(e.dateText) || compatibleDates(x.date, e.date);

export function mergeSecondMentions(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  const kept: FoundEvent[] = [];
  for (const e of events) {
    if (namedByRelative(ctx, kept, e)) continue;
    const label = SPEAKER_LABEL.exec(ctx.text.slice(e.start, e.end))?.[0].length ?? 0;
    const m = BACK_REFERENCE.exec(ctx.text.slice(e.start + label, e.end));
    const si = sentenceAt(ctx, e.start);
    const sameFamily = !!m && (!PARTICIPANTS.has(m[1]) || FAMILY[m[1]].includes(e.type));
    const first = m && sameFamily ? [...kept].reverse().find((x) => FAMILY[m[1]].includes(x.type) && near(ctx, si, e, x) && sameTime(e, x) && !newHarm(ctx, x, e)) : undefined;
    if (!m || !first || NEW_PHASE.test(ctx.text.slice(e.start + label + m[0].length, e.end))) {
      kept.push(e);
      continue;
    }
    addMention(first, e);
    // "Wednesday's attack", "The strike, on 19 November, killed …": the second mention may date the first.
    const own = ctx.dates.find((d) => d.date && d.start >= e.start && d.end <= e.start + label + m[0].length);
    const date = own ? { date: own.date, datePrecision: own.precision, dateText: own.text } : e.date && !RELATIVE_DATE.test(e.dateText ?? "") ? e : null;
    const better = date && (!first.date || RELATIVE_DATE.test(first.dateText ?? ""));
    if (date && better) {
      first.date = date.date;
      first.datePrecision = date.datePrecision;
      first.dateText = date.dateText;
    }
  }
  return foldCallContents(ctx, foldInterceptions(ctx, foldArrivals(ctx, kept)));
}
