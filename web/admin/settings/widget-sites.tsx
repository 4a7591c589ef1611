import { useState } from "react";
import { useAdminList } from "../use-admin-list.ts";
import { api } from "../../shared/console-api.ts";
import { OneTimeSecret } from "../one-time-secret.tsx";

interface WidgetSite {
  id: string;
  name: string;
  allowedOrigins: string[];
  createdAt: string;
}

/** Sites that embed the widget, each with the secret its backend signs customer identities with. */
export function WidgetSites() {
  const { rows: sites, error, run } = useAdminList<WidgetSite>("/v1/admin/sites", "sites");
  const [created, setCreated] = useState<WidgetSite & { secret: string }>();
  const [form, setForm] = useState({ name: "", origins: "" });
  const embed = (site: WidgetSite) => `<script src="${location.origin}/widget.js" data-site="${site.id}"></script>`;
  return (
    <section className="card" aria-labelledby="sites-title">
      <div className="card-header">
        <h1 id="sites-title">Widget sites</h1>
      </div>
      <p className="lead">
        Each site gets an id for its embed tag and a secret for its server: it signs the logged-in customer&apos;s id and e-mail, so order lookups are bound to a verified e-mail.
      </p>
      <form
        className="inline-form"
        aria-label="Add a widget site"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const allowedOrigins = form.origins.split(/[\s,]+/).filter(Boolean);
            setCreated(await api<WidgetSite & { secret: string }>("/v1/admin/sites", { body: { name: form.name, allowedOrigins } }));
            setForm({ name: "", origins: "" });
          });
        }}
      >
        <label>
          Name
          <input required value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} placeholder="Acme shop" />
        </label>
        <label>
          Allowed origins
          <input value={form.origins} onChange={(event) => setForm({ ...form, origins: event.target.value })} placeholder="https://shop.example.com" />
        </label>
        <button type="submit" className="button primary">
          Add site
        </button>
      </form>
      {created && (
        <>
          <OneTimeSecret label={`Identity secret of “${created.name}”`} value={created.secret} note="Shown only now. It belongs on the site's server, never in its pages." onDismiss={() => setCreated(undefined)} />
          <OneTimeSecret label="Embed tag" value={embed(created)} note="Paste it before </body> on every page that should offer the chat." onDismiss={() => setCreated(undefined)} />
        </>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Allowed origins</th>
            <th scope="col">Added</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => (
            <tr key={site.id}>
              <td>
                {site.name}
                <div className="sub">{site.id}</div>
              </td>
              <td>{site.allowedOrigins.length ? site.allowedOrigins.join(", ") : <span className="sub">any</span>}</td>
              <td>{new Date(site.createdAt).toLocaleDateString()}</td>
              <td>
                <div className="row-actions">
                  <button type="button" className="button ghost danger" onClick={() => void run(async () => confirm(`Remove “${site.name}”? Identities it signed stop verifying.`) && api(`/v1/admin/sites/${site.id}`, { method: "DELETE" }))}>
                    Remove
                  </button>
                </div>
              </td>
            </tr>
          ))}
          {sites.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">No sites yet. Anonymous visitors can chat without one; verified identities need one.</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
