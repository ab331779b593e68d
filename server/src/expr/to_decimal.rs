//! Conversions into Decimal128 for the expression operators: `$toDecimal`
//! and `$convert` to "decimal" (numbers, booleans, dates and strings, with
//! mongod's rules), and decimals from the f64 results of operators that
//! return a decimal when given one (the trigonometric family and `$log`).
//!
//! Part of the expression evaluator: `convert` and `trig` call these. The
//! transcendental functions are computed in f64 and the decimal carries the
//! f64's shortest round-trip digits (about 17 significant digits instead of
//! mongod's 34); the Decimal128 type and its exact arithmetic are in
//! `value::decimal`.

use crate::error::{Error, ErrorCode, Result};
use crate::value::decimal::Decimal;
use bson::{Bson, Decimal128};

/// A decimal holding the shortest decimal digits that round-trip `f`.
pub(crate) fn from_f64_shortest(f: f64) -> Bson {
    let s = if f.is_nan() {
        "NaN".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else {
        format!("{f:e}")
    };
    Bson::Decimal128(s.parse().unwrap_or_else(|_| nan()))
}

/// A decimal from a double as mongod's default `Decimal128(double)` makes it:
/// rounded to 15 significant digits, all 15 kept (2.5 becomes
/// 2.50000000000000).
pub(crate) fn from_f64_15_digits(f: f64) -> Decimal128 {
    Decimal::from_f64_15(f).to_decimal128()
}

fn nan() -> Decimal128 {
    "NaN".parse().expect("NaN parses")
}

/// Whether `s` is a base-10 number mongod's decimal parser accepts: an
/// optional sign, digits with at most one point (at least one digit), an
/// optional exponent; or infinity / NaN spelled out.
fn is_decimal_literal(s: &str) -> bool {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if matches!(
        body.to_ascii_lowercase().as_str(),
        "inf" | "infinity" | "nan"
    ) {
        return true;
    }
    let (mantissa, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mut digits = 0;
    let mut points = 0;
    for c in mantissa.chars() {
        match c {
            '0'..='9' => digits += 1,
            '.' => points += 1,
            _ => return false,
        }
    }
    if digits == 0 || points > 1 {
        return false;
    }
    match exp {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && e.chars().all(|c| c.is_ascii_digit())
        }
    }
}

/// Parses a string the way `$convert` to "decimal" does.
pub(crate) fn parse_decimal(s: &str) -> Result<Decimal128> {
    let fail = || {
        Error::new(
            ErrorCode::ConversionFailure,
            format!("Failed to parse number '{s}' in $convert with no onError value"),
        )
    };
    if !is_decimal_literal(s) {
        return Err(fail());
    }
    s.parse().map_err(|_| fail())
}

/// `$convert` to "decimal" for a non-null value: `Ok(None)` when the type
/// has no conversion to decimal.
pub(crate) fn to_decimal(v: &Bson) -> Result<Option<Bson>> {
    let exact = |n: i64| {
        n.to_string()
            .parse::<Decimal128>()
            .ok()
            .map(Bson::Decimal128)
    };
    Ok(match v {
        Bson::Decimal128(_) => Some(v.clone()),
        Bson::Int32(i) => exact(*i as i64),
        Bson::Int64(i) => exact(*i),
        Bson::Double(d) => Some(Bson::Decimal128(from_f64_15_digits(*d))),
        Bson::Boolean(b) => exact(*b as i64),
        Bson::DateTime(d) => exact(d.timestamp_millis()),
        Bson::String(s) => Some(Bson::Decimal128(parse_decimal(s)?)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_from_double() {
        let cases: [(f64, &str); 7] = [
            (2.5, "2.50000000000000"),
            (1.0 / 3.0, "0.333333333333333"),
            (1e20, "1.00000000000000E+20"),
            (0.0, "0"),
            (-7.0, "-7.00000000000000"),
            (f64::INFINITY, "Infinity"),
            (f64::NAN, "NaN"),
        ];
        for (f, want) in cases {
            assert_eq!(from_f64_15_digits(f).to_string(), want, "{f}");
        }
        let shortest: [(f64, &str); 4] = [
            (0.5, "0.5"),
            (1.0, "1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (-1e300, "-1E+300"),
        ];
        for (f, want) in shortest {
            assert_eq!(
                from_f64_shortest(f),
                Bson::Decimal128(want.parse().unwrap())
            );
        }
    }

    #[test]
    fn conversions() {
        let ok: [(Bson, &str); 9] = [
            (Bson::Boolean(true), "1"),
            (Bson::Boolean(false), "0"),
            (Bson::Int32(5), "5"),
            (Bson::Int64(10000), "10000"),
            (Bson::Double(2.5), "2.50000000000000"),
            (Bson::String("-5.5".into()), "-5.5"),
            (Bson::String("1e3".into()), "1E+3"),
            (Bson::String("Infinity".into()), "Infinity"),
            (
                Bson::DateTime(bson::DateTime::from_millis(1522127087890)),
                "1522127087890",
            ),
        ];
        for (v, want) in ok {
            match to_decimal(&v).unwrap() {
                Some(Bson::Decimal128(d)) => assert_eq!(d.to_string(), want, "{v}"),
                other => panic!("{v}: {other:?}"),
            }
        }
        for bad in ["", ".", "0x6400", "1.2.3", "abc", " 1", "1e", "--1"] {
            let e = to_decimal(&Bson::String(bad.into())).unwrap_err();
            assert_eq!(e.code, ErrorCode::ConversionFailure, "{bad:?}");
        }
        assert_eq!(
            to_decimal(&Bson::ObjectId(bson::oid::ObjectId::new())).unwrap(),
            None
        );
    }

    #[test]
    fn to_decimal_and_convert() {
        use super::super::{eval, Scope, Vars};
        use bson::{bson, doc};
        let vars = Vars::new();
        let root = doc! {"oid": bson::oid::ObjectId::new()};
        let ev = |e: Bson| {
            eval(
                &e,
                &Scope {
                    root: &root,
                    vars: &vars,
                },
            )
        };
        let dec = |s: &str| Some(Bson::Decimal128(s.parse().unwrap()));
        let ok: Vec<(Bson, Option<Bson>)> = vec![
            (bson!({"$toDecimal": 2.5}), dec("2.50000000000000")),
            (bson!({"$toDecimal": true}), dec("1")),
            (bson!({"$toDecimal": "-5.5"}), dec("-5.5")),
            (bson!({"$toDecimal": null}), Some(Bson::Null)),
            (bson!({"$toDecimal": "$missing"}), Some(Bson::Null)),
            (bson!({"$convert": {"input": 7, "to": "decimal"}}), dec("7")),
            (
                bson!({"$convert": {"input": Bson::Int64(7), "to": 19}}),
                dec("7"),
            ),
            (
                bson!({"$convert": {"input": "x", "to": "decimal", "onError": "bad"}}),
                Some(bson!("bad")),
            ),
        ];
        for (e, want) in ok {
            assert_eq!(ev(e.clone()).unwrap(), want, "{e}");
        }
        let err = ev(bson!({"$toDecimal": "$oid"})).unwrap_err();
        assert_eq!(err.code, ErrorCode::ConversionFailure);
        assert_eq!(
            err.message,
            "Unsupported conversion from objectId to decimal in $convert with no onError value"
        );
        let err = ev(bson!({"$toDecimal": "12abc"})).unwrap_err();
        assert_eq!(
            err.message,
            "Failed to parse number '12abc' in $convert with no onError value"
        );
    }
}
