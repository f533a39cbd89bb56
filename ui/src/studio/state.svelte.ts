// Studio's state: its language (Polish or English), the strings Fluent
// formatted in Rust for it, the open folder and the current screen.
import { studio, isFailure, type Choices, type Overview, type StudioLocale, type Strings, type Failure } from "./api";

export type View =
  | { screen: "open" }
  | { screen: "table" }
  | { screen: "edit"; file: string }
  | { screen: "publish" }
  | { screen: "hsds" }
  | { screen: "reports" };

export const session: {
  locale: StudioLocale;
  strings: Strings | null;
  overview: Overview | null;
  view: View;
  error: Failure | null;
  notice: string | null;
  choices: Choices | null;
} = $state({ locale: "en", strings: null, overview: null, view: { screen: "open" }, error: null, notice: null, choices: null });

/** A message of Studio's interface, as Fluent formatted it in Rust. */
export function t(id: string): string {
  return session.strings?.messages[id] ?? id;
}

export async function useLocale(locale: StudioLocale): Promise<void> {
  session.locale = locale;
  session.strings = await studio.strings(locale);
  document.documentElement.lang = locale;
  document.title = t("studio-title");
}

/** Runs a command; its failure is shown in the page's alert instead of thrown. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    const result = await work();
    session.error = null;
    return result;
  } catch (error: unknown) {
    session.error = isFailure(error)
      ? error
      : { code: "generic", message: t("error-generic"), detail: String(error) };
    return null;
  }
}

export async function refresh(): Promise<void> {
  const overview = await attempt(() => studio.overview(session.locale));
  if (overview) session.overview = overview;
}

/** Value labels: the category's, language's and the pickers' own names. */
export const label = {
  category: (id: string) => t(`category-${id}`),
  language: (code: string) => t(`language-${code}`),
  status: (id: string) => t(`studio-status-${id}`),
  verification: (id: string) => t(`studio-verification-${id}`),
};
