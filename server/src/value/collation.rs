//! Collations: locale-aware string comparison for queries, sorts, indexes and
//! aggregation. Commands parse their `collation` option (or inherit the
//! collection's default) into a [`Collation`]; the filter, sort, `$group`,
//! expression comparisons and index key encoding then compare strings through
//! it instead of byte order. `None` everywhere means mongod's "simple"
//! collation (binary comparison).
//!
//! Comparison goes through ICU4X (the same Unicode collation algorithm and
//! CLDR data mongod gets from ICU). Strings compare by their ICU sort keys,
//! which is also what mongod stores in collated index keys.

use crate::error::{Error, ErrorCode, Result};
use crate::value::type_name;
use bson::{doc, Bson, Document};
use icu_collator::options::{AlternateHandling, CaseLevel, CollatorOptions, MaxVariable, Strength};
use icu_collator::preferences::{CollationCaseFirst, CollationNumericOrdering};
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;
use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

/// The ICU version mongod reports in a resolved collation spec.
const ICU_VERSION: &str = "57.1";

/// A non-simple collation: the resolved spec (as listCollections and
/// listIndexes show it) and the ICU collator that implements it.
pub struct Collation {
    spec: Document,
    collator: CollatorBorrowed<'static>,
}

/// A command's effective collation; `None` is the simple collation.
pub type Coll = Option<Arc<Collation>>;

impl fmt::Debug for Collation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Collation({})", self.spec)
    }
}

impl PartialEq for Collation {
    fn eq(&self, other: &Self) -> bool {
        self.spec == other.spec
    }
}

/// Two effective collations are the same (simple equals simple).
pub fn same(a: &Coll, b: &Coll) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// The resolved spec of an effective collation, `{locale: "simple"}` for
/// the simple one (what explain and `$collStats` report).
pub fn spec_of(c: &Coll) -> Document {
    match c {
        Some(c) => c.spec.clone(),
        None => doc! {"locale": "simple"},
    }
}

impl Collation {
    /// Parses a `collation` option. `{locale: "simple"}` gives `None`.
    pub fn parse(value: &Bson) -> Result<Coll> {
        let spec = match value {
            Bson::Document(d) => d,
            other => {
                return Err(Error::type_mismatch(format!(
                    "collation must be of type object but was of type {}",
                    type_name(other)
                )))
            }
        };
        if spec.is_empty() {
            return Ok(None);
        }
        let mut opts = Options::default();
        let mut locale = None;
        for (k, v) in spec {
            match k.as_str() {
                "locale" => locale = Some(str_field(k, v)?.to_string()),
                "caseLevel" => opts.case_level = bool_field(k, v)?,
                "caseFirst" => {
                    opts.case_first = enum_field(k, v, &["upper", "lower", "off"])?;
                }
                "strength" => {
                    let n = int_field(k, v)?;
                    if !(1..=5).contains(&n) {
                        return Err(Error::bad_value(format!(
                            "Field 'strength' must be an integer 1 through 5. Got: {n}"
                        )));
                    }
                    opts.strength = n as i32;
                }
                "numericOrdering" => opts.numeric = bool_field(k, v)?,
                "alternate" => {
                    opts.alternate = enum_field(k, v, &["non-ignorable", "shifted"])?;
                }
                "maxVariable" => opts.max_variable = enum_field(k, v, &["punct", "space"])?,
                "normalization" => opts.normalization = bool_field(k, v)?,
                "backwards" => opts.backwards = Some(bool_field(k, v)?),
                "version" => {
                    let ver = str_field(k, v)?;
                    if ver != ICU_VERSION {
                        return Err(Error::new(
                            ErrorCode::IncompatibleCollationVersion,
                            format!(
                                "Requested collation version {ver} but the only available \
                                 collator version was {ICU_VERSION}. Requested collation spec: {spec}"
                            ),
                        ));
                    }
                }
                _ => {
                    return Err(Error::new(
                        ErrorCode::IDLUnknownField,
                        format!("BSON field 'collation.{k}' is an unknown field."),
                    ))
                }
            }
        }
        let Some(locale) = locale else {
            return Err(Error::new(
                ErrorCode::IDLFailedToParse,
                "BSON field 'collation.locale' is missing but a required field",
            ));
        };
        if locale == "simple" {
            if spec.len() > 1 {
                return Err(Error::failed_to_parse(format!(
                    "If locale=simple, no other fields should be present in: {spec}"
                )));
            }
            return Ok(None);
        }
        let Some(icu_locale) = icu_locale(&locale) else {
            return Err(Error::bad_value(format!(
                "Field 'locale' is not a valid ICU locale in: {spec}"
            )));
        };
        Collation::build(&locale, &icu_locale, opts).map(|c| Some(Arc::new(c)))
    }

