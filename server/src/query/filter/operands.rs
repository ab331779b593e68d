//! The operands of the `$type`, `$mod` and bitwise (`$bitsAllSet`...)
//! operators, as the filter parser reads them, and the tests those
//! operators apply to a value during matching.

use super::{BitTest, TypeSpec};
use crate::error::{Error, Result};
use crate::value::decimal::Decimal;
use crate::value::{as_i64, is_number, type_name};
use bson::Bson;

/// The 64-bit dividend `$mod` uses: integers as they are, doubles and
/// decimals truncated toward zero; NaN, infinities and values outside the
/// int64 range never match (ModMatchExpression).
pub(super) fn mod_dividend(v: &Bson) -> Option<i64> {
    match v {
        Bson::Int32(i) => Some(*i as i64),
        Bson::Int64(i) => Some(*i),
        Bson::Double(d) => f64_to_i64_trunc(*d),
        Bson::Decimal128(d) => decimal_to_i64_trunc(&Decimal::from(d)),
        _ => None,
    }
}

/// A finite double truncated toward zero, if the result fits in an i64.
fn f64_to_i64_trunc(d: f64) -> Option<i64> {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    let t = d.trunc();
    (d.is_finite() && (-TWO_63..TWO_63).contains(&t)).then_some(t as i64)
}

/// A finite decimal truncated toward zero, if the result fits in an i64.
fn decimal_to_i64_trunc(d: &Decimal) -> Option<i64> {
    let Decimal::Finite {
        negative,
        coefficient,
        exponent,
    } = *d
    else {
        return None;
    };
    let magnitude = if exponent >= 0 {
        coefficient.checked_mul(10u128.checked_pow(exponent as u32)?)?
    } else {
        match 10u128.checked_pow(exponent.unsigned_abs()) {
            Some(p) => coefficient / p,
            None => 0,
        }
    };
    let m = i128::try_from(magnitude).ok()?;
    i64::try_from(if negative { -m } else { m }).ok()
}

/// The bit positions of a bitwise operator's argument: a non-negative
/// integral bitmask, an array of positions, or BinData.
pub(super) fn bit_positions(op: &str, arg: &Bson) -> Result<Vec<u32>> {
    match arg {
        Bson::Array(a) => a
            .iter()
            .map(|p| match as_i64(p) {
                Some(n) if n >= 0 && is_number(p) => Ok(n as u32),
                Some(_) if is_number(p) => Err(Error::bad_value(format!(
                    "bit positions cannot be negative: {p}"
                ))),
                _ => Err(Error::bad_value(format!(
                    "bit positions must be an integer but got: {p}"
                ))),
            })
            .collect(),
        Bson::Binary(b) => Ok((0..b.bytes.len() as u32 * 8)
            .filter(|i| b.bytes[(*i / 8) as usize] & (1 << (i % 8)) != 0)
            .collect()),
        // A numeric bitmask must be a non-negative integer that fits in an
        // int64 (parseIntegerElementToNonNegativeLong: FailedToParse).
        _ if is_number(arg) => match as_i64(arg) {
            Some(n) if n >= 0 => Ok((0..63).filter(|i| n & (1i64 << i) != 0).collect()),
            Some(_) => Err(Error::failed_to_parse(format!(
                "Expected a positive number in: {op}: {arg}"
            ))),
            None => Err(Error::failed_to_parse(format!(
                "Expected an integer that fits in 64 bits: {op}: {arg}"
            ))),
        },
        _ => Err(Error::bad_value(format!(
            "{op} takes an Array, a number, or a BinData but received: {arg}"
        ))),
    }
}

/// Applies a bitwise test to a number (two's complement, sign-extended past
/// bit 63) or BinData; other values never match.
pub(super) fn bits_match(v: &Bson, test: BitTest, positions: &[u32]) -> bool {
    let bit: Box<dyn Fn(u32) -> bool> = match v {
        Bson::Binary(b) => {
            let bytes = b.bytes.clone();
            Box::new(move |p| {
                bytes
                    .get((p / 8) as usize)
                    .is_some_and(|x| x & (1 << (p % 8)) != 0)
            })
        }
        Bson::Double(d) if d.fract() != 0.0 || !d.is_finite() => return false,
        _ if is_number(v) => match as_i64(v) {
            Some(n) => Box::new(move |p| if p < 64 { (n >> p) & 1 == 1 } else { n < 0 }),
            None => return false,
        },
        _ => return false,
    };
    match test {
        BitTest::AllSet => positions.iter().all(|p| bit(*p)),
        BitTest::AnySet => positions.iter().any(|p| bit(*p)),
        BitTest::AllClear => positions.iter().all(|p| !bit(*p)),
        BitTest::AnyClear => positions.iter().any(|p| !bit(*p)),
    }
}

fn type_alias(name: &str) -> Option<TypeSpec> {
    match name {
        "number" => Some(TypeSpec::Number),
        _ => crate::value::type_number(name).map(TypeSpec::Code),
    }
}

pub(super) fn parse_type_spec(v: &Bson) -> Result<TypeSpec> {
    match v {
        Bson::String(s) => {
            type_alias(s).ok_or_else(|| Error::bad_value(format!("Unknown type name alias: {s}")))
        }
        _ if is_number(v) => {
            let code = as_i64(v)
                .ok_or_else(|| Error::bad_value(format!("Invalid numerical type code: {v}")))?;
            if matches!(code, -1 | 127) || (1..=19).contains(&code) {
                Ok(TypeSpec::Code(code as i32))
            } else {
                Err(Error::bad_value(format!(
                    "Invalid numerical type code: {code}"
                )))
            }
        }
        _ => Err(Error::type_mismatch(format!(
            "type must be represented as a number or a string, not {}",
            type_name(v)
        ))),
    }
}

/// `$mod`'s divisor or remainder as an int64: numbers truncated toward
/// zero; NaN, infinities and values outside the int64 range are refused
/// (BSONElement::tryCoerce, since 5.1).
pub(super) fn mod_arg(v: &Bson, what: &str) -> Result<i64> {
    let n = match v {
        Bson::Int32(i) => Some(*i as i64),
        Bson::Int64(i) => Some(*i),
        Bson::Double(d) => f64_to_i64_trunc(*d),
        Bson::Decimal128(d) => decimal_to_i64_trunc(&Decimal::from(d)),
        _ => {
            return Err(Error::bad_value(format!(
                "malformed mod, {what} not a number"
            )))
        }
    };
    n.ok_or_else(|| {
        Error::bad_value(format!(
            "malformed mod, {what} value is invalid :: caused by :: Out of bounds coercing to integral value"
        ))
    })
}
