import { useState } from "react";

/** A secret the server shows once (a password, a token, a site secret), with a copy button. */
export function OneTimeSecret({ label, value, note, onDismiss }: { label: string; value: string; note: string; onDismiss: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret" role="status">
      <div className="secret-head">
        <strong>{label}</strong>
        <button type="button" className="button ghost" onClick={onDismiss}>
          Done
        </button>
      </div>
      <div className="secret-value">
        <code>{value}</code>
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard?.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
      <p className="sub">{note}</p>
    </div>
  );
}
