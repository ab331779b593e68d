//! The regular-expression operators: $regexMatch, $regexFind,
//! $regexFindAll, matched with `MongoRegex` (PCRE's features as mongod
//! uses them).
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here
//! through the string family (`string/mod.rs`).

use super::super::{eval, eval_value, Scope};
use super::{named, string_arg};
use crate::error::{Error, ErrorCode, Result};
use crate::value::regex::MongoRegex;
use crate::value::type_name;
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    match op {
        "$regexMatch" | "$regexFind" | "$regexFindAll" => Ok(Some(Some(regex(op, arg, s)?))),
        _ => Ok(None),
    }
}

/// What each operator gives when there is nothing to match.
fn no_match(op: &str) -> Bson {
    match op {
        "$regexMatch" => Bson::Boolean(false),
        "$regexFind" => Bson::Null,
        _ => Bson::Array(vec![]),
    }
}

fn regex(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let d = named(op, arg)?;
    let input = string_arg(op, eval(d.get("input").unwrap_or(&Bson::Null), s)?, 51104)?;
    let (pattern, mut options) = match eval_value(d.get("regex").unwrap_or(&Bson::Null), s)? {
        Bson::String(p) => (p, String::new()),
        Bson::RegularExpression(r) => (
            r.pattern.as_str().to_string(),
            r.options.as_str().to_string(),
        ),
        Bson::Null => return Ok(no_match(op)),
        other => {
            return Err(Error::new(
                ErrorCode::Location(51105),
                format!(
                    "{op} needs 'regex' to be of type string or regex, found {}",
                    type_name(&other)
                ),
            ))
        }
    };
    if let Some(o) = d.get("options") {
        if let Bson::String(o) = eval_value(o, s)? {
            options.push_str(&o);
        }
    }
    let re = MongoRegex::new(&pattern, &options)?;
    let Some(text) = input else {
        return Ok(no_match(op));
    };
    let found = re.find_all(&text);
    Ok(match op {
        "$regexMatch" => Bson::Boolean(!found.is_empty()),
        "$regexFind" => found
            .into_iter()
            .next()
            .map(Bson::Document)
            .unwrap_or(Bson::Null),
        _ => Bson::Array(found.into_iter().map(Bson::Document).collect()),
    })
}
