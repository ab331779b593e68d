//! Date operators with mongod's semantics and Olson time zones: the date
//! part operators ($year ... $millisecond, $week, $isoWeek, $isoWeekYear,
//! $isoDayOfWeek, $dayOfWeek, $dayOfYear, $dayOfMonth, $hour, $minute,
//! $second), $dateToString, $dateFromString, $dateToParts, $dateFromParts,
//! $dateAdd, $dateSubtract, $dateDiff and $dateTrunc.
//!
//! This file reads the operators' arguments the way mongod parses them
//! (with its error codes) and evaluates them; the calendar, the zones and
//! the string formats live in the submodules.
//!
//! Part of the expression evaluator: `expr::eval` hands every date operator
//! to [`eval_op`].

mod add;
mod diff;
mod format;
mod from_parts;
mod ops;
mod parse;
#[cfg(test)]
mod tests;
mod trunc;
mod unit;
mod zone;

use super::{eval, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_i64, type_name};
use bson::{Bson, Document};
use zone::Zone;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    Ok(Some(match op {
        "$year" | "$month" | "$dayOfMonth" | "$hour" | "$minute" | "$second" | "$millisecond"
        | "$dayOfWeek" | "$dayOfYear" | "$week" | "$isoWeek" | "$isoWeekYear" | "$isoDayOfWeek" => {
            Some(date_part(op, arg, s)?)
        }
        "$dateToString" => date_to_string(arg, s)?,
        "$dateFromString" => date_from_string(arg, s)?,
        "$dateToParts" => Some(date_to_parts(arg, s)?),
        "$dateFromParts" => Some(ops::date_from_parts(arg, s)?),
        "$dateAdd" | "$dateSubtract" => Some(ops::date_add(op, arg, s)?),
        "$dateDiff" => Some(ops::date_diff(arg, s)?),
        "$dateTrunc" => Some(ops::date_trunc(arg, s)?),
        _ => return Ok(None),
    }))
}

/// mongod's "nullish": missing, null or undefined.
fn nullish(v: &Option<Bson>) -> bool {
    matches!(v, None | Some(Bson::Null) | Some(Bson::Undefined))
}

/// The date a value stands for where mongod allows one: a date, a
/// timestamp (its seconds) or an ObjectId (its creation second).
fn as_date(v: &Bson) -> Option<i64> {
    match v {
        Bson::DateTime(d) => Some(d.timestamp_millis()),
        Bson::Timestamp(t) => Some(i64::from(t.time) * 1000),
        Bson::ObjectId(o) => Some(o.timestamp().timestamp_millis()),
        _ => None,
    }
}

fn coerce_date(v: &Bson) -> Result<i64> {
    as_date(v).ok_or_else(|| {
        located(
            16006,
            format!("can't convert from BSON type {} to Date", type_name(v)),
        )
    })
}

fn located(code: i32, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), message)
}

fn date_value(ms: i64) -> Bson {
    Bson::DateTime(bson::DateTime::from_millis(ms))
}

/// Evaluates a `timezone` argument: UTC when absent, `None` when it
/// evaluates to null or missing.
fn time_zone(expr: Option<&Bson>, s: &Scope<'_>) -> Result<Option<Zone>> {
    let Some(expr) = expr else {
        return Ok(Some(Zone::Utc));
    };
    match eval(expr, s)? {
        None | Some(Bson::Null) | Some(Bson::Undefined) => Ok(None),
        Some(v) => zone_of(&v).map(Some),
    }
}

/// The zone a (non-null) `timezone` value names.
fn zone_of(v: &Bson) -> Result<Zone> {
    match v {
        Bson::String(id) => Zone::parse(id).ok_or_else(|| {
            located(
                40485,
                format!("unrecognized time zone identifier: \"{id}\""),
            )
        }),
        other => Err(located(
            40517,
            format!(
                "timezone must evaluate to a string, found {}",
                type_name(other)
            ),
        )),
    }
}

/// A value as mongod's messages print it.
fn render(v: &Bson) -> String {
    match v {
        Bson::String(s) => format!("\"{s}\""),
        Bson::Double(d) => d.to_string(),
        Bson::Document(d) => {
            let fields: Vec<String> = d
                .iter()
                .map(|(k, v)| format!("{k}: {}", render(v)))
                .collect();
            format!("{{{}}}", fields.join(", "))
        }
        Bson::Array(a) => {
            let items: Vec<String> = a.iter().map(render).collect();
            format!("[{}]", items.join(", "))
        }
        Bson::DateTime(d) => d
            .try_to_rfc3339_string()
            .unwrap_or_else(|_| d.timestamp_millis().to_string()),
        other => other.to_string(),
    }
}

