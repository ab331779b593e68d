//! More string operators: $split, $trim, $ltrim, $rtrim, $indexOfCP,
//! $substr/$substrBytes, $strcasecmp, $replaceOne, $replaceAll,
//! $regexMatch, $regexFind, $regexFindAll.

use super::{args, arity, eval, eval_args, eval_value, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::regex::MongoRegex;
use crate::value::{as_i64, type_name};
use bson::{doc, Bson, Document};

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

fn named<'a>(op: &str, arg: &'a Bson) -> Result<&'a Document> {
    match arg {
        Bson::Document(d) => Ok(d),
        _ => Err(Error::new(
            ErrorCode::Location(50696),
            format!("{op} requires an object as an argument"),
        )),
    }
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$split" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let v = eval_args(&a, s)?;
            let Some(text) = string_arg(op, v[0].clone(), 40085)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            let Some(sep) = string_arg(op, v[1].clone(), 40086)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            if sep.is_empty() {
                return Err(Error::new(
                    ErrorCode::Location(40087),
                    "$split requires a non-empty separator",
                ));
            }
            Bson::Array(
                text.split(sep.as_str())
                    .map(|p| Bson::String(p.to_string()))
                    .collect(),
            )
        }
        "$trim" | "$ltrim" | "$rtrim" => {
            let d = named(op, arg)?;
            let input = d.get("input").ok_or_else(|| {
                Error::new(
                    ErrorCode::Location(50695),
                    format!("{op} requires an 'input' field"),
                )
            })?;
            let Some(text) = string_arg(op, eval(input, s)?, 50699)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            let chars: Option<Vec<char>> = match d.get("chars") {
                None => None,
                Some(c) => string_arg(op, eval(c, s)?, 50700)?.map(|c| c.chars().collect()),
            };
            let is_trim = |c: char| match &chars {
                Some(set) => set.contains(&c),
                None => c.is_whitespace() || c == '\0',
            };
            Bson::String(match op {
                "$trim" => text.trim_matches(is_trim).to_string(),
                "$ltrim" => text.trim_start_matches(is_trim).to_string(),
                _ => text.trim_end_matches(is_trim).to_string(),
            })
        }
        "$indexOfCP" | "$indexOfBytes" => {
            let a = args(arg);
            let v = eval_args(&a, s)?;
            let Some(text) = string_arg(op, v[0].clone(), 40091)? else {
                return Ok(Some(Some(Bson::Null)));
            };
            let Some(sub) = string_arg(op, v.get(1).cloned().flatten(), 40092)? else {
                return Err(Error::new(
                    ErrorCode::Location(40092),
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
            Bson::Int32(found)
        }
        "$substr" | "$substrBytes" => {
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
            Bson::String(String::from_utf8_lossy(&bytes[start..end]).into_owned())
        }
        "$strcasecmp" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let v = eval_args(&a, s)?;
            let f = |x: &Option<Bson>| match x {
                Some(Bson::String(t)) => t.to_lowercase(),
                _ => String::new(),
            };
            Bson::Int32(match f(&v[0]).cmp(&f(&v[1])) {
                std::cmp::Ordering::Less => -1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1,
            })
        }
        "$replaceOne" | "$replaceAll" => {
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
                return Ok(Some(Some(Bson::Null)));
            };
            Bson::String(if op == "$replaceOne" {
                input.replacen(&find, &replacement, 1)
            } else {
                input.replace(&find, &replacement)
            })
        }
        "$regexMatch" | "$regexFind" | "$regexFindAll" => {
            let d = named(op, arg)?;
            let input = string_arg(op, eval(d.get("input").unwrap_or(&Bson::Null), s)?, 51104)?;
            let (pattern, mut options) = match eval_value(d.get("regex").unwrap_or(&Bson::Null), s)?
            {
                Bson::String(p) => (p, String::new()),
                Bson::RegularExpression(r) => (
                    r.pattern.as_str().to_string(),
                    r.options.as_str().to_string(),
                ),
                Bson::Null => {
                    return Ok(Some(Some(if op == "$regexMatch" {
                        Bson::Boolean(false)
                    } else if op == "$regexFind" {
                        Bson::Null
                    } else {
                        Bson::Array(vec![])
                    })))
                }
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
                return Ok(Some(Some(match op {
                    "$regexMatch" => Bson::Boolean(false),
                    "$regexFind" => Bson::Null,
                    _ => Bson::Array(vec![]),
                })));
            };
            let found = re.find_all(&text);
            match op {
                "$regexMatch" => Bson::Boolean(!found.is_empty()),
                "$regexFind" => found
                    .into_iter()
                    .next()
                    .map(Bson::Document)
                    .unwrap_or(Bson::Null),
                _ => Bson::Array(found.into_iter().map(Bson::Document).collect()),
            }
        }
        _ => return Ok(None),
    };
    let _ = doc! {};
    Ok(Some(Some(r)))
}