    fn build(name: &str, locale: &Locale, o: Options) -> Result<Collation> {
        let mut prefs = CollatorPreferences::from(locale);
        prefs.case_first = Some(match o.case_first.as_str() {
            "upper" => CollationCaseFirst::Upper,
            "lower" => CollationCaseFirst::Lower,
            _ => CollationCaseFirst::False,
        });
        prefs.numeric_ordering = Some(if o.numeric {
            CollationNumericOrdering::True
        } else {
            CollationNumericOrdering::False
        });
        let mut options = CollatorOptions::default();
        options.strength = Some(match o.strength {
            1 => Strength::Primary,
            2 => Strength::Secondary,
            3 => Strength::Tertiary,
            4 => Strength::Quaternary,
            _ => Strength::Identical,
        });
        options.case_level = Some(if o.case_level {
            CaseLevel::On
        } else {
            CaseLevel::Off
        });
        options.alternate_handling = Some(if o.alternate == "shifted" {
            AlternateHandling::Shifted
        } else {
            AlternateHandling::NonIgnorable
        });
        options.max_variable = Some(if o.max_variable == "space" {
            MaxVariable::Space
        } else {
            MaxVariable::Punctuation
        });
        let collator = CollatorBorrowed::try_new(prefs, options).map_err(|e| {
            Error::new(
                ErrorCode::OperationFailed,
                format!("Failed to create collator for locale {name}: {e}"),
            )
        })?;
        // French (Canada) compares accents from the end of the string;
        // mongod reports that as the locale's `backwards` default.
        let backwards = o.backwards.unwrap_or(name.starts_with("fr_CA"));
        let spec = doc! {
            "locale": name,
            "caseLevel": o.case_level,
            "caseFirst": o.case_first,
            "strength": o.strength,
            "numericOrdering": o.numeric,
            "alternate": o.alternate,
            "maxVariable": o.max_variable,
            "normalization": o.normalization,
            "backwards": backwards,
            "version": ICU_VERSION,
        };
        Ok(Collation { spec, collator })
    }

    /// The resolved spec, with every field filled in.
    pub fn spec(&self) -> &Document {
        &self.spec
    }

    /// Compares two strings under this collation.
    pub fn compare_str(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }

    /// The ICU sort key of a string: byte order of keys is collation order,
    /// so collated index keys and `$group` keys use it.
    pub fn sort_key(&self, s: &str) -> Vec<u8> {
        let mut key = Vec::new();
        let Ok(()) = self.collator.write_sort_key_to(s, &mut key);
        key
    }
}

/// The options of a collation spec, with mongod's defaults.
struct Options {
    case_level: bool,
    case_first: String,
    strength: i32,
    numeric: bool,
    alternate: String,
    max_variable: String,
    normalization: bool,
    backwards: Option<bool>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            case_level: false,
            case_first: "off".into(),
            strength: 3,
            numeric: false,
            alternate: "non-ignorable".into(),
            max_variable: "punct".into(),
            normalization: false,
            backwards: None,
        }
    }
}

