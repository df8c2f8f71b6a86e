/** The sentence (or line) around a span, for showing where a statement or event comes from. */
export function sentenceAt(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start > end) return "";
  const before = text.slice(0, start);
  const boundary = Math.max(before.lastIndexOf("\n"), ...[". ", "? ", "! ", ".” ", '." '].map((b) => {
    const i = before.lastIndexOf(b);
    return i < 0 ? -1 : i + b.length - 1;
  }));
  const from = boundary + 1;
  const rest = text.slice(end);
  // The span may itself end the sentence: “… destabilising.” The next sentence…
  const closed = /[.!?]$/.test(text.slice(start, end)) ? /^["”’]*(?=\s|$)/.exec(rest) : null;
  if (closed) return text.slice(from, end + closed[0].length).trim();
  const stop = rest.search(/[.!?]["”’]?(\s|$)|\n/);
  const to = stop < 0 ? text.length : end + stop + (rest[stop] === "\n" ? 0 : rest.slice(stop).match(/^[.!?]["”’]?/)![0].length);
  return text.slice(from, to).trim();
}
