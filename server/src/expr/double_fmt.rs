//! Doubles printed as mongod's C++ code prints them (`ostream << double`),
//! for the error messages that quote a number.
//!
//! Part of the expression evaluator: the trigonometric operators (`trig`)
//! use it in their domain errors.

/// A double as C++'s `ostream << double` prints it (mongod's error
/// messages): `%g` with 6 significant digits, "inf" and "nan".
pub(crate) fn fmt_double(d: f64) -> String {
    if d.is_nan() {
        return "nan".into();
    }
    if d.is_infinite() {
        return if d > 0.0 { "inf" } else { "-inf" }.into();
    }
    if d == 0.0 {
        return if d.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = format!("{d:.5e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: &str| -> String {
        if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s.to_string()
        }
    };
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim(mantissa), exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim(&format!("{d:.decimals$}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpp_double_format() {
        let cases: [(f64, &str); 10] = [
            (2.0, "2"),
            (1.5, "1.5"),
            (-1.0, "-1"),
            (1234567.0, "1.23457e+06"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (100000.0, "100000"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (4.56789123, "4.56789"),
        ];
        for (d, want) in cases {
            assert_eq!(fmt_double(d), want);
        }
    }
}
