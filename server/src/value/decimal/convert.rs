//! Conversions between decimals and other numbers, as mongod's `Decimal128`
//! constructors and accessors make them: from integers exactly, from doubles
//! to 34 or to 15 significant digits, from any BSON number ([`Decimal::coerce`]),
//! and back to doubles and integers (rounded, truncated, floored or exact).

use super::wide::{round_off, Big, U256};
use super::{binary_parts, digit_count, Decimal, MAX_COEFFICIENT, TEN_POW_34};
use bson::Bson;
use std::cmp::Ordering;

impl Decimal {
    /// An integer, exactly.
    pub fn from_i64(i: i64) -> Self {
        Decimal::Finite {
            negative: i < 0,
            coefficient: i.unsigned_abs() as u128,
            exponent: 0,
        }
    }

    /// The number as mongod's `coerceToDecimal` / `SafeNum::getDecimal`
    /// make it: int32/int64 exactly, a double to 15 significant digits
    /// ([`Decimal::from_f64_15`]), a decimal as it is. `None` for other types.
    pub fn coerce(v: &Bson) -> Option<Decimal> {
        match v {
            Bson::Int32(i) => Some(Decimal::from_i64(*i as i64)),
            Bson::Int64(i) => Some(Decimal::from_i64(*i)),
            Bson::Double(d) => Some(Decimal::from_f64_15(*d)),
            Bson::Decimal128(d) => Some(Decimal::from(d)),
            _ => None,
        }
    }

    /// The nearest double (ties to even), as IEEE conversion gives:
    /// magnitudes past the double range become infinities, tiny ones zeros
    /// (keeping the sign); NaN stays NaN.
    pub fn to_f64(&self) -> f64 {
        match *self {
            Decimal::NaN => f64::NAN,
            Decimal::Infinity { negative } => apply_sign(f64::INFINITY, negative),
            Decimal::Finite {
                negative,
                coefficient,
                exponent,
            } => {
                // Rust's float parser rounds correctly for any number of
                // digits and any exponent.
                let v: f64 = format!("{coefficient}e{exponent}")
                    .parse()
                    .expect("digits and an exponent parse as f64");
                apply_sign(v, negative)
            }
        }
    }

    /// The largest integer not above the value, if the value is finite and
    /// that integer fits in an i128.
    pub fn floor_i128(&self) -> Option<i128> {
        let Decimal::Finite {
            negative,
            coefficient,
            exponent,
        } = *self
        else {
            return None;
        };
        let (int, frac) = if coefficient == 0 {
            (0, false)
        } else if exponent >= 0 {
            let p = 10u128.checked_pow(exponent as u32)?;
            (coefficient.checked_mul(p)?, false)
        } else {
            match 10u128.checked_pow(exponent.unsigned_abs()) {
                Some(p) => (coefficient / p, coefficient % p != 0),
                None => (0, true),
            }
        };
        let int = i128::try_from(int).ok()?;
        Some(match (negative, frac) {
            (false, _) => int,
            (true, false) => -int,
            (true, true) => -int - 1,
        })
    }

    /// The value as an i64 if it is an integer in i64's range.
    pub fn to_i64_exact(&self) -> Option<i64> {
        let f = self.floor_i128()?;
        let i = i64::try_from(f).ok()?;
        (self.cmp_i64(i) == Ordering::Equal).then_some(i)
    }

    /// The value in a canonical form for a finite non-zero value: its sign,
    /// its adjusted exponent (of the first digit; from -6176 to 6144 for
    /// decoded values) and its digits scaled to exactly 34 (trailing zeros
    /// are padding, so equal values give equal parts and, for one sign, the
    /// parts order like the magnitudes). `None` for zeros, infinities, NaN
    /// and coefficients of more than 34 digits.
    pub fn normalized(&self) -> Option<(bool, i32, u128)> {
        let Decimal::Finite {
            negative,
            coefficient,
            exponent,
        } = *self
        else {
            return None;
        };
        let digits = digit_count(coefficient);
        if coefficient == 0 || digits > 34 {
            return None;
        }
        let scaled = coefficient * 10u128.pow(34 - digits);
        Some((negative, exponent + digits as i32 - 1, scaled))
    }

