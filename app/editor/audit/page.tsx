import type { Metadata } from "next";
import { AuditEntries } from "@/components/editor/AuditEntries";
import { Pager } from "@/components/ui/Pager";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { auditFiltersSchema, getAuditLog } from "@/lib/audit/queries";
import { parseSearchParams, type RawSearchParams } from "@/lib/url/search-params";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await getCurrentUser();
  if (!hasRole(user, "admin")) return <p className="empty" role="alert">Only admins can read the audit log.</p>;
  const filters = parseSearchParams(auditFiltersSchema, await searchParams);
  const log = await getAuditLog(user, filters);
  const { cursor, ...rest } = filters;
  return (
    <>
      <h1>Audit log</h1>
      <form method="get" className="row card" aria-label="Filter the audit log" style={{ marginBottom: 18 }}>
        <div>
          <label htmlFor="entity">Record type</label>
          <select id="entity" name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">Any</option>
            {["article", "statement", "event", "actor", "user"].map((v) => <option key={v}>{v}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="action">Change</label>
          <select id="action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any</option>
            {["publish", "save_draft", "update", "delete", "restore", "merge", "create", "set_role"].map((v) => <option key={v}>{v}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="user">Who</label>
          <select id="user" name="user" defaultValue={filters.user ?? ""}>
            <option value="">Anyone</option>
            {log.users.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </select>
        </div>
        <div><label htmlFor="from">From</label><input id="from" type="date" name="from" defaultValue={filters.from} /></div>
        <div><label htmlFor="to">To</label><input id="to" type="date" name="to" defaultValue={filters.to} /></div>
        <button type="submit">Filter</button>
      </form>
      <p className="muted">{log.total === 1 ? "1 change" : `${log.total.toLocaleString("en-GB")} changes`}</p>
      <AuditEntries entries={log.items} />
      <Pager path="/editor/audit" filters={rest} nextCursor={log.nextCursor} isFirstPage={!cursor} />
    </>
  );
}
