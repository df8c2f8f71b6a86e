/**
 * Lists the TUNING split's event titles by suspicious shape, with counts (issue 9 item 1: titles read as headlines).
 * Shapes are loose, for reading: a title may show up under a shape it does not have. verbless: no word in a verb's
 * place with a verb's form ("Drone attack"); adverbInHead: "Poland then invokes …"; pronoun also "Company signs …".
 *   npx tsx tests/bench/extract-titles.ts [shape] [--all]   (no shape: counts only; a shape: its titles)
 */
import { extractArticle } from "@/lib/extraction";
import { isPastTense, lexiconTag } from "@/lib/extraction/nlp";
import { tuningSplit } from "./extract-split";

const PRONOUN_START = /^(?:they|it|we|its|he|she|his|her|their|our|i|this|these|those|them|(?:the\s+)?company)\b/i;
const LEADING_PUNCTUATION = /^[\s\-—–,;:]/;
const ADVERB_IN_HEAD = /^(?:\S+\s+){1,3}?(?:then|later|also|again|already|previously|subsequently)\s/i;
const LEADING_ADVERB = /^(?:\p{L}+ly|earlier|later|meanwhile|also|then|now|separately|elsewhere|overnight|yesterday|today)\b,?\s/iu;
const REPORTED_VERB = /^(?:says?|claims?|reports?|announces?|confirms?|warns?|accuses?|insists?|denies?|believes?)$/;
const TRAILING_RELATIVE = /\s(?:that|which|who)\s+\S+/;
const END_WORD = /^(?:of|in|on|at|to|for|with|by|from|as|into|near|over|after|before|than|about|the|a|an|its|his|her|their|our|this|that|these|those|and|or|based)$/i;
const PARTICIPLE_PRESENT = /^(?:compares|bases|follows)$/;
const FINITE_TAG = /^(?:PastTense|PresentTense)$/;

/** Words of the title after its reporting verb: "X says Y did Z" reads its past tense as the report's. */
function beforeReport(words: string[]): string[] {
  const report = words.findIndex((w) => REPORTED_VERB.test(w));
  return report > 0 ? words.slice(0, report + 1) : words;
}

const finiteVerbs = (words: string[]) =>
  words.filter((w, i) => i > 0 && /^\p{Ll}/u.test(w) && (isPastTense(w) || (FINITE_TAG.test(lexiconTag(w) ?? "") && /s$/.test(w)))).length;

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

const SHAPES: Record<string, (t: string, words: string[]) => boolean> = {
  verbless: (t) => !hasVerb(t),
  leadingPunctuation: (t) => LEADING_PUNCTUATION.test(t),
  adverbInHead: (t) => ADVERB_IN_HEAD.test(t),
  pronoun: (t) => PRONOUN_START.test(t),
  leadingAdverb: (t) => LEADING_ADVERB.test(t),
  pastLeft: (_, w) => beforeReport(w).some((x, i) => i > 0 && (x === "had" || (isPastTense(x) && lexiconTag(x) === "PastTense"))),
  trailingRelative: (t, w) => TRAILING_RELATIVE.test(beforeReport(w).join(" ")) && !REPORTED_VERB.test(w[w.findIndex((x) => /^(?:that|which|who)$/.test(x)) - 1] ?? ""),
  danglingEnd: (_, w) => END_WORD.test(w.at(-1) ?? ""),
  participlePresent: (_, w) => w.some((x) => PARTICIPLE_PRESENT.test(x)),
  twoFinite: (_, w) => finiteVerbs(beforeReport(w)) > 1,
};

const wanted = process.argv[2];
const counts: Record<string, number> = Object.fromEntries(Object.keys(SHAPES).map((k) => [k, 0]));
let total = 0;
for (const { name, text, expected } of tuningSplit()) {
  const p = extractArticle({ text, publishedOn: expected.article?.publishedOn ?? undefined });
  for (const e of p.events) {
    total++;
    const words = e.title.split(" ");
    for (const [shape, test] of Object.entries(SHAPES)) {
      if (!test(e.title, words)) continue;
      counts[shape]++;
      if (shape === wanted) console.log(`${shape}\t${name}\t${e.title}`);
    }
  }
}
console.log(`titles ${total}\t${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join("\t")}`);
