//! The string operators, by family: concatenation, case and comparison
//! (`concat_case`), lengths and substrings by code point or byte
//! (`length_substr`), searching, splitting, trimming and replacing
//! (`search`), and the regular-expression operators (`regex`). Also the
//! argument readers those families share.
//!
//! Part of the expression evaluator: `expr::eval` hands string operators
//! here, and [`eval_op`] passes each to the family that knows it.

mod concat_case;
mod length_substr;
mod regex;
mod search;

use super::Scope;
use crate::error::{Error, ErrorCode, Result};
use crate::value::type_name;
use bson::{Bson, Document};

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    type Family = fn(&str, &Bson, &Scope<'_>) -> Result<Option<Option<Bson>>>;
    let families: [Family; 4] = [
        concat_case::eval_op,
        length_substr::eval_op,
        search::eval_op,
        regex::eval_op,
    ];
    for family in families {
        if let Some(r) = family(op, arg, s)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// $toLower/$toUpper's coercion: null/missing is "", numbers and dates print.
fn coerce(v: Option<Bson>, op: &str) -> Result<String> {
    Ok(match v {
        None | Some(Bson::Null) | Some(Bson::Undefined) => String::new(),
        Some(Bson::String(s)) => s,
        Some(Bson::Int32(i)) => i.to_string(),
        Some(Bson::Int64(i)) => i.to_string(),
        Some(Bson::Double(d)) => d.to_string(),
        Some(other) => {
            return Err(Error::new(
                ErrorCode::Location(16007),
                format!(
                    "can't convert from BSON type {} to String in {op}",
                    type_name(&other)
                ),
            ))
        }
    })
}

/// A string argument: `None` for null or missing, an error with `code`
/// for any other non-string.
fn string_arg(op: &str, v: Option<Bson>, code: i32) -> Result<Option<String>> {
    match v {
        None | Some(Bson::Null) | Some(Bson::Undefined) => Ok(None),
        Some(Bson::String(s)) => Ok(Some(s)),
        Some(other) => Err(Error::new(
            ErrorCode::Location(code),
            format!(
                "{op} requires its input to be a string, found: {}",
                type_name(&other)
            ),
        )),
    }
}

/// The argument of an operator that takes named arguments.
fn named<'a>(op: &str, arg: &'a Bson) -> Result<&'a Document> {
    match arg {
        Bson::Document(d) => Ok(d),
        _ => Err(Error::new(
            ErrorCode::Location(50696),
            format!("{op} requires an object as an argument"),
        )),
    }
}
