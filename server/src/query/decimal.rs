//! Exact IEEE 754-2008 decimal128 values, decoded from BSON's Decimal128
//! (the binary-integer-decimal "BID" encoding, stored little-endian).
//!
//! This is where decimal numbers get their meaning. The BSON comparison order
//! (`query::compare`) sends every comparison that involves a Decimal128 here,
//! and the order-preserving index key encoding (`index::keyenc`) uses it to
//! place decimals among int32/int64/double keys; decimal arithmetic is meant to
//! build on it later. Comparisons are exact, as mongod's are:
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

use bson::Decimal128;
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
/// decimal-against-double comparison: values stay below about 2^1700.
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
}
