/**
 * What the actor steps share: the article's text and tokens, the actors found so far, the forms (names,
 * aliases, metonyms) that point to them, and the gazetteer entries that become actors when mentioned.
 */
import { GAZETTEER, type ActorKind, type GazetteerEntry } from "../gazetteer";
import { tokenize } from "./lexicon";
import { ACTOR_KINDS, type Actor, type KnownActor, type Token } from "./types";

export interface GazetteerForm {
  entry: GazetteerEntry;
  metonym: boolean;
}

interface GazetteerMaps {
  gazForm: Map<string, GazetteerForm>;
  stateOfDemonym: Map<string, string>;
  lazy: Map<string, GazetteerEntry>;
}

let GAZETTEER_MAPS: GazetteerMaps | undefined;

/** The gazetteer's forms (those no known actor holds), demonyms and entries by name. */
function gazetteerMaps(knownForms: Map<string, Actor>): GazetteerMaps {
  const gazForm = new Map<string, GazetteerForm>(), stateOfDemonym = new Map<string, string>(), lazy = new Map<string, GazetteerEntry>();
  for (const e of GAZETTEER) {
    for (const f of e.forms) if (!knownForms.has(f)) gazForm.set(f, { entry: e, metonym: false });
    // Outlets print their own names in capitals ("told POLITICO").
    if (e.kind === "media") for (const f of e.forms) if (f.length >= 5 && /^[\p{L} ]+$/u.test(f) && !gazForm.has(f.toUpperCase())) gazForm.set(f.toUpperCase(), { entry: e, metonym: false });
    for (const f of e.metonyms ?? []) if (!knownForms.has(f)) gazForm.set(f, { entry: e, metonym: true });
    for (const d of e.demonyms ?? []) stateOfDemonym.set(d, e.name);
    lazy.set(e.name, e);
  }
  return { gazForm, stateOfDemonym, lazy };
}

/** Every form the gazetteer can register (known actors may hold some of them in an article). */
export function gazetteerFormNames(): Iterable<string> {
  GAZETTEER_MAPS ??= gazetteerMaps(new Map());
  return GAZETTEER_MAPS.gazForm.keys();
}

export class Registry {
  readonly tokens: Token[];
  readonly tokIdx: Map<Token, number>;
  readonly actors = new Map<string, Actor>();
  readonly byForm = new Map<string, Actor>();
  /** Forms that name an actor only in this article ("the government", "Marta", "T."): found, never kept as aliases. */
  readonly localForms = new Set<string>();
  readonly lazy: Map<string, GazetteerEntry>;
  readonly stateOfDemonym: Map<string, string>;
  readonly gazForm: Map<string, GazetteerForm>;

  constructor(
    readonly text: string,
    known: KnownActor[] = [],
  ) {
    this.tokens = tokenize(text);
    this.tokIdx = new Map(this.tokens.map((t, i) => [t, i] as const));
    // Known actors passed in win over everything else.
    for (const k of known) {
      const kind = (ACTOR_KINDS as string[]).includes(k.kind) ? (k.kind as ActorKind) : "other";
      const a = this.ensure(k.name, kind);
      a.slug = k.slug;
      for (const f of [k.name, ...k.aliases]) this.addForm(a, f);
    }
    // Gazetteer forms are registered lazily: an entry becomes an actor only when mentioned.
    if (known.length === 0) {
      // Without known actors every article starts from the same maps: built once, copied per article.
      GAZETTEER_MAPS ??= gazetteerMaps(this.byForm);
      this.gazForm = new Map(GAZETTEER_MAPS.gazForm);
      this.stateOfDemonym = new Map(GAZETTEER_MAPS.stateOfDemonym);
      this.lazy = new Map(GAZETTEER_MAPS.lazy);
    } else ({ gazForm: this.gazForm, stateOfDemonym: this.stateOfDemonym, lazy: this.lazy } = gazetteerMaps(this.byForm));
  }

  readonly ensure = (name: string, kind: ActorKind, role: string | null = null): Actor => {
    const existing = this.actors.get(name.toLowerCase()) ?? this.byForm.get(name);
    if (existing) {
      if (!existing.role && role) existing.role = role;
      return existing;
    }
    const a: Actor = { name, aliases: new Set(), kind, role, forms: new Set([name]), metonyms: new Set(), demonyms: [], first: Infinity };
    this.actors.set(name.toLowerCase(), a);
    this.byForm.set(name, a);
    return a;
  };
  readonly addForm = (a: Actor, form: string, metonym = false) => {
    if (!form || this.byForm.get(form) && this.byForm.get(form) !== a) return;
    this.byForm.set(form, a);
    a.forms.add(form);
    if (metonym) a.metonyms.add(form);
  };
  readonly addLocalForm = (a: Actor, form: string) => {
    this.addForm(a, form);
    if (this.byForm.get(form) === a) this.localForms.add(form);
  };
  readonly fromEntry = (e: GazetteerEntry): Actor => {
    const a = this.ensure(e.name, e.kind, e.role ?? null);
    for (const f of e.forms) this.addForm(a, f);
    for (const m of e.metonyms ?? []) this.addForm(a, m, true);
    a.demonyms = e.demonyms ?? [];
    return a;
  };
  readonly gazetteerAt = (i: number): { entry: GazetteerEntry; len: number } | null => {
    for (let len = 4; len >= 1; len--) {
      if (i + len > this.tokens.length) continue;
      const phrase = this.tokens.slice(i, i + len).map((t, k) => (k === len - 1 ? t.base : t.text)).join(" ");
      const g = this.gazForm.get(phrase);
      if (g) return { entry: g.entry, len };
      const known = this.byForm.get(phrase);
      if (known) return { entry: { name: known.name, kind: known.kind, forms: [] }, len };
    }
    return null;
  };
  readonly tokenIsPlaceish = (t: string) => this.gazForm.has(t) || this.stateOfDemonym.has(t) || this.byForm.has(t);
}
