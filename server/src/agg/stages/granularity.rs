//! The `granularity` rounders of `$bucketAuto`: preferred number series
//! (Renard R5..R80, E6..E192, 1-2-5) scaled by powers of ten, and powers of
//! two. Bucket boundaries are rounded up/down to the series, as mongod does.

use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_f64, is_number, type_name};
use bson::Bson;

const R5: &[f64] = &[10.0, 16.0, 25.0, 40.0, 63.0];
const R10: &[f64] = &[
    100.0, 125.0, 160.0, 200.0, 250.0, 315.0, 400.0, 500.0, 630.0, 800.0,
];
const R20: &[f64] = &[
    100.0, 112.0, 125.0, 140.0, 160.0, 180.0, 200.0, 224.0, 250.0, 280.0, 315.0, 355.0, 400.0,
    450.0, 500.0, 560.0, 630.0, 710.0, 800.0, 900.0,
];
// mongod's R40 table (which has no 335).
const R40: &[f64] = &[
    100.0, 106.0, 112.0, 118.0, 125.0, 132.0, 140.0, 150.0, 160.0, 170.0, 180.0, 190.0, 200.0,
    212.0, 224.0, 236.0, 250.0, 265.0, 280.0, 300.0, 315.0, 355.0, 375.0, 400.0, 425.0, 450.0,
    475.0, 500.0, 530.0, 560.0, 600.0, 630.0, 670.0, 710.0, 750.0, 800.0, 850.0, 900.0, 950.0,
];
const R80: &[f64] = &[
    103.0, 109.0, 115.0, 122.0, 128.0, 136.0, 145.0, 155.0, 165.0, 175.0, 185.0, 195.0, 206.0,
    218.0, 230.0, 243.0, 258.0, 272.0, 290.0, 307.0, 325.0, 345.0, 365.0, 387.0, 412.0, 437.0,
    462.0, 487.0, 515.0, 545.0, 575.0, 615.0, 650.0, 690.0, 730.0, 775.0, 825.0, 875.0, 925.0,
    975.0,
];
const S125: &[f64] = &[10.0, 20.0, 50.0];
const E6: &[f64] = &[10.0, 15.0, 22.0, 33.0, 47.0, 68.0];
const E12: &[f64] = &[
    10.0, 12.0, 15.0, 18.0, 22.0, 27.0, 33.0, 39.0, 47.0, 56.0, 68.0, 82.0,
];
const E24: &[f64] = &[
    10.0, 11.0, 12.0, 13.0, 15.0, 16.0, 18.0, 20.0, 22.0, 24.0, 27.0, 30.0, 33.0, 36.0, 39.0, 43.0,
    47.0, 51.0, 56.0, 62.0, 68.0, 75.0, 82.0, 91.0,
];
const E48: &[f64] = &[
    100.0, 105.0, 110.0, 115.0, 121.0, 127.0, 133.0, 140.0, 147.0, 154.0, 162.0, 169.0, 178.0,
    187.0, 196.0, 205.0, 215.0, 226.0, 237.0, 249.0, 261.0, 274.0, 287.0, 301.0, 316.0, 332.0,
    348.0, 365.0, 383.0, 402.0, 422.0, 442.0, 464.0, 487.0, 511.0, 536.0, 562.0, 590.0, 619.0,
    649.0, 681.0, 715.0, 750.0, 787.0, 825.0, 866.0, 909.0, 953.0,
];
const E96: &[f64] = &[
    100.0, 102.0, 105.0, 107.0, 110.0, 113.0, 115.0, 118.0, 121.0, 124.0, 127.0, 130.0, 133.0,
    137.0, 140.0, 143.0, 147.0, 150.0, 154.0, 158.0, 162.0, 165.0, 169.0, 174.0, 178.0, 182.0,
    187.0, 191.0, 196.0, 200.0, 205.0, 210.0, 215.0, 221.0, 226.0, 232.0, 237.0, 243.0, 249.0,
    255.0, 261.0, 267.0, 274.0, 280.0, 287.0, 294.0, 301.0, 309.0, 316.0, 324.0, 332.0, 340.0,
    348.0, 357.0, 365.0, 374.0, 383.0, 392.0, 402.0, 412.0, 422.0, 432.0, 442.0, 453.0, 464.0,
    475.0, 487.0, 499.0, 511.0, 523.0, 536.0, 549.0, 562.0, 576.0, 590.0, 604.0, 619.0, 634.0,
    649.0, 665.0, 681.0, 698.0, 715.0, 732.0, 750.0, 768.0, 787.0, 806.0, 825.0, 845.0, 866.0,
    887.0, 909.0, 931.0, 953.0, 976.0,
];
const E192: &[f64] = &[
    100.0, 101.0, 102.0, 104.0, 105.0, 106.0, 107.0, 109.0, 110.0, 111.0, 113.0, 114.0, 115.0,
    117.0, 118.0, 120.0, 121.0, 123.0, 124.0, 126.0, 127.0, 129.0, 130.0, 132.0, 133.0, 135.0,
    137.0, 138.0, 140.0, 142.0, 143.0, 145.0, 147.0, 149.0, 150.0, 152.0, 154.0, 156.0, 158.0,
    160.0, 162.0, 164.0, 165.0, 167.0, 169.0, 172.0, 174.0, 176.0, 178.0, 180.0, 182.0, 184.0,
    187.0, 189.0, 191.0, 193.0, 196.0, 198.0, 200.0, 203.0, 205.0, 208.0, 210.0, 213.0, 215.0,
    218.0, 221.0, 223.0, 226.0, 229.0, 232.0, 234.0, 237.0, 240.0, 243.0, 246.0, 249.0, 252.0,
    255.0, 258.0, 261.0, 264.0, 267.0, 271.0, 274.0, 277.0, 280.0, 284.0, 287.0, 291.0, 294.0,
    298.0, 301.0, 305.0, 309.0, 312.0, 316.0, 320.0, 324.0, 328.0, 332.0, 336.0, 340.0, 344.0,
    348.0, 352.0, 357.0, 361.0, 365.0, 370.0, 374.0, 379.0, 383.0, 388.0, 392.0, 397.0, 402.0,
    407.0, 412.0, 417.0, 422.0, 427.0, 432.0, 437.0, 442.0, 448.0, 453.0, 459.0, 464.0, 470.0,
    475.0, 481.0, 487.0, 493.0, 499.0, 505.0, 511.0, 517.0, 523.0, 530.0, 536.0, 542.0, 549.0,
    556.0, 562.0, 569.0, 576.0, 583.0, 590.0, 597.0, 604.0, 612.0, 619.0, 626.0, 634.0, 642.0,
    649.0, 657.0, 665.0, 673.0, 681.0, 690.0, 698.0, 706.0, 715.0, 723.0, 732.0, 741.0, 750.0,
    759.0, 768.0, 777.0, 787.0, 796.0, 806.0, 816.0, 825.0, 835.0, 845.0, 856.0, 866.0, 876.0,
    887.0, 898.0, 909.0, 920.0, 931.0, 942.0, 953.0, 965.0, 976.0, 988.0,
];

