/**
 * A title opening with "I" is a happening told by its speaker in a quotation ('"I signed the decree this morning," the
 * president said'): the speaker is who did it, named as a headline names him ("Novak signs decree").
 */
import type { FoundStatement } from "../statements/context";
import type { FoundEvent } from "./context";
import { fitTitle, surname } from "./title";
import { singularVerb } from "./title-pronoun";
import { toPresent } from "../nlp";

/** "I", an adverb maybe ("I personally met"), then a verb in the bare present the title gave it. */
const FIRST_PERSON = /^I\s+((?:\p{Ll}+ly\s+)?)(\p{Ll}+)\b/u;

/** The person whose quotation holds the event's words, if one does. */
function speakerOf(e: FoundEvent, statements: FoundStatement[]): FoundStatement["speaker"] | null {
  // The event may take in what opens the quotation's sentence (an interview's "KO:" label).
  const said = statements.find((s) => s.direct && e.start >= s.sentence.start && e.end > s.start && e.end <= s.end);
  return said && said.speaker.kind === "person" && !said.speaker.unnamed ? said.speaker : null;
}

/** The event's title with its "I" named by the quotation's speaker; the title unchanged when no person said it. */
export function titleNamingSpeaker(e: FoundEvent, statements: FoundStatement[]): string {
  const m = FIRST_PERSON.exec(e.title);
  // A bare present only: a past left ("I called") reads the same for the speaker, a form the title could not put in the present.
  const speaker = m && toPresent(m[2], { plural: true }) === m[2] ? speakerOf(e, statements) : null;
  if (!m || !speaker) return e.title;
  return fitTitle(`${surname(speaker.name)} ${m[1]}${singularVerb(m[2])}${e.title.slice(m[0].length)}`);
}

export function nameFirstPersonSpeakers(events: FoundEvent[], statements: FoundStatement[]): FoundEvent[] {
  return events.map((e) => (FIRST_PERSON.test(e.title) ? { ...e, title: titleNamingSpeaker(e, statements) } : e));
}
