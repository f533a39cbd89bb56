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
export interface SearchScreen { count: number; count_label: string; results: ServiceSummary[]; guides: GuideListItem[] }
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
};

export function isUiError(value: unknown): value is UiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}
