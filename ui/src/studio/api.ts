// Typed wrappers over Studio's commands. Shapes mirror crates/witaj-studio.
import { invoke } from "@tauri-apps/api/core";
import type { Locale, ServiceScreen, DayView } from "../lib/api";

export type StudioLocale = "pl" | "en";
export type Kind = "service" | "guide" | "notice";
export type Severity = "error" | "warning";
export type FormValue = boolean | string[] | string;

export interface Strings { lang: Locale; dir: "ltr" | "rtl"; messages: Record<string, string> }
export interface Choices {
  categories: string[];
  statuses: string[];
  verifications: string[];
  appointments: string[];
  spoken_languages: string[];
  locales: Locale[];
}
export interface Start { locale: StudioLocale; folder: string | null; choices: Choices }
export interface Problem { file: string; line: number; field: string; message: string; severity: Severity }
export interface Row {
  file: string;
  kind: Kind;
  id: string | null;
  name: string | null;
  category: string | null;
  status: string | null;
  verification: string | null;
  last_verified: string | null;
  translated: Locale[] | null;
  machine_translated: string[];
  errors: number;
  warnings: number;
  unsaved: boolean;
}
export interface Coverage { locale: Locale; translated: number; machine_translated: number; percent: number }
export interface Overview { root: string; city: string; rows: Row[]; coverage: Coverage[]; problems: Problem[]; unsaved: number }
export interface Form {
  file: string;
  kind: Kind;
  values: Record<string, FormValue>;
  phones: number;
  documents: number;
  problems: Problem[];
  unsaved: boolean;
}
export interface HoursPreview { week: DayView[]; problem: { message: string; hints: string[]; detail: string } | null }
export interface Preview { screen: ServiceScreen; strings: Strings }
export interface Change { id: string; name: string; fields: string[] }
export interface Changes { previous_version: number | null; added: Change[]; removed: Change[]; changed: Change[]; unchanged: number }
export interface BuildReport { city: string; version: number; issued: string; expires: string; services: number; guides: number; manifest: string }
export interface Imported { written: string[]; problems: Problem[] }
export interface ReportRow {
  created_at: string;
  problem: "closed" | "moved" | "wrong-phone" | "wrong-hours" | "other" | "missing";
  service_id: string | null;
  service_name: string | null;
  query: string | null;
  text: string;
  locale: Locale;
  file: string | null;
  name: string | null;
  other_city: boolean;
}
export interface Failure { code: string; message: string; detail: string }

export function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

export const studio = {
  start: () => invoke<Start>("studio_start"),
  strings: (locale: Locale) => invoke<Strings>("studio_strings", { locale }),
  open: (locale: StudioLocale, folder: string) => invoke<Overview>("studio_open", { locale, folder }),
  overview: (locale: StudioLocale) => invoke<Overview>("studio_overview", { locale }),
  form: (locale: StudioLocale, file: string) => invoke<Form>("studio_form", { locale, file }),
  /** `null` (or empty text) removes the field. */
  set: (locale: StudioLocale, file: string, field: string, value: FormValue | null) =>
    invoke<Form>("studio_set", { locale, file, field, value }),
  addItem: (locale: StudioLocale, file: string, list: "phones" | "documents") =>
    invoke<Form>("studio_add_item", { locale, file, list }),
  removeItem: (locale: StudioLocale, file: string, list: "phones" | "documents", index: number) =>
    invoke<Form>("studio_remove_item", { locale, file, list, index }),
  markReviewed: (locale: StudioLocale, file: string, reviewed: Locale) =>
    invoke<Form>("studio_mark_reviewed", { locale, file, reviewed }),
  save: (locale: StudioLocale) => invoke<string[]>("studio_save", { locale }),
  hours: (locale: StudioLocale, expression: string) => invoke<HoursPreview>("studio_hours", { locale, expression }),
  preview: (locale: StudioLocale, file: string, reader: Locale) => invoke<Preview>("studio_preview", { locale, file, reader }),
  changes: (locale: StudioLocale, out: string) => invoke<Changes>("studio_changes", { locale, out }),
  publish: (locale: StudioLocale, key: string, password: string, out: string, expiresInDays: number) =>
    invoke<BuildReport>("studio_publish", { locale, key, password, out, expiresInDays }),
  exportHsds: (locale: StudioLocale, out: string, format: "json" | "tabular", reader: Locale) =>
    invoke<number>("studio_export_hsds", { locale, out, format, reader }),
  importHsds: (locale: StudioLocale, input: string, reader: Locale) =>
    invoke<Imported>("studio_import_hsds", { locale, input, reader }),
  reports: (locale: StudioLocale, path: string) => invoke<ReportRow[]>("studio_reports", { locale, path }),
};
