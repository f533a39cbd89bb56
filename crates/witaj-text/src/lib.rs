//! The one normalisation Witaj uses to index and to query text.
//!
//! A word becomes a *key*: lowercase, without diacritics (including `ł`,
//! which Unicode does not decompose), Cyrillic written in Polish-style Latin,
//! and spelling variants merged (`sz`/`sh`/`š`, `cz`/`č`, `ch`/`kh`/`h`,
//! `ż`/`zh`/`rz`, `w`/`v`, `j`/`y`/`i`, doubled letters), so that Polish,
//! Ukrainian, Russian, passport and English spellings of a name meet.
//! Arabic loses its short-vowel marks and its letter variants are unified.
//! Other scripts (Georgian, Devanagari) are only lowercased.
//!
//! Keys are for matching only; the app always displays the original text.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The search keys of every word in `text`, in order.
pub fn keys(text: &str) -> impl Iterator<Item = String> + '_ {
    words(text).map(key).filter(|key| !key.is_empty())
}

/// The words of `text`: runs of letters, digits and combining marks, with
/// apostrophes inside a word kept (Ukrainian `ім'я`).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|word| word.chars().any(|c| c.is_alphanumeric()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || is_apostrophe(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`')
}

/// A key for ordering names alphabetically: lowercase, diacritics folded,
/// Cyrillic romanised, but spellings not merged (so "wy" stays after "wo").
pub fn sort_key(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut folded);
    }
    folded
}

/// The search key of one word.
pub fn key(word: &str) -> String {
    let mut folded = String::with_capacity(word.len() + 4);
    for c in word.chars().flat_map(char::to_lowercase) {
        fold_char(c, &mut folded);
    }
    merge_spelling_variants(&folded)
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        if !is_apostrophe(c) {
            out.push(c);
        }
        return;
    }
    if let Some(latin) = cyrillic_to_latin(c) {
        out.push_str(latin);
        return;
    }
    if let Some(arabic) = fold_arabic(c) {
        if let Some(arabic) = arabic {
            out.push(arabic);
        }
        return;
    }
    match c {
        'ł' => out.push('l'),
        'ß' => out.push_str("ss"),
        'ø' => out.push('o'),
        'đ' => out.push('d'),
        'æ' => out.push_str("ae"),
        'œ' => out.push_str("oe"),
        'ı' => out.push('i'),
        _ if is_apostrophe(c) => {}
        _ => out.extend(c.nfd().filter(|&d| !('\u{0300}'..='\u{036f}').contains(&d))),
    }
}

/// Polish-style romanisation, the spelling Polish signs and documents use
/// for Ukrainian, Russian and Belarusian names.
fn cyrillic_to_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "w",
        'г' => "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'є' => "je",
        'ё' => "jo",
        'ж' => "ż",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'ї' => "ji",
        'й' => "j",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "ch",
        'ц' => "c",
        'ч' => "cz",
        'ш' => "sz",
        'щ' => "szcz",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "ju",
        'я' => "ja",
        _ => return None,
    })
}

/// `Some(None)` drops the character (short vowels, tatweel); `Some(Some(c))`
/// replaces it; `None` means it is not Arabic.
fn fold_arabic(c: char) -> Option<Option<char>> {
    Some(match c {
        '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' | 'ئ' => Some('ي'),
        'ة' => Some('ه'),
        'ؤ' => Some('و'),
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10),
        _ => return None,
    })
}

/// Collapses the spellings of one sound into one letter and doubled letters
/// into one, working on the ASCII letters a fold produced.
fn merge_spelling_variants(folded: &str) -> String {
    const RULES: [(&str, &str); 17] = [
        ("szcz", "sc"),
        ("shch", "sc"),
        ("sz", "s"),
        ("sh", "s"),
        ("cz", "c"),
        ("ch", "h"),
        ("kh", "h"),
        ("zh", "z"),
        ("rz", "z"),
        ("ż", "z"),
        ("ts", "c"),
        ("w", "v"),
        ("y", "i"),
        ("j", "i"),
        ("x", "ks"),
        ("q", "k"),
        ("ph", "f"),
    ];
    let mut merged = String::with_capacity(folded.len());
    let mut rest = folded;
    while let Some(c) = rest.chars().next() {
        let (replacement, consumed) = RULES
            .iter()
            .find(|(from, _)| rest.starts_with(from))
            .map_or_else(
                || (None, c.len_utf8()),
                |(from, to)| (Some(*to), from.len()),
            );
        match replacement {
            Some(to) => push_collapsing(&mut merged, to),
            None => push_collapsing(&mut merged, &rest[..consumed]),
        }
        rest = &rest[consumed..];
    }
    merged
}

fn push_collapsing(out: &mut String, piece: &str) {
    for c in piece.chars() {
        if c.is_ascii_alphabetic() && out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let actual: Vec<String> = keys(input).collect();
        assert_eq!(actual.join(" "), expected, "{input}");
    }

    #[test]
    fn polish_letters_fold_including_l_stroke() {
        check("Łódź", "lodz");
        check("lodz", "lodz");
        check("Urząd Wojewódzki", "uzad voievodzki");
        check("urzad wojewodzki", "uzad voievodzki");
        check("ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "zazolc gesla iazn");
        check("Gdańsk", "gdansk");
    }

    #[test]
    fn cyrillic_meets_polish_and_passport_spellings() {
        check("Варшава", "varsava");
        check("Warszawa", "varsava");
        check("Warshava", "varsava");
        check("Щецин", "scecin");
        check("Szczecin", "scecin");
        check("Shchetsyn", "scecin");
        check("Харків", "harkiv");
        check("Kharkiv", "harkiv");
        check("Charków", "harkov");
        check("Житомир", "zitomir");
        check("Zhytomyr", "zitomir");
        check("Żytomierz", "zitomiez");
        check("Юлія", "iulia");
        check("Yuliia", "iulia");
        check("Julia", "iulia");
        check("ПЕСЕЛЬ", "pesel");
        check("Білосток", "bilostok");
        check("ім'я", "imia");
    }

    #[test]
    fn arabic_loses_marks_and_variants() {
        check("مَكْتَب", "مكتب");
        check("أحمد إسلام", "احمد اسلام");
        check("مدرسة", "مدرسه");
        check("١١٢", "112");
    }

    #[test]
    fn other_scripts_are_kept() {
        check("ექიმი", "ექიმი");
        check("डॉक्टर", "डॉक्टर");
        check("Bác sĩ", "bac si");
        check("İŞ KUR", "is kur");
    }

    #[test]
    fn punctuation_splits_and_numbers_stay() {
        check(
            "ul. Przy Rondzie 6, 31-547 Kraków",
            "ul pzi rondzie 6 31 547 krakov",
        );
        check("e-mail: info@um.warszawa.pl", "e mail info um varsava pl");
        check("  ", "");
    }
}
