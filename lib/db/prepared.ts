import { createHash } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";

// A statement that starts with PREPARED is prepared once per connection under a name drawn from its text,
// so PostgreSQL keeps its plan instead of planning it again for every answer (the timeline's page statement
// planned for 1.2–3 ms, about as long as it ran). Only for a few fixed shapes: every distinct text stays
// prepared on every connection of the pool, plan included.
const MARK = "/* prepared */ ";
export const PREPARED = Prisma.raw(MARK);

/** The adapter's statement name for `sql`: a name for marked statements, none (unnamed, planned each time) for the rest. */
export function preparedName({ sql }: { sql: string }): string | undefined {
  return sql.startsWith(MARK) ? `faultline_${createHash("sha1").update(sql).digest("hex")}` : undefined;
}
