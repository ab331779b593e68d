//! Type conversion operators: $toString, $toInt, $toLong, $toDouble,
//! $toBool, $toDate, $toObjectId, $toDecimal, and $convert (with
//! onError/onNull).
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here;
//! `$substr` uses [`convert`] for its non-string input.

use super::{args, eval, eval_value, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_f64, type_name};
use bson::{oid::ObjectId, Bson};

fn conversion_error(v: &Bson, to: &str) -> Error {
    Error::new(
        ErrorCode::ConversionFailure,
        format!(
            "Unsupported conversion from {} to {to} in $convert with no onError value",
            type_name(v)
        ),
    )
}

/// Converts a (non-null) value to the named type, mongod's rules.
pub fn convert(v: &Bson, to: &str) -> Result<Bson> {
    let fail = || conversion_error(v, to);
    Ok(match to {
        "string" => Bson::String(match v {
            Bson::String(s) => s.clone(),
            Bson::Int32(i) => i.to_string(),
            Bson::Int64(i) => i.to_string(),
            Bson::Double(d) => {
                if d.fract() == 0.0 && d.abs() < 1e15 {
                    format!("{}", *d as i64)
                } else {
                    d.to_string()
                }
            }
            Bson::Decimal128(d) => d.to_string(),
            Bson::Boolean(b) => b.to_string(),
            Bson::ObjectId(o) => o.to_hex(),
            Bson::DateTime(d) => d.try_to_rfc3339_string().map_err(|_| fail())?,
            _ => return Err(fail()),
        }),
        "int" | "long" => {
            let n: i64 = match v {
                Bson::Int32(i) => *i as i64,
                Bson::Int64(i) => *i,
                Bson::Double(d) if d.is_finite() => d.trunc() as i64,
                Bson::Decimal128(_) => as_f64(v).ok_or_else(fail)?.trunc() as i64,
                Bson::Boolean(b) => *b as i64,
                Bson::String(s) => s.trim().parse::<i64>().map_err(|_| {
                    Error::new(
                        ErrorCode::ConversionFailure,
                        format!("Failed to parse number '{s}' in $convert with no onError value"),
                    )
                })?,
                Bson::DateTime(d) if to == "long" => d.timestamp_millis(),
                _ => return Err(fail()),
            };
            if to == "int" {
                if n < i32::MIN as i64 || n > i32::MAX as i64 {
                    return Err(Error::new(ErrorCode::ConversionFailure, format!("Conversion would overflow target type in $convert with no onError value: {v}")));
                }
                Bson::Int32(n as i32)
            } else {
                Bson::Int64(n)
            }
        }
        "double" => Bson::Double(match v {
            Bson::String(s) => s.trim().parse::<f64>().map_err(|_| {
                Error::new(
                    ErrorCode::ConversionFailure,
                    format!("Failed to parse number '{s}' in $convert with no onError value"),
                )
            })?,
            Bson::Boolean(b) => *b as i64 as f64,
            Bson::DateTime(d) => d.timestamp_millis() as f64,
            _ => as_f64(v).ok_or_else(fail)?,
        }),
        "bool" => Bson::Boolean(match v {
            Bson::Boolean(b) => *b,
            // mongod's conversion table: these types are always true
            // (a date is too: coerceToBool of a date is true).
            Bson::String(_)
            | Bson::ObjectId(_)
            | Bson::DateTime(_)
            | Bson::Document(_)
            | Bson::Array(_)
            | Bson::Binary(_)
            | Bson::RegularExpression(_)
            | Bson::DbPointer(_)
            | Bson::JavaScriptCode(_)
            | Bson::Symbol(_)
            | Bson::JavaScriptCodeWithScope(_)
            | Bson::Timestamp(_) => true,
            _ => as_f64(v).map(|d| d != 0.0).ok_or_else(fail)?,
        }),
        "date" => Bson::DateTime(match v {
            Bson::DateTime(d) => *d,
            Bson::Int64(i) => bson::DateTime::from_millis(*i),
            Bson::Double(d) => bson::DateTime::from_millis(*d as i64),
            Bson::ObjectId(o) => o.timestamp(),
            Bson::String(s) => bson::DateTime::parse_rfc3339_str(s).map_err(|_| {
                Error::new(
                    ErrorCode::ConversionFailure,
                    format!("Error parsing date string '{s}'"),
                )
            })?,
            _ => return Err(fail()),
        }),
        "objectId" => Bson::ObjectId(match v {
            Bson::ObjectId(o) => *o,
            Bson::String(s) => ObjectId::parse_str(s).map_err(|_| {
                Error::new(
                    ErrorCode::ConversionFailure,
                    format!("Failed to parse objectId '{s}' in $convert with no onError value"),
                )
            })?,
            _ => return Err(fail()),
        }),
        "decimal" => super::to_decimal::to_decimal(v)?.ok_or_else(fail)?,
        _ => return Err(Error::bad_value(format!("Unknown type name: {to}"))),
    })
}

fn type_of(v: &Bson) -> Result<String> {
    Ok(match v {
        Bson::String(s) => s.clone(),
        other => match crate::value::as_i64(other) {
            Some(1) => "double".into(),
            Some(2) => "string".into(),
            Some(7) => "objectId".into(),
            Some(8) => "bool".into(),
            Some(9) => "date".into(),
            Some(16) => "int".into(),
            Some(18) => "long".into(),
            Some(19) => "decimal".into(),
            _ => {
                return Err(Error::bad_value(format!(
                    "Unknown type code in $convert: {other}"
                )))
            }
        },
    })
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let to = match op {
        "$toString" => "string",
        "$toInt" => "int",
        "$toLong" => "long",
        "$toDouble" => "double",
        "$toBool" => "bool",
        "$toDate" => "date",
        "$toObjectId" => "objectId",
        "$toDecimal" => "decimal",
        "$convert" => {
            let Bson::Document(d) = arg else {
                return Err(Error::failed_to_parse(
                    "$convert expects an object of named arguments",
                ));
            };
            let input = d
                .get("input")
                .ok_or_else(|| Error::failed_to_parse("Missing 'input' parameter to $convert"))?;
            let to = type_of(&eval_value(
                d.get("to")
                    .ok_or_else(|| Error::failed_to_parse("Missing 'to' parameter to $convert"))?,
                s,
            )?)?;
            let v = eval(input, s)?;
            return Ok(Some(match v {
                None | Some(Bson::Null) => match d.get("onNull") {
                    Some(e) => eval(e, s)?,
                    None => Some(Bson::Null),
                },
                Some(v) => match convert(&v, &to) {
                    Ok(r) => Some(r),
                    Err(e) => match d.get("onError") {
                        Some(h) => eval(h, s)?,
                        None => return Err(e),
                    },
                },
            }));
        }
        _ => return Ok(None),
    };
    let a = args(arg);
    Ok(Some(match eval(&a[0], s)? {
        None | Some(Bson::Null) | Some(Bson::Undefined) => Some(Bson::Null),
        Some(v) => Some(convert(&v, to)?),
    }))
}
