//! Date operators in UTC: $year, $month, $dayOfMonth, $hour, $minute,
//! $second, $millisecond, $dayOfWeek, $dayOfYear, $week, $isoWeek, and
//! $dateToString (the common % specifiers). Other time zones are refused.

use super::{args, eval, eval_value, Scope};
use crate::bsonutil::type_name;
use crate::error::{Error, ErrorCode, Result};
use bson::Bson;
use chrono::{DateTime, Datelike, Timelike, Utc};

fn to_chrono(v: &Bson, op: &str) -> Result<DateTime<Utc>> {
    let ms = match v {
        Bson::DateTime(d) => d.timestamp_millis(),
        Bson::Timestamp(t) => t.time as i64 * 1000,
        Bson::ObjectId(o) => o.timestamp().timestamp_millis(),
        other => {
            return Err(Error::new(
                ErrorCode::Location(16006),
                format!(
                    "can't convert from BSON type {} to Date in {op}",
                    type_name(other)
                ),
            ))
        }
    };
    DateTime::from_timestamp_millis(ms).ok_or_else(|| Error::bad_value("date out of range"))
}

fn check_utc(tz: Option<&Bson>, s: &Scope<'_>) -> Result<()> {
    if let Some(tz) = tz {
        match eval_value(tz, s)? {
            Bson::String(z)
                if matches!(
                    z.as_str(),
                    "UTC" | "GMT" | "Z" | "+00:00" | "+0000" | "Etc/UTC"
                ) => {}
            Bson::Null => {}
            other => {
                return Err(Error::not_implemented(format!(
                    "time zone {other} is not supported yet"
                )))
            }
        }
    }
    Ok(())
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let part = |d: &DateTime<Utc>| -> Option<i32> {
        Some(match op {
            "$year" => d.year(),
            "$month" => d.month() as i32,
            "$dayOfMonth" => d.day() as i32,
            "$hour" => d.hour() as i32,
            "$minute" => d.minute() as i32,
            "$second" => d.second() as i32,
            "$millisecond" => (d.timestamp_subsec_millis()) as i32,
            "$dayOfWeek" => d.weekday().number_from_sunday() as i32,
            "$dayOfYear" => d.ordinal() as i32,
            "$week" => (d.ordinal0() as i32 + 7 - d.weekday().num_days_from_sunday() as i32) / 7,
            "$isoWeek" => d.iso_week().week() as i32,
            "$isoWeekYear" => d.iso_week().year(),
            "$isoDayOfWeek" => d.weekday().number_from_monday() as i32,
            _ => return None,
        })
    };
    if matches!(
        op,
        "$year"
            | "$month"
            | "$dayOfMonth"
            | "$hour"
            | "$minute"
            | "$second"
            | "$millisecond"
            | "$dayOfWeek"
            | "$dayOfYear"
            | "$week"
            | "$isoWeek"
            | "$isoWeekYear"
            | "$isoDayOfWeek"
    ) {
        let (date_expr, tz) = match arg {
            Bson::Document(d) if d.contains_key("date") => {
                (d.get("date").unwrap().clone(), d.get("timezone").cloned())
            }
            other => (args(other)[0].clone(), None),
        };
        check_utc(tz.as_ref(), s)?;
        return Ok(Some(match eval(&date_expr, s)? {
            None | Some(Bson::Null) => Some(Bson::Null),
            Some(v) => Some(Bson::Int32(part(&to_chrono(&v, op)?).unwrap_or(0))),
        }));
    }
    if op == "$dateToString" {
        let Bson::Document(d) = arg else {
            return Err(Error::new(
                ErrorCode::Location(18629),
                "$dateToString only supports an object as its argument",
            ));
        };
        check_utc(d.get("timezone"), s)?;
        let format = match d.get("format") {
            Some(f) => match eval_value(f, s)? {
                Bson::String(f) => f,
                _ => {
                    return Err(Error::new(
                        ErrorCode::Location(18533),
                        "$dateToString requires that 'format' be a string",
                    ))
                }
            },
            None => "%Y-%m-%dT%H:%M:%S.%LZ".to_string(),
        };
        let date = d.get("date").ok_or_else(|| {
            Error::new(
                ErrorCode::Location(18628),
                "Missing 'date' parameter to $dateToString",
            )
        })?;
        let v = match eval(date, s)? {
            None | Some(Bson::Null) => {
                return Ok(Some(match d.get("onNull") {
                    Some(e) => eval(e, s)?,
                    None => Some(Bson::Null),
                }))
            }
            Some(v) => v,
        };
        let t = to_chrono(&v, op)?;
        let mut out = String::new();
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('Y') => out.push_str(&format!("{:04}", t.year())),
                Some('m') => out.push_str(&format!("{:02}", t.month())),
                Some('d') => out.push_str(&format!("{:02}", t.day())),
                Some('H') => out.push_str(&format!("{:02}", t.hour())),
                Some('M') => out.push_str(&format!("{:02}", t.minute())),
                Some('S') => out.push_str(&format!("{:02}", t.second())),
                Some('L') => out.push_str(&format!("{:03}", t.timestamp_subsec_millis())),
                Some('j') => out.push_str(&format!("{:03}", t.ordinal())),
                Some('w') => out.push_str(&t.weekday().number_from_sunday().to_string()),
                Some('u') => out.push_str(&t.weekday().number_from_monday().to_string()),
                Some('V') => out.push_str(&format!("{:02}", t.iso_week().week())),
                Some('G') => out.push_str(&format!("{:04}", t.iso_week().year())),
                Some('z') => out.push_str("+0000"),
                Some('Z') => out.push('0'),
                Some('%') => out.push('%'),
                Some(other) => {
                    return Err(Error::new(
                        ErrorCode::Location(18536),
                        format!("Invalid format character '%{other}' in format string"),
                    ))
                }
                None => {
                    return Err(Error::new(
                        ErrorCode::Location(18535),
                        "Unmatched '%' at end of format string",
                    ))
                }
            }
        }
        return Ok(Some(Some(Bson::String(out))));
    }
    Ok(None)
}
