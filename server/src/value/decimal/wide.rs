//! The wide unsigned integers decimal arithmetic and conversion work in,
//! and the rounding of an exact result to a decimal128 (34 digits, half to
//! even, with overflow to infinity and underflow to subnormals and zero).

use super::{digit_count, Decimal, MAX_EXPONENT, MIN_EXPONENT, TEN_POW_34};
use std::cmp::Ordering;

/// Rounds `c × 10^exponent` (plus less than one unit of its last digit when
/// `sticky`) to a decimal128: at most 34 digits, exponent at least
/// [`MIN_EXPONENT`] (subnormal results lose digits; tiny ones become zero
/// keeping their sign), rounding half to even; past [`MAX_EXPONENT`] the
/// coefficient is padded with zeros if it can be, else the result is an
/// infinity. A zero's exponent is clamped into range.
pub(super) fn finish(negative: bool, c: U256, exponent: i64, sticky: bool) -> Decimal {
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
pub(super) fn round_off(c: U256, k: u32, sticky: bool) -> U256 {
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
pub(super) struct U256([u64; 4]);

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
    pub(super) const ZERO: U256 = U256([0; 4]);

    pub(super) fn from_u128(v: u128) -> U256 {
        U256([v as u64, (v >> 64) as u64, 0, 0])
    }

    pub(super) fn to_u128(self) -> Option<u128> {
        (self.0[2] == 0 && self.0[3] == 0).then(|| self.0[0] as u128 | (self.0[1] as u128) << 64)
    }

    /// `a × b` in full.
    pub(super) fn mul_u128(a: u128, b: u128) -> U256 {
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

    pub(super) fn mul_pow10(self, mut k: u32) -> U256 {
        let mut v = self;
        while k > 0 {
            let n = k.min(19);
            v = v.mul_u64(10u64.pow(n));
            k -= n;
        }
        v
    }

    pub(super) fn add(self, other: U256) -> U256 {
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
    pub(super) fn sub(self, other: U256) -> U256 {
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

    pub(super) fn divrem_u64(self, d: u64) -> (U256, u64) {
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
    pub(super) fn divrem_u128(self, d: u128) -> (U256, u128) {
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

/// Just enough of an unsigned bignum (little-endian u64 limbs) for the exact
/// decimal-against-double comparison and the exact digits of a double:
/// values stay below about 2^2600.
pub(super) struct Big(Vec<u64>);

impl Big {
    pub(super) fn from_u128(v: u128) -> Self {
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

    pub(super) fn mul_pow5(&mut self, mut k: u32) {
        // 5^27 is the largest power of five in a u64.
        while k >= 27 {
            self.mul_small(5u64.pow(27));
            k -= 27;
        }
        self.mul_small(5u64.pow(k));
    }

    pub(super) fn shl(&mut self, bits: u32) {
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
    pub(super) fn to_decimal_digits(&self) -> Vec<u8> {
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

    pub(super) fn cmp(&self, other: &Big) -> Ordering {
        let (a, b) = (self.trimmed(), other.trimmed());
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    }
}
