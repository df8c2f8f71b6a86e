/**
 * A title opening with "I" is a happening told by its speaker in a quotation ('"I signed the decree this morning," the
 * president said'): the speaker is who did it, named as a headline names him ("Novak signs decree"). A title opening with
 * "we" or "our" is told for the body the speaker speaks for: named by the state or body of the speaker's role
 * ("envoy of Latvia": "We signed …" → "Latvia signs …", "Our navy …" → "Latvia's navy …").
 */
import type { FoundStatement } from "../statements/context";
import type { FoundEvent } from "./context";
import { fitTitle, surname } from "./title";
import { singularVerb } from "./title-pronoun";
import { toPresent } from "../nlp";
import type { Actor } from "../actors";
import { speakerBody } from "./speaker-body";

/** "I" or "We", an adverb maybe ("I personally met"), then a verb in the bare present the title gave it. */
const FIRST_PERSON = /^(I|We)\s+((?:\p{Ll}+ly\s+)?)(\p{Ll}+)\b/u;
/** "Our" before what the body owns ("Our navy …"). */
const FIRST_PERSON_POSSESSIVE = /^Our\s+(?=\p{Ll})/u;
/** A role that names whom its holder speaks for: "envoy of Latvia", "Foreign Minister of Ukraine". */
const ROLE_OF_BODY = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u;

type Speaker = FoundStatement["speaker"];

/** The person whose quotation holds the event's words, if one does. */
function speakerOf(e: FoundEvent, statements: FoundStatement[]): Speaker | null {
  // The event may take in what opens the quotation's sentence (an interview's "KO:" label).
  const said = statements.find((s) => s.direct && e.start >= s.sentence.start && e.end > s.start && e.end <= s.end);
  return said && said.speaker.kind === "person" && !said.speaker.unnamed ? said.speaker : null;
}

/** The article's text and actors, where the speaker is introduced with the body spoken for ("Ukraine's ambassador X"). */
export type Introductions = { text: string; actors: Actor[] };

/** The state or body the speaker speaks for: named in the speaker's role, else where the article introduces the speaker. */
function bodyOf(speaker: Speaker | null, intro?: Introductions): string | null {
  if (!speaker) return null;
  return (speaker.role && ROLE_OF_BODY.exec(speaker.role)?.[1]) || (intro ? speakerBody(intro.text, intro.actors, speaker) : null);
}

/** A bare present only: a past left ("I called") reads the same for the speaker, a form the title could not put in the present. */
const barePresent = (verb: string) => toPresent(verb, { plural: true }) === verb;

/** The event's title with its "I" named by the quotation's speaker, its "we" by the speaker's body; else unchanged. */
export function titleNamingSpeaker(e: FoundEvent, statements: FoundStatement[], intro?: Introductions): string {
  const m = FIRST_PERSON.exec(e.title);
  if (!m || !barePresent(m[3])) return e.title;
  const speaker = speakerOf(e, statements);
  const doer = m[1] === "I" ? speaker && surname(speaker.name) : bodyOf(speaker, intro);
  if (!doer) return e.title;
  return fitTitle(`${doer} ${m[2]}${singularVerb(m[3])}${e.title.slice(m[0].length)}`);
}

/** "Our navy escorts …" → "Latvia's navy escorts …" when the speaker's role names the body; else unchanged. */
function titleNamingOwner(e: FoundEvent, statements: FoundStatement[], intro?: Introductions): string {
  const m = FIRST_PERSON_POSSESSIVE.exec(e.title);
  const body = m && bodyOf(speakerOf(e, statements), intro);
  return m && body ? fitTitle(`${body}'s ${e.title.slice(m[0].length)}`) : e.title;
}

export function nameFirstPersonSpeakers(events: FoundEvent[], statements: FoundStatement[], intro?: Introductions): FoundEvent[] {
  return events.map((e) => {
    if (FIRST_PERSON.test(e.title)) return { ...e, title: titleNamingSpeaker(e, statements, intro) };
    return FIRST_PERSON_POSSESSIVE.test(e.title) ? { ...e, title: titleNamingOwner(e, statements, intro) } : e;
  });
}
