//! Exact IEEE 754-2008 decimal128 values, decoded from BSON's Decimal128
//! (the binary-integer-decimal "BID" encoding, stored little-endian).
//!
//! This is where decimal numbers get their meaning. The BSON comparison order
//! (`query::compare`) sends every comparison that involves a Decimal128 here,
//! and the order-preserving index key encoding (`index::keyenc`) uses it to
//! place decimals among int32/int64/double keys; update operators and
//! aggregation arithmetic compute with it (below). Comparisons are exact, as
//! mongod's are:
//!
//! * decimal against decimal by value, whatever the exponents (`1.00` equals
//!   `1`, `1E+6144` is greater than any 34-digit coefficient at exponent 6110);
//! * decimal against int32/int64 by value, with no rounding through double;
//! * decimal against double by the double's exact binary value (the double
//!   `0.1` is `0.1000000000000000055511151231257827…`, greater than decimal
//!   `0.1`) — mongod's `compareDecimalToDouble` (decimal rounded towards
//!   negative infinity plus the inexact flag) yields the same exact answer;
//! * every NaN (either type, any sign or payload, quiet or signaling) equals
//!   every other NaN and sorts below every other number; `-0` equals `0`;
//!   infinities equal only infinities of their own sign.
//!
//! It is also where decimal arithmetic happens, exactly as mongod's Intel
//! BID library does it (IEEE 754-2008 decimal128, 34 digits, rounding half
//! to even): [`Decimal::add`], [`Decimal::sub`], [`Decimal::mul`] and
//! [`Decimal::div`] give the correctly rounded result with IEEE's preferred
//! exponent (`1.0 + 2.00 = 3.00`, `2.50 × 2 = 5.00`, `1 / 4 = 0.25`, an
//! inexact quotient to 34 digits), overflow to infinity, underflow to
//! subnormals and zero, and NaN/infinity by IEEE's rules. Conversions follow
//! mongod's `Decimal128` constructors: integers exactly, doubles either
//! correctly rounded to 34 digits ([`Decimal::from_f64`], Intel's
//! `binary64_to_bid128`) or to 15 significant digits
//! ([`Decimal::from_f64_15`], mongod's default `Decimal128(double)`), and
//! [`Decimal::to_decimal128`] encodes back to canonical BID bits.

use bson::{Bson, Decimal128};
use std::cmp::Ordering;

/// The largest canonical coefficient: 34 nines.
pub const MAX_COEFFICIENT: u128 = 9_999_999_999_999_999_999_999_999_999_999_999;
/// The exponent bias of decimal128.
pub const EXPONENT_BIAS: i32 = 6176;
/// The smallest exponent (of the coefficient taken as an integer).
pub const MIN_EXPONENT: i32 = -6176;
/// The largest exponent (of the coefficient taken as an integer).
pub const MAX_EXPONENT: i32 = 6111;

/// A decoded decimal128 value: `(-1)^negative × coefficient × 10^exponent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decimal {
    /// Not a number. Sign, payload and the signaling bit do not matter to
    /// comparison (mongod prints every NaN as `NaN`).
    NaN,
    /// Positive or negative infinity.
    Infinity { negative: bool },
    /// A finite value. `-0` keeps its sign here but compares equal to `0`.
    /// Coefficients decoded from BSON are at most [`MAX_COEFFICIENT`];
    /// comparisons stay exact for any `u128` coefficient.
    Finite {
        negative: bool,
        coefficient: u128,
        exponent: i32,
    },
}

impl From<&Decimal128> for Decimal {
    fn from(d: &Decimal128) -> Self {
        Decimal::from_bits(u128::from_le_bytes(d.bytes()))
    }
}

impl From<Decimal128> for Decimal {
    fn from(d: Decimal128) -> Self {
        Decimal::from(&d)
    }
}

impl Decimal {
    /// Decodes the 128 bits of a BID decimal128 (bit 127 is the sign).
    ///
    /// The combination field has two forms: `0xxx…`/`10xx…` put a 14-bit
    /// biased exponent in bits 126..113 and a 113-bit coefficient below it;
    /// `11xx…` puts the exponent in bits 124..111 and implies a coefficient
    /// of `0b100` followed by bits 110..0, which is always above
    /// [`MAX_COEFFICIENT`]. As IEEE 754 requires, a non-canonical coefficient
    /// (above [`MAX_COEFFICIENT`]) is read as zero, keeping the exponent.
    pub fn from_bits(bits: u128) -> Self {
        let negative = bits >> 127 == 1;
        let (exp_bits, coefficient) = match (bits >> 122) & 0x1F {
            0x1F => return Decimal::NaN,
            0x1E => return Decimal::Infinity { negative },
            c if c >> 3 == 0b11 => {
                let c = (0b100 << 111) | (bits & ((1 << 111) - 1));
                ((bits >> 111) & 0x3FFF, c)
            }
            _ => ((bits >> 113) & 0x3FFF, bits & ((1 << 113) - 1)),
        };
        let coefficient = if coefficient > MAX_COEFFICIENT {
            0
        } else {
            coefficient
        };
        Decimal::Finite {
            negative,
            coefficient,
            exponent: exp_bits as i32 - EXPONENT_BIAS,
        }
    }

    /// An integer, exactly.
    pub fn from_i64(i: i64) -> Self {
        Decimal::Finite {
            negative: i < 0,
            coefficient: i.unsigned_abs() as u128,
            exponent: 0,
        }
    }

    pub fn is_nan(&self) -> bool {
        matches!(self, Decimal::NaN)
    }

    /// True for `0`, `-0` and zeros with any exponent.
    pub fn is_zero(&self) -> bool {
        matches!(self, Decimal::Finite { coefficient: 0, .. })
    }

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
}

fn sign_of(negative: bool) -> i8 {
    if negative {
        -1
    } else {
        1
    }
}

fn apply_sign(v: f64, negative: bool) -> f64 {
    if negative {
        -v
    } else {
        v
    }
}

