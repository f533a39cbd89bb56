import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    // Everything ships inside the app: no CDN, no inline scripts (strict CSP).
    assetsInlineLimit: 0,
    // Two pages: the newcomer app, and Studio for city staff (`--studio`).
    rollupOptions: { input: { main: "index.html", studio: "studio.html" } },
  },
  server: { port: 1420, strictPort: true },
});
