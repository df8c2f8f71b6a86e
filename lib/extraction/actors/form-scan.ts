/**
 * Finding many fixed forms in a text at once, as a regex of all of them (longest first, each a whole word) would, but
 * through a tree of the forms' characters: the gazetteer's tree is built once, an article's own forms in a small one.
 */

interface FormNode {
  next: Map<number, FormNode>;
  /** The form that ends here, if one does. */
  form?: string;
}

/** The forms' characters as a tree, each path from the root spelling the start of one or more forms. */
export class FormTree {
  private readonly root: FormNode = { next: new Map() };

  constructor(forms: Iterable<string> = []) {
    for (const f of forms) this.add(f);
  }

  add(form: string): void {
    if (!form) return;
    let node = this.root;
    for (let i = 0; i < form.length; i++) {
      const c = form.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.form = form;
  }

  /** Whether some form starts with the character at `at`. */
  starts(text: string, at: number): boolean {
    return this.root.next.has(text.charCodeAt(at));
  }

  /** The forms printed at `at`, shortest first. */
  formsAt(text: string, at: number, out: string[]): void {
    let node: FormNode | undefined = this.root;
    for (let i = at; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
      if (node.form !== undefined) out.push(node.form);
    }
  }
}

const WORD_BEFORE = /[\p{L}\p{N}-]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;

/** Whether a letter, digit or hyphen ends `text` before `at` (no form starts inside a word or a hyphenated compound). */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return c === 45 || ASCII_WORD_CHAR.test(text[at - 1]);
  return WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at));
}

/** Whether a letter or digit follows at `at` (a form must end its word). */
function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 128) return ASCII_WORD_CHAR.test(text[at]);
  return WORD_AFTER.test(text.slice(at, at + 2));
}

/**
 * Each place a form stands as a whole word, left to right without overlap, the longest form where several start
 * together: what `(?<![\p{L}\p{N}-])(form|…)(?![\p{L}\p{N}])` finds with the forms sorted longest first. A form
 * right after another and a hyphen counts too: "Russia-Ukraine talks" names both sides ("pro-Ukraine" names none).
 * `counts(form)` says whether a form found in a tree is one to look for in this text.
 */
export function* wholeFormsIn(text: string, trees: FormTree[], counts: (form: string) => boolean): Generator<{ form: string; start: number }> {
  const found: string[] = [];
  let pairedAt = -1;
  for (let at = 0; at < text.length; ) {
    if (!someTreeStarts(trees, text, at) || (at !== pairedAt && wordCharBefore(text, at))) {
      at++;
      continue;
    }
    found.length = 0;
    for (const t of trees) t.formsAt(text, at, found);
    found.sort((a, b) => b.length - a.length);
    const form = wholeFormAt(text, at, found, counts);
    if (form === undefined) {
      at++;
      continue;
    }
    yield { form, start: at };
    at += form.length;
    if (text.charCodeAt(at) === 45) pairedAt = at + 1;
  }
}

/** Whether a form of some tree starts at `at`: a plain loop, as a closure over `at` would be allocated at every character. */
function someTreeStarts(trees: FormTree[], text: string, at: number): boolean {
  for (const t of trees) if (t.starts(text, at)) return true;
  return false;
}

/** The first of `found` (longest first) that counts and ends a word at `at`. */
function wholeFormAt(text: string, at: number, found: string[], counts: (form: string) => boolean): string | undefined {
  for (const f of found) if (counts(f) && !wordCharAt(text, at + f.length)) return f;
  return undefined;
}
