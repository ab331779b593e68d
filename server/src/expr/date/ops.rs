//! Argument handling of $dateFromParts, $dateAdd / $dateSubtract, $dateDiff
//! and $dateTrunc: which arguments each accepts, the order mongod evaluates
//! them in (a null anywhere gives null, errors come in mongod's order) and
//! its error codes. The arithmetic itself is in `add`, `diff`, `trunc` and
//! `from_parts`.
//!
//! Called by the date family's `eval_op` (`date.rs`), which the expression
//! evaluator calls.

use super::unit::{self, Unit};
use super::{add, diff, from_parts, trunc};
use super::{
    as_date, date_value, eval, integral, known_fields, located, nullish, render, spec, time_zone,
    zone_of, Scope, Zone,
};
use crate::error::{Error, Result};
use crate::value::type_name;
use bson::{Bson, Document};

/// `$dateFromParts` bounds most parts to a 16-bit range.
const PART_MIN: i64 = i16::MIN as i64;
const PART_MAX: i64 = i16::MAX as i64;

/// One numeric part: its default when absent, `None` when it evaluates to
/// null, an error unless integral (and, when `bounded`, within 16 bits).
fn part(
    d: &Document,
    name: &str,
    default: i64,
    bounded: bool,
    s: &Scope<'_>,
) -> Result<Option<i64>> {
    let Some(expr) = d.get(name) else {
        return Ok(Some(default));
    };
    let value = eval(expr, s)?;
    if nullish(&value) {
        return Ok(None);
    }
    let value = value.unwrap_or(Bson::Null);
    let n = integral(&value).ok_or_else(|| {
        located(
            40515,
            format!(
                "'{name}' must evaluate to an integer, found {} with value {}",
                type_name(&value),
                render(&value)
            ),
        )
    })?;
    if bounded && !(PART_MIN..=PART_MAX).contains(&n) {
        return Err(located(
            31034,
            format!(
                "'{name}' must evaluate to a value in the range [{PART_MIN}, {PART_MAX}]; value {n} is not in range"
            ),
        ));
    }
    Ok(Some(n))
}

pub(super) fn date_from_parts(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let d = spec(arg, 40519, || {
        "$dateFromParts only supports an object as its argument".into()
    })?;
    known_fields(
        d,
        &[
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "millisecond",
            "isoWeekYear",
            "isoWeek",
            "isoDayOfWeek",
            "timezone",
        ],
        40518,
        |k| format!("Unrecognized argument to $dateFromParts: {k}"),
    )?;
    let has = |k: &str| d.contains_key(k);
    if !has("year") && !has("isoWeekYear") {
        return Err(located(
            40516,
            "$dateFromParts requires either 'year' or 'isoWeekYear' to be present",
        ));
    }
    if has("year") && (has("isoWeekYear") || has("isoWeek") || has("isoDayOfWeek")) {
        return Err(located(
            40489,
            "$dateFromParts does not allow mixing natural dates with ISO dates",
        ));
    }
    if has("isoWeekYear") && (has("year") || has("month") || has("day")) {
        return Err(located(
            40525,
            "$dateFromParts does not allow mixing ISO dates with natural dates",
        ));
    }
    let (Some(hour), Some(minute), Some(second), Some(millis)) = (
        part(d, "hour", 0, true, s)?,
        part(d, "minute", 0, true, s)?,
        part(d, "second", 0, false, s)?,
        part(d, "millisecond", 0, false, s)?,
    ) else {
        return Ok(Bson::Null);
    };
    let Some(zone) = time_zone(d.get("timezone"), s)? else {
        return Ok(Bson::Null);
    };
    let (year_field, range_code) = if has("year") {
        ("year", 40523)
    } else {
        ("isoWeekYear", 31095)
    };
    let (Some(year), Some(a), Some(b)) = (
        part(d, year_field, 1970, false, s)?,
        part(d, if has("year") { "month" } else { "isoWeek" }, 1, true, s)?,
        part(
            d,
            if has("year") { "day" } else { "isoDayOfWeek" },
            1,
            true,
            s,
        )?,
    ) else {
        return Ok(Bson::Null);
    };
    if !(1..=9999).contains(&year) {
        return Err(located(
            range_code,
            format!(
                "'{year_field}' must evaluate to an integer in the range 1 to 9999, found {year}"
            ),
        ));
    }
    let ms = if has("year") {
        from_parts::from_parts(zone, year, a, b, hour, minute, second, millis)?
    } else {
        from_parts::from_iso_parts(zone, year, a, b, hour, minute, second, millis)?
    };
    Ok(date_value(ms))
}

