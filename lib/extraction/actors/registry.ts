/**
 * What the actor steps share: the article's text and tokens, the actors found so far, the forms (names,
 * aliases, metonyms) that point to them, and the gazetteer entries that become actors when mentioned.
 */
import { GAZETTEER, type ActorKind, type GazetteerEntry } from "../gazetteer";
import { lexiconTag } from "../nlp";
import { isGivenName } from "./given-names";
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

/** The gazetteer's forms, demonyms and entries by name: built once. */
function gazetteerMaps(): GazetteerMaps {
  if (GAZETTEER_MAPS) return GAZETTEER_MAPS;
  const gazForm = new Map<string, GazetteerForm>(), stateOfDemonym = new Map<string, string>(), lazy = new Map<string, GazetteerEntry>();
  for (const e of GAZETTEER) {
    for (const f of e.forms) gazForm.set(f, { entry: e, metonym: false });
    // Outlets print their own names in capitals ("told POLITICO").
    if (e.kind === "media") for (const f of e.forms) if (f.length >= 5 && /^[\p{L} ]+$/u.test(f) && !gazForm.has(f.toUpperCase())) gazForm.set(f.toUpperCase(), { entry: e, metonym: false });
    for (const f of e.metonyms ?? []) gazForm.set(f, { entry: e, metonym: true });
    for (const d of e.demonyms ?? []) stateOfDemonym.set(d, e.name);
    lazy.set(e.name, e);
  }
  return (GAZETTEER_MAPS = { gazForm, stateOfDemonym, lazy });
}

/**
 * A gazetteer form a known actor holds names that actor wherever a step looks the gazetteer up ("Ukraine's air force",
 * "the Trump administration"), with the gazetteer's demonyms when it is the same kind of actor.
 */
function heldByKnown(form: GazetteerForm, known: Actor): GazetteerForm {
  const demonyms = form.entry.kind === known.kind ? form.entry.demonyms : undefined;
  return { entry: { name: known.name, kind: known.kind, forms: [], ...(demonyms && { demonyms }) }, metonym: form.metonym };
}

/**
 * Aliases several known actors hold ("Russian forces" for Russia and for its armed forces, "Washington" for the United
 * States and for an administration) name none of them for sure: the engine's own rules read them as without known actors.
 */
function sharedAliases(known: KnownActor[]): Set<string> {
  const holders = new Map<string, Set<string>>();
  for (const k of known) for (const f of k.aliases) (holders.get(f) ?? holders.set(f, new Set()).get(f)!).add(k.name.toLowerCase());
  return new Set([...holders].filter(([, names]) => names.size > 1).map(([f]) => f));
}

/**
 * "NATO Secretary General Mark Rutte" held as Mark Rutte's alias: the person's name, in any spelling held ("Russian
 * Foreign Minister Sergei Lavrov" for a Sergey Lavrov also held as "Sergei Lavrov"), with an office before it. Scanned
 * whole, it would swallow the office's own actor (NATO) and the place where the name starts; the name alone is scanned.
 */
function titledName(a: Actor, form: string, aliases: string[]): boolean {
  const plain = withoutMarks(form);
  return a.kind === "person" && [a.name, ...aliases].some((n) => n.includes(" ") && form.length > n.length && plain.endsWith(` ${withoutMarks(n)}`));
}

/** "Europe", "Tatarstan", "Odesa": a continent, region or city the lexicon knows (a country acts by its name). */
const placeWord = (form: string) => [lexiconTag(form) ?? []].flat().some((t) => /^(?:Place|Region|City)$/.test(t));

/** "Erdoğan" as "Erdogan": letters without their diacritics. */
const withoutMarks = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");

/** "Valentyna" held as Valentyna Ivanenko's alias: a given name alone names her in one article, anybody so named in another. */
function firstNameAlone(a: Actor, form: string): boolean {
  return a.kind === "person" && a.name.startsWith(`${form} `) && isGivenName(form);
}

/**
 * A known person's surname spellings held as aliases, written with the given names ("Volodymyr Zelensky" for a known
 * "Volodymyr Zelenskiy" with the alias "Zelensky"): an article naming the person in full in another spelling names them.
 */
function fullNamesOfSurnameAliases(a: Actor, aliases: string[]): string[] {
  const words = a.name.split(" ");
  if (a.kind !== "person" || words.length < 2) return [];
  const given = words.slice(0, -1);
  return aliases.filter((f) => /^\p{Lu}[\p{L}'’-]+$/u.test(f) && f !== words[words.length - 1] && !given.includes(f)).map((f) => [...given, f].join(" "));
}

/** Every form the gazetteer can register (known actors may hold some of them in an article). */
export function gazetteerFormNames(): Iterable<string> {
  return gazetteerMaps().gazForm.keys();
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
    /** "Kyiv" of "KYIV (Reuters) -": where the article is reported from, its dateline no longer in the text. */
    readonly dateline: string | null = null,
  ) {
    this.tokens = tokenize(text);
    this.tokIdx = new Map(this.tokens.map((t, i) => [t, i] as const));
    // Gazetteer forms are registered lazily: an entry becomes an actor only when mentioned. Every article starts
    // from the same maps, built once and copied.
    const maps = gazetteerMaps();
    this.gazForm = new Map(maps.gazForm);
    this.stateOfDemonym = new Map(maps.stateOfDemonym);
    this.lazy = new Map(maps.lazy);
    this.holdKnown(known, maps.gazForm);
  }

  /**
   * Known actors passed in win over everything else: their names first, then the aliases that name them for sure. A place
   * the gazetteer reads as standing for an actor ("Moscow") stays such a place when a known actor holds it ("talks in
   * Moscow" are no act of Russia's), and so does a place the lexicon knows ("across Europe" is no act of a known Europe); the
   * gazetteer's lookups of a held form find the known actor.
   */
  private holdKnown(known: KnownActor[], gazetteer: Map<string, GazetteerForm>): void {
    const shared = sharedAliases(known);
    for (const k of known) {
      const kind = (ACTOR_KINDS as string[]).includes(k.kind) ? (k.kind as ActorKind) : "other";
      const a = this.ensure(k.name, kind);
      a.known = true;
      if (k.slug !== undefined) a.slug = k.slug;
      this.addForm(a, k.name, gazetteer.get(k.name)?.metonym || placeWord(k.name));
    }
    for (const k of known) {
      const a = this.byForm.get(k.name)!;
      for (const f of k.aliases) if (!shared.has(f) && !titledName(a, f, k.aliases) && !firstNameAlone(a, f)) this.addForm(a, f, gazetteer.get(f)?.metonym || placeWord(f));
      for (const f of fullNamesOfSurnameAliases(a, k.aliases)) if (!shared.has(f)) this.addForm(a, f);
    }
    for (const [f, a] of this.byForm) {
      const g = gazetteer.get(f);
      if (!g) continue;
      // A known person the gazetteer lists holds its office ("Trump": President of the United States), as without known actors.
      if (g.entry.kind === a.kind && g.entry.role && !a.role) a.role = g.entry.role;
      const held = heldByKnown(g, a);
      this.gazForm.set(f, held);
      if (!this.lazy.has(a.name)) this.lazy.set(a.name, held.entry);
    }
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
  /** The actors Faultline already holds, passed in by the caller. */
  readonly knownActors = (): Actor[] => [...this.actors.values()].filter((a) => a.known);
  readonly tokenIsPlaceish = (t: string) => this.gazForm.has(t) || this.stateOfDemonym.has(t) || this.byForm.has(t);
}
