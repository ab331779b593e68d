//! The accumulator states of the window functions that fold a window's
//! values into one ($sum, $count, $avg, $min, $max, $push, $addToSet,
//! $stdDevPop/Samp, $covariancePop/Samp, $integral, $expMovingAvg and
//! $locf), with the result types and the arithmetic mongod uses: sums in
//! double-double precision, int/long results while they fit, online
//! (Welford) deviations and covariances. The window functions backed by
//! an accumulator (accumulators.rs, calculus.rs, series.rs) feed it each
//! document of a window; below them, above `common.rs` only.

use super::common::{decimal_or_double, located, nullish, x_axis};
use crate::error::Result;
use crate::expr::Vars;
use crate::value::compare::{compare_with, values_equal_with};
use crate::value::decimal::{self, Decimal};
use crate::value::{as_f64, is_number};
use bson::Bson;
use std::cmp::Ordering;

/// Which accumulator a window function runs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum AccKind {
    Sum,
    Avg,
    Min,
    Max,
    Push,
    AddToSet,
    StdDev {
        samp: bool,
    },
    Covariance {
        samp: bool,
    },
    /// The output unit in milliseconds, if any.
    Integral(Option<i64>),
    ExpMovingAvg(f64),
    Locf,
}

/// A compensated (double-double) sum, as mongod's DoubleDoubleSummation
/// keeps: the low part collects the rounding error of each addition.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Summation {
    hi: f64,
    lo: f64,
    /// The sum of the non-finite inputs, which poison the total.
    special: f64,
}

impl Summation {
    fn add(&mut self, x: f64) {
        if !x.is_finite() {
            self.special += x;
            return;
        }
        let s = self.hi + x;
        let bp = s - self.hi;
        self.lo += (self.hi - (s - bp)) + (x - bp);
        self.hi = s;
    }

    fn add_long(&mut self, x: i64) {
        let hi = x as f64;
        self.add(hi);
        self.add((x as i128 - hi as i128) as f64);
    }

    fn value(&self) -> f64 {
        if self.special != 0.0 || self.special.is_nan() {
            return self.special;
        }
        self.hi + self.lo
    }

    /// The sum as a decimal, as mongod's `DoubleDoubleSummation::
    /// getDecimal` converts it: both parts with all 34 digits, added.
    fn decimal(&self) -> Decimal {
        if self.special != 0.0 || self.special.is_nan() {
            return Decimal::from_f64(self.special);
        }
        Decimal::from_f64(self.hi).add(&Decimal::from_f64(self.lo))
    }
}

/// A numeric sum typed as mongod types `$sum`: int while it fits, then
/// long, double once a double is added, decimal once a decimal is. The
/// decimals add up exactly on their own (from zero with exponent 0), the
/// other numbers in `total`; a decimal result adds the two.
#[derive(Debug, Clone, Default)]
pub(super) struct Sum {
    ints: i128,
    total: Summation,
    long: bool,
    double: bool,
    decimal: Option<Decimal>,
}

impl Sum {
    fn add(&mut self, v: &Bson) {
        match v {
            Bson::Int32(i) => {
                self.ints += *i as i128;
                self.total.add(*i as f64);
            }
            Bson::Int64(i) => {
                self.long = true;
                self.ints += *i as i128;
                self.total.add_long(*i);
            }
            Bson::Double(d) => {
                self.double = true;
                self.total.add(*d);
            }
            Bson::Decimal128(d) => {
                let total = self.decimal.unwrap_or(decimal::ZERO);
                self.decimal = Some(total.add(&Decimal::from(d)));
            }
            _ => {}
        }
    }

    /// The decimal total plus the others, once a decimal was added.
    fn decimal_total(&self) -> Option<Decimal> {
        self.decimal.map(|d| d.add(&self.total.decimal()))
    }

    fn value(&self) -> Bson {
        if let Some(d) = self.decimal_total() {
            return d.to_bson();
        }
        if self.double {
            return Bson::Double(self.total.value());
        }
        if !self.long {
            if let Ok(i) = i32::try_from(self.ints) {
                return Bson::Int32(i);
            }
        }
        i64::try_from(self.ints).map_or(Bson::Double(self.total.value()), Bson::Int64)
    }
}

/// The state of `$covariancePop`/`$covarianceSamp`: mongod's online
/// covariance over the `[x, y]` pairs with numbers on both sides.
pub(super) struct Covariance {
    samp: bool,
    n: u64,
    sum_x: Summation,
    sum_y: Summation,
    c_xy: Summation,
}

