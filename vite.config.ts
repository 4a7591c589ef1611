import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const web = (file: string) => fileURLToPath(new URL(`./web/${file}`, import.meta.url));

// One build, three apps: the embeddable widget (a classic-script loader plus its module), the agent
// desk and the admin console. Switchboard serves the output itself; nothing comes from a CDN.
export default defineConfig({
  root: web(""),
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("./dist/web/", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    rollupOptions: {
      input: {
        widget: web("widget/loader.ts"),
        "widget-app": web("widget/main.tsx"),
        desk: web("desk/index.html"),
        admin: web("admin/index.html"),
      },
      output: {
        // Host pages embed `/widget.js`, and the loader imports `assets/widget-app.js`: fixed names.
        entryFileNames: (chunk) => (chunk.name === "widget" ? "widget.js" : chunk.name === "widget-app" ? "assets/widget-app.js" : "assets/[name]-[hash].js"),
      },
    },
  },
});
