//! Trigonometry and logarithms: $sin, $cos, $tan, $asin, $acos, $atan,
//! $atan2, $sinh, $cosh, $tanh, $asinh, $acosh, $atanh, $degreesToRadians,
//! $radiansToDegrees and $log.
//!
//! As in mongod, null or missing gives null, other non-numbers fail, ints and
//! longs compute in double, and a decimal input gives a decimal result. The
//! decimal is computed in f64 and carries its shortest digits (mongod
//! computes in 34-digit decimal arithmetic, so the last digits can differ).
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::double_fmt::fmt_double;
use super::to_decimal::from_f64_shortest;
use super::{args, arity, eval, Scope};
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_f64, is_number, type_name};
use bson::Bson;

/// The domain a function accepts (outside it mongod answers 50989).
#[derive(Clone, Copy)]
enum Domain {
    /// Every number, NaN and the infinities included.
    All,
    /// A closed interval.
    Closed(f64, f64),
    /// An open interval (the finite numbers, for sin/cos/tan).
    Open(f64, f64),
}

/// A one-argument function of a double.
type UnaryFn = fn(f64) -> f64;

fn unary_fn(op: &str) -> Option<(UnaryFn, Domain)> {
    const INF: f64 = f64::INFINITY;
    Some(match op {
        "$sin" => (f64::sin, Domain::Open(-INF, INF)),
        "$cos" => (f64::cos, Domain::Open(-INF, INF)),
        "$tan" => (f64::tan, Domain::Open(-INF, INF)),
        "$asin" => (f64::asin, Domain::Closed(-1.0, 1.0)),
        "$acos" => (f64::acos, Domain::Closed(-1.0, 1.0)),
        "$atanh" => (f64::atanh, Domain::Closed(-1.0, 1.0)),
        "$acosh" => (f64::acosh, Domain::Closed(1.0, INF)),
        "$atan" => (f64::atan, Domain::All),
        "$sinh" => (f64::sinh, Domain::All),
        "$cosh" => (f64::cosh, Domain::All),
        "$tanh" => (f64::tanh, Domain::All),
        "$asinh" => (f64::asinh, Domain::All),
        "$degreesToRadians" => (f64::to_radians, Domain::All),
        "$radiansToDegrees" => (f64::to_degrees, Domain::All),
        _ => return None,
    })
}

fn nullish(v: &Option<Bson>) -> bool {
    matches!(v, None | Some(Bson::Null) | Some(Bson::Undefined))
}

/// The number as mongod prints it in a domain error: decimals in their own
/// notation, everything else as a C++ stream prints a double.
fn show(v: &Bson, x: f64) -> String {
    match v {
        Bson::Decimal128(d) => d.to_string(),
        _ => fmt_double(x),
    }
}

fn unary(op: &str, f: UnaryFn, domain: Domain, arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity(op, &a, 1)?;
    let v = eval(&a[0], s)?;
    if nullish(&v) {
        return Ok(Bson::Null);
    }
    let v = v.unwrap_or(Bson::Null);
    if !is_number(&v) {
        return Err(Error::new(
            ErrorCode::Location(28765),
            format!("{op} only supports numeric types, not {}", type_name(&v)),
        ));
    }
    let x = as_f64(&v).unwrap_or(f64::NAN);
    let (lo, hi, closed) = match domain {
        Domain::All => (f64::NEG_INFINITY, f64::INFINITY, true),
        Domain::Closed(lo, hi) => (lo, hi, true),
        Domain::Open(lo, hi) => (lo, hi, false),
    };
    if !matches!(domain, Domain::All) {
        // A NaN passes through untouched.
        if x.is_nan() {
            return Ok(v);
        }
        let inside = if closed {
            x >= lo && x <= hi
        } else {
            x > lo && x < hi
        };
        if !inside {
            let (l, r) = if closed { ('[', ']') } else { ('(', ')') };
            return Err(Error::new(
                ErrorCode::Location(50989),
                format!(
                    "cannot apply {op} to {}, value must in {l}{},{}{r}",
                    show(&v, x),
                    fmt_double(lo),
                    fmt_double(hi)
                ),
            ));
        }
    }
    let r = f(x);
    Ok(match v {
        Bson::Decimal128(_) => from_f64_shortest(r),
        _ => Bson::Double(r),
    })
}