#[derive(Debug, Clone, Copy)]
pub(super) enum Granularity {
    Series(&'static [f64]),
    PowersOf2,
}

impl Granularity {
    pub(super) fn parse(name: &str) -> Result<Granularity> {
        let series = match name {
            "R5" => R5,
            "R10" => R10,
            "R20" => R20,
            "R40" => R40,
            "R80" => R80,
            "1-2-5" => S125,
            "E6" => E6,
            "E12" => E12,
            "E24" => E24,
            "E48" => E48,
            "E96" => E96,
            "E192" => E192,
            "POWERSOF2" => return Ok(Granularity::PowersOf2),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(40257),
                    format!("Unknown rounding granularity '{name}'"),
                ))
            }
        };
        Ok(Granularity::Series(series))
    }

    /// The smallest series value strictly above `v` (0 stays 0).
    pub(super) fn round_up(self, v: &Bson) -> Result<Bson> {
        let d = self.check(v)?;
        if d == 0.0 {
            return Ok(v.clone());
        }
        match self {
            Granularity::PowersOf2 => Ok(pow2(match v {
                Bson::Int32(_) | Bson::Int64(_) => 64 - (d as u64).leading_zeros() as i32,
                _ => d.log2().floor() as i32 + 1,
            })),
            Granularity::Series(s) => {
                let (first, last) = (s[0], s[s.len() - 1]);
                let mut m = 1.0;
                while d >= last * m {
                    m *= 10.0;
                }
                while d < first * m {
                    let prev_min = first * m;
                    m /= 10.0;
                    if d >= last * m {
                        return Ok(Bson::Double(prev_min));
                    }
                }
                let i = s.partition_point(|x| d >= x * m);
                Ok(Bson::Double(s[i] * m))
            }
        }
    }

    /// The largest series value strictly below `v` (0 stays 0).
    pub(super) fn round_down(self, v: &Bson) -> Result<Bson> {
        let d = self.check(v)?;
        if d == 0.0 {
            return Ok(v.clone());
        }
        match self {
            Granularity::PowersOf2 => Ok(pow2(match v {
                Bson::Int32(_) | Bson::Int64(_) => {
                    let n = d as u64;
                    let high = 63 - n.leading_zeros() as i32;
                    if n.is_power_of_two() {
                        high - 1
                    } else {
                        high
                    }
                }
                _ => d.log2().ceil() as i32 - 1,
            })),
            Granularity::Series(s) => {
                let (first, last) = (s[0], s[s.len() - 1]);
                let mut m = 1.0;
                while d <= first * m {
                    m /= 10.0;
                }
                while d > last * m {
                    let prev_max = last * m;
                    m *= 10.0;
                    if d <= first * m {
                        return Ok(Bson::Double(prev_max));
                    }
                }
                let i = s.partition_point(|x| x * m < d);
                Ok(Bson::Double(s[i - 1] * m))
            }
        }
    }

    /// The value as a non-negative number, with the rounder's errors.
    fn check(self, v: &Bson) -> Result<f64> {
        let codes = match self {
            Granularity::Series(_) => (40262, 40263, 40268),
            Granularity::PowersOf2 => (40265, 40266, 40267),
        };
        let e = |c: i32, m: String| Error::new(ErrorCode::Location(c), m);
        let d = match as_f64(v) {
            Some(d) if is_number(v) => d,
            _ => {
                return Err(e(
                    codes.0,
                    format!(
                        "A granularity rounder can only round numeric values, but found type: {}",
                        type_name(v)
                    ),
                ))
            }
        };
        if d.is_nan() {
            return Err(e(codes.1, "A granularity rounder cannot round NaN".into()));
        }
        if d < 0.0 {
            return Err(e(
                codes.2,
                "A granularity rounder can only round non-negative numbers".into(),
            ));
        }
        Ok(d)
    }
}

