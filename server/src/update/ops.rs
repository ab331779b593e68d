//! The update operators. Each reads its `{path: argument}` pairs and changes
//! the document in place, with mongod's type rules and error messages.

use super::path::{get_path, set_path, unset_path};
use crate::bsonutil::{as_f64, is_number, type_name};
use crate::error::{Error, Result};
use crate::query::compare::{compare, values_equal};
use crate::query::Filter;
use bson::{doc, Bson, Document};
use std::cmp::Ordering;

const KNOWN: &[&str] = &[
    "$set",
    "$unset",
    "$inc",
    "$mul",
    "$min",
    "$max",
    "$rename",
    "$setOnInsert",
    "$currentDate",
    "$push",
    "$addToSet",
    "$pop",
    "$pull",
    "$pullAll",
];

pub fn is_known(op: &str) -> bool {
    KNOWN.contains(&op)
}

pub fn apply(op: &str, args: &Document, d: &mut Document, inserting: bool) -> Result<()> {
    for (path, arg) in args {
        match op {
            "$set" => set_path(d, path, arg.clone())?,
            "$setOnInsert" => {
                if inserting {
                    set_path(d, path, arg.clone())?
                }
            }
            "$unset" => {
                unset_path(d, path);
            }
            "$inc" | "$mul" => arith(op, path, arg, d)?,
            "$min" | "$max" => {
                let want = if op == "$min" {
                    Ordering::Less
                } else {
                    Ordering::Greater
                };
                let replace = match get_path(d, path) {
                    None => true,
                    Some(cur) => compare(arg, cur) == want,
                };
                if replace {
                    set_path(d, path, arg.clone())?;
                }
            }
            "$rename" => {
                let Bson::String(to) = arg else {
                    return Err(Error::bad_value(format!(
                        "The 'to' field for $rename must be a string: {path}: {arg}"
                    )));
                };
                if to == path {
                    return Err(Error::bad_value(format!(
                        "The source and target field for $rename must differ: {path}: \"{to}\""
                    )));
                }
                if let Some(v) = get_path(d, path).cloned() {
                    unset_path(d, path);
                    set_path(d, to, v)?;
                }
            }
            "$currentDate" => {
                let ts = match arg {
                    Bson::Boolean(_) => false,
                    Bson::Document(spec) => match spec.get("$type") {
                        Some(Bson::String(t)) if t == "date" => false,
                        Some(Bson::String(t)) if t == "timestamp" => true,
                        _ => return Err(Error::bad_value("The '$type' string field is required to be 'date' or 'timestamp': {$currentDate: {field : {$type: 'date'}}}")),
                    },
                    _ => return Err(Error::bad_value(format!("{} is not valid type for $currentDate. Please use a boolean ('true') or a $type expression ({{$type: 'timestamp/date'}}).", type_name(arg)))),
                };
                let now = if ts {
                    let t = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_secs() as u32)
                        .unwrap_or(0);
                    Bson::Timestamp(bson::Timestamp {
                        time: t,
                        increment: 1,
                    })
                } else {
                    Bson::DateTime(bson::DateTime::now())
                };
                set_path(d, path, now)?;
            }
            "$push" | "$addToSet" => push(op, path, arg, d)?,
            "$pop" => {
                let dir = as_f64(arg).ok_or_else(|| {
                    Error::type_mismatch(format!("Expected a number in: {path}: {arg}"))
                })?;
                if dir != 1.0 && dir != -1.0 {
                    return Err(Error::failed_to_parse(format!(
                        "$pop expects 1 or -1, found: {arg}"
                    )));
                }
                if let Some(mut a) = array_at(d, path, op)? {
                    if !a.is_empty() {
                        if dir == 1.0 {
                            a.pop();
                        } else {
                            a.remove(0);
                        }
                    }
                    set_path(d, path, Bson::Array(a))?;
                }
            }
            "$pull" => {
                if let Some(a) = array_at(d, path, op)? {
                    let pred = pull_predicate(arg)?;
                    let kept: Vec<Bson> = a.into_iter().filter(|e| !pred(e)).collect();
                    set_path(d, path, Bson::Array(kept))?;
                }
            }
            "$pullAll" => {
                let Bson::Array(remove) = arg else {
                    return Err(Error::bad_value(format!(
                        "$pullAll requires an array argument but was given a {}",
                        type_name(arg)
                    )));
                };
                if let Some(a) = array_at(d, path, op)? {
                    let kept: Vec<Bson> = a
                        .into_iter()
                        .filter(|e| !remove.iter().any(|r| values_equal(e, r)))
                        .collect();
                    set_path(d, path, Bson::Array(kept))?;
                }
            }
            _ => return Err(Error::failed_to_parse(format!("Unknown modifier: {op}"))),
        }
    }
    Ok(())
}

