// App-wide state: the reader's settings (kept on this device only), the
// interface strings for their language, and the current screen.
import { api, type Locale, type CityId, type Strings } from "./api";

const SETTINGS_KEY = "witaj.settings";

export type TextSize = "normal" | "large" | "larger";

interface Saved {
  locale: Locale | null;
  city: CityId | null;
  textSize: TextSize;
  highContrast: boolean;
  /** The reader may turn all network use off. */
  network: boolean;
  recent: string[];
}

function load(): Saved {
  const fallback: Saved = { locale: null, city: null, textSize: "normal", highContrast: false, network: true, recent: [] };
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    return raw ? { ...fallback, ...JSON.parse(raw) } : fallback;
  } catch {
    return fallback;
  }
}

export const settings: Saved = $state(load());

export function save(): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

/** Forget everything this device knows about the reader. */
export function wipe(): void {
  localStorage.removeItem(SETTINGS_KEY);
  Object.assign(settings, { locale: null, city: null, textSize: "normal", highContrast: false, network: true, recent: [] });
}

export function remember(id: string): void {
  settings.recent = [id, ...settings.recent.filter((r) => r !== id)].slice(0, 8);
  save();
}

export const ui: { strings: Strings | null } = $state({ strings: null });

/** A message of the interface, as Fluent formatted it in Rust. */
export function t(id: string): string {
  return ui.strings?.messages[id] ?? id;
}

export async function useLocale(locale: Locale): Promise<void> {
  const strings = await api.strings(locale);
  ui.strings = strings;
  document.documentElement.lang = strings.lang;
  document.documentElement.dir = strings.dir;
  document.title = strings.messages["app-name"] ?? "Witaj";
}

export type Route =
  | { screen: "home" }
  | { screen: "service"; id: string }
  | { screen: "clerk"; id: string }
  | { screen: "guides" }
  | { screen: "guide"; id: string }
  | { screen: "settings" };

export function parseRoute(hash: string): Route {
  const [screen, id] = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  switch (screen) {
    case "service":
    case "clerk":
    case "guide":
      return id ? { screen, id } : { screen: "home" };
    case "guides":
    case "settings":
      return { screen };
    default:
      return { screen: "home" };
  }
}

export function go(path: string): void {
  location.hash = `#/${path}`;
}

/** The last outcome of updating the catalog, shown quietly on Home. */
export const updates: { notice: string | null; outdated: boolean } = $state({ notice: null, outdated: false });
