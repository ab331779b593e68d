//! Exact IEEE 754-2008 decimal128 values, decoded from BSON's Decimal128
//! (the binary-integer-decimal "BID" encoding, stored little-endian).
//!
//! This is where decimal numbers get their meaning. The BSON comparison order
//! (`value::compare`) sends every comparison that involves a Decimal128 here,
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

mod arith;
mod compare;
mod convert;
#[cfg(test)]
mod tests;
mod wide;

use bson::{Bson, Decimal128};
use wide::{finish, U256};

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

    pub fn is_nan(&self) -> bool {
        matches!(self, Decimal::NaN)
    }

    /// True for `0`, `-0` and zeros with any exponent.
    pub fn is_zero(&self) -> bool {
        matches!(self, Decimal::Finite { coefficient: 0, .. })
    }
}

/// Number of decimal digits of `c` (1 for 0).
fn digit_count(c: u128) -> u32 {
    c.checked_ilog10().map_or(1, |l| l + 1)
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