impl Covariance {
    fn add(&mut self, v: Option<&Bson>) {
        let Some(Bson::Array(pair)) = v else {
            return;
        };
        if pair.len() != 2 || !pair.iter().all(is_number) {
            return;
        }
        let (px, py) = (
            as_f64(&pair[0]).unwrap_or(0.0),
            as_f64(&pair[1]).unwrap_or(0.0),
        );
        if !px.is_finite() || !py.is_finite() {
            // A NaN, or infinities of both signs, make it NaN; an
            // infinity makes it infinite.
            let special = if px.is_nan() || py.is_nan() || px * py < 0.0 {
                f64::NAN
            } else if px > 0.0 || py > 0.0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            };
            self.c_xy.add(special);
            return;
        }
        // The online update mongod runs: the x delta against the old
        // mean, the y delta against the new one.
        let delta_x = if self.n == 0 {
            0.0
        } else {
            px - self.sum_x.value() / self.n as f64
        };
        self.n += 1;
        self.sum_x.add(px);
        self.sum_y.add(py);
        let delta_y = py - self.sum_y.value() / self.n as f64;
        self.c_xy.add(delta_x * delta_y);
    }

    fn value(&self) -> Bson {
        let (samp, n) = (self.samp, self.n);
        if n == 1 && !samp {
            return Bson::Double(0.0);
        }
        let adj = if samp { n.saturating_sub(1) } else { n };
        if adj == 0 {
            Bson::Null
        } else {
            Bson::Double(self.c_xy.value() / adj as f64)
        }
    }
}

/// The state of `$integral`: the trapezoids between consecutive points
/// (x the sortBy value, y the input), in `unit_ms` when the x axis is a
/// date.
pub(super) struct Integral {
    /// The output unit in milliseconds, if any.
    unit_ms: Option<i64>,
    /// The previous point: its sortBy value and its y.
    last: Option<(Bson, f64)>,
    sum: Summation,
    points: u64,
    nans: u64,
}

impl Integral {
    /// Adds the point of input `v` at sortBy value `x`.
    fn add(&mut self, v: Option<&Bson>, x: Option<&Bson>) -> Result<()> {
        let null = Bson::Null;
        let xv = x.unwrap_or(&null);
        let y = v.filter(|y| is_number(y));
        let (Some(y), true) = (y, is_number(xv) || matches!(xv, Bson::DateTime(_))) else {
            return Err(located(5423900, "The input value of $integral window function must be a vector of 2 value, the first value must be numeric or date type and the second must be numeric."));
        };
        if self.unit_ms.is_some() && !matches!(xv, Bson::DateTime(_)) {
            return Err(located(
                5423901,
                "$integral with 'outputUnit' expects the sortBy field to be a Date",
            ));
        }
        if self.unit_ms.is_none() && !is_number(xv) {
            return Err(located(
                5423902,
                "$integral (with no 'outputUnit') expects the sortBy field to be numeric",
            ));
        }
        let (xf, yf) = (x_axis(xv), as_f64(y).unwrap_or(0.0));
        if xf.is_nan() || yf.is_nan() {
            self.nans += 1;
        }
        if let Some((px, py)) = &self.last {
            let (pxf, pyf) = (x_axis(px), *py);
            // The trapezoid between the previous point and this one;
            // a NaN coordinate contributes nothing.
            if !(pxf.is_nan() || pyf.is_nan() || xf.is_nan() || yf.is_nan()) {
                self.sum.add((pyf + yf) * (xf - pxf) / 2.0);
            }
        }
        self.last = Some((xv.clone(), yf));
        self.points += 1;
        Ok(())
    }

    fn value(&self) -> Bson {
        if self.points == 0 {
            return Bson::Null;
        }
        if self.nans > 0 {
            return Bson::Double(f64::NAN);
        }
        match (self.unit_ms, self.points) {
            // One point: an empty sum, which mongod types as int 0.
            (None, 1) => Bson::Int32(0),
            (None, _) => Bson::Double(self.sum.value()),
            (Some(u), _) => Bson::Double(self.sum.value() / u as f64),
        }
    }
}

/// The state of one accumulator over a window.
pub(super) enum Acc {
    Sum(Sum),
    Avg(Sum, u64),
    Pick(Option<Bson>, bool),
    List(Vec<Bson>, bool),
    StdDev {
        samp: bool,
        n: u64,
        mean: f64,
        m2: f64,
    },
    Covariance(Covariance),
    Integral(Integral),
    ExpMovingAvg {
        alpha: f64,
        avg: Option<f64>,
        decimal: bool,
    },
    Locf(Bson),
}

