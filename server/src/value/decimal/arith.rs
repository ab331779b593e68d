//! Decimal arithmetic as mongod's Intel BID library does it: sign changes,
//! addition, subtraction, multiplication, division and remainder, each
//! correctly rounded to 34 digits (half to even) with IEEE 754-2008's
//! preferred exponent and its rules for NaN, infinities and zeros.

use super::wide::{finish, U256};
use super::{digit_count, Decimal, MIN_EXPONENT};
use std::cmp::Ordering;

impl Decimal {
    /// The value with the opposite sign (NaN stays NaN).
    pub fn negate(&self) -> Decimal {
        match *self {
            Decimal::NaN => Decimal::NaN,
            Decimal::Infinity { negative } => Decimal::Infinity {
                negative: !negative,
            },
            Decimal::Finite {
                negative,
                coefficient,
                exponent,
            } => Decimal::Finite {
                negative: !negative,
                coefficient,
                exponent,
            },
        }
    }

    /// The absolute value, keeping the exponent.
    pub fn abs(&self) -> Decimal {
        match *self {
            Decimal::Infinity { .. } => Decimal::Infinity { negative: false },
            Decimal::Finite {
                coefficient,
                exponent,
                ..
            } => Decimal::Finite {
                negative: false,
                coefficient,
                exponent,
            },
            Decimal::NaN => Decimal::NaN,
        }
    }

    /// `self + other`, correctly rounded, with the exponent of the exact sum
    /// `min(q1, q2)` when it fits in 34 digits. An exact zero sum is `+0`
    /// unless both operands are negative.
    pub fn add(&self, other: &Decimal) -> Decimal {
        match (*self, *other) {
            (Decimal::NaN, _) | (_, Decimal::NaN) => Decimal::NaN,
            (Decimal::Infinity { negative: a }, Decimal::Infinity { negative: b }) => {
                if a == b {
                    *self
                } else {
                    Decimal::NaN
                }
            }
            (Decimal::Infinity { .. }, _) => *self,
            (_, Decimal::Infinity { .. }) => *other,
            (
                Decimal::Finite {
                    negative: s1,
                    coefficient: c1,
                    exponent: q1,
                },
                Decimal::Finite {
                    negative: s2,
                    coefficient: c2,
                    exponent: q2,
                },
            ) => add_finite((s1, c1, q1 as i64), (s2, c2, q2 as i64)),
        }
    }

    /// `self - other`.
    pub fn sub(&self, other: &Decimal) -> Decimal {
        self.add(&other.negate())
    }

    /// `self × other`, correctly rounded, with exponent `q1 + q2` when the
    /// product fits in 34 digits.
    pub fn mul(&self, other: &Decimal) -> Decimal {
        match (*self, *other) {
            (Decimal::NaN, _) | (_, Decimal::NaN) => Decimal::NaN,
            (Decimal::Infinity { .. }, b) | (b, Decimal::Infinity { .. }) if b.is_zero() => {
                Decimal::NaN
            }
            (Decimal::Infinity { negative: a }, b) | (b, Decimal::Infinity { negative: a }) => {
                Decimal::Infinity {
                    negative: a != b.sign_bit(),
                }
            }
            (
                Decimal::Finite {
                    negative: s1,
                    coefficient: c1,
                    exponent: q1,
                },
                Decimal::Finite {
                    negative: s2,
                    coefficient: c2,
                    exponent: q2,
                },
            ) => finish(
                s1 != s2,
                U256::mul_u128(c1, c2),
                q1 as i64 + q2 as i64,
                false,
            ),
        }
    }

    /// `self ÷ other`: an exact quotient with the exponent nearest the
    /// preferred `q1 - q2`, otherwise 34 digits rounded half to even.
    /// `x / 0` is a signed infinity, `0 / 0` and `∞ / ∞` are NaN, `x / ∞`
    /// is a signed zero with the smallest exponent (as Intel's library
    /// gives).
    pub fn div(&self, other: &Decimal) -> Decimal {
        match (*self, *other) {
            (Decimal::NaN, _) | (_, Decimal::NaN) => Decimal::NaN,
            (Decimal::Infinity { .. }, Decimal::Infinity { .. }) => Decimal::NaN,
            (Decimal::Infinity { negative }, b) => Decimal::Infinity {
                negative: negative != b.sign_bit(),
            },
            (a, Decimal::Infinity { negative }) => Decimal::Finite {
                negative: a.sign_bit() != negative,
                coefficient: 0,
                exponent: MIN_EXPONENT,
            },
            (
                Decimal::Finite {
                    negative: s1,
                    coefficient: c1,
                    exponent: q1,
                },
                Decimal::Finite {
                    negative: s2,
                    coefficient: c2,
                    exponent: q2,
                },
            ) => {
                let negative = s1 != s2;
                let preferred = q1 as i64 - q2 as i64;
                match (c1, c2) {
                    (0, 0) => Decimal::NaN,
                    (_, 0) => Decimal::Infinity { negative },
                    (0, _) => finish(negative, U256::ZERO, preferred, false),
                    _ if c1 % c2 == 0 => {
                        finish(negative, U256::from_u128(c1 / c2), preferred, false)
                    }
                    _ => {
                        // Scale the dividend so the quotient has at least
                        // 35 digits: one to round by, the rest kept.
                        let k = 35 + digit_count(c2) - digit_count(c1);
                        let n = U256::from_u128(c1).mul_pow10(k);
                        let (mut q, rem) = n.divrem_u128(c2);
                        let mut exponent = preferred - k as i64;
                        if rem == 0 {
                            // Exact: the fewest digits, which keeps the
                            // exponent below the preferred one (the quotient
                            // is not an integer there).
                            loop {
                                let (q10, r) = q.divrem_u64(10);
                                if r != 0 {
                                    break;
                                }
                                q = q10;
                                exponent += 1;
                            }
                        }
                        finish(negative, q, exponent, rem != 0)
                    }
                }
            }
        }
    }

