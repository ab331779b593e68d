//! The numeric core of mongod's `$sum` and `$avg`: how a running total
//! widens from int32 to int64 to double, and keeps decimals exact. The
//! `$group` and window accumulators and the `$sum`/`$avg` expressions all
//! add up through it.

use super::as_f64;
use super::decimal::{self, Decimal};
use bson::Bson;

/// mongod's `$sum`: the non-decimal inputs add up as int32/int64 while
/// they can, then as a double; decimal inputs add up exactly on their own
/// (from mongod's `Decimal128()`, zero with exponent 0), and once there is
/// one the result is that decimal total plus the other total converted.
#[derive(Clone, Copy)]
pub struct Sum {
    plain: Plain,
    decimal: Option<Decimal>,
}

/// The total of the non-decimal inputs.
#[derive(Clone, Copy)]
enum Plain {
    Int(i32),
    Long(i64),
    Double(f64),
}

impl Default for Sum {
    /// The empty total: int32 zero.
    fn default() -> Sum {
        Sum {
            plain: Plain::Int(0),
            decimal: None,
        }
    }
}

impl Sum {
    /// The total with one more number (other types are the caller's to
    /// skip).
    pub fn with(self, v: &Bson) -> Sum {
        match v {
            Bson::Decimal128(d) => Sum {
                decimal: Some(self.decimal.unwrap_or(decimal::ZERO).add(&Decimal::from(d))),
                ..self
            },
            _ => Sum {
                plain: self.plain.add(v),
                ..self
            },
        }
    }

    pub fn to_bson(self) -> Bson {
        match self.decimal {
            None => self.plain.to_bson(),
            Some(d) => d.add(&self.plain.to_decimal()).to_bson(),
        }
    }

    /// The mean of `n` inputs: a double, or a decimal once a decimal was
    /// added (the exact total divided to 34 digits).
    pub fn average(self, n: u64) -> Bson {
        match self.decimal {
            None => Bson::Double(self.plain.as_f64() / n as f64),
            Some(d) => average(d, &self.plain, n),
        }
    }
}

/// mongod's `$avg` once a decimal was seen: the exact decimal total plus
/// the double total of the other inputs, divided by the count.
pub fn decimal_mean(decimal: Decimal, other: f64, n: u64) -> Bson {
    average(decimal, &Plain::Double(other), n)
}

/// mongod's decimal mean: the decimal total plus the other total, divided
/// by the count.
fn average(decimal: Decimal, plain: &Plain, n: u64) -> Bson {
    let n = Decimal::from_i64(i64::try_from(n).unwrap_or(i64::MAX));
    decimal.add(&plain.to_decimal()).div(&n).to_bson()
}

impl Plain {
    fn add(self, v: &Bson) -> Plain {
        match (self, v) {
            (Plain::Int(a), Bson::Int32(b)) => a
                .checked_add(*b)
                .map(Plain::Int)
                .unwrap_or(Plain::Long(a as i64 + *b as i64)),
            (Plain::Int(a), Bson::Int64(b)) => (a as i64)
                .checked_add(*b)
                .map(Plain::Long)
                .unwrap_or(Plain::Double(a as f64 + *b as f64)),
            (Plain::Long(a), Bson::Int32(b)) => a
                .checked_add(*b as i64)
                .map(Plain::Long)
                .unwrap_or(Plain::Double(a as f64 + *b as f64)),
            (Plain::Long(a), Bson::Int64(b)) => a
                .checked_add(*b)
                .map(Plain::Long)
                .unwrap_or(Plain::Double(a as f64 + *b as f64)),
            (s, v) => Plain::Double(s.as_f64() + as_f64(v).unwrap_or(0.0)),
        }
    }
    fn as_f64(self) -> f64 {
        match self {
            Plain::Int(i) => i as f64,
            Plain::Long(i) => i as f64,
            Plain::Double(d) => d,
        }
    }
    fn to_bson(self) -> Bson {
        match self {
            Plain::Int(i) => Bson::Int32(i),
            Plain::Long(i) => Bson::Int64(i),
            Plain::Double(d) => Bson::Double(d),
        }
    }
    /// The total as a decimal, as mongod's `DoubleDoubleSummation::
    /// getDecimal` converts it: integers exactly, a double with all 34
    /// digits (plus a zero error term).
    fn to_decimal(self) -> Decimal {
        match self {
            Plain::Int(i) => Decimal::from_i64(i as i64),
            Plain::Long(i) => Decimal::from_i64(i),
            Plain::Double(d) => Decimal::from_f64(d).add(&Decimal::from_f64(0.0)),
        }
    }
}
