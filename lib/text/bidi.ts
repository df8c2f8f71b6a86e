/**
 * Bidirectional formatting controls that reorder the text AROUND them: embeddings and overrides
 * (U+202A–U+202E, e.g. the right-to-left override) and isolates (U+2066–U+2069). In a name or title
 * shown inline they can make the rest of a line read backwards ("evil\u202Egnp.exe"). Names and titles
 * lose them on write; Arabic or Hebrew text needs none of them to display correctly, and the marks
 * that affect a single character (LRM, RLM, ALM) are kept.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
