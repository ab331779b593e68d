//! The update operators. Each reads its `{path: argument}` pairs and changes
//! the document in place, with mongod's type rules and error messages.

use crate::error::{Error, Result};
use crate::query::Filter;
use crate::value::compare::{compare, values_equal};
use crate::value::decimal::Decimal;
use crate::value::path::{get_path, set_path, unset_path};
use crate::value::{as_f64, is_number, type_name};
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
    "$bit",
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
                    set_path(d, path, arg.clone())?;
                }
            }
            "$unset" => {
                unset_path(d, path);
            }
            "$inc" | "$mul" => arith(op, path, arg, d)?,
            "$bit" => bit(path, arg, d)?,
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
                if let Some(v) = rename_source(d, path)? {
                    rename_target_check(d, to)?;
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
                let dir = integer_argument(path, arg)?;
                if dir != 1 && dir != -1 {
                    return Err(Error::failed_to_parse(format!(
                        "$pop expects 1 or -1, found: {dir}"
                    )));
                }
                if let Some(mut a) = array_at(d, path, op)? {
                    if !a.is_empty() {
                        if dir == 1 {
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

/// The prefixes of a dotted path with their last component: `a`, `a.b`, ...
fn prefixes(path: &str) -> impl Iterator<Item = (&str, &str)> {
    path.match_indices('.')
        .map(|(i, _)| i)
        .chain([path.len()])
        .map(move |end| {
            let prefix = &path[..end];
            (prefix, prefix.rsplit('.').next().unwrap_or(prefix))
        })
}

/// The value `$rename` moves: None when the source is missing; mongod's
/// errors for a source path through a scalar (PathNotViable) or inside an
/// array (BadValue: only a whole array may be renamed).
fn rename_source(d: &Document, path: &str) -> Result<Option<Bson>> {
    let parts: Vec<(&str, &str)> = prefixes(path).collect();
    let mut array_parent = None;
    for (i, (prefix, name)) in parts.iter().enumerate() {
        let Some(v) = get_path(d, prefix) else {
            return Ok(None);
        };
        let Some((_, next)) = parts.get(i + 1) else {
            break;
        };
        match v {
            Bson::Document(_) => {}
            Bson::Array(_) if next.parse::<usize>().is_ok() => {
                array_parent.get_or_insert(*name);
            }
            other => {
                return Err(Error::new(
                    crate::error::ErrorCode::PathNotViable,
                    format!(
                        "cannot use the part ({next} of {path}) to traverse the element ({{{name}: {other}}})"
                    ),
                ))
            }
        }
    }
    if let Some(name) = array_parent {
        return Err(Error::bad_value(format!(
            "The source field cannot be an array element, '{path}' in doc with {} has an array field called '{name}'",
            id_element(d)
        )));
    }
    Ok(get_path(d, path).cloned())
}

/// `$rename` may not write into an array element: the deepest existing
/// part of the target path (its parent when the target exists) and what
/// holds it must not be arrays.
fn rename_target_check(d: &Document, to: &str) -> Result<()> {
    let parts: Vec<(&str, &str)> = prefixes(to).collect();
    let existing = parts
        .iter()
        .take_while(|(prefix, _)| get_path(d, prefix).is_some())
        .count();
    let check = if existing == parts.len() {
        existing - 1
    } else {
        existing
    };
    for (prefix, name) in parts[..check].iter().rev() {
        if matches!(get_path(d, prefix), Some(Bson::Array(_))) {
            return Err(Error::bad_value(format!(
                "The destination field cannot be an array element, '{to}' in doc with {} has an array field called '{name}'",
                id_element(d)
            )));
        }
    }
    Ok(())
}

/// The array at `path` (None when missing); an error when it is not an
/// array, mongod's for `$pop` or for `$pull` (which `$pullAll` shares).
fn array_at(d: &Document, path: &str, op: &str) -> Result<Option<Vec<Bson>>> {
    match get_path(d, path) {
        None => Ok(None),
        Some(Bson::Array(a)) => Ok(Some(a.clone())),
        Some(v) if op == "$pop" => Err(Error::type_mismatch(format!(
            "Path '{path}' contains an element of non-array type '{}'",
            type_name(v)
        ))),
        Some(_) => Err(Error::bad_value("Cannot apply $pull to a non-array value")),
    }
}

/// An argument that must be an integer, as mongod's
/// `parseIntegerElementToLong` reads it (integral doubles and decimals
/// too); FailedToParse otherwise.
fn integer_argument(path: &str, arg: &Bson) -> Result<i64> {
    let fail = |what: &str| Err(Error::failed_to_parse(format!("{what}: {path}: {arg}")));
    match arg {
        Bson::Int32(i) => Ok(*i as i64),
        Bson::Int64(i) => Ok(*i),
        Bson::Double(f) if f.is_nan() => fail("Expected an integer, but found NaN in"),
        Bson::Double(f) if *f >= i64::MAX as f64 || *f < i64::MIN as f64 => {
            fail("Cannot represent as a 64-bit integer")
        }
        Bson::Double(f) if f.fract() != 0.0 => fail("Expected an integer"),
        Bson::Double(f) => Ok(*f as i64),
        Bson::Decimal128(x) => {
            let x = Decimal::from(x);
            if x.is_nan() {
                return fail("Expected an integer, but found NaN in");
            }
            match (x.to_i64_exact(), x.to_i64_round()) {
                (Some(i), _) => Ok(i),
                (None, Some(_)) => fail("Expected an integer"),
                (None, None) => fail("Cannot represent as a 64-bit integer"),
            }
        }
        _ => fail("Expected a number in"),
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
                    && crate::value::compare::bracket(e) == crate::value::compare::bracket(&target)
            }))
        }
    }
}