/// Number of decimal digits of `c` (1 for 0).
fn digit_count(c: u128) -> u32 {
    c.checked_ilog10().map_or(1, |l| l + 1)
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

/// A finite non-zero positive double as `m × 2^e`.
fn binary_parts(d: f64) -> (u64, i32) {
    let bits = d.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
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

/// Just enough of an unsigned bignum (little-endian u64 limbs) for the exact
/// decimal-against-double comparison and the exact digits of a double:
/// values stay below about 2^2600.
struct Big(Vec<u64>);

impl Big {
    fn from_u128(v: u128) -> Self {
        Big(vec![v as u64, (v >> 64) as u64])
    }

    fn mul_small(&mut self, f: u64) {
        let mut carry = 0u128;
        for limb in &mut self.0 {
            let p = *limb as u128 * f as u128 + carry;
            *limb = p as u64;
            carry = p >> 64;
        }
        if carry != 0 {
            self.0.push(carry as u64);
        }
    }

    fn mul_pow5(&mut self, mut k: u32) {
        // 5^27 is the largest power of five in a u64.
        while k >= 27 {
            self.mul_small(5u64.pow(27));
            k -= 27;
        }
        self.mul_small(5u64.pow(k));
    }

    fn shl(&mut self, bits: u32) {
        let (limbs, rem) = ((bits / 64) as usize, bits % 64);
        if rem != 0 {
            let mut carry = 0u64;
            for limb in &mut self.0 {
                let next = *limb >> (64 - rem);
                *limb = (*limb << rem) | carry;
                carry = next;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        if limbs > 0 {
            self.0.splice(0..0, std::iter::repeat_n(0, limbs));
        }
    }

    /// The decimal digits, most significant first (the value is not zero).
    fn to_decimal_digits(&self) -> Vec<u8> {
        const CHUNK: u128 = 10_000_000_000_000_000_000;
        let mut limbs = self.trimmed().to_vec();
        // Base 10^19 digits, least significant first.
        let mut chunks = Vec::new();
        while !limbs.is_empty() {
            let mut rem = 0u128;
            for limb in limbs.iter_mut().rev() {
                let cur = (rem << 64) | *limb as u128;
                *limb = (cur / CHUNK) as u64;
                rem = cur % CHUNK;
            }
            chunks.push(rem as u64);
            while limbs.last() == Some(&0) {
                limbs.pop();
            }
        }
        let mut s = String::new();
        for (i, c) in chunks.iter().rev().enumerate() {
            if i == 0 {
                s.push_str(&c.to_string());
            } else {
                s.push_str(&format!("{c:019}"));
            }
        }
        s.bytes().map(|b| b - b'0').collect()
    }

    fn trimmed(&self) -> &[u64] {
        let n = self.0.iter().rposition(|&l| l != 0).map_or(0, |i| i + 1);
        &self.0[..n]
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let (a, b) = (self.trimmed(), other.trimmed());
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}

// ---------------------------------------------------------------------------
// Arithmetic.

/// Zero with exponent 0, which mongod's `Decimal128()` is.
pub const ZERO: Decimal = Decimal::Finite {
    negative: false,
    coefficient: 0,
    exponent: 0,
};

/// `10^34`, one past the largest coefficient.
const TEN_POW_34: u128 = MAX_COEFFICIENT + 1;

impl From<Decimal> for Decimal128 {
    fn from(d: Decimal) -> Self {
        d.to_decimal128()
    }
}

impl Decimal {
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

    /// The canonical BID encoding: NaN as the positive quiet NaN, the
    /// coefficient and exponent brought into range first (see
    /// [`Decimal::canonical`]).
    pub fn to_bits(&self) -> u128 {
        match self.canonical() {
            Decimal::NaN => 0x7C00 << 112,
            Decimal::Infinity { negative } => ((negative as u128) << 127) | (0x7800 << 112),
            Decimal::Finite {
                negative,
                coefficient,
                exponent,
            } => {
                ((negative as u128) << 127)
                    | (((exponent + EXPONENT_BIAS) as u128) << 113)
                    | coefficient
            }
        }
    }

    /// The value as a BSON Decimal128.
    pub fn to_decimal128(&self) -> Decimal128 {
        Decimal128::from_bytes(self.to_bits().to_le_bytes())
    }

    /// The value as a BSON value.
    pub fn to_bson(&self) -> Bson {
        Bson::Decimal128(self.to_decimal128())
    }

    /// The same value with a coefficient of at most 34 digits and an
    /// exponent in range: rounded (half to even) when it has more digits or
    /// an exponent below the smallest, padded with zeros or made infinite
    /// when the exponent is above the largest. Decoded values are canonical
    /// already.
    pub fn canonical(&self) -> Decimal {
        match *self {
            Decimal::Finite {
                negative,
                coefficient,
                exponent,
            } => finish(
                negative,
                U256::from_u128(coefficient),
                exponent as i64,
                false,
            ),
            other => other,
        }
    }

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

/// Rounds `c × 10^exponent` (plus less than one unit of its last digit when
/// `sticky`) to a decimal128: at most 34 digits, exponent at least
/// [`MIN_EXPONENT`] (subnormal results lose digits; tiny ones become zero
/// keeping their sign), rounding half to even; past [`MAX_EXPONENT`] the
/// coefficient is padded with zeros if it can be, else the result is an
/// infinity. A zero's exponent is clamped into range.
fn finish(negative: bool, c: U256, exponent: i64, sticky: bool) -> Decimal {
    let digits = c.digits() as i64;
    let mut q = (exponent + (digits - 34).max(0)).max(MIN_EXPONENT as i64);
    let mut coefficient = if q > exponent {
        let dropped = (q - exponent).min(1000) as u32;
        round_off(c, dropped, sticky)
            .to_u128()
            .expect("at most 35 digits")
    } else {
        debug_assert!(!sticky, "an inexact value must lose digits");
        c.to_u128().expect("at most 34 digits")
    };
    if coefficient == TEN_POW_34 {
        coefficient /= 10;
        q += 1;
    }
    if q > MAX_EXPONENT as i64 {
        let pad = q - MAX_EXPONENT as i64;
        if coefficient == 0 {
            q = MAX_EXPONENT as i64;
        } else if digit_count(coefficient) as i64 + pad <= 34 {
            coefficient *= 10u128.pow(pad as u32);
            q = MAX_EXPONENT as i64;
        } else {
            return Decimal::Infinity { negative };
        }
    }
    Decimal::Finite {
        negative,
        coefficient,
        exponent: q as i32,
    }
}

/// Drops the last `k` (at least 1) decimal digits of `c`, rounding half to
/// even; `sticky` says the exact value is a little above `c`.
fn round_off(c: U256, k: u32, sticky: bool) -> U256 {
    // A U256 has at most 78 digits: dropping more leaves less than a tenth
    // of a unit, which rounds to zero.
    if k > 78 {
        return U256::ZERO;
    }
    let mut q = c;
    let mut sticky = sticky;
    let mut rest = k - 1;
    while rest > 0 {
        let n = rest.min(19);
        let (next, r) = q.divrem_u64(10u64.pow(n));
        sticky |= r != 0;
        q = next;
        rest -= n;
    }
    let (q, digit) = q.divrem_u64(10);
    if digit > 5 || (digit == 5 && (sticky || q.0[0] & 1 == 1)) {
        q.add(U256::from_u128(1))
    } else {
        q
    }
}

/// An unsigned 256-bit integer (little-endian u64 limbs), wide enough for
/// a product of two coefficients or a coefficient aligned 42 places up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct U256([u64; 4]);

impl Ord for U256 {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.iter().rev().cmp(other.0.iter().rev())
    }
}

impl PartialOrd for U256 {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl U256 {
    const ZERO: U256 = U256([0; 4]);

    fn from_u128(v: u128) -> U256 {
        U256([v as u64, (v >> 64) as u64, 0, 0])
    }

    fn to_u128(self) -> Option<u128> {
        (self.0[2] == 0 && self.0[3] == 0).then(|| self.0[0] as u128 | (self.0[1] as u128) << 64)
    }

    /// `a × b` in full.
    fn mul_u128(a: u128, b: u128) -> U256 {
        let lo = U256::from_u128(a).mul_u64(b as u64);
        let hi = U256::from_u128(a).mul_u64((b >> 64) as u64);
        lo.add(U256([0, hi.0[0], hi.0[1], hi.0[2]]))
    }

    fn mul_u64(self, m: u64) -> U256 {
        let mut out = [0u64; 4];
        let mut carry = 0u128;
        for (o, &limb) in out.iter_mut().zip(&self.0) {
            let p = limb as u128 * m as u128 + carry;
            *o = p as u64;
            carry = p >> 64;
        }
        debug_assert_eq!(carry, 0, "U256 overflow");
        U256(out)
    }

    fn mul_pow10(self, mut k: u32) -> U256 {
        let mut v = self;
        while k > 0 {
            let n = k.min(19);
            v = v.mul_u64(10u64.pow(n));
            k -= n;
        }
        v
    }

    fn add(self, other: U256) -> U256 {
        let mut out = [0u64; 4];
        let mut carry = false;
        for ((o, a), b) in out.iter_mut().zip(self.0).zip(other.0) {
            let (s, c1) = a.overflowing_add(b);
            let (s, c2) = s.overflowing_add(carry as u64);
            *o = s;
            carry = c1 || c2;
        }
        debug_assert!(!carry, "U256 overflow");
        U256(out)
    }

    /// `self - other` for `self >= other`.
    fn sub(self, other: U256) -> U256 {
        let mut out = [0u64; 4];
        let mut borrow = false;
        for ((o, a), b) in out.iter_mut().zip(self.0).zip(other.0) {
            let (s, b1) = a.overflowing_sub(b);
            let (s, b2) = s.overflowing_sub(borrow as u64);
            *o = s;
            borrow = b1 || b2;
        }
        debug_assert!(!borrow, "U256 underflow");
        U256(out)
    }

    fn divrem_u64(self, d: u64) -> (U256, u64) {
        let mut out = [0u64; 4];
        let mut rem = 0u128;
        for i in (0..4).rev() {
            let cur = (rem << 64) | self.0[i] as u128;
            out[i] = (cur / d as u128) as u64;
            rem = cur % d as u128;
        }
        (U256(out), rem as u64)
    }

    /// Long division by a divisor below 2^127.
    fn divrem_u128(self, d: u128) -> (U256, u128) {
        debug_assert!(d != 0 && d >> 127 == 0);
        if let Some(v) = self.to_u128() {
            return (U256::from_u128(v / d), v % d);
        }
        let mut out = [0u64; 4];
        let mut rem = 0u128;
        for bit in (0..256).rev() {
            rem = (rem << 1) | ((self.0[bit / 64] >> (bit % 64)) & 1) as u128;
            if rem >= d {
                rem -= d;
                out[bit / 64] |= 1 << (bit % 64);
            }
        }
        (U256(out), rem)
    }

    /// Number of decimal digits (1 for 0).
    fn digits(self) -> u32 {
        if let Some(v) = self.to_u128() {
            return digit_count(v);
        }
        let mut n = 38;
        let mut p = U256::from_u128(10u128.pow(38));
        while self >= p {
            n += 1;
            if n == 78 {
                break;
            }
            p = p.mul_u64(10);
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Ordering::{Equal, Greater, Less};

    fn dec(s: &str) -> Decimal {
        Decimal::from(s.parse::<Decimal128>().expect(s))
    }

    fn finite(negative: bool, coefficient: u128, exponent: i32) -> Decimal {
        Decimal::Finite {
            negative,
            coefficient,
            exponent,
        }
    }

    /// Bits of a first-form finite value.
    fn bits(negative: bool, coefficient: u128, exponent: i32) -> u128 {
        ((negative as u128) << 127) | (((exponent + EXPONENT_BIAS) as u128) << 113) | coefficient
    }

    #[test]
    fn decodes_known_bit_patterns() {
        let cases: &[(u128, Decimal)] = &[
            (
                0x3040_0000_0000_0000_0000_0000_0000_0000,
                finite(false, 0, 0),
            ),
            (
                0xB040_0000_0000_0000_0000_0000_0000_0000,
                finite(true, 0, 0),
            ),
            (
                0x3040_0000_0000_0000_0000_0000_0000_0001,
                finite(false, 1, 0),
            ),
            (
                0xB040_0000_0000_0000_0000_0000_0000_0001,
                finite(true, 1, 0),
            ),
            (
                0x303E_0000_0000_0000_0000_0000_0000_000A,
                finite(false, 10, -1),
            ),
            // 1E+6144, clamped: 10^33 × 10^6111.
            (
                0x5FFE_314D_C644_8D93_38C1_5B0A_0000_0000,
                finite(false, 10u128.pow(33), 6111),
            ),
            // Smallest subnormal, 1E-6176.
            (
                0x0000_0000_0000_0000_0000_0000_0000_0001,
                finite(false, 1, -6176),
            ),
            // Largest: 9.999…9E+6144.
            (
                0x5FFF_ED09_BEAD_87C0_378D_8E63_FFFF_FFFF,
                finite(false, MAX_COEFFICIENT, 6111),
            ),
            (
                0xDFFF_ED09_BEAD_87C0_378D_8E63_FFFF_FFFF,
                finite(true, MAX_COEFFICIENT, 6111),
            ),
            (0x7C00_0000_0000_0000_0000_0000_0000_0000, Decimal::NaN),
            (0xFC00_0000_0000_0000_0000_0000_0000_0000, Decimal::NaN),
            (0x7E00_0000_0000_0000_0000_0000_0000_0000, Decimal::NaN),
            (0x7C00_0000_0000_0000_0000_0000_0000_0012, Decimal::NaN),
            (
                0x7800_0000_0000_0000_0000_0000_0000_0000,
                Decimal::Infinity { negative: false },
            ),
            (
                0xF800_0000_0000_0000_0000_0000_0000_0000,
                Decimal::Infinity { negative: true },
            ),
            // Infinity ignores the rest of the bits.
            (
                0x7800_0000_0000_0000_0000_0000_0000_1234,
                Decimal::Infinity { negative: false },
            ),
            // Non-canonical first form: coefficient 10^34 reads as zero.
            (
                0x3041_ED09_BEAD_87C0_378D_8E64_0000_0000,
                finite(false, 0, 0),
            ),
            // Largest 113-bit coefficient, non-canonical too.
            (
                0x3041_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF,
                finite(false, 0, 0),
            ),
            // Second form (bits 126..125 = 11): exponent in bits 124..111
            // (here 0x1820 = 6176, so 0), implied coefficient ≥ 2^113, which
            // is never canonical: zero.
            (
                0x6C10_0000_0000_0000_0000_0000_0000_0000,
                finite(false, 0, 0),
            ),
            (
                0xEC10_0000_0000_0000_0000_0000_0000_0001,
                finite(true, 0, 0),
            ),
            (
                0x6000_0000_0000_0000_0000_0000_0000_0000,
                finite(false, 0, -6176),
            ),
            // Exponent bits 0x2FFF (the largest) in the second form.
            (
                0x77FF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF,
                finite(false, 0, 6111),
            ),
        ];
        for (b, want) in cases {
            assert_eq!(Decimal::from_bits(*b), *want, "{b:#034x}");
            let via_bson = Decimal::from(Decimal128::from_bytes(b.to_le_bytes()));
            assert_eq!(via_bson, *want, "{b:#034x} through bson bytes");
        }
    }

    #[test]
    fn decoding_agrees_with_bson_parsing() {
        let cases = [
            ("0", bits(false, 0, 0)),
            ("-0", bits(true, 0, 0)),
            ("1", bits(false, 1, 0)),
            ("1.0", bits(false, 10, -1)),
            ("-1.00", bits(true, 100, -2)),
            ("0.1", bits(false, 1, -1)),
            ("1E-6176", bits(false, 1, -6176)),
            ("1E+6111", bits(false, 1, 6111)),
            (
                "12345678901234567890123456789012.34",
                bits(false, 1_234_567_890_123_456_789_012_345_678_901_234, -2),
            ),
            (
                "9.999999999999999999999999999999999E+6144",
                bits(false, MAX_COEFFICIENT, 6111),
            ),
        ];
        for (s, b) in cases {
            assert_eq!(dec(s), Decimal::from_bits(b), "{s}");
            assert_eq!(
                u128::from_le_bytes(s.parse::<Decimal128>().unwrap().bytes()),
                b,
                "{s}"
            );
        }
        assert!(dec("NaN").is_nan());
        assert!(dec("-NaN").is_nan());
        assert_eq!(dec("-Infinity"), Decimal::Infinity { negative: true });
    }

    fn assert_order(ordered: &[&str]) {
        for (i, a) in ordered.iter().enumerate() {
            for (j, b) in ordered.iter().enumerate() {
                assert_eq!(dec(a).cmp_decimal(&dec(b)), i.cmp(&j), "{a} vs {b}");
            }
        }
    }

    #[test]
    fn decimals_order_exactly() {
        assert_order(&[
            "NaN",
            "-Infinity",
            "-9.999999999999999999999999999999999E+6144",
            "-1E+10",
            "-9999999999.999999999999999999999999",
            "-9E+9",
            "-1",
            "-0.9999999999999999999999999999999999",
            "-1E-6176",
            "0",
            "1E-6176",
            "2E-6176",
            "9999999999999999999999999999999999E-6176",
            "1E-6142",
            "0.1",
            "0.1000000000000000000000000000000001",
            "1",
            "1.000000000000000000000000000000001",
            "9999999999999999999999999999999999",
            "1E+34",
            "1E+6143",
            "9.999999999999999999999999999999999E+6143",
            "1E+6144",
            "9.999999999999999999999999999999999E+6144",
            "Infinity",
        ]);
    }

    #[test]
    fn equal_values_in_different_forms() {
        let groups: &[&[&str]] = &[
            &["0", "-0", "0E-6176", "0E+6111", "-0.000"],
            &[
                "1",
                "1.0",
                "1.00",
                "0.001E3",
                "1E0",
                "1.000000000000000000000000000000000",
            ],
            &["1E+33", "1000000000000000000000000000000000"],
            &["-1.5E-100", "-15E-101", "-0.15E-99"],
            &["NaN", "-NaN", "sNaN"],
            &["Infinity", "Infinity"],
        ];
        for g in groups {
            for a in *g {
                for b in *g {
                    assert_eq!(dec(a).cmp_decimal(&dec(b)), Equal, "{a} vs {b}");
                }
            }
        }
        // Non-canonical encodings are zero.
        let nc = Decimal::from_bits(0x3041_ED09_BEAD_87C0_378D_8E64_0000_0000);
        assert_eq!(nc.cmp_decimal(&dec("0")), Equal);
        assert_eq!(nc.cmp_i64(0), Equal);
        assert_eq!(nc.cmp_f64(-0.0), Equal);
    }

    #[test]
    fn decimals_against_int64() {
        let max = i64::MAX;
        let min = i64::MIN;
        let cases: &[(&str, i64, Ordering)] = &[
            ("9223372036854775807", max, Equal),
            ("9.223372036854775807E+18", max, Equal),
            ("9223372036854775807.000", max, Equal),
            ("9223372036854775808", max, Greater),
            ("9223372036854775806.5", max, Less),
            ("9223372036854775807.0000000000001", max, Greater),
            ("-9223372036854775808", min, Equal),
            ("-9223372036854775808.1", min, Less),
            ("-9223372036854775807.9", min, Greater),
            ("9007199254740993", (1 << 53) + 1, Equal),
            ("9007199254740992", (1 << 53) + 1, Less),
            ("1E+6144", max, Greater),
            ("-1E+6144", min, Less),
            ("1E-6176", 0, Greater),
            ("-1E-6176", 0, Less),
            ("-0", 0, Equal),
            ("0E+300", 0, Equal),
            ("1E+18", 1_000_000_000_000_000_000, Equal),
            ("Infinity", max, Greater),
            ("-Infinity", min, Less),
            ("NaN", min, Less),
        ];
        for (s, i, want) in cases {
            assert_eq!(dec(s).cmp_i64(*i), *want, "{s} vs {i}");
        }
    }

    #[test]
    fn decimals_against_doubles() {
        let min_sub = f64::from_bits(1);
        let cases: &[(&str, f64, Ordering)] = &[
            // The double 0.1 is 0.1000000000000000055511151231257827021…
            ("0.1", 0.1, Less),
            ("0.1000000000000000055511151231257827", 0.1, Less),
            ("0.1000000000000000055511151231257828", 0.1, Greater),
            ("0.5", 0.5, Equal),
            ("0.25", 0.25, Equal),
            ("-0.375", -0.375, Equal),
            ("1.5", 1.5, Equal),
            ("1", 1.0, Equal),
            ("1.00", 1.0, Equal),
            ("1.000000000000000000000000000000001", 1.0, Greater),
            ("0.9999999999999999999999999999999999", 1.0, Less),
            ("1152921504606846976", 2f64.powi(60), Equal),
            ("1267650600228229401496703205376", 2f64.powi(100), Equal),
            ("1267650600228229401496703205377", 2f64.powi(100), Greater),
            ("1.267650600228229401496703205375E+30", 2f64.powi(100), Less),
            ("9007199254740993", 9007199254740992.0, Greater),
            // 2^-1074 = 4.9406564584124654417656879286822137236…E-324
            ("4.940656458412465441765687928682213E-324", min_sub, Less),
            ("4.940656458412465441765687928682214E-324", min_sub, Greater),
            ("1E-6176", 0.0, Greater),
            ("1E-6176", min_sub, Less),
            ("-1E-6176", 0.0, Less),
            ("-1E-6176", -min_sub, Greater),
            ("-0", 0.0, Equal),
            ("0", -0.0, Equal),
            // f64::MAX = 1.797693134862315708145274237317043567980…E+308
            ("1.797693134862315708145274237317043E+308", f64::MAX, Less),
            (
                "1.797693134862315708145274237317044E+308",
                f64::MAX,
                Greater,
            ),
            ("1E+309", f64::MAX, Greater),
            ("1E+6144", f64::INFINITY, Less),
            ("-1E+6144", f64::NEG_INFINITY, Greater),
            ("Infinity", f64::INFINITY, Equal),
            ("Infinity", f64::MAX, Greater),
            ("-Infinity", f64::NEG_INFINITY, Equal),
            ("-Infinity", f64::MIN, Less),
            // The double 1e300 is 1.0000000000000000525…E+300.
            ("1E+300", 1e300, Less),
            ("NaN", f64::NAN, Equal),
            ("NaN", f64::NEG_INFINITY, Less),
            ("-Infinity", f64::NAN, Greater),
            ("0", f64::NAN, Greater),
        ];
        for (s, d, want) in cases {
            assert_eq!(dec(s).cmp_f64(*d), *want, "{s} vs {d:e}");
        }
    }

    #[test]
    fn to_f64_rounds_to_nearest() {
        let cases: &[(&str, f64)] = &[
            ("0.1", 0.1),
            ("1", 1.0),
            ("-2.5", -2.5),
            ("1E+300", 1e300),
            ("1E+400", f64::INFINITY),
            ("-1E+400", f64::NEG_INFINITY),
            ("1E-400", 0.0),
            ("9007199254740993", 9007199254740992.0),
            ("9223372036854775807", 9223372036854775808.0),
            ("Infinity", f64::INFINITY),
        ];
        for (s, want) in cases {
            assert_eq!(dec(s).to_f64(), *want, "{s}");
        }
        assert!(dec("NaN").to_f64().is_nan());
        let neg_zero = dec("-1E-400").to_f64();
        assert!(neg_zero == 0.0 && neg_zero.is_sign_negative());
        assert!(dec("-0").to_f64().is_sign_negative());
        // The result is within half an ulp: the neighbours lie on either side.
        for s in [
            "0.1",
            "3.141592653589793238462643383279503",
            "1E+300",
            "1E-300",
            "4.940656458412465441765687928682214E-324",
            "-6.02214076E+23",
            "1.797693134862315708145274237317043E+308",
        ] {
            let d = dec(s);
            let a = d.to_f64();
            assert_eq!(d.cmp_f64(a.next_down()), Greater, "{s}");
            assert_eq!(d.cmp_f64(a.next_up()), Less, "{s}");
        }
    }

    #[test]
    fn floor_and_integers() {
        let cases: &[(&str, Option<i128>, Option<i64>)] = &[
            ("0", Some(0), Some(0)),
            ("-0", Some(0), Some(0)),
            ("1.5", Some(1), None),
            ("-1.5", Some(-2), None),
            ("-2.000", Some(-2), Some(-2)),
            ("1E-6176", Some(0), None),
            ("-1E-6176", Some(-1), None),
            ("12E+3", Some(12000), Some(12000)),
            (
                "9223372036854775807",
                Some(i64::MAX as i128),
                Some(i64::MAX),
            ),
            ("9223372036854775808", Some(1 << 63), None),
            ("-9223372036854775808", Some(-(1 << 63)), Some(i64::MIN)),
            ("1E+6144", None, None),
            ("Infinity", None, None),
            ("NaN", None, None),
        ];
        for (s, floor, int) in cases {
            assert_eq!(dec(s).floor_i128(), *floor, "{s}");
            assert_eq!(dec(s).to_i64_exact(), *int, "{s}");
        }
    }

    #[test]
    fn normalized_parts() {
        let p = |s: &str| dec(s).normalized();
        assert_eq!(p("1"), Some((false, 0, 10u128.pow(33))));
        assert_eq!(p("1.00"), p("1"));
        assert_eq!(p("-120E-2"), Some((true, 0, 12 * 10u128.pow(32))));
        assert_eq!(p("1E+6144"), Some((false, 6144, 10u128.pow(33))));
        assert_eq!(p("1E-6176"), Some((false, -6176, 10u128.pow(33))));
        assert_eq!(p("0"), None);
        assert_eq!(p("NaN"), None);
        assert!(p("0.1").unwrap() < p("0.2").unwrap());
        assert!(p("0.9").unwrap() < p("1").unwrap());
    }

    /// Expected results come from IEEE 754-2008 decimal128 (34 digits,
    /// round half to even), which mongod's Intel BID library implements;
    /// the same rules give Python's `decimal` with prec=34, Emax=6144,
    /// Emin=-6143, clamp=1, against which this code was also checked on
    /// several hundred thousand random operands.
    #[test]
    fn arithmetic() {
        let cases: &[(&str, char, &str, &str)] = &[
            // Preferred exponents.
            ("1.0", '+', "2.00", "3.00"),
            ("1", '+', "1", "2"),
            ("0.1", '+', "0.2", "0.3"),
            ("1E+2", '+', "1", "101"),
            ("1E+2", '+', "1E+2", "2E+2"),
            ("12", '+', "0.000", "12.000"),
            ("0E+5", '+', "-12", "-12"),
            (
                "1E+40",
                '+',
                "0E-5",
                "1.000000000000000000000000000000000E+40",
            ),
            ("0E+3", '+', "0E-2", "0.00"),
            // Carries and rounding ties (half to even).
            (
                "9999999999999999999999999999999999",
                '+',
                "1",
                "1.000000000000000000000000000000000E+34",
            ),
            (
                "9999999999999999999999999999999999",
                '+',
                "0.5",
                "1.000000000000000000000000000000000E+34",
            ),
            (
                "1234567890123456789012345678901234",
                '+',
                "0.5",
                "1234567890123456789012345678901234",
            ),
            (
                "1234567890123456789012345678901235",
                '+',
                "0.5",
                "1234567890123456789012345678901236",
            ),
            (
                "1234567890123456789012345678901234",
                '+',
                "0.50000000000000000001",
                "1234567890123456789012345678901235",
            ),
            ("1", '+', "1E-40", "1.000000000000000000000000000000000"),
            ("1", '-', "1E-40", "1.000000000000000000000000000000000"),
            // Operands too far apart to align.
            (
                "1E+10",
                '+',
                "1E-100",
                "10000000000.00000000000000000000000",
            ),
            (
                "1E+10",
                '-',
                "1E-100",
                "10000000000.00000000000000000000000",
            ),
            (
                "1E+6111",
                '-',
                "1E-6176",
                "1.000000000000000000000000000000000E+6111",
            ),
            // Zeros and their signs.
            ("5", '-', "5", "0"),
            ("5.0", '-', "5", "0.0"),
            ("-0", '+', "-0", "-0"),
            ("-0", '+', "0", "0"),
            // Infinities and NaN.
            ("Infinity", '+', "-Infinity", "NaN"),
            ("Infinity", '+', "1", "Infinity"),
            ("-Infinity", '-', "Infinity", "-Infinity"),
            ("NaN", '+', "1", "NaN"),
            ("1", '-', "NaN", "NaN"),
            // Overflow and the largest value.
            (
                "9.999999999999999999999999999999999E+6144",
                '+',
                "1E+6111",
                "Infinity",
            ),
            (
                "9.999999999999999999999999999999999E+6144",
                '+',
                "4E+6110",
                "9.999999999999999999999999999999999E+6144",
            ),
            (
                "9.999999999999999999999999999999999E+6144",
                '+',
                "5E+6110",
                "Infinity",
            ),
            (
                "-9.999999999999999999999999999999999E+6144",
                '-',
                "5E+6110",
                "-Infinity",
            ),
            // Subnormals.
            ("1E-6176", '+', "1E-6176", "2E-6176"),
            ("1E-6176", '-', "1E-6176", "0E-6176"),
            ("-1E-6176", '-', "1E-6176", "-2E-6176"),
            // Multiplication.
            ("0.1", '*', "3", "0.3"),
            ("2.50", '*', "2", "5.00"),
            ("1.5", '*', "1.5", "2.25"),
            ("-2", '*', "3", "-6"),
            ("-0", '*', "5", "-0"),
            ("0", '*', "-5", "-0"),
            ("2.50", '*', "0", "0.00"),
            ("1E-6176", '*', "0.1", "0E-6176"),
            ("5E-6176", '*', "0.1", "0E-6176"),
            ("15E-6176", '*', "0.1", "2E-6176"),
            ("0E-6000", '*', "0E-6000", "0E-6176"),
            ("0E+6000", '*', "0E+6000", "0E+6111"),
            ("1E+6000", '*', "1E+6000", "Infinity"),
            ("1E+3000", '*', "1E+3111", "1E+6111"),
            ("1E+3000", '*', "1E+3112", "1.0E+6112"),
            (
                "9999999999999999999999999999999999",
                '*',
                "9999999999999999999999999999999999",
                "9.999999999999999999999999999999998E+67",
            ),
            ("Infinity", '*', "0", "NaN"),
            ("-Infinity", '*', "2", "-Infinity"),
            ("-Infinity", '*', "-Infinity", "Infinity"),
            ("Infinity", '*', "-0", "NaN"),
            ("NaN", '*', "Infinity", "NaN"),
            // Division: exact quotients nearest the preferred exponent,
            // others to 34 digits.
            ("1", '/', "3", "0.3333333333333333333333333333333333"),
            ("2", '/', "3", "0.6666666666666666666666666666666667"),
            ("1", '/', "7", "0.1428571428571428571428571428571429"),
            ("1", '/', "4", "0.25"),
            ("6", '/', "2", "3"),
            ("100", '/', "10", "10"),
            ("1E+2", '/', "1", "1E+2"),
            ("1.00", '/', "2", "0.50"),
            ("1", '/', "8", "0.125"),
            ("10", '/', "4", "2.5"),
            ("123456789", '/', "1000", "123456.789"),
            ("-7", '/', "2", "-3.5"),
            ("2", '/', "0.5", "4"),
            (
                "9999999999999999999999999999999999",
                '/',
                "3",
                "3333333333333333333333333333333333",
            ),
            (
                "1",
                '/',
                "9999999999999999999999999999999999",
                "1.000000000000000000000000000000000E-34",
            ),
            ("1", '/', "0", "Infinity"),
            ("-1", '/', "0", "-Infinity"),
            ("0", '/', "0", "NaN"),
            ("0", '/', "5", "0"),
            ("0.00", '/', "5", "0.00"),
            ("0", '/', "0.001", "0E+3"),
            ("5", '/', "Infinity", "0E-6176"),
            ("-5", '/', "Infinity", "-0E-6176"),
            ("Infinity", '/', "Infinity", "NaN"),
            ("Infinity", '/', "-2", "-Infinity"),
            ("1E-6176", '/', "2", "0E-6176"),
            ("3E-6176", '/', "2", "2E-6176"),
            ("1E+6144", '/', "1E-10", "Infinity"),
        ];
        for (a, op, b, want) in cases {
            let (x, y) = (dec(a), dec(b));
            let got = match op {
                '+' => x.add(&y),
                '-' => x.sub(&y),
                '*' => x.mul(&y),
                _ => x.div(&y),
            };
            assert_eq!(got.to_decimal128().to_string(), *want, "{a} {op} {b}");
            // The result is canonical: decoding its bits gives it back.
            assert_eq!(
                Decimal::from_bits(got.to_bits()),
                got.canonical(),
                "{a} {op} {b}"
            );
        }
    }

    #[test]
    fn remainders() {
        let cases: &[(&str, &str, &str)] = &[
            ("7", "3", "1"),
            ("-7", "3", "-1"),
            ("7", "-3", "1"),
            ("7.5", "2", "1.5"),
            ("1", "0.3", "0.1"),
            ("5.0", "2.00", "1.00"),
            ("-4", "2", "-0"),
            ("2", "5", "2"),
            ("2", "5E+40", "2"),
            ("0", "5E-3", "0.000"),
            ("0E+5", "3", "0"),
            ("1E+6000", "7", "1"),
            (
                "1E+6111",
                "9999999999999999999999999999999997",
                "1955711568510919881929632518431797",
            ),
            ("5", "Infinity", "5"),
            ("5", "0", "NaN"),
            ("Infinity", "5", "NaN"),
            ("NaN", "5", "NaN"),
        ];
        for (a, b, want) in cases {
            let got = dec(a).rem(&dec(b));
            assert_eq!(got.to_decimal128().to_string(), *want, "{a} % {b}");
        }
    }

    #[test]
    fn arithmetic_is_exact_where_doubles_are_not() {
        // 0.1 added ten times is exactly 1.0.
        let tenth = dec("0.1");
        let mut sum = ZERO;
        for _ in 0..10 {
            sum = sum.add(&tenth);
        }
        assert_eq!(sum.to_decimal128().to_string(), "1.0");
        // (1/3) × 3 rounds, but stays within the last digit.
        let third = dec("1").div(&dec("3"));
        assert_eq!(
            third.mul(&dec("3")).to_decimal128().to_string(),
            "0.9999999999999999999999999999999999"
        );
        // Subtraction is addition of the negation; negation keeps NaN.
        assert!(Decimal::NaN.negate().is_nan());
        assert_eq!(dec("-2.50").abs(), dec("2.50"));
        assert_eq!(dec("-Infinity").abs(), dec("Infinity"));
    }

    #[test]
    fn encoding_round_trips() {
        for s in [
            "0",
            "-0",
            "1",
            "-1.00",
            "0.1",
            "12345678901234567890123456789012.34",
            "1E-6176",
            "-1E-6176",
            "1E+6111",
            "1.000000000000000000000000000000000E+6144",
            "9.999999999999999999999999999999999E+6144",
            "-9.999999999999999999999999999999999E-6143",
            "0E-6176",
            "0E+6111",
            "Infinity",
            "-Infinity",
            "NaN",
        ] {
            let d: Decimal128 = s.parse().unwrap();
            assert_eq!(Decimal::from(d).to_decimal128().bytes(), d.bytes(), "{s}");
            assert_eq!(Decimal::from(d).to_bson(), Bson::Decimal128(d), "{s}");
        }
        // Non-canonical finite values are brought into range.
        let cases: &[(Decimal, &str)] = &[
            (
                finite(false, 10u128.pow(34), 0),
                "1.000000000000000000000000000000000E+34",
            ),
            (finite(true, 12345, -6180), "-1E-6176"),
            (finite(false, 15, -6177), "2E-6176"),
            (finite(false, 1, 6120), "1.000000000E+6120"),
            (finite(false, 0, 7000), "0E+6111"),
            (finite(false, 0, -7000), "0E-6176"),
            (finite(false, 10u128.pow(30), 6120), "Infinity"),
            (
                finite(false, u128::MAX, 0),
                "3.402823669209384634633746074317682E+38",
            ),
        ];
        for (d, want) in cases {
            assert_eq!(d.to_decimal128().to_string(), *want, "{d:?}");
        }
        // The one NaN encoding.
        assert_eq!(Decimal::NaN.to_bits(), 0x7C00 << 112);
        assert_eq!(dec("-NaN").to_decimal128().to_string(), "NaN");
    }

    #[test]
    fn from_doubles() {
        // (double, correctly rounded to 34 digits, mongod's 15 digits)
        let cases: &[(f64, &str, &str)] = &[
            (
                0.1,
                "0.1000000000000000055511151231257827",
                "0.100000000000000",
            ),
            (0.5, "0.5", "0.500000000000000"),
            (3.0, "3", "3.00000000000000"),
            (-2.5, "-2.5", "-2.50000000000000"),
            (1e20, "100000000000000000000", "1.00000000000000E+20"),
            (
                1e34,
                "9999999999999999455752309870428160",
                "1.00000000000000E+34",
            ),
            (
                1e40,
                "1.000000000000000030378602842700367E+40",
                "1.00000000000000E+40",
            ),
            // 2^-50 has 35 significant digits ending in 5: a tie.
            (
                2f64.powi(-50),
                "8.881784197001252323389053344726562E-16",
                "8.88178419700125E-16",
            ),
            (
                1.0 / 3.0,
                "0.3333333333333333148296162562473910",
                "0.333333333333333",
            ),
            (
                0.1 + 0.2,
                "0.3000000000000000444089209850062616",
                "0.300000000000000",
            ),
            (
                f64::MAX,
                "1.797693134862315708145274237317044E+308",
                "1.79769313486232E+308",
            ),
            (
                f64::MIN_POSITIVE,
                "2.225073858507201383090232717332404E-308",
                "2.22507385850720E-308",
            ),
            (
                f64::from_bits(1),
                "4.940656458412465441765687928682214E-324",
                "4.94065645841247E-324",
            ),
            // Rounding to 15 digits carries into a sixteenth.
            (
                9.999999999999999,
                "9.999999999999998223643160599749535",
                "10.0000000000000",
            ),
            (
                123456789012345678.0,
                "123456789012345680",
                "1.23456789012346E+17",
            ),
            (
                1e300,
                "1.000000000000000052504760255204420E+300",
                "1.00000000000000E+300",
            ),
            (-0.0, "-0", "-0"),
            (0.0, "0", "0"),
            (f64::INFINITY, "Infinity", "Infinity"),
            (f64::NEG_INFINITY, "-Infinity", "-Infinity"),
        ];
        for (f, d34, d15) in cases {
            assert_eq!(
                Decimal::from_f64(*f).to_decimal128().to_string(),
                *d34,
                "{f:e}"
            );
            assert_eq!(
                Decimal::from_f64_15(*f).to_decimal128().to_string(),
                *d15,
                "{f:e}"
            );
        }
        assert!(Decimal::from_f64(f64::NAN).is_nan());
        assert!(Decimal::from_f64_15(f64::NAN).is_nan());
    }

    #[test]
    fn coercions() {
        let cases: &[(Bson, &str)] = &[
            (Bson::Int32(-7), "-7"),
            (Bson::Int64(i64::MIN), "-9223372036854775808"),
            (Bson::Double(0.1), "0.100000000000000"),
            (Bson::Decimal128("1.50".parse().unwrap()), "1.50"),
        ];
        for (v, want) in cases {
            assert_eq!(
                Decimal::coerce(v).unwrap().to_decimal128().to_string(),
                *want,
                "{v}"
            );
        }
        assert_eq!(Decimal::coerce(&Bson::String("1".into())), None);
    }

    #[test]
    fn to_integers() {
        // (value, rounded half to even, truncated)
        let cases: &[(&str, Option<i64>, Option<i64>)] = &[
            ("2.5", Some(2), Some(2)),
            ("3.5", Some(4), Some(3)),
            ("-2.5", Some(-2), Some(-2)),
            ("-3.5", Some(-4), Some(-3)),
            ("2.51", Some(3), Some(2)),
            ("2.4999999999999999999999999999999", Some(2), Some(2)),
            ("0.5", Some(0), Some(0)),
            ("-0.5000000000000000000000000000000001", Some(-1), Some(0)),
            ("1E-6176", Some(0), Some(0)),
            ("12E+3", Some(12000), Some(12000)),
            ("9223372036854775807.4", Some(i64::MAX), Some(i64::MAX)),
            ("9223372036854775807.5", None, Some(i64::MAX)),
            ("-9223372036854775808.5", Some(i64::MIN), Some(i64::MIN)),
            ("-9223372036854775809", None, None),
            ("1E+19", None, None),
            ("1E+6144", None, None),
            ("Infinity", None, None),
            ("NaN", None, None),
        ];
        for (s, round, trunc) in cases {
            assert_eq!(dec(s).to_i64_round(), *round, "{s}");
            assert_eq!(dec(s).to_i64_trunc(), *trunc, "{s}");
        }
    }
}
