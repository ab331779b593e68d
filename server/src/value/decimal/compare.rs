//! How decimals order: against decimals, int32/int64 and doubles, by exact
//! value, with every NaN equal to every other and below all numbers (see
//! the module documentation for mongod's rules).

use super::wide::Big;
use super::{binary_parts, digit_count, Decimal};
use std::cmp::Ordering;

impl Decimal {
    /// The sign of the value: -1, 0 (zeros and NaN) or 1.
    fn signum(&self) -> i8 {
        match *self {
            Decimal::NaN => 0,
            Decimal::Infinity { negative } => sign_of(negative),
            Decimal::Finite { coefficient: 0, .. } => 0,
            Decimal::Finite { negative, .. } => sign_of(negative),
        }
    }

    /// mongod's order between two decimals: by exact value, NaN lowest and
    /// equal to NaN.
    pub fn cmp_decimal(&self, other: &Decimal) -> Ordering {
        match (self, other) {
            (Decimal::NaN, Decimal::NaN) => Ordering::Equal,
            (Decimal::NaN, _) => Ordering::Less,
            (_, Decimal::NaN) => Ordering::Greater,
            _ => {
                let (sa, sb) = (self.signum(), other.signum());
                if sa != sb || sa == 0 {
                    return sa.cmp(&sb);
                }
                let mag = match (self, other) {
                    (Decimal::Infinity { .. }, Decimal::Infinity { .. }) => Ordering::Equal,
                    (Decimal::Infinity { .. }, _) => Ordering::Greater,
                    (_, Decimal::Infinity { .. }) => Ordering::Less,
                    (
                        Decimal::Finite {
                            coefficient: c1,
                            exponent: q1,
                            ..
                        },
                        Decimal::Finite {
                            coefficient: c2,
                            exponent: q2,
                            ..
                        },
                    ) => cmp_magnitudes(*c1, *q1, *c2, *q2),
                    _ => unreachable!("NaN handled above"),
                };
                if sa < 0 {
                    mag.reverse()
                } else {
                    mag
                }
            }
        }
    }

    /// mongod's order between a decimal and an int32/int64, exactly.
    pub fn cmp_i64(&self, i: i64) -> Ordering {
        self.cmp_decimal(&Decimal::from_i64(i))
    }

    /// mongod's order between a decimal and a double: by the double's exact
    /// binary value; NaN lowest and equal to either kind of NaN.
    pub fn cmp_f64(&self, d: f64) -> Ordering {
        match (self.is_nan(), d.is_nan()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        let sd = if d == 0.0 { 0 } else { sign_of(d < 0.0) };
        let sa = self.signum();
        if sa != sd || sa == 0 {
            return sa.cmp(&sd);
        }
        let mag = match (self, d.is_infinite()) {
            (Decimal::Infinity { .. }, true) => Ordering::Equal,
            (Decimal::Infinity { .. }, false) => Ordering::Greater,
            (_, true) => Ordering::Less,
            (
                Decimal::Finite {
                    coefficient,
                    exponent,
                    ..
                },
                false,
            ) => {
                let (m, e) = binary_parts(d.abs());
                cmp_decimal_binary(*coefficient, *exponent, m, e)
            }
            (Decimal::NaN, _) => unreachable!("NaN handled above"),
        };
        if sa < 0 {
            mag.reverse()
        } else {
            mag
        }
    }
}

fn sign_of(negative: bool) -> i8 {
    if negative {
        -1
    } else {
        1
    }
}

/// Compares `c1 × 10^q1` with `c2 × 10^q2` for non-zero coefficients: first by
/// the exponent of the leading digit, then (exponents now differ by less than
/// the digit counts) by the coefficients aligned in u128.
fn cmp_magnitudes(c1: u128, q1: i32, c2: u128, q2: i32) -> Ordering {
    let a1 = q1 as i64 + digit_count(c1) as i64;
    let a2 = q2 as i64 + digit_count(c2) as i64;
    if a1 != a2 {
        return a1.cmp(&a2);
    }
    // Same leading-digit exponent: the one with the larger exponent has fewer
    // digits, and scaling it up gives at most as many digits as the other.
    let scaled = |c: u128, by: i32| 10u128.checked_pow(by as u32).and_then(|p| c.checked_mul(p));
    if q1 >= q2 {
        scaled(c1, q1 - q2).map_or(Ordering::Greater, |c| c.cmp(&c2))
    } else {
        scaled(c2, q2 - q1).map_or(Ordering::Less, |c| c1.cmp(&c))
    }
}

/// Compares `c × 10^q` with `m × 2^e` (both non-zero) exactly.
fn cmp_decimal_binary(c: u128, q: i32, m: u64, e: i32) -> Ordering {
    // The leading digit/bit places: c×10^q is in [10^ad, 10^(ad+1)) and
    // m×2^e in [2^bb, 2^(bb+1)). Most pairs are told apart by these alone.
    let ad = q as i64 + digit_count(c) as i64 - 1;
    let bb = e as i64 + 63 - m.leading_zeros() as i64;
    if ad > 400 {
        return Ordering::Greater;
    }
    if ad < -400 {
        return Ordering::Less;
    }
    let lo = ad as f64 * std::f64::consts::LOG2_10;
    let hi = (ad + 1) as f64 * std::f64::consts::LOG2_10;
    if lo > (bb + 1) as f64 + 0.01 {
        return Ordering::Greater;
    }
    if hi < bb as f64 - 0.01 {
        return Ordering::Less;
    }
    // Exactly: c × 5^q × 2^q against m × 2^e, with the powers of five moved
    // to whichever side keeps them non-negative and the common power of two
    // divided out.
    let mut left = Big::from_u128(c);
    let mut right = Big::from_u128(m as u128);
    if q >= 0 {
        left.mul_pow5(q as u32);
    } else {
        right.mul_pow5(q.unsigned_abs());
    }
    let common = q.min(e);
    left.shl((q - common) as u32);
    right.shl((e - common) as u32);
    left.cmp(&right)
}
