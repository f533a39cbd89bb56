// Links leave the app only through the system's handlers, and only for
// the schemes the capability allows (https, http, tel, mailto, geo).
import { openUrl } from "@tauri-apps/plugin-opener";

const ALLOWED = /^(https?:|tel:|mailto:|geo:)/i;

/** The webview's own menu on a link offers "Open Link" inside the app
 * window; links open only through the system's handlers, so no menu. */
export function noLinkMenu(event: MouseEvent): void {
  if ((event.target as HTMLElement | null)?.closest("a[href]")) event.preventDefault();
}

export function openExternal(event: MouseEvent): void {
  const anchor = (event.target as HTMLElement | null)?.closest("a");
  const href = anchor?.getAttribute("href");
  if (!anchor || !href || href.startsWith("#")) return;
  event.preventDefault();
  if (ALLOWED.test(href)) void openUrl(href);
}
