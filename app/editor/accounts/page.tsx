import type { Metadata } from "next";
import { format } from "date-fns";
import { CreateAccountForm, RoleSelect } from "@/components/editor/AccountForms";
import { hasRole } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { listAccounts } from "@/lib/editor/accounts";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const user = await getCurrentUser();
  if (!hasRole(user, "admin")) return <p className="empty" role="alert">Only admins manage accounts.</p>;
  const accounts = await listAccounts(user);
  return (
    <>
      <h1>Accounts</h1>
      <p className="muted">Editors add and correct articles; admins also manage accounts, restore deleted records and read the audit log. Readers may sign in but change nothing.</p>
      <div className="table-wrap" style={{ marginBottom: 24 }}>
        <table className="table">
          <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Since</th></tr></thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <td>{a.name}</td>
                <td>{a.email}</td>
                <td><RoleSelect userId={a.id} role={a.role} disabled={a.id === user!.id} /></td>
                <td>{format(a.createdAt, "d MMM yyyy")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateAccountForm />
    </>
  );
}
