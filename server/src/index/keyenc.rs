//! Order-preserving encoding of index keys: the bytes of two encoded values
//! compare (with memcmp, as WiredTiger compares keys) exactly as mongod's BSON
//! order compares the values (see `value::compare`). Every component is
//! self-delimiting, so a descending field is just its bytes inverted, and a
//! compound key is the concatenation of its components.

use crate::value::compare::{bracket, num_key};
use crate::value::decimal::Decimal;
use bson::{Bson, Document};
use std::cmp::Ordering;

/// Appends the encoding of one value.
pub fn encode_value(v: &Bson, out: &mut Vec<u8>) {
    out.push(bracket(v));
    match v {
        Bson::MinKey | Bson::MaxKey | Bson::Null | Bson::Undefined => {}
        Bson::Double(_) | Bson::Int32(_) | Bson::Int64(_) => {
            let k = num_key(v).expect("numeric bracket");
            encode_number(k.approx, k.delta, out);
        }
        Bson::Decimal128(d) => encode_decimal(Decimal::from(d), out),
        Bson::String(s) | Bson::Symbol(s) => escaped(s.as_bytes(), out),
        Bson::Document(d) => encode_doc_fields(d, out),
        Bson::Array(a) => {
            for e in a {
                encode_value(e, out);
            }
            out.push(0);
        }
        Bson::Binary(b) => {
            out.extend_from_slice(&(b.bytes.len() as u32).to_be_bytes());
            out.push(u8::from(b.subtype));
            out.extend_from_slice(&b.bytes);
        }
        Bson::ObjectId(o) => out.extend_from_slice(&o.bytes()),
        Bson::Boolean(b) => out.push(*b as u8),
        Bson::DateTime(d) => out.extend_from_slice(&ordered_i64(d.timestamp_millis())),
        Bson::Timestamp(t) => {
            out.extend_from_slice(&t.time.to_be_bytes());
            out.extend_from_slice(&t.increment.to_be_bytes());
        }
        Bson::RegularExpression(r) => {
            escaped(r.pattern.as_str().as_bytes(), out);
            escaped(r.options.as_str().as_bytes(), out);
        }
        Bson::JavaScriptCode(c) => escaped(c.as_bytes(), out),
        Bson::JavaScriptCodeWithScope(c) => {
            escaped(c.code.as_bytes(), out);
            encode_doc_fields(&c.scope, out);
        }
        Bson::DbPointer(_) => {}
    }
}

/// A number is the nearest double (ties to even) and then the exact offset
/// from it, as `2 × offset` for the int64 values a double cannot hold (the
/// offset is at most 1024 either way; 0 for everything else), so a double, an
/// int32 and an int64 of equal value encode alike. The odd values between
/// are for decimals, see [`encode_decimal`].
fn encode_number(approx: f64, delta: i64, out: &mut Vec<u8>) {
    out.extend_from_slice(&ordered_f64(approx));
    out.extend_from_slice(&ordered_i64(2 * delta));
}

/// A decimal equal to an int64 or a double encodes as that number. Any other
/// decimal `x` lies strictly between two such numbers: it gets its nearest
/// double `a` (the same rounding as int64 values get), then the odd
/// `2 × floor(x - a) + 1` — so it sorts after every int64/double key up to
/// `a + floor(x - a)` and before the next — and then 18 bytes of its exact
/// value (adjusted exponent, then the 34 digits; inverted when negative) that
/// order the decimals sharing those two fields, which all have one sign.
/// Only in `[2^53, 2^63]` do int64 keys have non-zero offsets; elsewhere
/// `floor(x - a)` is written as -1 or 0 (exact below 2^53, where |x - a| is
/// under 1/2; above 2^63 nothing but doubles, at offset 0, shares `a`).
fn encode_decimal(x: Decimal, out: &mut Vec<u8>) {
    if let Some(i) = x.to_i64_exact() {
        let k = num_key(&Bson::Int64(i)).expect("int64 is a number");
        return encode_number(k.approx, k.delta, out);
    }
    let a = x.to_f64();
    let side = x.cmp_f64(a);
    if a.is_nan() || side == Ordering::Equal {
        return encode_number(a, 0, out);
    }
    const TWO_53: f64 = 9_007_199_254_740_992.0;
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    let delta = if (TWO_53..=TWO_63).contains(&a.abs()) {
        // `a` is an integer here and x is within 1024 of it.
        let floor = x.floor_i128().expect("x is near a");
        (floor - a as i128) as i64
    } else if side == Ordering::Less {
        -1
    } else {
        0
    };
    out.extend_from_slice(&ordered_f64(a));
    out.extend_from_slice(&ordered_i64(2 * delta + 1));
    let (negative, exponent, digits) = x.normalized().expect("finite, non-zero, canonical");
    let mut tail = [0u8; 18];
    tail[..2].copy_from_slice(&((exponent + 0x8000) as u16).to_be_bytes());
    tail[2..].copy_from_slice(&digits.to_be_bytes());
    if negative {
        for b in &mut tail {
            *b = !*b;
        }
    }
    out.extend_from_slice(&tail);
}

