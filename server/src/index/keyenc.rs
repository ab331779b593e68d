//! Order-preserving encoding of index keys: the bytes of two encoded values
//! compare (with memcmp, as WiredTiger compares keys) exactly as mongod's BSON
//! order compares the values (see `query::compare`). Every component is
//! self-delimiting, so a descending field is just its bytes inverted, and a
//! compound key is the concatenation of its components.

use crate::query::compare::{bracket, num_key};
use bson::{Bson, Document};

/// Appends the encoding of one value.
pub fn encode_value(v: &Bson, out: &mut Vec<u8>) {
    out.push(bracket(v));
    match v {
        Bson::MinKey | Bson::MaxKey | Bson::Null | Bson::Undefined => {}
        Bson::Double(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Decimal128(_) => {
            let k = num_key(v).expect("numeric bracket");
            out.extend_from_slice(&ordered_f64(k.approx));
            out.extend_from_slice(&ordered_i64(k.delta));
        }
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
    use crate::query::compare::compare;
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
