//! String lengths and substrings, by code point or by byte: $strLenCP,
//! $strLenBytes, $substrCP, $substr / $substrBytes.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here
//! through the string family (`string/mod.rs`).

use super::super::data_size::byte_len;
use super::super::{args, arity, eval, eval_args, located, one_arg, type_of, Scope};
use super::coerce;
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_i64, type_name};
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$strLenCP" => {
            let a = args(arg);
            arity(op, &a, 1)?;
            match eval(&a[0], s)? {
                Some(Bson::String(x)) => Bson::Int32(x.chars().count() as i32),
                other => {
                    return Err(Error::new(
                        ErrorCode::Location(34471),
                        format!(
                            "$strLenCP requires a string argument, found: {}",
                            other.as_ref().map(type_name).unwrap_or("missing")
                        ),
                    ))
                }
            }
        }
        "$strLenBytes" => match one_arg(op, arg, s)? {
            Some(Bson::String(st)) => byte_len(st.len())?,
            other => {
                return Err(located(
                    34473,
                    format!(
                        "$strLenBytes requires a string argument, found: {}",
                        type_of(&other)
                    ),
                ))
            }
        },
        "$substrCP" => substr_cp(op, arg, s)?,
        "$substr" | "$substrBytes" => substr_bytes(op, arg, s)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// `$substrCP`: start and length in code points.
fn substr_cp(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity(op, &a, 3)?;
    let v = eval_args(&a, s)?;
    let text = coerce(v[0].clone(), op)?;
    let (Some(start), Some(len)) = (
        v[1].as_ref().and_then(as_i64),
        v[2].as_ref().and_then(as_i64),
    ) else {
        return Err(Error::new(
            ErrorCode::Location(34450),
            "$substrCP: starting index and length must be numeric",
        ));
    };
    if start < 0 || len < 0 {
        return Err(Error::new(
            ErrorCode::Location(34455),
            "$substrCP: starting index and length must be non-negative",
        ));
    }
    Ok(Bson::String(
        text.chars()
            .skip(start as usize)
            .take(len as usize)
            .collect(),
    ))
}

/// `$substr` / `$substrBytes`: start and length in bytes (a negative length
/// runs to the end).
fn substr_bytes(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity(op, &a, 3)?;
    let v = eval_args(&a, s)?;
    let text = match &v[0] {
        None | Some(Bson::Null) => String::new(),
        Some(Bson::String(t)) => t.clone(),
        Some(other) => crate::expr::convert::convert(other, "string")?
            .as_str()
            .unwrap_or_default()
            .to_string(),
    };
    let start = v[1].as_ref().and_then(as_i64).unwrap_or(0).max(0) as usize;
    let len = v[2].as_ref().and_then(as_i64).unwrap_or(-1);
    let bytes = text.as_bytes();
    let start = start.min(bytes.len());
    let end = if len < 0 {
        bytes.len()
    } else {
        (start + len as usize).min(bytes.len())
    };
    Ok(Bson::String(
        String::from_utf8_lossy(&bytes[start..end]).into_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::super::{eval, Scope, Vars};
    use crate::error::Result;
    use bson::{bson, doc, Bson};

    fn ev(e: Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! {"s": "héllo"};
        eval(
            &e,
            &Scope {
                root: &root,
                vars: &vars,
            },
        )
    }

    #[test]
    fn str_len_bytes() {
        let cases: Vec<(Bson, Option<Bson>)> = vec![
            (bson!({"$strLenBytes": "$s"}), Some(bson!(6))),
            (bson!({"$strLenBytes": ["abc"]}), Some(bson!(3))),
            (bson!({"$strLenBytes": ""}), Some(bson!(0))),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), want, "{e}");
        }
    }

    #[test]
    fn str_len_bytes_errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$strLenBytes": 1}),
                34473,
                "$strLenBytes requires a string argument, found: int",
            ),
            (
                bson!({"$strLenBytes": "$missing"}),
                34473,
                "$strLenBytes requires a string argument, found: missing",
            ),
            (
                bson!({"$strLenBytes": null}),
                34473,
                "$strLenBytes requires a string argument, found: null",
            ),
            (
                bson!({"$strLenBytes": ["a", "b"]}),
                16020,
                "Expression $strLenBytes takes exactly 1 arguments. 2 were passed in.",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
