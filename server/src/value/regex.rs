//! Regular expressions with PCRE's feature set as MongoDB uses it
//! (look-around, back-references) through `fancy-regex`, and mongod's option
//! letters `i m s x` (plus `u`, always on here).

use crate::error::{Error, ErrorCode, Result};

/// A compiled query regex.
#[derive(Debug, Clone)]
pub struct MongoRegex(fancy_regex::Regex);

impl MongoRegex {
    pub fn new(pattern: &str, options: &str) -> Result<MongoRegex> {
        let mut flags = String::new();
        for c in options.chars() {
            match c {
                'i' | 'm' | 's' | 'x' => {
                    if !flags.contains(c) {
                        flags.push(c);
                    }
                }
                'u' => {}
                _ => {
                    return Err(Error::new(
                        ErrorCode::Location(51108),
                        format!("invalid flag in regex options: {c}"),
                    ))
                }
            }
        }
        let full = if flags.is_empty() {
            pattern.to_string()
        } else {
            format!("(?{flags}){pattern}")
        };
        fancy_regex::Regex::new(&full).map(MongoRegex).map_err(|e| {
            Error::new(
                ErrorCode::Location(51091),
                format!("Regular expression is invalid: {e}"),
            )
        })
    }

    /// Every match in `s`, as `$regexFind` reports them: `{match, idx,
    /// captures}` with `idx` in code points.
    pub fn find_all(&self, s: &str) -> Vec<bson::Document> {
        let mut out = Vec::new();
        for caps in self.0.captures_iter(s).flatten() {
            let Some(m) = caps.get(0) else { continue };
            let idx = s[..m.start()].chars().count() as i32;
            let captures: Vec<bson::Bson> = (1..caps.len())
                .map(|i| {
                    caps.get(i)
                        .map(|c| bson::Bson::String(c.as_str().to_string()))
                        .unwrap_or(bson::Bson::Null)
                })
                .collect();
            out.push(bson::doc! { "match": m.as_str(), "idx": idx, "captures": captures });
        }
        out
    }

    /// Whether the regex matches somewhere in `s`. A match that exceeds the
    /// backtracking limit counts as no match.
    pub fn is_match(&self, s: &str) -> bool {
        self.0.is_match(s).unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcre_features_and_flags() {
        assert!(MongoRegex::new("^(?!system\\.)", "")
            .unwrap()
            .is_match("coll"));
        assert!(!MongoRegex::new("^(?!system\\.)", "")
            .unwrap()
            .is_match("system.views"));
        assert!(MongoRegex::new("^ab", "i").unwrap().is_match("ABc"));
        assert!(MongoRegex::new("^b", "m").unwrap().is_match("a\nb"));
        assert!(MongoRegex::new("(a)\\1", "").unwrap().is_match("xaa"));
        assert!(MongoRegex::new("a", "q").is_err());
        assert!(MongoRegex::new("(", "").is_err());
    }
}
