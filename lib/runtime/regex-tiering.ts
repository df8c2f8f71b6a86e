import v8 from "node:v8";

/**
 * Compile each regex to machine code on its first use instead of interpreting it first. The extraction engine runs
 * ~1,500 regexes; under Node's default (interpret once, compile on the second run) their interpreter bytecode exhausts
 * V8's regex-code budget before most of them are compiled, and they run about a quarter slower for the life of the
 * process (README, "Regex tiering"). Outputs do not change. Node refuses the flag in NODE_OPTIONS, so each entry point
 * that runs the engine (server, CLI, bench) calls this before its first extraction.
 */
export function compileRegexesOnFirstUse(): void {
  v8.setFlagsFromString("--regexp-tier-up-ticks=0");
}