    /// A double as Intel's `binary64_to_bid128` (mongod's
    /// `Decimal128(double, kRoundTo34Digits)`) converts it: a value that
    /// fits in 34 digits exactly keeps its exact digits (an integer with
    /// exponent 0, a fraction with as many decimals as its binary fraction
    /// needs: 0.5 is `5E-1`), any other is rounded half to even to 34
    /// significant digits. Zeros keep their sign with exponent 0.
    pub fn from_f64(d: f64) -> Decimal {
        if d.is_nan() {
            return Decimal::NaN;
        }
        let negative = d.is_sign_negative();
        if d.is_infinite() {
            return Decimal::Infinity { negative };
        }
        if d == 0.0 {
            return Decimal::Finite {
                negative,
                coefficient: 0,
                exponent: 0,
            };
        }
        let (m, e) = binary_parts(d.abs());
        let tz = m.trailing_zeros();
        let (m, e) = (m >> tz, e + tz as i32);
        let exact = |coefficient: Option<u128>, exponent: i32| {
            coefficient
                .filter(|c| *c <= MAX_COEFFICIENT)
                .map(|coefficient| Decimal::Finite {
                    negative,
                    coefficient,
                    exponent,
                })
        };
        let mut big = Big::from_u128(m as u128);
        let exponent = if e >= 0 {
            let shifted = (e < 75).then(|| (m as u128) << e);
            if let Some(x) = exact(shifted, 0) {
                return x;
            }
            big.shl(e as u32);
            0
        } else {
            let a = e.unsigned_abs();
            let scaled = 5u128.checked_pow(a).and_then(|p| p.checked_mul(m as u128));
            if let Some(x) = exact(scaled, -(a as i32)) {
                return x;
            }
            big.mul_pow5(a);
            -(a as i32)
        };
        // Round the exact digits to 34.
        let digits = big.to_decimal_digits();
        let keep = digits.len().min(34);
        let mut coefficient: u128 = digits[..keep].iter().fold(0, |c, &dg| c * 10 + dg as u128);
        let mut exponent = exponent + (digits.len() - keep) as i32;
        if digits.len() > keep {
            let first = digits[keep];
            let rest = digits[keep + 1..].iter().any(|&dg| dg != 0);
            if first > 5 || (first == 5 && (rest || coefficient % 2 == 1)) {
                coefficient += 1;
                if coefficient == TEN_POW_34 {
                    coefficient /= 10;
                    exponent += 1;
                }
            }
        }
        Decimal::Finite {
            negative,
            coefficient,
            exponent,
        }
    }

    /// A double as mongod's default `Decimal128(double)` converts it (which
    /// `$inc`, `$mul`, `$toDecimal` and arithmetic mixing doubles with
    /// decimals use): the 34-digit conversion rounded half to even to
    /// exactly 15 significant digits, so 0.1 becomes `0.100000000000000` and
    /// 2.5 `2.50000000000000`. Zeros, infinities and NaN are as
    /// [`Decimal::from_f64`] gives them.
    pub fn from_f64_15(d: f64) -> Decimal {
        let x = Decimal::from_f64(d);
        let Decimal::Finite {
            negative,
            coefficient,
            exponent,
        } = x
        else {
            return x;
        };
        if coefficient == 0 {
            return x;
        }
        let digits = digit_count(coefficient);
        let (coefficient, exponent) = if digits > 15 {
            let c = round_off(U256::from_u128(coefficient), digits - 15, false)
                .to_u128()
                .expect("fewer digits");
            if c == 10u128.pow(15) {
                (c / 10, exponent + digits as i32 - 14)
            } else {
                (c, exponent + digits as i32 - 15)
            }
        } else {
            let pad = 15 - digits;
            (coefficient * 10u128.pow(pad), exponent - pad as i32)
        };
        Decimal::Finite {
            negative,
            coefficient,
            exponent,
        }
    }

    /// The value rounded half to even to an integer, as mongod's
    /// `Decimal128::toLong()`; `None` for NaN, infinities and values outside
    /// i64 (where mongod's conversion signals "invalid").
    pub fn to_i64_round(&self) -> Option<i64> {
        self.integer_with(|q, digit, sticky| digit > 5 || (digit == 5 && (sticky || q & 1 == 1)))
    }

    /// The value truncated towards zero to an integer; `None` for NaN,
    /// infinities and values outside i64.
    pub fn to_i64_trunc(&self) -> Option<i64> {
        self.integer_with(|_, _, _| false)
    }

    /// Converts to an integer; `up(q, first dropped digit, rest non-zero)`
    /// decides whether the truncated magnitude `q` is rounded up.
    fn integer_with(&self, up: impl Fn(u128, u32, bool) -> bool) -> Option<i64> {
        let Decimal::Finite {
            negative,
            coefficient,
            exponent,
        } = *self
        else {
            return None;
        };
        let magnitude = if coefficient == 0 {
            0
        } else if exponent >= 0 {
            coefficient.checked_mul(10u128.checked_pow(exponent as u32)?)?
        } else {
            let k = exponent.unsigned_abs();
            let (q, digit, sticky) = if k > 39 {
                (0, 0, true)
            } else {
                let p = 10u128.pow(k - 1);
                let below = coefficient % p;
                let rest = coefficient / p;
                (rest / 10, (rest % 10) as u32, below != 0)
            };
            q + up(q, digit, sticky) as u128
        };
        let m = i128::try_from(magnitude).ok()?;
        i64::try_from(if negative { -m } else { m }).ok()
    }
}

fn apply_sign(v: f64, negative: bool) -> f64 {
    if negative {
        -v
    } else {
        v
    }
}
