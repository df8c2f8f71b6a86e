/**
 * Speed for a long list of names scanned case-blind. Ignoring case, V8 tries every alternative of `a|b|c…` in turn at
 * each position (it narrows case-sensitive literal alternatives by itself), so the state-body pattern's ~500 names cost
 * more than a millisecond per article. `prefixAlternation` writes the same names as a tree of shared prefixes
 * ("Russia|Russian" → "Russia(?:n)?"), a longer continuation tried before a shorter one. The matches stay exactly those of
 * the names sorted longest first: every name that matches at one position is a prefix of the longer ones that do, so
 * both forms try them longest first.
 */
import { escapeRe } from "./actors/lexicon";

interface PrefixNode {
  next: Map<string, PrefixNode>;
  /** A name ends here. */
  end: boolean;
}

/**
 * The regex source (no group captured) matching any of `names`, written as a prefix tree. `ignoreCase`: the pattern is
 * case-blind, so letters that differ only in case share a branch (else the tree could try a shorter name first).
 */
export function prefixAlternation(names: Iterable<string>, ignoreCase = false): string {
  const root: PrefixNode = { next: new Map(), end: false };
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      const key = ignoreCase ? foldedChar(ch) : ch;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return sourceOf(root);
}

/** A letter in lower case when that is one letter, so "U" and "u" fall on one branch. */
function foldedChar(ch: string): string {
  const lower = ch.toLowerCase();
  return [...lower].length === 1 ? lower : ch;
}

function sourceOf(node: PrefixNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeRe(ch) + sourceOf(child));
  if (!branches.length) return "";
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  // Greedy: the longer names below this node are tried before the name that ends here.
  return node.end ? `(?:${body})?` : body;
}
