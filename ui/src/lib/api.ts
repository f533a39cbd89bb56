// Typed wrappers over the app's commands. Shapes mirror crates/witaj-view.
import { Channel, invoke } from "@tauri-apps/api/core";

export type Locale = "pl" | "en" | "uk" | "ru" | "be" | "ka" | "ar" | "hi" | "vi" | "tr";
export type CityId = string;
export type CategoryId = string;

export interface LocaleChoice { code: Locale; native_name: string; dir: "ltr" | "rtl" }
export interface CityChoice { id: CityId; name: string }
export interface Bootstrap { locales: LocaleChoice[]; cities: CityChoice[]; system_locale: Locale }
export interface Strings { lang: Locale; dir: "ltr" | "rtl"; messages: Record<string, string> }

export interface Text { text: string; lang: Locale; machine_translated: boolean }
export interface OpenView {
  state: "open" | "closed" | "unknown";
  is_open: boolean;
  until: string | null;
  next_open: string | null;
  label: string;
}
export interface ServiceSummary {
  id: string;
  city: CityId;
  city_name: string;
  category: CategoryId;
  category_name: string;
  name: string;
  name_lang: Locale;
  name_pl: string;
  score: number;
  address: string | null;
  phones: string[];
  languages: string[];
  open: OpenView;
  free: boolean | null;
  status: "active" | "inactive" | "temporarily-closed" | "defunct";
  status_label: string | null;
  last_verified: string;
  stale: boolean;
  machine_translated: boolean;
  machine_translated_label: string | null;
  verification: "drafted" | "confirmed";
  verification_label: string | null;
  appointment: "required" | "recommended" | "not-needed" | null;
  appointment_label: string | null;
  booking_url: string | null;
}
export interface PhoneView { number: string; tel: string; description: Text | null }
export interface LocationView {
  address: string;
  postal_code: string | null;
  city: string;
  latitude: number | null;
  longitude: number | null;
  geo: string | null;
  accessibility: Text | null;
}
export interface DayView { date: string; weekday: string; is_today: boolean; holiday: string | null; spans: string[]; unknown: boolean }
export interface ServiceDetail extends ServiceSummary {
  organization: Text | null;
  organization_website: string | null;
  description: Text | null;
  application_process: Text | null;
  fees: Text | null;
  documents: Text[];
  location: LocationView | null;
  phone_details: PhoneView[];
  website: string | null;
  email: string | null;
  opening_hours: string | null;
  week: DayView[];
  language_names: string[];
  source_url: string;
}
export interface PhoneAction { number: string; tel: string; label: string }
export interface ServiceScreen {
  detail: ServiceDetail;
  polish: ServiceDetail | null;
  last_verified_label: string;
  phone_actions: PhoneAction[];
  qr_svg: string | null;
}
export interface CategoryTile { id: CategoryId; name: string; services: number }
export interface Suggestion { query: string; label: string }
export interface SearchScreen { count: number; count_label: string; results: ServiceSummary[]; guides: GuideListItem[]; suggestion: Suggestion | null }
export interface NoticeView {
  id: string;
  city: CityId | null;
  severity: "urgent" | "important" | "info";
  severity_label: string;
  title: string;
  title_lang: Locale;
  body: string;
  body_lang: Locale;
  link: string | null;
  valid_from: string;
  valid_until: string;
  machine_translated: boolean;
}
export interface GuideListItem { id: string; title: string; summary: string; owner_label: string | null }
export interface StepScreen { number_label: string; title: string; title_lang: Locale; body_html: string; body_lang: Locale; category: CategoryId | null }
export interface Offices { category: CategoryId; heading: string; services: ServiceSummary[]; empty_label: string }
export interface GuideView { id: string; title: Text; summary: Text; checklist: Text[]; source_url: string; last_verified: string }
export interface PolishGuide { guide: GuideView; steps: StepScreen[] }
export interface GuideScreen {
  guide: GuideView;
  steps: StepScreen[];
  polish: PolishGuide | null;
  offices: Offices[];
  last_verified_label: string;
}
export interface UiError { code: string; message: string }