/// 2^exp as mongod's `$pow` of two integers gives it: int, then long, and a
/// double for negative exponents.
fn pow2(exp: i32) -> Bson {
    match exp {
        e if e < 0 => Bson::Double(2f64.powi(e)),
        e if e < 31 => Bson::Int32(1 << e),
        e if e < 63 => Bson::Int64(1 << e),
        e => Bson::Double(2f64.powi(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    #[test]
    fn rounding() {
        let cases = [
            ("R5", bson!(12), bson!(10.0), bson!(16.0)),
            ("R5", bson!(16), bson!(10.0), bson!(25.0)),
            ("E6", bson!(0.8), bson!(0.68), bson!(1.0)),
            ("E6", bson!(1000.0), bson!(680.0), bson!(1500.0)),
            ("1-2-5", bson!(3), bson!(2.0), bson!(5.0)),
            ("1-2-5", bson!(0), bson!(0), bson!(0)),
            ("R10", bson!(100), bson!(80.0), bson!(125.0)),
            ("POWERSOF2", bson!(3), bson!(2), bson!(4)),
            ("POWERSOF2", bson!(4), bson!(2), bson!(8)),
            ("POWERSOF2", bson!(4.5), bson!(4), bson!(8)),
            ("POWERSOF2", bson!(0.3), bson!(0.25), bson!(0.5)),
            (
                "POWERSOF2",
                Bson::Int64(1 << 40),
                Bson::Int64(1 << 39),
                Bson::Int64(1 << 41),
            ),
        ];
        for (g, v, down, up) in cases {
            let r = Granularity::parse(g).unwrap();
            let near = |a: Bson, b: &Bson| match (&a, b) {
                (Bson::Double(x), Bson::Double(y)) => (x - y).abs() < 1e-9,
                _ => &a == b,
            };
            assert!(near(r.round_down(&v).unwrap(), &down), "{g} down {v}");
            assert!(near(r.round_up(&v).unwrap(), &up), "{g} up {v}");
        }
        assert_eq!(Granularity::parse("R7").unwrap_err().code.code(), 40257);
        let r5 = Granularity::parse("R5").unwrap();
        assert_eq!(r5.round_up(&bson!("a")).unwrap_err().code.code(), 40262);
        assert_eq!(r5.round_up(&bson!(-1)).unwrap_err().code.code(), 40268);
        let p2 = Granularity::PowersOf2;
        assert_eq!(
            p2.round_up(&bson!(f64::NAN)).unwrap_err().code.code(),
            40266
        );
    }
}