fn wrong_type(field: &str, v: &Bson, expected: &str) -> Error {
    Error::type_mismatch(format!(
        "BSON field 'collation.{field}' is the wrong type '{}', expected type '{expected}'",
        type_name(v)
    ))
}

fn str_field<'a>(field: &str, v: &'a Bson) -> Result<&'a str> {
    match v {
        Bson::String(s) => Ok(s),
        _ => Err(wrong_type(field, v, "string")),
    }
}

fn bool_field(field: &str, v: &Bson) -> Result<bool> {
    match v {
        Bson::Boolean(b) => Ok(*b),
        _ => Err(wrong_type(field, v, "bool")),
    }
}

fn int_field(field: &str, v: &Bson) -> Result<i64> {
    match v {
        Bson::Int32(i) => Ok(*i as i64),
        Bson::Int64(i) => Ok(*i),
        Bson::Double(d) if d.fract() == 0.0 => Ok(*d as i64),
        _ => Err(wrong_type(field, v, "int")),
    }
}

fn enum_field(field: &str, v: &Bson, allowed: &[&str]) -> Result<String> {
    let s = str_field(field, v)?;
    if allowed.contains(&s) {
        Ok(s.to_string())
    } else {
        Err(Error::bad_value(format!(
            "Enumeration value '{s}' for field 'collation.{field}' is not a valid value."
        )))
    }
}

/// The languages mongod's collation supports (its documented locale table);
/// ICU falls back to the root collation for anything else, which mongod
/// refuses, so unknown languages are rejected here too.
const LANGUAGES: &[&str] = &[
    "af", "am", "ar", "as", "az", "be", "bg", "bn", "bo", "bs", "ca", "chr", "cs", "cy", "da",
    "de", "dsb", "dz", "ee", "el", "en", "eo", "es", "et", "fa", "fi", "fil", "fo", "fr", "ga",
    "gl", "gu", "ha", "haw", "he", "hi", "hr", "hsb", "hu", "hy", "id", "ig", "is", "it", "ja",
    "ka", "kk", "kl", "km", "kn", "ko", "kok", "ky", "lb", "lkt", "ln", "lo", "lt", "lv", "mk",
    "ml", "mn", "mr", "ms", "mt", "my", "nb", "ne", "nl", "nn", "om", "or", "pa", "pl", "ps", "pt",
    "ro", "ru", "se", "si", "sk", "sl", "smn", "sq", "sr", "sv", "sw", "ta", "te", "th", "to",
    "tr", "ug", "uk", "ur", "vi", "wae", "yi", "yo", "zh", "zu", "root",
];

