/**
 * Every match of a global regex, as `[...text.matchAll(re)]` lists them. `matchAll` copies the regex on each call (a
 * new RegExp from its source), which tsx-compiled \p{…} patterns pay for on every clause; this reads the one regex
 * with `exec` from lastIndex 0 instead, and leaves lastIndex at 0. Only for a regex no other code reads with
 * exec/test, since matchAll would start from whatever lastIndex that left.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: /${re.source}/ is not global`);
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (by a whole code point under u or v), as matchAll does.
    if (m[0] === "") re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.unicodeSets);
  }
  return found;
}

function nextIndex(text: string, i: number, fullUnicode: boolean): number {
  return fullUnicode && (text.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
}
