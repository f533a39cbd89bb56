//! Numbers are read as people note them down, each part in its own voice,
//! and espeak-ng speaks every one of the ten locales.

use witaj_model::Locale;
use witaj_speech::{Espeak, Utterance, spell_numbers};

#[test]
fn phone_numbers_and_postal_codes_are_spelled_digit_by_digit() {
    let check = |text: &str, expected: &str| assert_eq!(spell_numbers(text), expected, "{text}");
    check("+48 12 345 67 89", "+ 4 8, 1 2, 3 4 5, 6 7, 8 9");
    check("Zadzwoń: 112", "Zadzwoń: 1 1 2");
    check("116 123", "1 1 6, 1 2 3");
    check(
        "ul. Przy Rondzie 6, 31-547 Kraków",
        "ul. Przy Rondzie 6, 3 1, 5 4 7 Kraków",
    );
    check("od 27 kwietnia 2026 r.", "od 27 kwietnia 2026 r.");
    check("pn. 8:00–16:00", "pn. 8:00–16:00");
    check("PESEL", "PESEL");
}

#[test]
fn each_part_keeps_its_language() {
    let mut utterance = Utterance::new();
    utterance
        .say(Locale::Uk, "Відділ у справах іноземців")
        .say(Locale::Pl, "Wydział Spraw Cudzoziemców")
        .say(Locale::Uk, "  ");
    let langs: Vec<Locale> = utterance.parts.iter().map(|p| p.lang).collect();
    assert_eq!(langs, [Locale::Uk, Locale::Pl], "empty text adds nothing");
}

#[test]
fn every_locale_is_spoken_into_a_wav() {
    let engine = Espeak::default();
    for locale in Locale::ALL {
        let mut utterance = Utterance::new();
        utterance.say(locale, "Witaj 112").say(Locale::Pl, "Urząd");
        let wav = engine
            .wav(&utterance)
            .expect("espeak-ng speaks (apt install espeak-ng)");
        let reader = hound::WavReader::new(std::io::Cursor::new(&wav)).expect("a WAV");
        let seconds = reader.duration() as f64 / f64::from(reader.spec().sample_rate);
        assert!(seconds > 0.5, "{locale}: {seconds} s of speech");
    }
}

#[test]
fn a_missing_engine_is_a_clear_error() {
    let engine = Espeak::with_program("/nonexistent/espeak-ng");
    let mut utterance = Utterance::new();
    utterance.say(Locale::Pl, "test");
    assert_eq!(
        engine.wav(&utterance).expect_err("no engine").code(),
        "speech-unavailable"
    );
}