/// `$dateAdd` and `$dateSubtract`.
pub(super) fn date_add(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let d = spec(arg, 5166400, || {
        format!("{op} expects an object as its argument")
    })?;
    known_fields(
        d,
        &["startDate", "unit", "amount", "timezone"],
        5166401,
        |k| {
            format!(
            "Unrecognized argument to {op}: {k}. Expected arguments are startDate, unit, amount, and optionally timezone."
        )
        },
    )?;
    let (Some(start), Some(unit), Some(amount)) =
        (d.get("startDate"), d.get("unit"), d.get("amount"))
    else {
        return Err(located(
            5166402,
            format!("{op} requires startDate, unit, and amount to be present"),
        ));
    };
    let start = eval(start, s)?;
    if nullish(&start) {
        return Ok(Bson::Null);
    }
    let unit = eval(unit, s)?;
    if nullish(&unit) {
        return Ok(Bson::Null);
    }
    let amount = eval(amount, s)?;
    if nullish(&amount) {
        return Ok(Bson::Null);
    }
    let Some(zone) = time_zone(d.get("timezone"), s)? else {
        return Ok(Bson::Null);
    };
    let start = start.as_ref().and_then(as_date).ok_or_else(|| {
        located(
            5166403,
            format!("{op} requires startDate to be convertible to a date"),
        )
    })?;
    let unit = match unit {
        Some(Bson::String(u)) => u,
        other => {
            return Err(located(
                5166404,
                format!(
                    "{op} requires 'unit' to be a string, but got {}",
                    type_name(&other.unwrap_or(Bson::Null))
                ),
            ))
        }
    };
    let amount = amount.as_ref().and_then(integral).ok_or_else(|| {
        located(
            5166405,
            format!("{op} expects integer amount of time units"),
        )
    })?;
    let unit = Unit::parse(&unit)
        .ok_or_else(|| Error::failed_to_parse(format!("unknown time unit value: {unit}")))?;
    let amount = if op == "$dateSubtract" {
        amount.checked_neg().ok_or_else(|| {
            located(
                6045000,
                format!("invalid $dateSubtract 'amount' parameter value: {amount}"),
            )
        })?
    } else {
        amount
    };
    Ok(date_value(add::date_add(start, unit, amount, zone)?))
}

/// A `unit` argument of $dateDiff / $dateTrunc. The two report a wrong
/// type and an unknown name differently: $dateDiff with 5166306 and a
/// FailedToParse, $dateTrunc with 5439013 and 5439014.
fn unit_of(v: &Bson, op: &str) -> Result<Unit> {
    let diff = op == "$dateDiff";
    let Bson::String(name) = v else {
        return Err(located(
            if diff { 5166306 } else { 5439013 },
            format!(
                "{op} requires 'unit' to be a string, but got {}",
                type_name(v)
            ),
        ));
    };
    Unit::parse(name).ok_or_else(|| {
        if diff {
            Error::failed_to_parse(format!("unknown time unit value: {name}"))
        } else {
            located(
                5439014,
                format!("{op} parameter 'unit' value cannot be recognized as a time unit: {name}"),
            )
        }
    })
}

/// A `startOfWeek` argument: 1 (Monday) to 7 (Sunday), with the same split
/// of error codes as [`unit_of`].
fn start_of_week_of(v: &Bson, op: &str) -> Result<i64> {
    let diff = op == "$dateDiff";
    let Bson::String(name) = v else {
        return Err(located(
            if diff { 5338800 } else { 5439015 },
            format!(
                "{op} requires 'startOfWeek' to be a string, but got {}",
                type_name(v)
            ),
        ));
    };
    unit::parse_day_of_week(name).ok_or_else(|| {
        if diff {
            Error::failed_to_parse(format!("unknown day of week value: {name}"))
        } else {
            located(
                5439016,
                format!(
                    "{op} parameter 'startOfWeek' value cannot be recognized as a day of a week: {name}"
                ),
            )
        }
    })
}

/// The `timezone` of $dateDiff / $dateTrunc, whose errors say which
/// parameter failed.
fn zone_with_context(d: &Document, op: &str, s: &Scope<'_>) -> Result<Option<Zone>> {
    time_zone(d.get("timezone"), s).map_err(|e| with_zone_context(e, op))
}

fn with_zone_context(mut e: Error, op: &str) -> Error {
    e.message = format!(
        "{op} parameter 'timezone' value parsing failed :: caused by :: {}",
        e.message
    );
    e
}

/// Sunday, the default first day of the week.
const DEFAULT_START_OF_WEEK: i64 = 7;

