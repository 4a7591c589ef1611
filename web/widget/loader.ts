// `<script src="https://HOST/widget.js" data-site="…">`: a classic script with no imports, so any
// page can embed it. It places <switchboard-widget> and loads the widget module from the same host.
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return;
  const origin = new URL(script.src).origin;
  const element = document.createElement("switchboard-widget");
  element.setAttribute("api-base", origin);
  for (const name of ["site", "color", "position", "title", "greeting", "language", "transport"]) {
    // A `title` attribute on the element would show as a tooltip over the whole widget.
    const attribute = name === "title" ? "chat-title" : name;
    const value = script.getAttribute(`data-${name}`);
    if (value !== null) element.setAttribute(attribute, value);
  }
  const place = () => document.body.appendChild(element);
  if (document.body) place();
  else document.addEventListener("DOMContentLoaded", place, { once: true });
  // A module script tag rather than import(): the bundler would wrap import() in a helper that
  // uses `import.meta`, which a classic script cannot contain.
  const module = document.createElement("script");
  module.type = "module";
  module.crossOrigin = "anonymous";
  module.src = `${origin}/assets/widget-app.js`;
  module.onerror = () => console.error("Switchboard widget failed to load from", origin);
  document.head.appendChild(module);
})();
