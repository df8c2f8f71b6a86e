// Argument parsing shared by `npm run import` and `npm run export`: one FILE and a few known flags;
// anything else is one clear line on stderr and exit code 2 (as `npm run extract` does).

export class UsageError extends Error {}

export function parseTransferArgs(argv: string[], flags: { values?: string[]; switches?: string[] }) {
  const values: Record<string, string> = {};
  const switches = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("-")) {
      files.push(a);
      continue;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(a);
    if (m && flags.switches?.includes(m[1]) && m[2] === undefined) switches.add(m[1]);
    else if (m && flags.values?.includes(m[1])) {
      const v = m[2] ?? argv[++i];
      if (v === undefined) throw new UsageError(`--${m[1]} needs a value`);
      values[m[1]] = v;
    } else throw new UsageError(`unknown option ${a}`);
  }
  if (files.length === 0) throw new UsageError("missing FILE argument");
  if (files.length > 1) throw new UsageError(`expected one FILE, got ${files.length}`);
  return { file: files[0], values, switches };
}
