import { createRoot, type Root } from "react-dom/client";
import { ConversationClient } from "./conversation-client.ts";
import { supportedLanguage } from "./i18n.ts";
import styles from "./widget.css?inline";
import { WidgetApp } from "./widget-app.tsx";

const safeColor = (value: string | null) => (value && /^#[0-9a-f]{3,8}$|^rgb\(|^hsl\(/i.test(value) && !/[;{}]/.test(value) ? value : "#0b6bcb");

/**
 * `<switchboard-widget site="…" color="…" position="right|left" chat-title="…" greeting="…">`: the chat
 * in a shadow root, so the host page's CSS cannot reach it and its CSS cannot reach the page.
 */
export class SwitchboardWidget extends HTMLElement {
  private root: Root | undefined;
  private client: ConversationClient | undefined;

  connectedCallback(): void {
    if (this.root) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = styles;
    const container = document.createElement("div");
    shadow.replaceChildren(style, container);
    this.style.setProperty("--sb-accent", safeColor(this.getAttribute("color")));

    const apiBase = this.getAttribute("api-base") ?? location.origin;
    const browserLanguage = supportedLanguage(this.getAttribute("language")) ?? navigator.languages.map(supportedLanguage).find(Boolean) ?? supportedLanguage(navigator.language);
    this.client = new ConversationClient({
      apiBase,
      site: this.getAttribute("site") || "default",
      browserLanguage,
      transport: this.getAttribute("transport") === "sse" ? "sse" : "auto",
    });
    void this.client.resume();
    this.root = createRoot(container);
    this.root.render(
      <WidgetApp
        client={this.client}
        config={{
          apiBase,
          title: this.getAttribute("chat-title") ?? undefined,
          greeting: this.getAttribute("greeting") ?? undefined,
          position: this.getAttribute("position") === "left" ? "left" : "right",
        }}
      />,
    );
  }

  disconnectedCallback(): void {
    this.root?.unmount();
    this.client?.close();
    this.root = undefined;
    this.client = undefined;
  }
}

if (!customElements.get("switchboard-widget")) customElements.define("switchboard-widget", SwitchboardWidget);