    /// The remainder of truncating division, `self - other × trunc(self /
    /// other)`, as Intel's `bid128_fmod` (mongod's `Decimal128::modulo`)
    /// computes it: always exact, with the dividend's sign and exponent
    /// `min(q1, q2)`. NaN when either is NaN, the dividend is infinite or
    /// the divisor is zero; a finite dividend is its own remainder by an
    /// infinity.
    pub fn rem(&self, other: &Decimal) -> Decimal {
        match (*self, *other) {
            (Decimal::NaN, _) | (_, Decimal::NaN) | (Decimal::Infinity { .. }, _) => Decimal::NaN,
            (_, Decimal::Infinity { .. }) => *self,
            (
                Decimal::Finite {
                    negative,
                    coefficient: c1,
                    exponent: q1,
                },
                Decimal::Finite {
                    coefficient: c2,
                    exponent: q2,
                    ..
                },
            ) => {
                let remainder = |coefficient: u128, exponent: i32| Decimal::Finite {
                    negative,
                    coefficient,
                    exponent,
                };
                if c2 == 0 {
                    return Decimal::NaN;
                }
                if q1 <= q2 {
                    // Align the divisor down to the dividend's exponent; a
                    // divisor larger than the dividend leaves it whole.
                    let k = (q2 - q1) as u32;
                    if k > 34 {
                        return *self;
                    }
                    match U256::from_u128(c2).mul_pow10(k).to_u128() {
                        Some(d) if d <= c1 => remainder(c1 % d, q1),
                        _ => *self,
                    }
                } else {
                    // (c1 × 10^k) mod c2, by modular exponentiation.
                    let mulmod = |a: u128, b: u128| U256::mul_u128(a, b).divrem_u128(c2).1;
                    let mut k = (q1 - q2) as u32;
                    let mut base = 10 % c2;
                    let mut acc = c1 % c2;
                    while k > 0 {
                        if k & 1 == 1 {
                            acc = mulmod(acc, base);
                        }
                        base = mulmod(base, base);
                        k >>= 1;
                    }
                    remainder(acc, q2)
                }
            }
        }
    }

    /// The sign bit (false for NaN).
    fn sign_bit(&self) -> bool {
        match *self {
            Decimal::NaN => false,
            Decimal::Infinity { negative } | Decimal::Finite { negative, .. } => negative,
        }
    }
}

/// Adds two finite values given as (sign, coefficient, exponent).
fn add_finite(x: (bool, u128, i64), y: (bool, u128, i64)) -> Decimal {
    // (s1, c1, q1) has the larger exponent.
    let ((s1, c1, q1), (s2, c2, q2)) = if x.2 >= y.2 { (x, y) } else { (y, x) };
    if c1 == 0 && c2 == 0 {
        return finish(s1 && s2, U256::ZERO, q2, false);
    }
    if c2 == 0 {
        // x + 0: x with the exponent as near min(q1, q2) as 34 digits allow.
        let scale = (q1 - q2).min(34 - digit_count(c1) as i64).max(0) as u32;
        return finish(
            s1,
            U256::from_u128(c1).mul_pow10(scale),
            q1 - scale as i64,
            false,
        );
    }
    if c1 == 0 {
        return finish(s2, U256::from_u128(c2), q2, false);
    }
    let d1 = digit_count(c1) as i64;
    // When the smaller operand lies wholly below the digits any result can
    // keep, only its sign and that it is not zero matter: a unit five
    // places below the lowest kept digit stands in for it, which keeps the
    // aligned sum within 256 bits.
    let (c2, q2) = if d1 + (q1 - q2) > 76 {
        (1, q1 + d1 - 40)
    } else {
        (c2, q2)
    };
    let a = U256::from_u128(c1).mul_pow10((q1 - q2) as u32);
    let b = U256::from_u128(c2);
    if s1 == s2 {
        return finish(s1, a.add(b), q2, false);
    }
    match a.cmp(&b) {
        Ordering::Greater => finish(s1, a.sub(b), q2, false),
        Ordering::Less => finish(s2, b.sub(a), q2, false),
        Ordering::Equal => finish(false, U256::ZERO, q2, false),
    }
}