/// The array at `path` (None when missing); an error when it is not an array.
fn array_at(d: &Document, path: &str, op: &str) -> Result<Option<Vec<Bson>>> {
    match get_path(d, path) {
        None => Ok(None),
        Some(Bson::Array(a)) => Ok(Some(a.clone())),
        Some(v) => Err(Error::bad_value(format!(
            "Cannot apply {op} to a non-array value: the field '{path}' is of type {}",
            type_name(v)
        ))),
    }
}

/// Decides whether an array element is removed by `$pull`.
type Predicate = Box<dyn Fn(&Bson) -> bool>;

fn pull_predicate(arg: &Bson) -> Result<Predicate> {
    match arg {
        Bson::Document(cond) if cond.keys().next().is_some_and(|k| k.starts_with('$')) => {
            // Operators apply to each element as a value.
            let f = Filter::parse(&doc! { "v": Bson::Document(cond.clone()) })?;
            Ok(Box::new(move |e: &Bson| {
                f.matches(&doc! { "v": e.clone() }).unwrap_or(false)
            }))
        }
        Bson::Document(cond) => {
            // A document condition is a query on document elements.
            let f = Filter::parse(cond)?;
            Ok(Box::new(move |e: &Bson| {
                matches!(e, Bson::Document(_)) && f.matches_value(e).unwrap_or(false)
            }))
        }
        other => {
            let target = other.clone();
            Ok(Box::new(move |e: &Bson| {
                values_equal(e, &target)
                    && crate::query::compare::bracket(e) == crate::query::compare::bracket(&target)
            }))
        }
    }
}

fn push(op: &str, path: &str, arg: &Bson, d: &mut Document) -> Result<()> {
    let mut arr = match get_path(d, path) {
        None => Vec::new(),
        Some(Bson::Array(a)) => a.clone(),
        Some(v) => {
            return Err(Error::bad_value(format!(
                "The field '{path}' must be an array but is of type {} in document {{_id: {}}}",
                type_name(v),
                d.get("_id").cloned().unwrap_or(Bson::Null)
            )))
        }
    };
    let (items, modifiers) = match arg {
        Bson::Document(m) if m.contains_key("$each") => {
            let Some(Bson::Array(each)) = m.get("$each") else {
                return Err(Error::bad_value(format!(
                    "The argument to $each in {op} must be an array but it was of type: {}",
                    type_name(m.get("$each").unwrap())
                )));
            };
            (each.clone(), Some(m))
        }
        other => (vec![other.clone()], None),
    };
    if op == "$addToSet" {
        if let Some(m) = modifiers {
            if let Some(k) = m.keys().find(|k| *k != "$each") {
                return Err(Error::bad_value(format!(
                    "Found unexpected fields after $each in $addToSet: {k}"
                )));
            }
        }
        for it in items {
            if !arr.iter().any(|e| {
                values_equal(e, &it)
                    && crate::query::compare::bracket(e) == crate::query::compare::bracket(&it)
            }) {
                arr.push(it);
            }
        }
        return set_path(d, path, Bson::Array(arr));
    }
    let mut position = arr.len();
    if let Some(m) = modifiers {
        for k in m.keys() {
            if !matches!(k.as_str(), "$each" | "$slice" | "$sort" | "$position") {
                return Err(Error::bad_value(format!(
                    "Unrecognized clause in $push: {k}"
                )));
            }
        }
        if let Some(p) = m.get("$position") {
            let p = crate::bsonutil::as_i64(p).ok_or_else(|| {
                Error::bad_value("The value for $position must be an integer value")
            })?;
            position = if p < 0 {
                (arr.len() as i64 + p).max(0) as usize
            } else {
                (p as usize).min(arr.len())
            };
        }
    }
    let n = items.len();
    arr.splice(position..position, items);
    let _ = n;
    if let Some(m) = modifiers {
        if let Some(s) = m.get("$sort") {
            sort_array(&mut arr, s)?;
        }
        if let Some(s) = m.get("$slice") {
            let s = crate::bsonutil::as_i64(s)
                .ok_or_else(|| Error::bad_value("The value for $slice must be an integer value"))?;
            if s >= 0 {
                arr.truncate(s as usize);
            } else {
                let keep = (-s) as usize;
                if arr.len() > keep {
                    arr.drain(..arr.len() - keep);
                }
            }
        }
    }
    set_path(d, path, Bson::Array(arr))
}