/** A service or guide in the reader's plan (a guide's id is unique within its city). */
export interface ItemRef { kind: "service" | "guide"; city: CityId; id: string }
export interface PlanEntry extends ItemRef {
  note: string;
  done: boolean;
  title: string | null;
  title_pl: string | null;
  open: OpenView | null;
  address: string | null;
  checklist_label: string | null;
  gone_label: string | null;
}
export interface ReportView { id: number; label: string; text: string; passed_on: "email" | "file" | null; passed_on_label: string | null }
export interface PlanScreen { entries: PlanEntry[]; progress_label: string; reports: ReportView[] }
export interface PrintEntry { note: string; done: boolean; service: ServiceScreen | null; guide: GuideScreen | null }
export interface PlanPrintout { title: string; title_pl: string | null; entries: PrintEntry[] }
export type PlanChange = { change: "save" } | { change: "remove" } | { change: "note"; note: string } | { change: "done"; done: boolean };
export type Problem = "closed" | "moved" | "wrong-phone" | "wrong-hours" | "other" | "missing";
export interface ReportForm { city: CityId; problem: Problem; service_id: string | null; query: string | null; text: string }
export interface Saved { path: string; message: string }
export interface CityDataStatus {
  city: CityId;
  city_name: string;
  origin: "feed" | "bundled";
  version: number | null;
  version_label: string | null;
  label: string;
  outdated: boolean;
  can_update: boolean;
}
export interface UpdateResult { status: "applied" | "current"; message: string }

export interface SearchRequest {
  query: string;
  city: CityId;
  category: CategoryId | null;
  spoken: string | null;
  openNow: boolean;
  free: boolean;
}

export const api = {
  bootstrap: (locale?: Locale) => invoke<Bootstrap>("bootstrap", { locale: locale ?? null }),
  strings: (locale: Locale) => invoke<Strings>("strings", { locale }),
  categories: (locale: Locale, city: CityId) => invoke<CategoryTile[]>("categories", { locale, city }),
  search: (locale: Locale, request: SearchRequest) => invoke<SearchScreen>("search", { locale, request }),
  service: (locale: Locale, id: string) => invoke<ServiceScreen>("service", { locale, id }),
  guides: (locale: Locale, city: CityId) => invoke<GuideListItem[]>("guides", { locale, city }),
  notices: (locale: Locale, city: CityId) => invoke<NoticeView[]>("notices", { locale, city }),
  /** The WAV of a service, its clerk card or a guide read aloud. */
  listen: (locale: Locale, what: "service" | "clerk" | "guide", id: string, city: CityId) =>
    invoke<ArrayBuffer>("listen", { locale, what, id, city }),
  guide: (locale: Locale, id: string, city: CityId) => invoke<GuideScreen>("guide", { locale, id, city }),
  dataStatus: (locale: Locale) => invoke<CityDataStatus[]>("data_status", { locale }),
  updateCity: (locale: Locale, city: CityId, onStage: (messageId: string) => void) => {
    const progress = new Channel<string>();
    progress.onmessage = onStage;
    return invoke<UpdateResult>("update_city", { locale, city, progress });
  },
  importFeed: (locale: Locale, folder: string) => invoke<UpdateResult>("import_feed", { locale, folder }),
  plan: (locale: Locale) => invoke<PlanScreen>("plan", { locale }),
  planHas: (locale: Locale, item: ItemRef) => invoke<boolean>("plan_has", { locale, item }),
  planChange: (locale: Locale, item: ItemRef, change: PlanChange) => invoke<void>("plan_change", { locale, item, change }),
  checklist: (locale: Locale, city: CityId, guide: string) => invoke<number[]>("checklist", { locale, city, guide }),
  checklistTick: (locale: Locale, city: CityId, guide: string, item: number, ticked: boolean) =>
    invoke<void>("checklist_tick", { locale, city, guide, item, ticked }),
  planPrintout: (locale: Locale) => invoke<PlanPrintout>("plan_printout", { locale }),
  planSaveContacts: (locale: Locale) => invoke<Saved>("plan_save_contacts", { locale }),
  report: (locale: Locale, form: ReportForm) => invoke<number>("report", { locale, form }),
  reportContact: (city: CityId) => invoke<string | null>("report_contact", { city }),
  /** A mailto: link with the city's waiting reports, for the reader's own mail app. */
  reportsEmail: (locale: Locale, city: CityId) => invoke<string | null>("reports_email", { locale, city }),
  reportsSave: (locale: Locale) => invoke<Saved>("reports_save", { locale }),
  reportDelete: (locale: Locale, id: number) => invoke<void>("report_delete", { locale, id }),
  forgetEverything: (locale: Locale) => invoke<void>("forget_everything", { locale }),
};

export function isUiError(value: unknown): value is UiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}
