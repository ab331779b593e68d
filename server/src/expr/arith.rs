//! Arithmetic operators: $add, $subtract, $multiply, $divide, $mod, $abs.
//! Integer results stay int32/int64 while they fit (mongod widens on
//! overflow); any double makes a double; null or missing gives null.
//! Once a decimal is involved the result is a decimal computed exactly (34
//! digits, rounding half to even) with mongod's conversions: integers
//! exactly, doubles to 15 significant digits, except that `$add` widens a
//! running double total with all 34. `$mod` of decimals is the exact
//! truncated remainder, `$abs` keeps a decimal's exponent.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{args, arity, eval_args, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::decimal::Decimal;
use crate::value::{as_f64, type_name};
use bson::Bson;

enum Num {
    Int(i64, bool),
    Double(f64),
}

fn num(v: &Bson) -> Option<Num> {
    match v {
        Bson::Int32(i) => Some(Num::Int(*i as i64, true)),
        Bson::Int64(i) => Some(Num::Int(*i, false)),
        Bson::Double(d) => Some(Num::Double(*d)),
        Bson::Decimal128(_) => as_f64(v).map(Num::Double),
        _ => None,
    }
}

fn int_result(v: i64, both_int32: bool) -> Bson {
    if both_int32 && v >= i32::MIN as i64 && v <= i32::MAX as i64 {
        Bson::Int32(v as i32)
    } else {
        Bson::Int64(v)
    }
}

/// Applies an integer op with overflow to double, or a double op.
fn combine(
    op: &str,
    a: &Bson,
    b: &Bson,
    fi: fn(i64, i64) -> Option<i64>,
    fd: fn(f64, f64) -> f64,
) -> Result<Bson> {
    match (num(a), num(b)) {
        (Some(Num::Int(x, xi)), Some(Num::Int(y, yi))) => Ok(match fi(x, y) {
            Some(r) => int_result(r, xi && yi),
            None => Bson::Double(fd(x as f64, y as f64)),
        }),
        (Some(x), Some(y)) => {
            let f = |n: Num| match n {
                Num::Int(i, _) => i as f64,
                Num::Double(d) => d,
            };
            Ok(Bson::Double(fd(f(x), f(y))))
        }
        _ => Err(Error::type_mismatch(format!(
            "{op} only supports numeric types, not {} and {}",
            type_name(a),
            type_name(b)
        ))),
    }
}

fn is_nullish(v: &Option<Bson>) -> bool {
    matches!(v, None | Some(Bson::Null) | Some(Bson::Undefined))
}