fn sort_array(arr: &mut [Bson], spec: &Bson) -> Result<()> {
    match spec {
        Bson::Document(d) => {
            let s = crate::query::sort::SortSpec::parse(d)?;
            arr.sort_by(|a, b| {
                let ka = match a { Bson::Document(x) => s.key(x), _ => vec![Bson::Null; s.fields.len()] };
                let kb = match b { Bson::Document(x) => s.key(x), _ => vec![Bson::Null; s.fields.len()] };
                s.compare_keys(&ka, &kb)
            });
        }
        v if as_f64(v) == Some(1.0) => arr.sort_by(compare),
        v if as_f64(v) == Some(-1.0) => arr.sort_by(|a, b| compare(b, a)),
        _ => return Err(Error::bad_value("The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1} to sort embedded fields")),
    }
    Ok(())
}

fn arith(op: &str, path: &str, arg: &Bson, d: &mut Document) -> Result<()> {
    if !is_number(arg) {
        let verb = if op == "$inc" {
            "increment"
        } else {
            "multiply"
        };
        return Err(Error::type_mismatch(format!(
            "Cannot {verb} with non-numeric argument: {{{path}: {arg}}}"
        )));
    }
    if matches!(arg, Bson::Decimal128(_)) {
        return Err(Error::not_implemented(
            "decimal arithmetic in updates is not implemented yet",
        ));
    }
    let cur = get_path(d, path).cloned();
    let result = match &cur {
        None => {
            if op == "$inc" {
                arg.clone()
            } else {
                match arg {
                    Bson::Int32(_) => Bson::Int32(0),
                    Bson::Int64(_) => Bson::Int64(0),
                    _ => Bson::Double(0.0),
                }
            }
        }
        Some(v) if is_number(v) => {
            if matches!(v, Bson::Decimal128(_)) {
                return Err(Error::not_implemented("decimal arithmetic in updates is not implemented yet"));
            }
            compute(op, v, arg).ok_or_else(|| {
                Error::bad_value(format!(
                    "Failed to apply {op} operations to current value ({v}) for document {{_id: {}}}",
                    d.get("_id").cloned().unwrap_or(Bson::Null)
                ))
            })?
        }
        Some(v) => {
            return Err(Error::type_mismatch(format!(
                "Cannot apply {op} to a value of non-numeric type. {{_id: {}}} has the field '{path}' of non-numeric type {}",
                d.get("_id").cloned().unwrap_or(Bson::Null),
                type_name(v)
            )))
        }
    };
    set_path(d, path, result)
}

/// int32 op int32 stays int32 unless it overflows (then int64); int64
/// overflow is an error; any double makes a double.
fn compute(op: &str, a: &Bson, b: &Bson) -> Option<Bson> {
    let mul = op == "$mul";
    match (a, b) {
        (Bson::Double(_), _) | (_, Bson::Double(_)) => {
            let (x, y) = (as_f64(a)?, as_f64(b)?);
            Some(Bson::Double(if mul { x * y } else { x + y }))
        }
        (Bson::Int32(x), Bson::Int32(y)) => {
            let r = if mul {
                x.checked_mul(*y)
            } else {
                x.checked_add(*y)
            };
            Some(match r {
                Some(v) => Bson::Int32(v),
                None => {
                    let (x, y) = (*x as i64, *y as i64);
                    Bson::Int64(if mul { x * y } else { x + y })
                }
            })
        }
        _ => {
            let (x, y) = (crate::bsonutil::as_i64(a)?, crate::bsonutil::as_i64(b)?);
            let r = if mul {
                x.checked_mul(y)
            } else {
                x.checked_add(y)
            }?;
            Some(Bson::Int64(r))
        }
    }
}
