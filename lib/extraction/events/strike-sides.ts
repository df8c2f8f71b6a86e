/**
 * Strikes told without their sides ("In Kremenchuk, a strike on a bridge cut road traffic") are most often more of
 * the same war's strikes told before: a strike that names no initiator takes the initiator of the last strike before
 * it that names one, and one that names no target its target, unless that actor already has another role in it.
 */
import type { EventRole, EventType, FoundEvent } from "./context";

const STRIKES = new Set<EventType>(["missile_drone_strike", "energy_infrastructure_attack"]);

function inherit(e: FoundEvent, before: FoundEvent[], role: EventRole): void {
  if (e.actorRoles.some((r) => r.role === role)) return;
  const source = [...before].reverse().find((x) => x.actorRoles.some((r) => r.role === role));
  for (const r of source?.actorRoles ?? []) {
    if (r.role !== role || e.actorRoles.some((x) => x.name === r.name)) continue;
    e.actorRoles.push({ name: r.name, role });
    e.actors.push(r.name);
  }
}

/** Gives each strike with no initiator or no target the sides of the strike told last before it. */
export function inheritStrikeSides(events: FoundEvent[]): void {
  const strikes = events.filter((e) => STRIKES.has(e.type)).sort((a, b) => a.start - b.start);
  strikes.forEach((e, i) => {
    const before = strikes.slice(0, i);
    inherit(e, before, "initiator");
    inherit(e, before, "target");
  });
}

/** Strikes, fighting and the people they kill or wound. */
const WAR = new Set<EventType>([...STRIKES, "ground_advance", "ground_battle", "casualties"]);
/** The war Faultline follows, in its usual direction (attacker first). */
const WAR_SIDES = ["Russia", "Ukraine"] as const;
/** Each side's opponent, when the article sets no state against one of them. */
const THE_WAR = new Map<string, string>([[WAR_SIDES[0], WAR_SIDES[1]], [WAR_SIDES[1], WAR_SIDES[0]]]);

/** Each state's opponent in an article's strikes and fighting: the state most often on the other side of it. */
export function warOpponents(events: FoundEvent[], isState: (name: string) => boolean): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (a: string, b: string) => {
    const row = counts.get(a) ?? new Map<string, number>();
    counts.set(a, row.set(b, (row.get(b) ?? 0) + 1));
  };
  for (const e of events.filter((x) => WAR.has(x.type))) {
    const states = (role: EventRole) => e.actorRoles.filter((r) => r.role === role && isState(r.name)).map((r) => r.name);
    for (const a of states("initiator")) for (const b of states("target")) if (a !== b) (count(a, b), count(b, a));
  }
  const best = (row: Map<string, number>) => [...row].sort((x, y) => y[1] - x[1])[0][0];
  return new Map([...counts].map(([state, row]) => [state, best(row)]));
}

/**
 * A strike or advance told with one side's state only ("Russia launched its full-scale invasion", "Ukrainian forces
 * retook Kherson") has the other side's too: the state the article shows most often against it, else, for Russia or
 * Ukraine, the other side of the war (when the article names it).
 */
export function addWarOpponents(events: FoundEvent[], isState: (name: string) => boolean): void {
  const opponentOf = new Map([...THE_WAR].filter(([a, b]) => isState(a) && isState(b)));
  for (const [state, opponent] of warOpponents(events, isState)) opponentOf.set(state, opponent);
  for (const e of events.filter((x) => WAR.has(x.type))) {
    const stateIn = (role: EventRole) => e.actorRoles.find((r) => r.role === role && isState(r.name))?.name;
    const [initiator, target] = [stateIn("initiator"), stateIn("target")];
    const side = initiator && !target ? { of: initiator, role: "target" as const } : target && !initiator ? { of: target, role: "initiator" as const } : null;
    const opponent = side && opponentOf.get(side.of);
    if (!side || !opponent || e.actorRoles.some((r) => r.name === opponent)) continue;
    e.actorRoles.push({ name: opponent, role: side.role });
    e.actors.push(opponent);
  }
}

/**
 * The article's most common direction of strikes and fighting (initiator state, target state), if it holds twice, the
 * other sides addWarOpponents filled in included: counting only the pairs the article tells lost 7 validation roles.
 */
function mainDirection(events: FoundEvent[], isState: (name: string) => boolean): [string, string] | null {
  const counts = new Map<string, number>();
  for (const e of events.filter((x) => WAR.has(x.type))) {
    const states = (role: EventRole) => e.actorRoles.filter((r) => r.role === role && isState(r.name)).map((r) => r.name);
    for (const a of states("initiator")) for (const b of states("target")) if (a !== b) counts.set(`${a}\t${b}`, (counts.get(`${a}\t${b}`) ?? 0) + 1);
  }
  const [top] = [...counts].sort((x, y) => y[1] - x[1]);
  if (top && top[1] >= 2) return top[0].split("\t") as [string, string];
  // Told too seldom to show: the war's usual direction, unless the article's own strikes run the other way.
  return isState(WAR_SIDES[0]) && isState(WAR_SIDES[1]) && (!top || top[0] === WAR_SIDES.join("\t")) ? [...WAR_SIDES] : null;
}

/**
 * A strike or advance that names no state on either side ("a glide bomb hit a supermarket") is one of the article's main
 * direction, or, where its strikes are too few to show one, of the war's usual one (Russia on Ukraine) when it names both.
 */
export function addMainDirection(events: FoundEvent[], isState: (name: string) => boolean): void {
  const direction = mainDirection(events, isState);
  if (!direction) return;
  for (const e of events.filter((x) => WAR.has(x.type) && !x.actorRoles.some((r) => isState(r.name)))) {
    const [initiator, target] = direction;
    e.actorRoles.push({ name: initiator, role: "initiator" }, { name: target, role: "target" });
    e.actors.push(initiator, target);
  }
}
