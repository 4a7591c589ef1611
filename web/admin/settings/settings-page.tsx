import { useState } from "react";
import { SettingsEditor } from "./settings-editor.tsx";
import { WidgetSites } from "./widget-sites.tsx";
import { AuditLog } from "./audit-log.tsx";

const sections = [
  { id: "routing_policy", title: "Routing policy", hint: "Models per task, fallbacks" },
  { id: "budget", title: "Daily budget", hint: "USD per day for model calls" },
  { id: "guardrail_policy", title: "Guardrail policy", hint: "Filters, topics, PII" },
  { id: "escalation_policy", title: "Escalation policy", hint: "When a person takes over" },
  { id: "sites", title: "Widget sites", hint: "Embeds and identity secrets" },
  { id: "audit", title: "Audit log", hint: "Every administrative change" },
] as const;

/** Settings: the versioned policy documents, widget sites and the audit log. */
export function SettingsPage() {
  const [section, setSection] = useState<(typeof sections)[number]["id"]>("routing_policy");
  const current = sections.find((candidate) => candidate.id === section)!;
  return (
    <div className="settings-layout">
      <nav className="settings-nav" aria-label="Settings">
        {sections.map((candidate) => (
          <button key={candidate.id} type="button" aria-current={candidate.id === section ? "page" : undefined} onClick={() => setSection(candidate.id)}>
            {candidate.title}
            <span className="sub">{candidate.hint}</span>
          </button>
        ))}
      </nav>
      <div>{section === "sites" ? <WidgetSites /> : section === "audit" ? <AuditLog /> : <SettingsEditor key={section} kind={section} title={current.title} />}</div>
    </div>
  );
}