pub(super) fn date_diff(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    const OP: &str = "$dateDiff";
    let d = spec(arg, 5166301, || {
        "$dateDiff only supports an object as its argument".into()
    })?;
    known_fields(
        d,
        &["startDate", "endDate", "unit", "timezone", "startOfWeek"],
        5166302,
        |k| format!("Unrecognized argument to $dateDiff: {k}"),
    )?;
    let required = |name: &str, code: i32| {
        d.get(name)
            .ok_or_else(|| located(code, format!("Missing '{name}' parameter to $dateDiff")))
    };
    let (start, end, unit) = (
        required("startDate", 5166303)?,
        required("endDate", 5166304)?,
        required("unit", 5166305)?,
    );
    let start = eval(start, s)?;
    if nullish(&start) {
        return Ok(Bson::Null);
    }
    let end = eval(end, s)?;
    if nullish(&end) {
        return Ok(Bson::Null);
    }
    let unit = eval(unit, s)?.unwrap_or(Bson::Null);
    if matches!(unit, Bson::Null | Bson::Undefined) {
        return Ok(Bson::Null);
    }
    // startOfWeek only matters (and is only evaluated) for weeks.
    let mut start_of_week = None;
    if let (Some(e), Bson::String(u)) = (d.get("startOfWeek"), &unit) {
        if u == "week" {
            match eval(e, s)? {
                None | Some(Bson::Null) | Some(Bson::Undefined) => return Ok(Bson::Null),
                Some(v) => start_of_week = Some(v),
            }
        }
    }
    let Some(zone) = zone_with_context(d, OP, s)? else {
        return Ok(Bson::Null);
    };
    let date = |v: Option<Bson>, name: &str| -> Result<i64> {
        let v = v.unwrap_or(Bson::Null);
        as_date(&v).ok_or_else(|| {
            located(
                5166307,
                format!(
                    "$dateDiff requires '{name}' to be a date, but got {}",
                    type_name(&v)
                ),
            )
        })
    };
    let (start, end) = (date(start, "startDate")?, date(end, "endDate")?);
    let unit = unit_of(&unit, OP)?;
    let start_of_week = match start_of_week {
        Some(v) => start_of_week_of(&v, OP)?,
        None => DEFAULT_START_OF_WEEK,
    };
    Ok(Bson::Int64(diff::date_diff(
        start,
        end,
        unit,
        zone,
        start_of_week,
    )?))
}

pub(super) fn date_trunc(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    const OP: &str = "$dateTrunc";
    let d = spec(arg, 5439007, || {
        "$dateTrunc only supports an object as its argument".into()
    })?;
    known_fields(
        d,
        &["date", "unit", "binSize", "timezone", "startOfWeek"],
        5439008,
        |k| {
            format!(
                "Unrecognized argument to $dateTrunc: {k}. Expected arguments are date, unit, and optionally, binSize, timezone, startOfWeek"
            )
        },
    )?;
    let date = d
        .get("date")
        .ok_or_else(|| located(5439009, "Missing 'date' parameter to $dateTrunc"))?;
    let unit = d
        .get("unit")
        .ok_or_else(|| located(5439010, "Missing 'unit' parameter to $dateTrunc"))?;
    // Every argument is evaluated, and any null makes the result null,
    // before any of them is checked.
    let date = eval(date, s)?;
    let unit = eval(unit, s)?;
    let bin_size = d.get("binSize").map(|e| eval(e, s)).transpose()?;
    let zone = d.get("timezone").map(|e| eval(e, s)).transpose()?;
    let is_week = matches!(&unit, Some(Bson::String(u)) if u == "week");
    let start_of_week = match d.get("startOfWeek") {
        Some(e) if is_week => Some(eval(e, s)?),
        _ => None,
    };
    if nullish(&date)
        || nullish(&unit)
        || bin_size.as_ref().is_some_and(nullish)
        || zone.as_ref().is_some_and(nullish)
        || start_of_week.as_ref().is_some_and(nullish)
    {
        return Ok(Bson::Null);
    }
    let unit = unit_of(&unit.unwrap_or(Bson::Null), OP)?;
    let bin_size = match bin_size.flatten() {
        None => 1,
        Some(v) => {
            let n = integral(&v).ok_or_else(|| {
                located(
                    5439017,
                    format!(
                        "$dateTrunc requires 'binSize' to be a 64-bit integer, but got value '{}' of type {}",
                        render(&v),
                        type_name(&v)
                    ),
                )
            })?;
            if n <= 0 {
                return Err(located(
                    5439018,
                    format!(
                        "$dateTrunc requires 'binSize' to be greater than 0, but got value {n}"
                    ),
                ));
            }
            n
        }
    };
    let start_of_week = match start_of_week.flatten() {
        Some(v) => start_of_week_of(&v, OP)?,
        None => DEFAULT_START_OF_WEEK,
    };
    let zone = match zone.flatten() {
        None => Zone::Utc,
        Some(v) => zone_of(&v).map_err(|e| with_zone_context(e, OP))?,
    };
    let date = date.unwrap_or(Bson::Null);
    let ms = as_date(&date).ok_or_else(|| {
        located(
            5439012,
            format!(
                "$dateTrunc requires 'date' to be a date, but got {}",
                type_name(&date)
            ),
        )
    })?;
    Ok(date_value(trunc::date_trunc(
        ms,
        unit,
        bin_size,
        zone,
        start_of_week,
    )?))
}
