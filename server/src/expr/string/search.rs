//! Searching and rewriting strings: $indexOfCP / $indexOfBytes, $split,
//! $trim / $ltrim / $rtrim, $replaceOne / $replaceAll.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here
//! through the string family (`string/mod.rs`).

use super::super::{args, arity, eval, eval_args, Scope};
use super::{named, string_arg};
use crate::error::{Error, ErrorCode, Result};
use crate::value::as_i64;
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$split" => split(op, arg, s)?,
        "$trim" | "$ltrim" | "$rtrim" => trim(op, arg, s)?,
        "$indexOfCP" | "$indexOfBytes" => index_of(op, arg, s)?,
        "$replaceOne" | "$replaceAll" => replace(op, arg, s)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

fn split(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity(op, &a, 2)?;
    let v = eval_args(&a, s)?;
    let Some(text) = string_arg(op, v[0].clone(), 40085)? else {
        return Ok(Bson::Null);
    };
    let Some(sep) = string_arg(op, v[1].clone(), 40086)? else {
        return Ok(Bson::Null);
    };
    if sep.is_empty() {
        return Err(Error::new(
            ErrorCode::Location(40087),
            "$split requires a non-empty separator",
        ));
    }
    Ok(Bson::Array(
        text.split(sep.as_str())
            .map(|p| Bson::String(p.to_string()))
            .collect(),
    ))
}

/// `$trim` and its one-sided forms: whitespace (and NUL) by default, else
/// the characters of `chars`.
fn trim(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let d = named(op, arg)?;
    let input = d.get("input").ok_or_else(|| {
        Error::new(
            ErrorCode::Location(50695),
            format!("{op} requires an 'input' field"),
        )
    })?;
    let Some(text) = string_arg(op, eval(input, s)?, 50699)? else {
        return Ok(Bson::Null);
    };
    let chars: Option<Vec<char>> = match d.get("chars") {
        None => None,
        Some(c) => string_arg(op, eval(c, s)?, 50700)?.map(|c| c.chars().collect()),
    };
    let is_trim = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => c.is_whitespace() || c == '\0',
    };
    Ok(Bson::String(match op {
        "$trim" => text.trim_matches(is_trim).to_string(),
        "$ltrim" => text.trim_start_matches(is_trim).to_string(),
        _ => text.trim_end_matches(is_trim).to_string(),
    }))
}

/// `$indexOfCP` / `$indexOfBytes`: the position of the first occurrence in
/// the optional `[start, end)` range, or -1.
fn index_of(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    let v = eval_args(&a, s)?;
    // mongod's codes: 40091/40092 for $indexOfBytes, 40093/40094 for
    // $indexOfCP.
    let (first, second) = if op == "$indexOfCP" {
        (40093, 40094)
    } else {
        (40091, 40092)
    };
    let Some(text) = string_arg(op, v[0].clone(), first)? else {
        return Ok(Bson::Null);
    };
    let Some(sub) = string_arg(op, v.get(1).cloned().flatten(), second)? else {
        return Err(Error::new(
            ErrorCode::Location(second),
            format!("{op} requires a string as the second argument"),
        ));
    };
    let chars: Vec<char> = text.chars().collect();
    let start = v
        .get(2)
        .cloned()
        .flatten()
        .and_then(|x| as_i64(&x))
        .unwrap_or(0)
        .max(0) as usize;
    let end = v
        .get(3)
        .cloned()
        .flatten()
        .and_then(|x| as_i64(&x))
        .map(|e| e.max(0) as usize)
        .unwrap_or(chars.len())
        .min(chars.len());
    let sub: Vec<char> = sub.chars().collect();
    let mut found = -1i32;
    if start <= end {
        for i in start..=end.saturating_sub(sub.len()).max(start) {
            if i + sub.len() <= end && chars[i..i + sub.len()] == sub[..] {
                found = i as i32;
                break;
            }
        }
    }
    Ok(Bson::Int32(found))
}

/// `$replaceOne` / `$replaceAll`: null when any argument is null.
fn replace(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let d = named(op, arg)?;
    let get = |k: &str| -> Result<Option<String>> {
        let e = d.get(k).ok_or_else(|| {
            Error::new(
                ErrorCode::Location(51065),
                format!("{op} requires '{k}' to be specified"),
            )
        })?;
        string_arg(op, eval(e, s)?, 51746)
    };
    let (Some(input), Some(find), Some(replacement)) =
        (get("input")?, get("find")?, get("replacement")?)
    else {
        return Ok(Bson::Null);
    };
    Ok(Bson::String(if op == "$replaceOne" {
        input.replacen(&find, &replacement, 1)
    } else {
        input.replace(&find, &replacement)
    }))
}