/// A document as mongod prints a BSON element's value: `{ a: 1, b: "x" }`.
fn render_object(d: &Document) -> String {
    if d.is_empty() {
        return "{}".to_string();
    }
    let fields: Vec<String> = d
        .iter()
        .map(|(k, v)| format!("{k}: {}", render(v)))
        .collect();
    format!("{{ {} }}", fields.join(", "))
}

/// The argument of an operator that takes named arguments.
fn spec(arg: &Bson, code: i32, message: impl FnOnce() -> String) -> Result<&Document> {
    match arg {
        Bson::Document(d) => Ok(d),
        _ => Err(located(code, message())),
    }
}

/// Refuses a named argument the operator does not know.
fn known_fields(
    d: &Document,
    allowed: &[&str],
    code: i32,
    message: impl Fn(&str) -> String,
) -> Result<()> {
    match d.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(located(code, message(k))),
        None => Ok(()),
    }
}

/// The date and timezone expressions of a date part operator: a bare
/// expression, a one-element array, or `{date, timezone}`.
fn date_part_args<'a>(op: &str, arg: &'a Bson) -> Result<(&'a Bson, Option<&'a Bson>)> {
    match arg {
        // An object whose first field is an operator is the date expression.
        Bson::Document(d) if !d.keys().next().is_some_and(|k| k.starts_with('$')) => {
            let (mut date, mut tz) = (None, None);
            for (k, v) in d {
                match k.as_str() {
                    "date" => date = Some(v),
                    "timezone" => tz = Some(v),
                    _ => {
                        return Err(located(
                            40535,
                            format!("unrecognized option to {op}: \"{k}\""),
                        ))
                    }
                }
            }
            let date = date.ok_or_else(|| {
                located(
                    40539,
                    format!(
                        "missing 'date' argument to {op}, provided: {op}: {}",
                        render_object(d)
                    ),
                )
            })?;
            Ok((date, tz))
        }
        Bson::Array(a) if a.len() == 1 => Ok((&a[0], None)),
        Bson::Array(a) => Err(located(
            40536,
            format!(
                "{op} accepts exactly one argument if given an array, but was given {}",
                a.len()
            ),
        )),
        other => Ok((other, None)),
    }
}

fn date_part(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let (date, tz) = date_part_args(op, arg)?;
    let date = eval(date, s)?;
    let Some(date) = date.filter(|d| !matches!(d, Bson::Null | Bson::Undefined)) else {
        return Ok(Bson::Null);
    };
    let ms = coerce_date(&date)?;
    let Some(zone) = time_zone(tz, s)? else {
        return Ok(Bson::Null);
    };
    let t = zone.local(ms);
    let part = match op {
        "$year" => t.year,
        "$month" => t.month,
        "$dayOfMonth" => t.day,
        "$hour" => t.hour,
        "$minute" => t.minute,
        "$second" => t.second,
        "$millisecond" => t.millis,
        "$dayOfWeek" => t.day_of_week(),
        "$dayOfYear" => t.day_of_year(),
        "$week" => t.week(),
        "$isoWeek" => t.iso_year_week().1,
        "$isoDayOfWeek" => t.iso_day_of_week(),
        // The one part mongod returns as a long.
        _ => return Ok(Bson::Int64(t.iso_year_week().0)),
    };
    Ok(Bson::Int32(part as i32))
}

fn date_to_parts(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let d = spec(arg, 40524, || {
        "$dateToParts only supports an object as its argument".into()
    })?;
    known_fields(d, &["date", "timezone", "iso8601"], 40520, |k| {
        format!("Unrecognized argument to $dateToParts: {k}")
    })?;
    let date_expr = d
        .get("date")
        .ok_or_else(|| located(40522, "Missing 'date' parameter to $dateToParts"))?;
    let date = eval(date_expr, s)?;
    let Some(zone) = time_zone(d.get("timezone"), s)? else {
        return Ok(Bson::Null);
    };
    let iso8601 = match d.get("iso8601") {
        None => false,
        Some(e) => match eval(e, s)? {
            None | Some(Bson::Null) | Some(Bson::Undefined) => return Ok(Bson::Null),
            Some(Bson::Boolean(b)) => b,
            Some(other) => {
                return Err(located(
                    40521,
                    format!(
                        "iso8601 must evaluate to a bool, found {}",
                        type_name(&other)
                    ),
                ))
            }
        },
    };
    let Some(date) = date.filter(|d| !matches!(d, Bson::Null | Bson::Undefined)) else {
        return Ok(Bson::Null);
    };
    let t = zone.local(coerce_date(&date)?);
    let int = |n: i64| Bson::Int32(n as i32);
    let mut out = Document::new();
    if iso8601 {
        let (year, week) = t.iso_year_week();
        out.insert("isoWeekYear", int(year));
        out.insert("isoWeek", int(week));
        out.insert("isoDayOfWeek", int(t.iso_day_of_week()));
    } else {
        out.insert("year", int(t.year));
        out.insert("month", int(t.month));
        out.insert("day", int(t.day));
    }
    out.insert("hour", int(t.hour));
    out.insert("minute", int(t.minute));
    out.insert("second", int(t.second));
    out.insert("millisecond", int(t.millis));
    Ok(Bson::Document(out))
}

