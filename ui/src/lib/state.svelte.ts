// App-wide state: the reader's settings (kept on this device only), the
// interface strings for their language, and the current screen.
import { api, type Locale, type CityId, type Strings } from "./api";

/** Every key this app stores starts with this, so "Forget everything" can find them all. */
const PREFIX = "witaj.";
const SETTINGS_KEY = `${PREFIX}settings`;
/** Keys of other screens' saved state (all under PREFIX). */
export const STORAGE_KEYS = {
  query: `${PREFIX}query`,
  category: `${PREFIX}category`,
  dismissedNotices: `${PREFIX}dismissed-notices`,
} as const;

export type TextSize = "normal" | "large" | "larger";

interface Saved {
  locale: Locale | null;
  city: CityId | null;
  textSize: TextSize;
  highContrast: boolean;
  /** Network use for updates: null until the reader has been asked. */
  network: boolean | null;
  /** "/" jumps to the search field. */
  slashShortcut: boolean;
  recent: string[];
}

const DEFAULTS: Saved = {
  locale: null,
  city: null,
  textSize: "normal",
  highContrast: false,
  network: null,
  slashShortcut: true,
  recent: [],
};

/** The saved settings, each field checked: a damaged value falls back to its default. */
function load(): Saved {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}");
    if (parsed && typeof parsed === "object") raw = parsed as Record<string, unknown>;
  } catch {
    // A damaged value: start from the defaults.
  }
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return {
    locale: text(raw.locale) as Locale | null,
    city: text(raw.city) as CityId | null,
    textSize: raw.textSize === "large" || raw.textSize === "larger" ? raw.textSize : "normal",
    highContrast: raw.highContrast === true,
    network: typeof raw.network === "boolean" ? raw.network : null,
    slashShortcut: raw.slashShortcut !== false,
    recent: Array.isArray(raw.recent) ? raw.recent.filter((r): r is string => typeof r === "string").slice(0, 8) : [],
  };
}

/** A JSON value another screen saved, or `fallback` when absent or damaged. */
export function loadJson<T>(key: string, fallback: T, storage: Storage = localStorage): T {
  try {
    const raw = storage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export const settings: Saved = $state(load());

export function save(): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

/** Forget everything this device knows about the reader: every key this
 * app stored, in both storages. Network use stays off until turned on again. */
export async function wipe(): Promise<void> {
  // The plan, checklist ticks and reports live in the app's user database.
  await api.forgetEverything(settings.locale ?? "en");
  for (const storage of [localStorage, sessionStorage]) {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key !== null && key.startsWith(PREFIX),
    );
    for (const key of keys) storage.removeItem(key);
  }
  Object.assign(settings, { ...DEFAULTS, network: false });
  save();
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
  | { screen: "plan" }
  | { screen: "settings" };

export function parseRoute(hash: string): Route {
  const [screen, id] = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  switch (screen) {
    case "service":
    case "clerk":
    case "guide":
      return id ? { screen, id } : { screen: "home" };
    case "guides":
    case "plan":
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
