/**
 * npm run -s extract -- [--published YYYY-MM-DD] [--title "TITLE"] [--known actors.json] FILE|-
 * Prints one JSON proposal on stdout; on any error prints one line on stderr and exits non-zero.
 */
// First: the engine's regexes take this setting when their modules are evaluated.
import "../runtime/compile-regexes-on-first-use";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { extractArticle } from "../extraction/index";
import { isValidDay } from "../extraction/parse-article";
import { proposalSchema } from "../extraction/schema";

const argsSchema = z.object({
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "--published must be YYYY-MM-DD")
    .refine((s) => {
      const [y, m, d] = s.split("-").map(Number);
      return isValidDay(y, m, d);
    }, "--published is not a real calendar date")
    .optional(),
  title: z.string().trim().min(1, "--title must not be empty").optional(),
  known: z.string().min(1).optional(),
  file: z.string({ error: "missing FILE argument (use - for stdin)" }).min(1, "missing FILE argument (use - for stdin)"),
});

const knownSchema = z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]), kind: z.string().default("other"), slug: z.string().optional() }));

class CliError extends Error {}

function parseArgv(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("-")) {
      positional.push(a);
      continue;
    }
    const m = /^--(published|title|known)(?:=(.*))?$/s.exec(a);
    if (!m) throw new CliError(`unknown option ${a}`);
    const val = m[2] ?? argv[++i];
    if (val === undefined) throw new CliError(`--${m[1]} needs a value`);
    raw[m[1]] = val;
  }
  if (positional.length > 1) throw new CliError(`expected one FILE, got ${positional.length}`);
  const parsed = argsSchema.safeParse({ ...raw, file: positional[0] });
  if (!parsed.success) throw new CliError(parsed.error.issues[0].message);
  return parsed.data;
}

function readInput(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file === "-" ? "stdin" : file}${code ? ` (${code})` : ""}`);
  }
}

/** A JSON file given as an argument: a bad one is a usage error naming the file (exit 2). */
function readJson(file: string): unknown {
  const text = readInput(file);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`--known ${file} is not JSON: ${(e as Error).message}`);
  }
}

function main(): number {
  try {
    const args = parseArgv(process.argv.slice(2));
    const text = readInput(args.file);
    if (!text.trim()) throw new CliError(`${args.file === "-" ? "stdin" : args.file} is empty`);
    let knownActors;
    if (args.known) {
      const k = knownSchema.safeParse(readJson(args.known));
      if (!k.success) throw new CliError(`--known: ${k.error.issues[0].path.join(".")} ${k.error.issues[0].message}`);
      knownActors = k.data;
    }
    const proposal = extractArticle({ text, publishedOn: args.published, title: args.title, knownActors });
    if (!proposal.body.trim()) throw new CliError("no article body found");
    if (!proposal.article.publishedOn) process.stderr.write("warning: no publication date (byline or --published); relative dates left unresolved\n");
    const checked = proposalSchema.safeParse(proposal);
    if (!checked.success) throw new CliError(`internal: proposal failed validation: ${checked.error.issues[0].message}`);
    process.stdout.write(`${JSON.stringify(proposal, null, 2)}\n`);
    return 0;
  } catch (e) {
    const msg = e instanceof CliError ? e.message : e instanceof SyntaxError ? `invalid JSON: ${e.message}` : `unexpected error: ${(e as Error).message}`;
    process.stderr.write(`extract: ${msg.split("\n")[0]}\n`);
    return e instanceof CliError ? 2 : 1;
  }
}

process.exitCode = main();