impl Acc {
    pub(super) fn new(kind: AccKind) -> Acc {
        match kind {
            AccKind::Sum => Acc::Sum(Sum::default()),
            AccKind::Avg => Acc::Avg(Sum::default(), 0),
            AccKind::Min => Acc::Pick(None, false),
            AccKind::Max => Acc::Pick(None, true),
            AccKind::Push => Acc::List(Vec::new(), false),
            AccKind::AddToSet => Acc::List(Vec::new(), true),
            AccKind::StdDev { samp } => Acc::StdDev {
                samp,
                n: 0,
                mean: 0.0,
                m2: 0.0,
            },
            AccKind::Covariance { samp } => Acc::Covariance(Covariance {
                samp,
                n: 0,
                sum_x: Summation::default(),
                sum_y: Summation::default(),
                c_xy: Summation::default(),
            }),
            AccKind::Integral(unit_ms) => Acc::Integral(Integral {
                unit_ms,
                last: None,
                sum: Summation::default(),
                points: 0,
                nans: 0,
            }),
            AccKind::ExpMovingAvg(alpha) => Acc::ExpMovingAvg {
                alpha,
                avg: None,
                decimal: false,
            },
            AccKind::Locf => Acc::Locf(Bson::Null),
        }
    }

    /// Adds one document's input value `v` (its sortBy value is `x`).
    pub(super) fn add(&mut self, v: Option<&Bson>, x: Option<&Bson>, vars: &Vars) -> Result<()> {
        match self {
            Acc::Sum(s) => {
                if let Some(v) = v {
                    s.add(v);
                }
            }
            Acc::Avg(s, n) => {
                if let Some(v) = v.filter(|v| is_number(v)) {
                    s.add(v);
                    *n += 1;
                }
            }
            Acc::Pick(cur, max) => {
                let Some(v) = v.filter(|v| !nullish(Some(v))) else {
                    return Ok(());
                };
                let want = if *max {
                    Ordering::Greater
                } else {
                    Ordering::Less
                };
                if cur
                    .as_ref()
                    .is_none_or(|c| compare_with(v, c, vars.coll()) == want)
                {
                    *cur = Some(v.clone());
                }
            }
            Acc::List(list, set) => {
                if let Some(v) = v {
                    if !*set || !list.iter().any(|e| values_equal_with(e, v, vars.coll())) {
                        list.push(v.clone());
                    }
                }
            }
            Acc::StdDev { n, mean, m2, .. } => {
                if let Some(x) = v.filter(|v| is_number(v)).and_then(as_f64) {
                    *n += 1;
                    let delta = x - *mean;
                    if delta != 0.0 {
                        *mean += delta / *n as f64;
                        *m2 += delta * (x - *mean);
                    }
                }
            }
            Acc::Covariance(c) => c.add(v),
            Acc::Integral(i) => i.add(v, x)?,
            Acc::ExpMovingAvg {
                alpha,
                avg,
                decimal,
            } => {
                if let Some(v) = v.filter(|v| is_number(v)) {
                    *decimal |= matches!(v, Bson::Decimal128(_));
                    let x = as_f64(v).unwrap_or(0.0);
                    *avg = Some(match avg {
                        None => x,
                        Some(a) => x * *alpha + *a * (1.0 - *alpha),
                    });
                }
            }
            Acc::Locf(last) => {
                if let Some(v) = v.filter(|v| !nullish(Some(v))) {
                    *last = v.clone();
                }
            }
        }
        Ok(())
    }