fn atan2(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity("$atan2", &a, 2)?;
    let mut vals = Vec::with_capacity(2);
    for (i, e) in a.iter().enumerate() {
        let v = eval(e, s)?;
        if nullish(&v) {
            return Ok(Bson::Null);
        }
        let v = v.unwrap_or(Bson::Null);
        if !is_number(&v) {
            return Err(Error::new(
                ErrorCode::Location(if i == 0 { 51044 } else { 51045 }),
                format!("$atan2 only supports numeric types, not {}", type_name(&v)),
            ));
        }
        vals.push(v);
    }
    let (y, x) = (
        as_f64(&vals[0]).unwrap_or(f64::NAN),
        as_f64(&vals[1]).unwrap_or(f64::NAN),
    );
    let r = y.atan2(x);
    Ok(if vals.iter().any(|v| matches!(v, Bson::Decimal128(_))) {
        from_f64_shortest(r)
    } else {
        Bson::Double(r)
    })
}

fn log(arg: &Bson, s: &Scope<'_>) -> Result<Bson> {
    let a = args(arg);
    arity("$log", &a, 2)?;
    let (n, b) = (eval(&a[0], s)?, eval(&a[1], s)?);
    if nullish(&n) || nullish(&b) {
        return Ok(Bson::Null);
    }
    let (n, b) = (n.unwrap_or(Bson::Null), b.unwrap_or(Bson::Null));
    if !is_number(&n) {
        return Err(Error::new(
            ErrorCode::Location(28756),
            format!("$log's argument must be numeric, not {}", type_name(&n)),
        ));
    }
    if !is_number(&b) {
        return Err(Error::new(
            ErrorCode::Location(28757),
            format!("$log's base must be numeric, not {}", type_name(&b)),
        ));
    }
    let (x, base) = (
        as_f64(&n).unwrap_or(f64::NAN),
        as_f64(&b).unwrap_or(f64::NAN),
    );
    let decimal = matches!(n, Bson::Decimal128(_)) || matches!(b, Bson::Decimal128(_));
    if decimal && x > 0.0 && base > 0.0 && base != 1.0 {
        return Ok(from_f64_shortest(x.ln() / base.ln()));
    }
    if !(x > 0.0 || x.is_nan()) {
        return Err(Error::new(
            ErrorCode::Location(28758),
            format!(
                "$log's argument must be a positive number, but is {}",
                fmt_double(x)
            ),
        ));
    }
    if !((base > 0.0 && base != 1.0) || base.is_nan()) {
        return Err(Error::new(
            ErrorCode::Location(28759),
            format!(
                "$log's base must be a positive number not equal to 1, but is {}",
                fmt_double(base)
            ),
        ));
    }
    Ok(Bson::Double(x.ln() / base.ln()))
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$atan2" => atan2(arg, s)?,
        "$log" => log(arg, s)?,
        _ => match unary_fn(op) {
            Some((f, domain)) => unary(op, f, domain, arg, s)?,
            None => return Ok(None),
        },
    };
    Ok(Some(Some(r)))
}

#[cfg(test)]
mod tests {
    use super::super::Vars;
    use super::*;
    use bson::{bson, doc, Document};

    fn ev(e: Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! {"n": null, "s": "x", "d": Bson::Decimal128("0.5".parse().unwrap())};
        super::super::eval(
            &e,
            &Scope {
                root: &root,
                vars: &vars,
            },
        )
    }

    fn dec(s: &str) -> Bson {
        Bson::Decimal128(s.parse().unwrap())
    }

    fn close(got: &Bson, want: f64) -> bool {
        match got {
            Bson::Double(d) => {
                *d == want || (d - want).abs() < 1e-12 || (d.is_nan() && want.is_nan())
            }
            _ => false,
        }
    }

    #[test]
    fn values() {
        let pi = std::f64::consts::PI;
        let cases: Vec<(Bson, f64)> = vec![
            (bson!({"$sin": 0}), 0.0),
            (bson!({"$sin": [pi / 2.0]}), 1.0),
            (bson!({"$cos": 0.0}), 1.0),
            (bson!({"$tan": Bson::Int64(0)}), 0.0),
            (bson!({"$asin": 1}), pi / 2.0),
            (bson!({"$acos": 1}), 0.0),
            (bson!({"$atan": 1}), pi / 4.0),
            (bson!({"$atan2": [1, 1]}), pi / 4.0),
            (bson!({"$atan2": [0, -1]}), pi),
            (bson!({"$sinh": 0}), 0.0),
            (bson!({"$cosh": 0}), 1.0),
            (bson!({"$tanh": 0}), 0.0),
            (bson!({"$asinh": 0}), 0.0),
            (bson!({"$acosh": 1}), 0.0),
            (bson!({"$atanh": 0}), 0.0),
            (bson!({"$atanh": 1}), f64::INFINITY),
            (bson!({"$degreesToRadians": 180}), pi),
            (bson!({"$radiansToDegrees": pi}), 180.0),
            (bson!({"$log": [100, 10]}), 2.0),
            (bson!({"$log": [8, 2]}), 3.0),
            (bson!({"$log": [f64::NAN, 2]}), f64::NAN),
            (bson!({"$sin": f64::NAN}), f64::NAN),
            (bson!({"$atan": f64::INFINITY}), pi / 2.0),
        ];
        for (e, want) in cases {
            let got = ev(e.clone()).unwrap().unwrap();
            assert!(close(&got, want), "{e}: {got}");
        }
    }

