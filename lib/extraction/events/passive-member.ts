/**
 * A list member sharing the auxiliary of a passive verb group before it ("The editor was detained in May | and
 * sentenced to ten years in June"): its participle is passive too, so its title reads "Editor sentenced to ten
 * years", not "Editor sentences to ten years". Verbs that also go without an object ("returned to the front") and
 * participles followed by an object ("served two terms") stay active.
 */

/** "… was detained in Minsk in May and ": a passive verb group, then the list's "and" with no comma or clause between. */
const PASSIVE_THEN_AND = /\b(was|were)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b[^,;]{0,120}?\s+and\s+$/u;
const PARTICIPLE = /^(\p{Ll}+(?:ed|en)|held|sent|brought|put|shot|caught|sold|kept|found|hit)(?:\s+(\S+))?/u;
/** Past forms that tell a happening of the subject's own after a passive ("was wounded and returned to the front"). */
const ACTIVE_AFTER_PASSIVE = /^(?:returned|died|fled|moved|resigned|escaped|arrived|retired|recovered|disappeared|travell?ed|remained|stayed|lived|worked|served|spent|joined|fought|survived|rejoined|continued|managed|tried|refused|agreed|decided|vanished|emigrated|relocated)$/;
/** A word that opens an object: the participle is an active verb taking it ("and served two terms"). */
const OBJECT_OPENING = /^(?:the|a|an|his|her|its|their|him|them|it|\d[\d,.]*|\p{Lu}\p{L}*)$/u;

/** The auxiliary ("was", "were") a member opening with a participle shares with the passive before it, or null. */
export function sharedPassiveAuxiliary(before: string, member: string): string | null {
  const passive = PASSIVE_THEN_AND.exec(before.slice(-200));
  const participle = PARTICIPLE.exec(member.trimStart());
  if (!passive || !participle) return null;
  if (ACTIVE_AFTER_PASSIVE.test(participle[1]) || OBJECT_OPENING.test(participle[2] ?? "")) return null;
  return passive[1];
}