/// Converts an ICU locale id (`en_US`, `de@collation=phonebook`,
/// `en_US_POSIX`) to a BCP-47 locale, or `None` when mongod would refuse it.
fn icu_locale(id: &str) -> Option<Locale> {
    let (base, keywords) = match id.split_once('@') {
        Some((b, k)) => (b, Some(k)),
        None => (id, None),
    };
    let mut parts: Vec<&str> = base.split('_').collect();
    if !LANGUAGES.contains(&parts[0]) {
        return None;
    }
    let mut extension = String::new();
    if parts.last() == Some(&"POSIX") {
        parts.pop();
        extension.push_str("-u-va-posix");
    }
    if let Some(kw) = keywords {
        let variant = kw.strip_prefix("collation=")?;
        if variant.is_empty() || !variant.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let variant = if variant == "phonebook" {
            "phonebk"
        } else {
            variant
        };
        if extension.is_empty() {
            extension.push_str("-u");
        }
        extension.push_str("-co-");
        extension.push_str(variant);
    }
    let tag = format!("{}{extension}", parts.join("-"));
    Locale::try_from_str(&tag).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coll(spec: Document) -> Arc<Collation> {
        Collation::parse(&Bson::Document(spec)).unwrap().unwrap()
    }

    #[test]
    fn strengths() {
        let c1 = coll(doc! {"locale": "en", "strength": 1});
        assert_eq!(c1.compare_str("cafe", "Café"), Ordering::Equal);
        let c2 = coll(doc! {"locale": "en", "strength": 2});
        assert_eq!(c2.compare_str("cafe", "CAFE"), Ordering::Equal);
        assert_ne!(c2.compare_str("cafe", "café"), Ordering::Equal);
        let c3 = coll(doc! {"locale": "en"});
        assert_eq!(c3.compare_str("a", "A"), Ordering::Less);
        assert_eq!(c3.compare_str("B", "a"), Ordering::Greater);
    }

    #[test]
    fn options() {
        let up = coll(doc! {"locale": "en", "caseFirst": "upper"});
        assert_eq!(up.compare_str("A", "a"), Ordering::Less);
        let num = coll(doc! {"locale": "en", "numericOrdering": true});
        assert_eq!(num.compare_str("10", "9"), Ordering::Greater);
        let plain = coll(doc! {"locale": "en"});
        assert_eq!(plain.compare_str("10", "9"), Ordering::Less);
        let shifted = coll(doc! {"locale": "en", "alternate": "shifted", "strength": 3});
        assert_eq!(shifted.compare_str("a-b", "ab"), Ordering::Equal);
        let ci = coll(doc! {"locale": "en", "strength": 1, "caseLevel": true});
        assert_ne!(ci.compare_str("a", "A"), Ordering::Equal);
        assert_eq!(ci.compare_str("a", "á"), Ordering::Equal);
    }

    #[test]
    fn sort_keys_follow_comparison() {
        let c = coll(doc! {"locale": "fr", "strength": 2});
        assert_eq!(c.sort_key("Pêche"), c.sort_key("pêche"));
        assert!(c.sort_key("peach") < c.sort_key("pêche"));
    }

    #[test]
    fn resolved_spec() {
        let c = coll(doc! {"locale": "fr_CA"});
        assert!(c.spec().get_bool("backwards").unwrap());
        assert_eq!(c.spec().get_str("version").unwrap(), "57.1");
        assert_eq!(c.spec().keys().count(), 10);
        let en = coll(doc! {"locale": "en_US"});
        assert!(!en.spec().get_bool("backwards").unwrap());
        assert_eq!(en.spec().get_i32("strength").unwrap(), 3);
    }

    #[test]
    fn parse_errors() {
        let err = |spec: Document| Collation::parse(&Bson::Document(spec)).unwrap_err().code;
        assert!(Collation::parse(&Bson::Document(doc! {"locale": "simple"}))
            .unwrap()
            .is_none());
        assert_eq!(
            err(doc! {"locale": "simple", "strength": 1}),
            ErrorCode::FailedToParse
        );
        assert_eq!(err(doc! {"strength": 1}), ErrorCode::IDLFailedToParse);
        assert_eq!(
            err(doc! {"locale": "en", "foo": 1}),
            ErrorCode::IDLUnknownField
        );
        assert_eq!(err(doc! {"locale": "xx"}), ErrorCode::BadValue);
        assert_eq!(err(doc! {"locale": 1}), ErrorCode::TypeMismatch);
        assert_eq!(
            err(doc! {"locale": "en", "strength": 6}),
            ErrorCode::BadValue
        );
        assert_eq!(
            err(doc! {"locale": "en", "caseFirst": "x"}),
            ErrorCode::BadValue
        );
        assert_eq!(
            err(doc! {"locale": "en", "version": "1"}),
            ErrorCode::IncompatibleCollationVersion
        );
        assert!(Collation::parse(&Bson::Int32(1)).is_err());
    }

    #[test]
    fn locale_ids() {
        assert!(icu_locale("de@collation=phonebook").is_some());
        assert!(icu_locale("zh@collation=pinyin").is_some());
        assert!(icu_locale("en_US_POSIX").is_some());
        assert!(icu_locale("bs_Cyrl").is_some());
        assert!(icu_locale("en@foo=bar").is_none());
        assert!(icu_locale("klingon").is_none());
    }
}