    pub(super) fn value(&self, vars: &Vars) -> Bson {
        match self {
            Acc::Sum(s) => s.value(),
            Acc::Avg(_, 0) => Bson::Null,
            Acc::Avg(s, n) => match s.decimal_total() {
                Some(d) => d
                    .div(&Decimal::from_i64(i64::try_from(*n).unwrap_or(i64::MAX)))
                    .to_bson(),
                None => Bson::Double(s.total.value() / *n as f64),
            },
            Acc::Pick(v, _) => v.clone().unwrap_or(Bson::Null),
            Acc::List(l, false) => Bson::Array(l.clone()),
            Acc::List(l, true) => {
                // mongod keeps a window's set ordered by value.
                let mut l = l.clone();
                l.sort_by(|a, b| compare_with(a, b, vars.coll()));
                Bson::Array(l)
            }
            Acc::StdDev { samp, n, m2, .. } => {
                let adj = if *samp { n.saturating_sub(1) } else { *n };
                if adj == 0 {
                    Bson::Null
                } else {
                    Bson::Double((m2 / adj as f64).sqrt())
                }
            }
            Acc::Covariance(c) => c.value(),
            Acc::Integral(i) => i.value(),
            Acc::ExpMovingAvg { avg, decimal, .. } => match avg {
                None => Bson::Null,
                Some(a) => decimal_or_double(*a, *decimal),
            },
            Acc::Locf(v) => v.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    fn dec(s: &str) -> Bson {
        Bson::Decimal128(s.parse().unwrap())
    }

    fn fold(kind: AccKind, vals: &[Bson]) -> Bson {
        let vars = Vars::new();
        let mut acc = Acc::new(kind);
        for v in vals {
            let x = Bson::Int32(0);
            acc.add(Some(v), Some(&x), &vars).unwrap();
        }
        acc.value(&vars)
    }

    #[test]
    fn values_and_types() {
        let big = Bson::Int64(i64::MAX);
        let cases: Vec<(AccKind, Vec<Bson>, Bson)> = vec![
            (AccKind::Sum, vec![], bson!(0)),
            (AccKind::Sum, vec![bson!(1), bson!("x"), bson!(2)], bson!(3)),
            (AccKind::Sum, vec![bson!(1), Bson::Int64(2)], Bson::Int64(3)),
            (
                AccKind::Sum,
                vec![big.clone(), bson!(1)],
                bson!(i64::MAX as f64 + 1.0),
            ),
            // Compensated: the small terms survive the large one.
            (
                AccKind::Sum,
                vec![bson!(1e16), bson!(1.0), bson!(1.0), bson!(-1e16)],
                bson!(2.0),
            ),
            (
                AccKind::Sum,
                vec![bson!(f64::INFINITY), bson!(1)],
                bson!(f64::INFINITY),
            ),
            // Decimals add up exactly, the other numbers joining them.
            (
                AccKind::Sum,
                vec![dec("1.5"), dec("2.25"), bson!(1)],
                dec("4.75"),
            ),
            (AccKind::Sum, vec![bson!(1), dec("0.5")], dec("1.5")),
            (
                AccKind::Sum,
                vec![bson!(0.1), dec("0.2")],
                dec("0.3000000000000000055511151231257827"),
            ),
            (AccKind::Sum, vec![dec("1E+5")], dec("100000")),
            (AccKind::Avg, vec![dec("1"), bson!(2)], dec("1.5")),
            (
                AccKind::Avg,
                vec![dec("1"), dec("2"), dec("2")],
                dec("1.666666666666666666666666666666667"),
            ),
            (AccKind::Avg, vec![], Bson::Null),
            (
                AccKind::Avg,
                vec![bson!(1), bson!(null), bson!(2)],
                bson!(1.5),
            ),
            (AccKind::Min, vec![bson!(null)], Bson::Null),
            (
                AccKind::Max,
                vec![bson!(1), bson!("a"), bson!(null)],
                bson!("a"),
            ),
            (
                AccKind::AddToSet,
                vec![bson!(2), bson!(1), bson!(2)],
                bson!([1, 2]),
            ),
            (AccKind::Push, vec![bson!(2), bson!(null)], bson!([2, null])),
            (AccKind::StdDev { samp: true }, vec![bson!(1)], Bson::Null),
            (
                AccKind::StdDev { samp: false },
                vec![bson!(1), bson!(3)],
                bson!(1.0),
            ),
            (
                AccKind::Covariance { samp: false },
                vec![bson!([1, 2])],
                bson!(0.0),
            ),
            (
                AccKind::Covariance { samp: false },
                vec![bson!([1, "a"])],
                Bson::Null,
            ),
            (
                AccKind::Covariance { samp: true },
                vec![bson!([1, 1]), bson!([2, 2]), bson!([f64::NAN, 2])],
                bson!(f64::NAN),
            ),
            (AccKind::Locf, vec![bson!(1), bson!(null)], bson!(1)),
            (AccKind::ExpMovingAvg(0.5), vec![bson!("x")], Bson::Null),
        ];
        for (kind, vals, want) in cases {
            let got = fold(kind, &vals);
            // NaN is not equal to itself.
            let same = match (&got, &want) {
                (Bson::Double(a), Bson::Double(b)) => a == b || (a.is_nan() && b.is_nan()),
                _ => got == want,
            };
            assert!(same, "{kind:?} {vals:?}: {got} != {want}");
        }
    }

    #[test]
    fn integral_checks_its_points() {
        let vars = Vars::new();
        let cases: Vec<(Option<i64>, Bson, Bson, i32)> = vec![
            (None, bson!(null), bson!(1), 5423900),
            (None, bson!(1), bson!("t"), 5423900),
            (Some(1), bson!(1), bson!(1), 5423901),
            (
                None,
                bson!(1),
                Bson::DateTime(bson::DateTime::from_millis(0)),
                5423902,
            ),
        ];
        for (unit, y, x, code) in cases {
            let mut acc = Acc::new(AccKind::Integral(unit));
            let e = acc.add(Some(&y), Some(&x), &vars).unwrap_err();
            assert_eq!(e.code.code(), code, "{y} at {x}");
        }
    }
}
