//! The bottom of `$setWindowFields`: the view of one sorted partition the
//! window functions and bounds work on ([`Ctx`]), and the small helpers
//! they share with the stage and with `$densify` (time units, date
//! arithmetic, numeric addition with mongod's result types, field paths,
//! mongod's type names and error constructors). Nothing here imports the
//! rest of the window code.

use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, field_path, Scope, Vars};
use crate::query::sort::SortSpec;
use crate::value::{as_f64, type_name};
use bson::{doc, Bson, Decimal128, Document};

/// One sorted partition, as the window functions see it.
pub(crate) struct Ctx<'a> {
    pub docs: &'a [Document],
    /// Each document's sortBy key (for the ordinal functions).
    pub keys: &'a [Vec<Bson>],
    pub sort: Option<&'a SortSpec>,
    /// Each document's value of the (single) sortBy field, for range
    /// windows and the functions that read the sortBy field.
    pub sort_vals: &'a [Option<Bson>],
    pub vars: &'a Vars,
}

impl Ctx<'_> {
    /// Evaluates `e` against the partition's document `j`.
    pub(super) fn eval(&self, e: &Bson, j: usize) -> Result<Option<Bson>> {
        eval(
            e,
            &Scope {
                root: &self.docs[j],
                vars: self.vars,
            },
        )
    }

    /// The sortBy value of document `j`, if it has one.
    pub(super) fn sort_val(&self, j: usize) -> Option<&Bson> {
        self.sort_vals.get(j).and_then(|v| v.as_ref())
    }
}

/// Whether the sortBy has exactly one field, as the functions that read
/// the sortBy value need.
pub(super) fn single_sort(sort: Option<&SortSpec>) -> bool {
    sort.is_some_and(|s| s.fields.len() == 1)
}

/// mongod's FailedToParse, the code of most window function spec errors.
pub(super) fn fail(m: impl Into<String>) -> Error {
    Error::failed_to_parse(m)
}

/// An error with one of mongod's numbered assertion codes.
pub(super) fn located(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// Null, undefined or missing.
pub(super) fn nullish(v: Option<&Bson>) -> bool {
    matches!(v, None | Some(Bson::Null | Bson::Undefined))
}

/// A sortBy value as a number on the x axis: dates (and what converts to
/// one) in milliseconds.
pub(super) fn x_axis(v: &Bson) -> f64 {
    match v {
        Bson::DateTime(d) => d.timestamp_millis() as f64,
        Bson::Timestamp(t) => t.time as f64 * 1000.0,
        Bson::ObjectId(o) => o.timestamp().timestamp_millis() as f64,
        _ => as_f64(v).unwrap_or(0.0),
    }
}

/// mongod's name of a value's type, "missing" for none.
pub(super) fn value_type(v: Option<&Bson>) -> &'static str {
    v.map_or("missing", type_name)
}

/// A computed number as a double, or as a decimal when a decimal input
/// made mongod's result one.
pub(super) fn decimal_or_double(v: f64, decimal: bool) -> Bson {
    if !decimal {
        return Bson::Double(v);
    }
    let s = if v.is_nan() {
        "NaN".to_string()
    } else if v.is_infinite() {
        if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else {
        format!("{v}")
    };
    s.parse::<Decimal128>()
        .map_or(Bson::Double(v), Bson::Decimal128)
}

const TIME_UNITS: &[&str] = &[
    "year",
    "quarter",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
];

/// A time unit name, with mongod's FailedToParse for an unknown one.
pub(crate) fn parse_time_unit(s: &str) -> Result<&'static str> {
    TIME_UNITS
        .iter()
        .find(|u| **u == s)
        .copied()
        .ok_or_else(|| Error::failed_to_parse(format!("unknown time unit value: {s}")))
}