fn push(op: &str, path: &str, arg: &Bson, d: &mut Document) -> Result<()> {
    let mut arr = match get_path(d, path) {
        None => Vec::new(),
        Some(Bson::Array(a)) => a.clone(),
        Some(v) if op == "$addToSet" => {
            return Err(Error::bad_value(format!(
                "Cannot apply $addToSet to non-array field. Field named '{}' has non-array type {}",
                field_name(path),
                type_name(v)
            )))
        }
        Some(v) => {
            return Err(Error::bad_value(format!(
                "The field '{path}' must be an array but is of type {} in document {{{}}}",
                type_name(v),
                id_element(d)
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
                    && crate::value::compare::bracket(e) == crate::value::compare::bracket(&it)
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
            let p = crate::value::as_i64(p).ok_or_else(|| {
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
            let s = crate::value::as_i64(s)
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
    let cur = get_path(d, path).cloned();
    let result = match &cur {
        None => {
            if op == "$inc" {
                arg.clone()
            } else {
                // mongod multiplies the argument by an int32 zero: the
                // argument's type, a double's sign, a decimal's exponent.
                compute(op, arg, &Bson::Int32(0)).unwrap_or(Bson::Int32(0))
            }
        }
        Some(v) if is_number(v) => compute(op, v, arg).ok_or_else(|| {
            Error::bad_value(format!(
                "Failed to apply {op} operations to current value ({}) for document {{{}}}",
                safe_num(v),
                id_element(d)
            ))
        })?,
        Some(v) => {
            return Err(Error::type_mismatch(format!(
                "Cannot apply {op} to a value of non-numeric type. {{{}}} has the field '{}' of non-numeric type {}",
                id_element(d),
                field_name(path),
                type_name(v)
            )))
        }
    };
    set_path(d, path, result)
}

/// mongod's `SafeNum::debugString` of an integer: `(NumberLong)5` (only
/// integer arithmetic can fail).
fn safe_num(v: &Bson) -> String {
    match v {
        Bson::Int32(i) => format!("(NumberInt){i}"),
        Bson::Int64(i) => format!("(NumberLong){i}"),
        other => other.to_string(),
    }
}

/// The document's `_id` element as mongod prints it in update errors.
fn id_element(d: &Document) -> String {
    match d.get("_id") {
        Some(id) => format!("_id: {id}"),
        None => "no id".to_string(),
    }
}

/// The last component of a dotted path: the name mongod's update errors
/// give a field.
fn field_name(path: &str) -> &str {
    path.rsplit('.').next().unwrap_or(path)
}

/// `$bit: {path: {and|or|xor: int, ...}}` applied in order to the
/// integer at `path` (0 when missing): int32 with int32 stays int32, a
/// long makes a long.
fn bit(path: &str, arg: &Bson, d: &mut Document) -> Result<()> {
    const FORMAT: &str = "{$bit: {field: {and/or/xor: #}}";
    let Bson::Document(spec) = arg else {
        return Err(Error::bad_value(format!(
            "The $bit modifier is not compatible with a {}. You must pass in an embedded document: {FORMAT}",
            type_name(arg)
        )));
    };
    let mut ops = Vec::new();
    for (k, v) in spec {
        if !matches!(k.as_str(), "and" | "or" | "xor") {
            return Err(Error::bad_value(format!(
                "The $bit modifier only supports 'and', 'or', and 'xor', not '{k}' which is an unknown operator: {{{k}: {v}}}"
            )));
        }
        if !matches!(v, Bson::Int32(_) | Bson::Int64(_)) {
            return Err(Error::bad_value(format!(
                "The $bit modifier field must be an Integer(32/64 bit); a '{}' is not supported here: {{{k}: {v}}}",
                type_name(v)
            )));
        }
        ops.push((k.as_str(), v));
    }
    if ops.is_empty() {
        return Err(Error::bad_value(format!(
            "You must pass in at least one bitwise operation. The format is: {FORMAT}"
        )));
    }
    let mut value = match get_path(d, path) {
        None => Bson::Int32(0),
        Some(v @ (Bson::Int32(_) | Bson::Int64(_))) => v.clone(),
        Some(v) => {
            return Err(Error::bad_value(format!(
                "Cannot apply $bit to a value of non-integral type.{} has the field {} of non-integer type {}",
                id_element(d),
                field_name(path),
                type_name(v)
            )))
        }
    };
    for (op, operand) in ops {
        let f = match op {
            "and" => |a: i64, b: i64| a & b,
            "or" => |a: i64, b: i64| a | b,
            _ => |a: i64, b: i64| a ^ b,
        };
        value = match (&value, operand) {
            (Bson::Int32(a), Bson::Int32(b)) => Bson::Int32(f(*a as i64, *b as i64) as i32),
            (a, b) => Bson::Int64(f(
                crate::value::as_i64(a).unwrap_or(0),
                crate::value::as_i64(b).unwrap_or(0),
            )),
        };
    }
    set_path(d, path, value)
}

/// int32 op int32 stays int32 unless it overflows (then int64); int64
/// overflow is an error; any double makes a double; any decimal makes a
/// decimal computed exactly (a double taken to 15 digits, as mongod's
/// `SafeNum` does).
fn compute(op: &str, a: &Bson, b: &Bson) -> Option<Bson> {
    let mul = op == "$mul";
    match (a, b) {
        (Bson::Decimal128(_), _) | (_, Bson::Decimal128(_)) => {
            let (x, y) = (Decimal::coerce(a)?, Decimal::coerce(b)?);
            Some(if mul { x.mul(&y) } else { x.add(&y) }.to_bson())
        }
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
            let (x, y) = (crate::value::as_i64(a)?, crate::value::as_i64(b)?);
            let r = if mul {
                x.checked_mul(y)
            } else {
                x.checked_add(y)
            }?;
            Some(Bson::Int64(r))
        }
    }
}
