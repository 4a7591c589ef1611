import { useState } from "react";
import { useAdminList } from "../use-admin-list.ts";
import { api } from "../../shared/console-api.ts";
import { OneTimeSecret } from "../one-time-secret.tsx";

interface User {
  id: string;
  email: string;
  name: string | null;
  role: "agent" | "admin";
  disabled: boolean;
  createdAt: string;
}

interface ApiToken {
  id: string;
  name: string;
  role: "agent" | "admin";
  revoked: boolean;
  createdAt: string;
  lastUsedAt: string | null;
}

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString([], { year: "numeric", month: "short", day: "numeric" }) : "—");

/** Users and roles, and the API tokens machines use: every change lands in the audit log. */
// Every role a person or token can hold, in the order the console offers them.
const roleOptions = (
  <>
    <option value="agent">Agent</option>
    <option value="admin">Admin</option>
  </>
);

export function UsersPage() {
  return (
    <>
      <Users />
      <ApiTokens />
    </>
  );
}

function Users() {
  const { rows: users, error, run } = useAdminList<User>("/v1/admin/users", "users");
  const [secret, setSecret] = useState<{ email: string; password: string }>();
  const [form, setForm] = useState({ email: "", name: "", role: "agent" as User["role"] });
  const add = () =>
    run(async () => {
      const body = await api<{ user: User; oneTimePassword?: string }>("/v1/admin/users", { body: { email: form.email, role: form.role, ...(form.name.trim() ? { name: form.name.trim() } : {}) } });
      if (body.oneTimePassword) setSecret({ email: body.user.email, password: body.oneTimePassword });
      setForm({ email: "", name: "", role: "agent" });
    });
  const change = (user: User, changes: Partial<Pick<User, "role" | "disabled">>) => run(() => api(`/v1/admin/users/${user.id}`, { method: "PATCH", body: changes }));
  const resetPassword = (user: User) =>
    run(async () => {
      if (!confirm(`Reset the password of ${user.email}? Their sessions end now.`)) return;
      const body = await api<{ oneTimePassword: string }>(`/v1/admin/users/${user.id}/password`, { method: "POST" });
      setSecret({ email: user.email, password: body.oneTimePassword });
    });
  const remove = (user: User) =>
    run(async () => {
      if (confirm(`Delete ${user.email}? This cannot be undone; disabling keeps the account.`)) await api(`/v1/admin/users/${user.id}`, { method: "DELETE" });
    });

  return (
    <section className="card" aria-labelledby="users-title">
      <div className="card-header">
        <h1 id="users-title">Users and roles</h1>
      </div>
      <p className="lead">Agents work the desk; admins also reach the knowledge base, analytics, settings, users and jobs.</p>
      <form
        className="inline-form"
        aria-label="Add a user"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          E-mail
          <input type="email" required value={form.email} onChange={(event) => setForm({ ...form, email: event.target.value })} placeholder="maria@example.com" />
        </label>
        <label>
          Name
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} placeholder="Optional" />
        </label>
        <label>
          Role
          <select value={form.role} onChange={(event) => setForm({ ...form, role: event.target.value as User["role"] })}>
            {roleOptions}
          </select>
        </label>
        <button type="submit" className="button primary">
          Add user
        </button>
      </form>
      {secret && (
        <OneTimeSecret
          label={`One-time password for ${secret.email}`}
          value={secret.password}
          note="Shown only now. Hand it over in person or through a password manager; it works until they sign in and you reset it."
          onDismiss={() => setSecret(undefined)}
        />
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Added</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                {user.name ?? user.email}
                {user.name && <div className="sub">{user.email}</div>}
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`role-${user.id}`}>Role of {user.email}</label>
                <select id={`role-${user.id}`} className="row-select" value={user.role} onChange={(event) => void change(user, { role: event.target.value as User["role"] })}>
                  {roleOptions}
                </select>
              </td>
              <td>
                <span className={`pill ${user.disabled ? "disabled" : "enabled"}`}>{user.disabled ? "disabled" : "active"}</span>
              </td>
              <td>{date(user.createdAt)}</td>
              <td>
                <div className="row-actions">
                  <button type="button" className="button" onClick={() => void resetPassword(user)}>Reset password</button>
                  <button type="button" className="button" onClick={() => void change(user, { disabled: !user.disabled })}>{user.disabled ? "Enable" : "Disable"}</button>
                  <button type="button" className="button ghost danger" onClick={() => void remove(user)}>Delete</button>
                </div>
              </td>
            </tr>
          ))}
          {users.length === 0 && (
            <tr>
              <td colSpan={5} className="empty">No users yet: add the first agent above.</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

function ApiTokens() {
  const { rows: tokens, error, run } = useAdminList<ApiToken>("/v1/admin/tokens", "tokens");
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [form, setForm] = useState({ name: "", role: "agent" as ApiToken["role"] });
  return (
    <section className="card" aria-labelledby="tokens-title">
      <div className="card-header">
        <h1 id="tokens-title">API tokens</h1>
      </div>
      <p className="lead">For machines: scripts, CI, a ticketing bridge. A token carries one role and can be revoked at any time.</p>
      <form
        className="inline-form"
        aria-label="Create an API token"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const body = await api<{ name: string; token: string }>("/v1/admin/tokens", { body: form });
            setCreated({ name: body.name, token: body.token });
            setForm({ name: "", role: "agent" });
          });
        }}
      >
        <label>
          Name
          <input required value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} placeholder="e.g. nightly export" />
        </label>
        <label>
          Role
          <select value={form.role} onChange={(event) => setForm({ ...form, role: event.target.value as ApiToken["role"] })}>
            {roleOptions}
          </select>
        </label>
        <button type="submit" className="button primary">
          Create token
        </button>
      </form>
      {created && <OneTimeSecret label={`Token “${created.name}”`} value={created.token} note="Shown only now; Switchboard keeps just a hash of it." onDismiss={() => setCreated(undefined)} />}
      {error && <p className="form-error" role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td><span className={`pill ${token.role}`}>{token.role}</span></td>
              <td><span className={`pill ${token.revoked ? "revoked" : "active"}`}>{token.revoked ? "revoked" : "active"}</span></td>
              <td>{date(token.createdAt)}</td>
              <td>{date(token.lastUsedAt)}</td>
              <td>
                {!token.revoked && (
                  <div className="row-actions">
                    <button type="button" className="button ghost danger" onClick={() => void run(async () => confirm(`Revoke “${token.name}”?`) && api(`/v1/admin/tokens/${token.id}`, { method: "DELETE" }))}>
                      Revoke
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
          {tokens.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">No API tokens.</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
