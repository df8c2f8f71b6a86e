/**
 * Import this module, for its effect only, BEFORE the extraction engine (first import of an entry point, or a dynamic
 * import before the engine's; in the server, lib/editor/analyse.ts): it makes V8 compile each regex to machine code on its first use instead of
 * interpreting it first. The engine runs ~1,500 regexes; under Node's default (interpret once, compile on the second
 * run) their interpreter bytecode exhausts V8's regex-code budget before most are compiled, and they run about a
 * third slower for the life of the process (README, "Regex tiering"). Outputs do not change. A regex literal takes the
 * setting when its module is evaluated, so setting it later has no effect on modules already loaded; Node refuses the
 * flag in NODE_OPTIONS, hence this module.
 */
import v8 from "node:v8";

v8.setFlagsFromString("--regexp-tier-up-ticks=0");
