/**
 * Counts the TUNING split's event titles by shapes an analyst rewrites (issue 9 item 1), and with --dump lists every title
 * (article, type, date, title, its shapes): verbless (no word in a verb's place with a verb's form), pronoun-led ("He
 * meets …", "Company signs …"), clipped (ends on a word that needs what follows: "… in November and"), a leading dash,
 * an adverb of sequence in the head ("Poland then invokes …"). Shapes are loose, for reading and comparing runs.
 *   npx tsx tests/bench/extract-title-shapes.ts [--dump]
 */
import { extractArticle } from "@/lib/extraction";
import { isPastTense, lexiconTag } from "@/lib/extraction/nlp";
import { tuningSplit } from "./extract-split";

const PRONOUN_LED = /^(?:he|she|it|they|we|i|his|her|its|their|this|these|those|(?:the\s+)?company)\b/i;
const CLIPPED_END = /\s(?:of|in|on|at|to|for|with|by|from|as|into|near|over|after|before|than|about|the|a|an|its|his|her|their|our|this|that|and|or|but|based|where|which|who|while)$/i;
const LEADING_PUNCTUATION = /^[\s\-—–,;:]/;
const ADVERB_IN_HEAD = /^(?:\S+\s+){1,3}?(?:then|later|also|again|already|previously|subsequently)\s/i;

const TAGS_OF_VERBS = /^(?:PresentTense|PastTense|Copula|Modal|Participle|Infinitive)$/;
const BEFORE_NOUN = /^(?:of|for|in|on|at|to|with|by|from|into|over|after|before|the|a|an|its|his|her|their|our|this|these|those)$/i;
const tagsOf = (w: string) => [lexiconTag(w) ?? []].flat();
const COMMON_NOUN = /^(?:Singular|Noun|Uncountable)$/;
/**
 * A word with a verb's form where a verb may stand (not after a preposition or determiner): a verb by the lexicon, an -ed
 * word, an -s word after a name ("Pokrovsk falls", not "Drone attacks"), a bare word after a plural or two names
 * ("Russians shell", "Trump and Putin hold"). Loose, for counting: "Bank cuts" reads as verbless.
 */
function verbLike(words: string[], i: number): boolean {
  const [w, prev] = [words[i], words[i - 1]];
  if (!/^\p{Ll}/u.test(w) || BEFORE_NOUN.test(prev)) return false;
  const tags = tagsOf(w);
  if (tags.some((t) => TAGS_OF_VERBS.test(t)) || isPastTense(w) || /ed$/.test(w) || w === "hit") return true;
  const name = /^\p{Lu}/u.test(prev) && !(i === 1 && tagsOf(prev.toLowerCase()).some((t) => COMMON_NOUN.test(t)));
  if (/\p{Ll}s$/u.test(w)) return name || !tags.length;
  return /\p{Ll}s$/u.test(prev) || (name && words.slice(0, i).includes("and"));
}
const hasVerb = (t: string) => t.split(" ").some((_, i, words) => i > 0 && verbLike(words, i));

const SHAPES: Record<string, (title: string) => boolean> = {
  verbless: (t) => !hasVerb(t),
  pronounLed: (t) => PRONOUN_LED.test(t),
  clipped: (t) => CLIPPED_END.test(t),
  leadingPunctuation: (t) => LEADING_PUNCTUATION.test(t),
  adverbInHead: (t) => ADVERB_IN_HEAD.test(t),
};

function main() {
  const dump = process.argv.includes("--dump");
  const counts: Record<string, number> = Object.fromEntries(Object.keys(SHAPES).map((k) => [k, 0]));
  let total = 0;
  for (const { name, text, expected } of tuningSplit()) {
    const p = extractArticle({ text, publishedOn: expected.article?.publishedOn ?? undefined });
    for (const e of p.events) {
      total++;
      const shapes = Object.keys(SHAPES).filter((k) => SHAPES[k](e.title));
      for (const k of shapes) counts[k]++;
      if (dump) console.log([name, e.type, e.date ?? "-", e.title, shapes.join(",")].join("\t"));
    }
  }
  console.log(`titles ${total}\t${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join("\t")}`);
}

main();