pub fn eval(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$add" => add(arg, s)?,
        "$multiply" => multiply(arg, s)?,
        "$subtract" | "$divide" | "$mod" => {
            let a = args(arg);
            arity(op, &a, 2)?;
            let vals = eval_args(&a, s)?;
            if vals.iter().any(is_nullish) {
                return Ok(Some(Some(Bson::Null)));
            }
            let (x, y) = (vals[0].clone().unwrap(), vals[1].clone().unwrap());
            // With a decimal on either side the arithmetic is exact decimal.
            let dec = decimal_pair(&x, &y);
            match op {
                "$subtract" => subtract(&x, &y, dec)?,
                "$divide" => divide(&x, &y, dec)?,
                _ => modulo(&x, &y, dec)?,
            }
        }
        "$abs" => abs(arg, s)?,
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

/// `$add`: numbers, and at most one date (the result is then a date).
fn add(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let vals = eval_args(&args(arg), s)?;
    if vals.iter().any(is_nullish) {
        return Ok(Bson::Null);
    }
    let mut acc = Bson::Int32(0);
    // The total once a decimal is seen, as mongod's AddState keeps it.
    let mut dec: Option<Decimal> = None;
    let mut date: Option<i64> = None;
    for v in vals.into_iter().flatten() {
        match v {
            Bson::DateTime(d) => {
                if date.is_some() {
                    return Err(Error::new(
                        ErrorCode::Location(16612),
                        "only one date allowed in an $add expression",
                    ));
                }
                date = Some(d.timestamp_millis());
            }
            Bson::Decimal128(d) if dec.is_none() => {
                // Widening to decimal converts a double total with all 34
                // digits, an integer one exactly.
                let total = match &acc {
                    Bson::Double(x) => Decimal::from_f64(*x),
                    other => Decimal::coerce(other).unwrap_or(Decimal::NaN),
                };
                dec = Some(total.add(&Decimal::from(d)));
            }
            other if num(&other).is_some() => match dec {
                Some(t) => dec = Some(t.add(&Decimal::coerce(&other).unwrap_or(Decimal::NaN))),
                None => acc = combine("$add", &acc, &other, i64::checked_add, |a, b| a + b)?,
            },
            other => {
                return Err(Error::type_mismatch(format!(
                    "$add only supports numeric or date types, not {}",
                    type_name(&other)
                )))
            }
        }
    }
    Ok(match (date, dec) {
        // mongod adds the date's milliseconds into the decimal total and
        // converts it back unchecked (rounding half to even; what does not
        // fit becomes i64::MIN).
        (Some(ms), Some(t)) => Bson::DateTime(bson::DateTime::from_millis(
            Decimal::from_i64(ms)
                .add(&t)
                .to_i64_round()
                .unwrap_or(i64::MIN),
        )),
        (Some(ms), None) => Bson::DateTime(bson::DateTime::from_millis(
            ms + as_f64(&acc).unwrap_or(0.0).round() as i64,
        )),
        (None, Some(t)) => t.to_bson(),
        (None, None) => acc,
    })
}

fn multiply(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let vals = eval_args(&args(arg), s)?;
    if vals.iter().any(is_nullish) {
        return Ok(Bson::Null);
    }
    let mut acc = Bson::Int32(1);
    // The product once a decimal is seen, as mongod's MultiplyState keeps it.
    let mut dec: Option<Decimal> = None;
    for v in vals.into_iter().flatten() {
        match (dec, &v) {
            (None, Bson::Decimal128(d)) => {
                // Widening to decimal converts a double product to 15
                // digits, an integer one exactly.
                let total = Decimal::coerce(&acc).unwrap_or(Decimal::NaN);
                dec = Some(total.mul(&Decimal::from(d)));
            }
            (Some(t), _) if num(&v).is_some() => {
                dec = Some(t.mul(&Decimal::coerce(&v).unwrap_or(Decimal::NaN)));
            }
            _ => acc = combine("$multiply", &acc, &v, i64::checked_mul, |a, b| a * b)?,
        }
    }
    Ok(dec.map_or(acc, |t| t.to_bson()))
}

/// `$subtract` of two non-null values: numbers, a date minus a number
/// (a date), or a date minus a date (milliseconds).
fn subtract(x: &Bson, y: &Bson, dec: Option<(Decimal, Decimal)>) -> Result<Bson> {
    Ok(match (x, y, dec) {
        (Bson::DateTime(a), Bson::DateTime(b), _) => {
            Bson::Int64(a.timestamp_millis() - b.timestamp_millis())
        }
        (Bson::DateTime(a), Bson::Decimal128(d), _) => {
            // Milliseconds rounded half to even; what does not fit is an
            // overflow.
            match Decimal::from(d)
                .to_i64_round()
                .and_then(|n| a.timestamp_millis().checked_sub(n))
            {
                Some(ms) => Bson::DateTime(bson::DateTime::from_millis(ms)),
                None => return Err(Error::new(ErrorCode::Overflow, "date overflow")),
            }
        }
        (Bson::DateTime(a), n, _) if num(n).is_some() => Bson::DateTime(
            bson::DateTime::from_millis(a.timestamp_millis() - as_f64(n).unwrap().round() as i64),
        ),
        (_, _, Some((a, b))) => a.sub(&b).to_bson(),
        _ => combine("$subtract", x, y, i64::checked_sub, |a, b| a - b)?,
    })
}

/// `$divide` of two non-null values: always a double, or a decimal.
fn divide(x: &Bson, y: &Bson, dec: Option<(Decimal, Decimal)>) -> Result<Bson> {
    Ok(match dec {
        Some((_, b)) if b.is_zero() => return Err(Error::bad_value("can't $divide by zero")),
        Some((a, b)) => a.div(&b).to_bson(),
        None => {
            let (Some(a), Some(b)) = (as_f64(x), as_f64(y)) else {
                return Err(Error::type_mismatch(format!(
                    "$divide only supports numeric types, not {} and {}",
                    type_name(x),
                    type_name(y)
                )));
            };
            // mongod 8.0 answers BadValue (older versions 16608).
            if b == 0.0 {
                return Err(Error::bad_value("can't $divide by zero"));
            }
            Bson::Double(a / b)
        }
    })
}

/// `$mod` of two non-null values (mongod's division-by-zero codes differ
/// between decimals and other numbers).
fn modulo(x: &Bson, y: &Bson, dec: Option<(Decimal, Decimal)>) -> Result<Bson> {
    Ok(match dec {
        Some((_, b)) if b.is_zero() => {
            return Err(Error::new(
                ErrorCode::Location(5733415),
                "can't $mod by zero",
            ))
        }
        Some((a, b)) => a.rem(&b).to_bson(),
        None => {
            // mongod checks the types (16611) before the divisor (16610).
            if num(x).is_none() || num(y).is_none() {
                return Err(Error::new(
                    ErrorCode::Location(16611),
                    format!(
                        "$mod only supports numeric types, not {} and {}",
                        type_name(x),
                        type_name(y)
                    ),
                ));
            }
            if as_f64(y) == Some(0.0) {
                return Err(Error::new(ErrorCode::Location(16610), "can't $mod by zero"));
            }
            combine("$mod", x, y, i64::checked_rem, |a, b| a % b)?
        }
    })
}

/// `$abs`: the smallest integer of each width widens, as mongod does.
fn abs(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity("$abs", &a, 1)?;
    Ok(match super::eval(&a[0], s)? {
        None | Some(Bson::Null) => Bson::Null,
        Some(Bson::Int32(i)) => i
            .checked_abs()
            .map(Bson::Int32)
            .unwrap_or(Bson::Int64((i as i64).abs())),
        Some(Bson::Int64(i)) => i
            .checked_abs()
            .map(Bson::Int64)
            .unwrap_or(Bson::Double((i as f64).abs())),
        Some(Bson::Decimal128(d)) => Decimal::from(d).abs().to_bson(),
        Some(v) => match as_f64(&v) {
            Some(d) => Bson::Double(d.abs()),
            None => {
                return Err(Error::type_mismatch(format!(
                    "$abs only supports numeric types, not {}",
                    type_name(&v)
                )))
            }
        },
    })
}

/// Both operands as decimals when either is a Decimal128 and both are
/// numbers (mongod then computes in decimal).
fn decimal_pair(x: &Bson, y: &Bson) -> Option<(Decimal, Decimal)> {
    let either = matches!(x, Bson::Decimal128(_)) || matches!(y, Bson::Decimal128(_));
    (either && num(x).is_some() && num(y).is_some()).then(|| {
        (
            Decimal::coerce(x).unwrap_or(Decimal::NaN),
            Decimal::coerce(y).unwrap_or(Decimal::NaN),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::{eval as eval_expr, Vars};
    use super::*;
    use bson::{bson, doc, DateTime};

    fn dec(s: &str) -> Bson {
        Bson::Decimal128(s.parse().expect(s))
    }

    fn date(ms: i64) -> Bson {
        Bson::DateTime(DateTime::from_millis(ms))
    }

    fn run(e: &Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! {};
        eval_expr(
            e,
            &Scope {
                root: &root,
                vars: &vars,
            },
        )
    }

    /// With a decimal operand the result is the exact decimal mongod gives:
    /// integers convert exactly, doubles to 15 digits (a running `$add`
    /// total of doubles with all 34).
    #[test]
    fn decimal_arithmetic() {
        let cases: Vec<(Bson, Bson)> = vec![
            (bson!({"$add": [dec("1.0"), dec("2.00")]}), dec("3.00")),
            (bson!({"$add": [1, dec("0.5")]}), dec("1.5")),
            (bson!({"$add": [dec("1E+2"), 1]}), dec("101")),
            (
                bson!({"$add": [0.1, dec("0.2")]}),
                dec("0.3000000000000000055511151231257827"),
            ),
            (bson!({"$add": [dec("0.2"), 0.1]}), dec("0.300000000000000")),
            (
                bson!({"$add": [i64::MAX, dec("1")]}),
                dec("9223372036854775808"),
            ),
            (bson!({"$add": [i32::MAX, 1, dec("0")]}), dec("2147483648")),
            (bson!({"$add": [dec("NaN"), 1]}), dec("NaN")),
            (
                bson!({"$add": [dec("Infinity"), dec("-Infinity")]}),
                dec("NaN"),
            ),
            // A date plus decimals: milliseconds rounded half to even.
            (bson!({"$add": [date(1000), dec("1.5")]}), date(1002)),
            (bson!({"$add": [dec("2.5"), date(1000)]}), date(1002)),
            (bson!({"$subtract": [dec("5.5"), 2]}), dec("3.5")),
            (bson!({"$subtract": [1, dec("0.1")]}), dec("0.9")),
            (
                bson!({"$subtract": [0.3, dec("0.1")]}),
                dec("0.200000000000000"),
            ),
            (bson!({"$subtract": [dec("1"), dec("1.00")]}), dec("0.00")),
            (bson!({"$subtract": [date(1000), dec("1.5")]}), date(998)),
            (bson!({"$subtract": [date(1000), dec("2.5")]}), date(998)),
            (bson!({"$multiply": [dec("2.50"), 2]}), dec("5.00")),
            (bson!({"$multiply": [dec("0.1"), 3]}), dec("0.3")),
            (
                bson!({"$multiply": [0.1, dec("3")]}),
                dec("0.300000000000000"),
            ),
            (bson!({"$multiply": [2, 3, dec("1.5")]}), dec("9.0")),
            (
                bson!({"$multiply": [dec("1.5"), 0.1]}),
                dec("0.1500000000000000"),
            ),
            (bson!({"$multiply": [dec("-0"), 5]}), dec("-0")),
            (
                bson!({"$divide": [1, dec("3")]}),
                dec("0.3333333333333333333333333333333333"),
            ),
            (bson!({"$divide": [dec("1"), 4]}), dec("0.25")),
            (bson!({"$divide": [dec("10"), 4]}), dec("2.5")),
            (bson!({"$divide": [dec("6"), 2]}), dec("3")),
            (
                bson!({"$divide": [0.5, dec("0.25")]}),
                dec("2.0000000000000"),
            ),
            (bson!({"$mod": [dec("7.5"), 2]}), dec("1.5")),
            (bson!({"$mod": [-7, dec("3")]}), dec("-1")),
            (bson!({"$abs": dec("-2.50")}), dec("2.50")),
            (bson!({"$abs": dec("-Infinity")}), dec("Infinity")),
            // Without decimals nothing changes.
            (bson!({"$add": [0.1, 0.2]}), bson!(0.1 + 0.2)),
            (bson!({"$divide": [1, 4]}), bson!(0.25)),
            (
                bson!({"$multiply": [i32::MAX, 2]}),
                bson!(i32::MAX as i64 * 2),
            ),
            (bson!({"$add": [dec("1"), null]}), Bson::Null),
        ];
        for (e, want) in cases {
            assert_eq!(run(&e).unwrap(), Some(want.clone()), "{e}");
        }
    }

    #[test]
    fn decimal_errors() {
        let cases: Vec<(Bson, i32)> = vec![
            (bson!({"$divide": [dec("1"), dec("0E+5")]}), 2),
            (bson!({"$divide": [1, dec("-0")]}), 2),
            (bson!({"$mod": [dec("7"), 0]}), 5733415),
            (bson!({"$subtract": [date(0), dec("1E+30")]}), 15),
            (bson!({"$subtract": [date(0), dec("NaN")]}), 15),
            (bson!({"$add": [dec("1"), "x"]}), 14),
            (bson!({"$multiply": [dec("1"), "x"]}), 14),
            (bson!({"$subtract": [dec("1"), "x"]}), 14),
            (bson!({"$divide": [dec("1"), "x"]}), 14),
        ];
        for (e, code) in cases {
            let err = run(&e).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}: {}", err.message);
        }
    }
}