    #[test]
    fn nulls_and_decimals() {
        let cases: Vec<(Bson, Bson)> = vec![
            (bson!({"$sin": null}), Bson::Null),
            (bson!({"$sin": "$missing"}), Bson::Null),
            (bson!({"$asin": "$n"}), Bson::Null),
            (bson!({"$atan2": [null, "x"]}), Bson::Null),
            (bson!({"$atan2": [1, "$missing"]}), Bson::Null),
            (bson!({"$log": ["$n", "x"]}), Bson::Null),
            (bson!({"$sin": dec("0")}), dec("0")),
            (bson!({"$asin": "$d"}), from_f64_shortest(0.5f64.asin())),
            (
                bson!({"$atan2": [dec("1"), 1]}),
                from_f64_shortest(1f64.atan2(1.0)),
            ),
            (bson!({"$log": [dec("100"), 10]}), dec("2")),
            (bson!({"$degreesToRadians": dec("0")}), dec("0")),
            (bson!({"$asin": dec("NaN")}), dec("NaN")),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), Some(want), "{e}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$sin": "$s"}),
                28765,
                "$sin only supports numeric types, not string",
            ),
            (
                bson!({"$cosh": true}),
                28765,
                "$cosh only supports numeric types, not bool",
            ),
            (
                bson!({"$sin": [1, 2]}),
                16020,
                "Expression $sin takes exactly 1 arguments. 2 were passed in.",
            ),
            (
                bson!({"$asin": 2}),
                50989,
                "cannot apply $asin to 2, value must in [-1,1]",
            ),
            (
                bson!({"$acos": -1.5}),
                50989,
                "cannot apply $acos to -1.5, value must in [-1,1]",
            ),
            (
                bson!({"$acosh": 0}),
                50989,
                "cannot apply $acosh to 0, value must in [1,inf]",
            ),
            (
                bson!({"$atanh": dec("2")}),
                50989,
                "cannot apply $atanh to 2, value must in [-1,1]",
            ),
            (
                bson!({"$sin": f64::INFINITY}),
                50989,
                "cannot apply $sin to inf, value must in (-inf,inf)",
            ),
            (
                bson!({"$tan": f64::NEG_INFINITY}),
                50989,
                "cannot apply $tan to -inf, value must in (-inf,inf)",
            ),
            (
                bson!({"$atan2": ["x", 1]}),
                51044,
                "$atan2 only supports numeric types, not string",
            ),
            (
                bson!({"$atan2": [1, {}]}),
                51045,
                "$atan2 only supports numeric types, not object",
            ),
            (
                bson!({"$atan2": [1]}),
                16020,
                "Expression $atan2 takes exactly 2 arguments. 1 were passed in.",
            ),
            (
                bson!({"$log": ["x", 2]}),
                28756,
                "$log's argument must be numeric, not string",
            ),
            (
                bson!({"$log": [2, "x"]}),
                28757,
                "$log's base must be numeric, not string",
            ),
            (
                bson!({"$log": [0, 2]}),
                28758,
                "$log's argument must be a positive number, but is 0",
            ),
            (
                bson!({"$log": [-1, 10]}),
                28758,
                "$log's argument must be a positive number, but is -1",
            ),
            (
                bson!({"$log": [2, 1]}),
                28759,
                "$log's base must be a positive number not equal to 1, but is 1",
            ),
            (
                bson!({"$log": [dec("2"), dec("-3")]}),
                28759,
                "$log's base must be a positive number not equal to 1, but is -3",
            ),
            (
                bson!({"$log": 5}),
                16020,
                "Expression $log takes exactly 2 arguments. 1 were passed in.",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }

    #[test]
    fn unknown_operator_is_not_ours() {
        let vars = Vars::new();
        let root = Document::new();
        let s = Scope {
            root: &root,
            vars: &vars,
        };
        assert!(eval_op("$nope", &Bson::Null, &s).unwrap().is_none());
    }
}