fn encode_doc_fields(d: &Document, out: &mut Vec<u8>) {
    for (k, v) in d {
        out.push(bracket(v));
        escaped(k.as_bytes(), out);
        encode_value(v, out);
    }
    out.push(0);
}

/// Bytes with 0x00 escaped as 0x00 0xFF, terminated by 0x00 0x00, so that a
/// string sorts before every longer string it is a prefix of.
fn escaped(bytes: &[u8], out: &mut Vec<u8>) {
    for &b in bytes {
        out.push(b);
        if b == 0 {
            out.push(0xFF);
        }
    }
    out.extend_from_slice(&[0, 0]);
}

/// A double as 8 bytes that sort like the number. NaN sorts below -inf and
/// -0.0 equals 0.0, as in mongod.
fn ordered_f64(d: f64) -> [u8; 8] {
    if d.is_nan() {
        return [0; 8];
    }
    let d = if d == 0.0 { 0.0 } else { d };
    let bits = d.to_bits();
    let bits = if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    };
    bits.to_be_bytes()
}

/// An i64 as 8 bytes that sort like the number.
pub fn ordered_i64(i: i64) -> [u8; 8] {
    ((i as u64) ^ (1 << 63)).to_be_bytes()
}

/// Inverse of [`ordered_i64`].
pub fn decode_i64(b: &[u8]) -> i64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[..8]);
    (u64::from_be_bytes(a) ^ (1 << 63)) as i64
}