fn date_to_string(arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    let d = spec(arg, 18629, || {
        "$dateToString only supports an object as its argument".into()
    })?;
    known_fields(d, &["format", "date", "timezone", "onNull"], 18534, |k| {
        format!("Unrecognized argument to $dateToString: {k}")
    })?;
    let date_expr = d
        .get("date")
        .ok_or_else(|| located(18628, "Missing 'date' parameter to $dateToString"))?;
    let date = eval(date_expr, s)?;
    // The format is checked before anything can turn the result into null.
    let format = match d.get("format") {
        None => None,
        Some(e) => Some(match eval(e, s)? {
            None | Some(Bson::Null) | Some(Bson::Undefined) => None,
            Some(Bson::String(f)) => {
                format::validate(&f, format::TO_STRING_SPECIFIERS)?;
                Some(f)
            }
            Some(other) => {
                return Err(located(
                    18533,
                    format!(
                        "$dateToString requires that 'format' be a string, found: {} with value {}",
                        type_name(&other),
                        render(&other)
                    ),
                ))
            }
        }),
    };
    let zone = time_zone(d.get("timezone"), s)?;
    let Some(date) = date.filter(|d| !matches!(d, Bson::Null | Bson::Undefined)) else {
        return match d.get("onNull") {
            Some(e) => eval(e, s),
            None => Ok(Some(Bson::Null)),
        };
    };
    let Some(zone) = zone else {
        return Ok(Some(Bson::Null));
    };
    let format = match format {
        None if zone.is_utc() => format::ISO_FORMAT_Z.to_string(),
        None => format::ISO_FORMAT.to_string(),
        Some(None) => return Ok(Some(Bson::Null)),
        Some(Some(f)) => f,
    };
    let ms = coerce_date(&date)?;
    Ok(Some(Bson::String(format::format_date(zone, ms, &format)?)))
}

fn date_from_string(arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    let d = spec(arg, 40540, || {
        format!(
            "$dateFromString only supports an object as an argument, found: {}",
            type_name(arg)
        )
    })?;
    known_fields(
        d,
        &["format", "dateString", "timezone", "onNull", "onError"],
        40541,
        |k| format!("Unrecognized argument to $dateFromString: {k}"),
    )?;
    let string_expr = d
        .get("dateString")
        .ok_or_else(|| located(40542, "Missing 'dateString' parameter to $dateFromString"))?;
    let input = eval(string_expr, s)?;
    let format = match d.get("format") {
        None => None,
        Some(e) => Some(match eval(e, s)? {
            None | Some(Bson::Null) | Some(Bson::Undefined) => None,
            Some(Bson::String(f)) => {
                format::validate(&f, format::FROM_STRING_SPECIFIERS)?;
                Some(f)
            }
            Some(other) => {
                return Err(located(
                    40684,
                    format!(
                    "$dateFromString requires that 'format' be a string, found: {} with value {}",
                    type_name(&other),
                    render(&other)
                ),
                ))
            }
        }),
    };
    // An unknown zone is an error even when the string is null.
    let zone = time_zone(d.get("timezone"), s)?;
    if nullish(&input) {
        return match d.get("onNull") {
            Some(e) => eval(e, s),
            None => Ok(Some(Bson::Null)),
        };
    }
    let parsed = (|| -> Result<Option<Bson>> {
        let input = match input.unwrap_or(Bson::Null) {
            Bson::String(text) => text,
            other => {
                return Err(Error::new(
                    ErrorCode::ConversionFailure,
                    format!(
                        "$dateFromString requires that 'dateString' be a string, found: {} with value {}",
                        type_name(&other),
                        render(&other)
                    ),
                ))
            }
        };
        let Some(zone) = zone else {
            return Ok(Some(Bson::Null));
        };
        let format = match &format {
            None => None,
            Some(None) => return Ok(Some(Bson::Null)),
            Some(Some(f)) => Some(f.as_str()),
        };
        Ok(Some(date_value(parse::from_string(&input, zone, format)?)))
    })();
    match (parsed, d.get("onError")) {
        (Err(e), Some(on_error)) if e.code == ErrorCode::ConversionFailure => eval(on_error, s),
        (result, _) => result,
    }
}

/// An optional integral argument (`integral64Bit` in mongod): ints, longs,
/// and doubles or decimals holding a whole number.
fn integral(v: &Bson) -> Option<i64> {
    match v {
        Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_) => as_i64(v),
        _ => None,
    }
}
