// Links leave the app only through the system's handlers, and only for
// the schemes the capability allows (https, http, tel, mailto, geo).
import { openUrl } from "@tauri-apps/plugin-opener";

const ALLOWED = /^(https?:|tel:|mailto:|geo:)/i;

export function openExternal(event: MouseEvent): void {
  const anchor = (event.target as HTMLElement | null)?.closest("a");
  const href = anchor?.getAttribute("href");
  if (!anchor || !href || href.startsWith("#")) return;
  event.preventDefault();
  if (ALLOWED.test(href)) void openUrl(href);
}
