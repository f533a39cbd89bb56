//! The one shape errors take when they reach a person: a stable code for
//! programs and a message in the reader's language.

use serde::Serialize;
use witaj_i18n::Localizer;
use witaj_model::Locale;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UiError {
    /// Stable: `catalog-open`, `catalog-missing`, `catalog-database`,
    /// `catalog-corrupt`, `not-found`, `invalid-request`, …
    pub code: String,
    /// Localized through Fluent (`error-<code>`), falling back to a generic message.
    pub message: String,
}

impl UiError {
    pub fn new(code: &str, l10n: &Localizer, locale: Locale) -> Self {
        let id = format!("error-{code}");
        let message = l10n.message(locale, &id, None);
        let message = if message.text == id {
            l10n.format(locale, "error-generic", None)
        } else {
            message.text
        };
        Self {
            code: code.to_owned(),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_code_and_localized_message() {
        let l10n = Localizer::bundled().expect("shipped translations parse");
        let error = UiError::new("not-found", &l10n, Locale::Pl);
        let json = serde_json::to_value(&error).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"code": "not-found", "message": "Tego wpisu nie ma już w katalogu."})
        );
        let unknown = UiError::new("no-such-code", &l10n, Locale::En);
        assert_eq!(
            unknown.message,
            "Something went wrong. The saved catalog is still available."
        );
    }
}
