//! Read aloud, offline. An [`Utterance`] is a list of parts, each in one
//! language: the text in the reader's language, Polish names and addresses
//! in Polish (a Ukrainian voice reading "Urząd Wojewódzki" is not
//! understood by a clerk), and phone numbers and postal codes digit by
//! digit, as people note them down. [`Espeak`] speaks it with espeak-ng,
//! which has voices for all ten locales, into one WAV.
//!
//! On desktop Linux the app and `witaj speak` use this crate; mobile apps
//! hand the same parts to the platform's speech engine (Android
//! `TextToSpeech`, iOS `AVSpeechSynthesizer`), one utterance per part.

use std::io::{Cursor, Write};
use std::process::{Command, Stdio};

use witaj_model::Locale;

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("no speech engine: install espeak-ng (Debian: apt install espeak-ng)")]
    Unavailable,
    #[error("the speech engine failed for {voice}: {detail}")]
    Failed { voice: &'static str, detail: String },
    #[error("the speech engine's audio could not be read: {0}")]
    Audio(String),
}

impl SpeechError {
    pub fn code(&self) -> &'static str {
        match self {
            SpeechError::Unavailable => "speech-unavailable",
            SpeechError::Failed { .. } | SpeechError::Audio(_) => "speech-failed",
        }
    }
}

/// One stretch of speech in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub lang: Locale,
    pub text: String,
}

/// What to say, in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Utterance {
    pub parts: Vec<Part>,
}

impl Utterance {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `text` in `lang`; phone numbers and postal codes in it are
    /// spelled digit by digit. Empty text adds nothing.
    pub fn say(&mut self, lang: Locale, text: &str) -> &mut Self {
        let text = spell_numbers(text.trim());
        if !text.is_empty() {
            self.parts.push(Part { lang, text });
        }
        self
    }
}

/// A run of digits, spaces, hyphens and a leading `+` with at least three
/// digits (a phone number like `+48 12 345 67 89`, `112`, a postal code
/// like `31-547`) is spelled one digit at a time, groups separated by
/// pauses. Four digits alone are a year and stay a number.
pub fn spell_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let starts_number = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        let after_word = i > 0 && (chars[i - 1].is_alphanumeric());
        if !starts_number || after_word {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len()
            && (chars[end].is_ascii_digit()
                || ((chars[end] == ' ' || chars[end] == '-')
                    && chars.get(end + 1).is_some_and(char::is_ascii_digit)))
        {
            end += 1;
        }
        let run: String = chars[i..end].iter().collect();
        let digits = run.chars().filter(char::is_ascii_digit).count();
        let year = digits == 4 && run.chars().all(|c| c.is_ascii_digit());
        let before_word = chars.get(end).is_some_and(|c| c.is_alphanumeric());
        if digits >= 3 && !year && !before_word {
            let groups: Vec<String> = run
                .split([' ', '-'])
                .filter(|g| !g.is_empty())
                .map(|group| {
                    group
                        .chars()
                        .map(|c| c.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            out.push_str(&groups.join(", "));
        } else {
            out.push_str(&run);
        }
        i = end;
    }
    out
}

/// The espeak-ng voice for a locale: espeak-ng names its voices by the same
/// ISO 639-1 codes the app's locales use.
pub fn voice(locale: Locale) -> &'static str {
    locale.code()
}

/// The format and 16-bit samples of a WAV written as a stream: espeak-ng on
/// stdout cannot know the length, so the data chunk runs to the end.
fn read_stream_wav(bytes: &[u8]) -> Result<(hound::WavSpec, Vec<i16>), SpeechError> {
    let bad = |what: &str| SpeechError::Audio(what.to_owned());
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(bad("not a WAV stream"));
    }
    let u16_at = |at: usize| {
        bytes
            .get(at..at + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |at: usize| {
        bytes
            .get(at..at + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut at = 12;
    let mut spec = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let size = u32_at(at + 4).ok_or_else(|| bad("chunk size"))? as usize;
        let body = at + 8;
        if id == b"fmt " {
            let (Some(channels), Some(sample_rate), Some(bits)) =
                (u16_at(body + 2), u32_at(body + 4), u16_at(body + 14))
            else {
                return Err(bad("format chunk"));
            };
            if bits != 16 {
                return Err(bad("not 16-bit audio"));
            }
            spec = Some(hound::WavSpec {
                channels,
                sample_rate,
                bits_per_sample: 16,
                sample_format: hound::SampleFormat::Int,
            });
        } else if id == b"data" {
            let spec = spec.ok_or_else(|| bad("data before format"))?;
            let data = &bytes[body.min(bytes.len())..];
            let samples = data
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect();
            return Ok((spec, samples));
        }
        at = body.saturating_add(size + size % 2);
    }
    Err(bad("no audio data"))
}

/// espeak-ng, run once per part; the parts' audio joined into one WAV.
#[derive(Clone, Debug)]
pub struct Espeak {
    program: String,
    /// Words per minute; a little slower than espeak's default, for
    /// listeners in a language not their own.
    pub words_per_minute: u32,
}

impl Default for Espeak {
    fn default() -> Self {
        Self {
            program: "espeak-ng".to_owned(),
            words_per_minute: 150,
        }
    }
}

impl Espeak {
    /// Another espeak-ng program (a path, or a name looked up on `PATH`).
    pub fn with_program(program: impl Into<String>) -> Self {
        Self {
            program: program.into(),
            ..Self::default()
        }
    }

    /// The utterance as one WAV file's bytes.
    pub fn wav(&self, utterance: &Utterance) -> Result<Vec<u8>, SpeechError> {
        let mut spec = None;
        let mut samples: Vec<i16> = Vec::new();
        for part in &utterance.parts {
            let (part_spec, part_samples) = read_stream_wav(&self.speak_part(part)?)?;
            if *spec.get_or_insert(part_spec) != part_spec {
                return Err(SpeechError::Audio(
                    "the voices speak in different formats".to_owned(),
                ));
            }
            samples.extend(part_samples);
            // A short pause between parts, as a person would make.
            samples.extend(std::iter::repeat_n(0, part_spec.sample_rate as usize / 4));
        }
        let spec = spec.unwrap_or(hound::WavSpec {
            channels: 1,
            sample_rate: 22_050,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        });
        let audio = |e: hound::Error| SpeechError::Audio(e.to_string());
        let mut out = Cursor::new(Vec::new());
        let mut writer = hound::WavWriter::new(&mut out, spec).map_err(audio)?;
        for sample in samples {
            writer.write_sample(sample).map_err(audio)?;
        }
        writer.finalize().map_err(audio)?;
        Ok(out.into_inner())
    }

    fn speak_part(&self, part: &Part) -> Result<Vec<u8>, SpeechError> {
        let voice = voice(part.lang);
        let failed = |detail: String| SpeechError::Failed { voice, detail };
        // The text goes in on stdin, never as an argument: it cannot be
        // taken for an option.
        let mut child = Command::new(&self.program)
            .args([
                "-v",
                voice,
                "-s",
                &self.words_per_minute.to_string(),
                "--stdout",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|error| match error.kind() {
                std::io::ErrorKind::NotFound => SpeechError::Unavailable,
                _ => failed(error.to_string()),
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(part.text.as_bytes())
                .map_err(|e| failed(e.to_string()))?;
        }
        let output = child
            .wait_with_output()
            .map_err(|e| failed(e.to_string()))?;
        if !output.status.success() || output.stdout.len() <= 44 {
            return Err(failed(
                String::from_utf8_lossy(&output.stderr).trim().to_owned(),
            ));
        }
        Ok(output.stdout)
    }
}