/// `$dateAdd` in UTC, on milliseconds since the epoch.
pub(crate) fn date_add(ms: i64, unit: &str, amount: i64, vars: &Vars) -> Result<i64> {
    let e = Bson::Document(doc! {"$dateAdd": {
        "startDate": bson::DateTime::from_millis(ms),
        "unit": unit,
        "amount": amount,
    }});
    let empty = Document::new();
    match eval(&e, &Scope { root: &empty, vars })? {
        Some(Bson::DateTime(d)) => Ok(d.timestamp_millis()),
        other => Err(Error::internal(format!(
            "$dateAdd produced {other:?} instead of a date"
        ))),
    }
}

/// Adds two numbers with `$add`'s result type: int while it fits, then
/// long, double, or decimal when one of them is.
pub(crate) fn add_numbers(a: &Bson, b: &Bson) -> Bson {
    let int = |v: &Bson| match v {
        Bson::Int32(i) => Some(*i as i64),
        Bson::Int64(i) => Some(*i),
        _ => None,
    };
    let (fa, fb) = (as_f64(a).unwrap_or(0.0), as_f64(b).unwrap_or(0.0));
    match (a, b) {
        (Bson::Int32(x), Bson::Int32(y)) => x
            .checked_add(*y)
            .map_or(Bson::Int64(*x as i64 + *y as i64), Bson::Int32),
        _ => match (int(a), int(b)) {
            (Some(x), Some(y)) => x.checked_add(y).map_or(Bson::Double(fa + fb), Bson::Int64),
            _ => decimal_or_double(
                fa + fb,
                matches!(a, Bson::Decimal128(_)) || matches!(b, Bson::Decimal128(_)),
            ),
        },
    }
}

/// The value at a dotted path, as a `$`-path expression reads it (arrays
/// along the way map the rest of the path over their elements).
pub(crate) fn get_path(doc: &Document, path: &str) -> Option<Bson> {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    let v = doc.get(head)?;
    match rest {
        None => Some(v.clone()),
        Some(r) => field_path(v, r),
    }
}

/// mongod's FieldPath checks for a path a stage writes or reads.
pub(crate) fn check_field_path(path: &str) -> Result<()> {
    let err = |code: i32, m: &str| Err(Error::new(ErrorCode::Location(code), m));
    if path.is_empty() {
        return err(40352, "FieldPath cannot be constructed with empty string");
    }
    if path.ends_with('.') {
        return err(40353, "FieldPath must not end with a '.'.");
    }
    for part in path.split('.') {
        if part.is_empty() {
            return err(15998, "FieldPath field names may not be empty strings.");
        }
        if part.starts_with('$') {
            return err(
                16410,
                "FieldPath field names may not start with '$'. Consider using $getField or $setField.",
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    #[test]
    fn helpers() {
        let cases: Vec<(Bson, Bson, Bson)> = vec![
            (bson!(1), bson!(2), bson!(3)),
            (bson!(i32::MAX), bson!(1), Bson::Int64(i32::MAX as i64 + 1)),
            (Bson::Int64(1), bson!(1), Bson::Int64(2)),
            (bson!(1), bson!(0.5), bson!(1.5)),
            (
                Bson::Int64(i64::MAX),
                bson!(1),
                bson!(i64::MAX as f64 + 1.0),
            ),
        ];
        for (a, b, want) in cases {
            assert_eq!(add_numbers(&a, &b), want, "{a} + {b}");
        }
        assert!(matches!(
            add_numbers(&bson!(1), &Bson::Decimal128("2".parse().unwrap())),
            Bson::Decimal128(_)
        ));
        assert_eq!(
            date_add(0, "month", 1, &Vars::new()).unwrap(),
            31 * 86_400_000
        );
        assert_eq!(parse_time_unit("hour").unwrap(), "hour");
        assert!(parse_time_unit("hours").is_err());
        assert_eq!(
            get_path(&doc! {"a": [{"b": 1}, {"b": 2}]}, "a.b"),
            Some(bson!([1, 2]))
        );
        for (p, code) in [("", 40352), ("a.", 40353), ("a..b", 15998), ("a.$b", 16410)] {
            assert_eq!(check_field_path(p).unwrap_err().code.code(), code, "{p}");
        }
    }
}