/// Encodes one key component with its direction.
pub fn encode_component(v: &Bson, descending: bool, out: &mut Vec<u8>) {
    let start = out.len();
    encode_value(v, out);
    if descending {
        for b in &mut out[start..] {
            *b = !*b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::compare::compare;
    use bson::bson;
    use std::cmp::Ordering;

    fn enc(v: &Bson) -> Vec<u8> {
        let mut o = Vec::new();
        encode_value(v, &mut o);
        o
    }

    #[test]
    fn encoding_preserves_order() {
        let values = vec![
            Bson::MinKey,
            Bson::Undefined,
            Bson::Null,
            bson!(f64::NAN),
            bson!(f64::NEG_INFINITY),
            bson!(-5_i64),
            bson!(-1.5),
            bson!(0),
            bson!(-0.0),
            bson!(1),
            bson!(1.0),
            Bson::Int64((1 << 53) + 1),
            bson!(""),
            bson!("a"),
            bson!("a\u{0}"),
            bson!("ab"),
            bson!("b"),
            bson!({}),
            bson!({"a": 1}),
            bson!({"a": 1, "b": 2}),
            bson!({"a": "x"}),
            bson!({"b": 1}),
            bson!([]),
            bson!([1]),
            bson!([1, 2]),
            bson!([2]),
            Bson::ObjectId(bson::oid::ObjectId::from_bytes([0; 12])),
            Bson::ObjectId(bson::oid::ObjectId::from_bytes([1; 12])),
            bson!(false),
            bson!(true),
            Bson::DateTime(bson::DateTime::from_millis(-1)),
            Bson::DateTime(bson::DateTime::from_millis(5)),
            Bson::MaxKey,
        ];
        for a in &values {
            for b in &values {
                let want = compare(a, b);
                let got = enc(a).cmp(&enc(b));
                assert_eq!(got, want, "{a} vs {b}");
            }
        }
    }

    fn d128(s: &str) -> Bson {
        Bson::Decimal128(s.parse().expect(s))
    }

    /// Numbers of every type, in order, with equal values grouped.
    fn number_groups() -> Vec<Vec<Bson>> {
        let two53 = 1_i64 << 53;
        vec![
            vec![bson!(f64::NAN), d128("NaN"), d128("-NaN")],
            vec![bson!(f64::NEG_INFINITY), d128("-Infinity")],
            vec![d128("-1E+6144")],
            vec![d128("-1E+309")],
            vec![bson!(f64::MIN)],
            vec![d128("-1.797693134862315708145274237317043E+308")],
            vec![d128("-9223372036854775809.5")],
            vec![d128("-9223372036854775809")],
            vec![
                Bson::Int64(i64::MIN),
                bson!(-9223372036854775808.0),
                d128("-9.223372036854775808E+18"),
            ],
            vec![d128("-9223372036854775807.5")],
            vec![Bson::Int64(i64::MIN + 1)],
            vec![d128("-1.5")],
            vec![bson!(-1), bson!(-1.0), Bson::Int64(-1), d128("-1.000")],
            // The double -0.1 is -0.1000000000000000055511…
            vec![bson!(-0.1)],
            vec![d128("-0.1")],
            vec![bson!(-f64::from_bits(1))],
            vec![d128("-1E-6176")],
            vec![
                bson!(0),
                bson!(0.0),
                bson!(-0.0),
                Bson::Int64(0),
                d128("0"),
                d128("-0"),
                d128("0E+6111"),
                d128("0E-6176"),
            ],
            vec![d128("1E-6176")],
            vec![d128("2E-6176")],
            vec![bson!(f64::from_bits(1))],
            vec![d128("4.940656458412465441765687928682214E-324")],
            vec![d128("0.1")],
            vec![d128("0.1000000000000000055511151231257827")],
            vec![bson!(0.1)],
            vec![d128("0.1000000000000000055511151231257828")],
            vec![d128("0.1000000000000000055511151231257829")],
            vec![bson!(0.5), d128("0.50")],
            vec![d128("0.9999999999999999999999999999999999")],
            vec![
                bson!(1),
                bson!(1.0),
                Bson::Int64(1),
                d128("1.00"),
                d128("1"),
                d128("0.001E3"),
            ],
            vec![d128("1.000000000000000000000000000000001")],
            vec![d128("1.5"), bson!(1.5)],
            vec![d128("9007199254740991.5")],
            vec![
                Bson::Int64(two53),
                bson!(9007199254740992.0),
                d128("9007199254740992"),
            ],
            vec![d128("9007199254740992.5")],
            vec![Bson::Int64(two53 + 1), d128("9007199254740993")],
            vec![d128("9007199254740993.5")],
            vec![Bson::Int64(two53 + 2), bson!(9007199254740994.0)],
            vec![Bson::Int64(i64::MAX - 1)],
            vec![d128("9223372036854775806.5")],
            vec![Bson::Int64(i64::MAX), d128("9223372036854775807.000")],
            vec![d128("9223372036854775807.5")],
            vec![bson!(9223372036854775808.0), d128("9223372036854775808")],
            vec![d128("9223372036854775808.5")],
            vec![d128("9223372036854775809")],
            vec![d128("9223372036854776831")],
            vec![d128("9223372036854776832.5")],
            vec![bson!(9223372036854777856.0)],
            vec![bson!(1e300)],
            vec![d128("1.000000000000000052504760255204421E+300")],
            vec![d128("1.797693134862315708145274237317043E+308")],
            vec![bson!(f64::MAX)],
            vec![d128("1.797693134862315708145274237317044E+308")],
            vec![d128("1E+309")],
            vec![d128("9.999999999999999999999999999999999E+6144")],
            vec![bson!(f64::INFINITY), d128("Infinity")],
        ]
    }

    #[test]
    fn numbers_encode_in_numeric_order_and_equal_values_alike() {
        let groups = number_groups();
        let all: Vec<(usize, &Bson)> = groups
            .iter()
            .enumerate()
            .flat_map(|(i, g)| g.iter().map(move |v| (i, v)))
            .collect();
        for &(i, a) in &all {
            for &(j, b) in &all {
                assert_eq!(compare(a, b), i.cmp(&j), "compare {a} vs {b}");
                assert_eq!(enc(a).cmp(&enc(b)), i.cmp(&j), "encoding {a} vs {b}");
            }
        }
    }

    #[test]
    fn decimal_keys_stay_ordered_in_compound_keys() {
        // A decimal carries extra bytes; what follows must not change the
        // order, ascending or descending.
        let pairs = [
            (d128("1.5"), bson!(2)),
            (bson!(1), d128("1.000000000000000000000000000000001")),
            (Bson::Int64((1 << 53) + 1), d128("9007199254740993.5")),
            (d128("9007199254740993.5"), Bson::Int64((1 << 53) + 2)),
            (d128("-0.1"), d128("-0.09")),
        ];
        for (lo, hi) in &pairs {
            for desc in [false, true] {
                for (after_lo, after_hi) in
                    [(Bson::MaxKey, Bson::MinKey), (Bson::MinKey, Bson::MaxKey)]
                {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    encode_component(lo, desc, &mut a);
                    encode_component(&after_lo, false, &mut a);
                    encode_component(hi, desc, &mut b);
                    encode_component(&after_hi, false, &mut b);
                    let want = if desc {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    };
                    assert_eq!(a.cmp(&b), want, "{lo} vs {hi}, descending {desc}");
                }
            }
        }
    }

    #[test]
    fn descending_inverts() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        encode_component(&bson!(1), true, &mut a);
        encode_component(&bson!(2), true, &mut b);
        assert_eq!(a.cmp(&b), Ordering::Greater);
    }

    #[test]
    fn i64_roundtrip() {
        for i in [i64::MIN, -1, 0, 1, i64::MAX] {
            assert_eq!(decode_i64(&ordered_i64(i)), i);
        }
        assert!(ordered_i64(-1) < ordered_i64(0));
    }
}
