//! mongod's total order over BSON values (used by comparison operators, sort,
//! `$min`/`$max`, distinct and index keys): first by canonical type bracket,
//! then by value within the bracket. Numbers of different types compare by
//! numeric value; strings by bytes under the simple collation, or through a
//! [`Collation`] when the command has one.

use super::collation::Collation;
use super::decimal::Decimal;
use bson::{Bson, Document};
use std::cmp::Ordering;

/// The canonical type order bracket of a value (lower sorts first). Numbers
/// share one bracket, as do strings and symbols. Undefined has its own,
/// below null (canonicalizeBSONType: 0 and 5), so null equality does not
/// match it (mongod 8.0) and an empty array's sort key (undefined) sorts
/// below null and missing.
pub fn bracket(v: &Bson) -> u8 {
    match v {
        Bson::MinKey => 1,
        Bson::Undefined => 3,
        Bson::Null => 5,
        Bson::Double(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Decimal128(_) => 10,
        Bson::String(_) | Bson::Symbol(_) => 15,
        Bson::Document(_) => 20,
        Bson::Array(_) => 25,
        Bson::Binary(_) => 30,
        Bson::ObjectId(_) => 35,
        Bson::Boolean(_) => 40,
        Bson::DateTime(_) => 45,
        Bson::Timestamp(_) => 47,
        Bson::RegularExpression(_) => 50,
        Bson::DbPointer(_) => 55,
        Bson::JavaScriptCode(_) => 60,
        Bson::JavaScriptCodeWithScope(_) => 65,
        Bson::MaxKey => 127,
    }
}

/// A number in a form that compares exactly across int32, int64, double and
/// decimal128: the nearest double plus, for int64 values a double cannot
/// hold exactly, the integer remainder; a Decimal128 also carries its exact
/// value in `dec` (its `approx` is then only the nearest double, NaN for NaN).
#[derive(Debug, Clone, Copy)]
pub struct NumKey {
    pub approx: f64,
    pub delta: i64,
    pub dec: Option<Decimal>,
}

pub fn num_key(v: &Bson) -> Option<NumKey> {
    match v {
        Bson::Int32(i) => Some(NumKey {
            approx: *i as f64,
            delta: 0,
            dec: None,
        }),
        Bson::Int64(i) => {
            let approx = *i as f64;
            // `approx` may be 2^63, which does not fit in i64; compare in i128.
            let delta = (*i as i128 - approx as i128) as i64;
            Some(NumKey {
                approx,
                delta,
                dec: None,
            })
        }
        Bson::Double(d) => Some(NumKey {
            approx: *d,
            delta: 0,
            dec: None,
        }),
        Bson::Decimal128(d) => {
            let dec = Decimal::from(d);
            Some(NumKey {
                approx: dec.to_f64(),
                delta: 0,
                dec: Some(dec),
            })
        }
        _ => None,
    }
}

/// Numeric order: NaN sorts below every other number and equals itself.
/// Anything involving a decimal is compared exactly through [`Decimal`].
pub fn cmp_num(a: NumKey, b: NumKey) -> Ordering {
    match (a.approx.is_nan(), b.approx.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => match (a.dec, b.dec) {
            (None, None) => a
                .approx
                .partial_cmp(&b.approx)
                .unwrap_or(Ordering::Equal)
                .then(a.delta.cmp(&b.delta)),
            (Some(x), Some(y)) => x.cmp_decimal(&y),
            (Some(x), None) => cmp_decimal_key(&x, b),
            (None, Some(y)) => cmp_decimal_key(&y, a).reverse(),
        },
    }
}

/// A decimal against an int32/int64/double key: an int64 with a remainder
/// compares as that integer, anything else as its (exact) double.
fn cmp_decimal_key(x: &Decimal, k: NumKey) -> Ordering {
    if k.delta != 0 {
        x.cmp_i64((k.approx as i128 + k.delta as i128) as i64)
    } else {
        x.cmp_f64(k.approx)
    }
}

/// Two numbers in numeric order, exactly; int32/int64/double pairs take the
/// [`NumKey`] path, any pair with a decimal goes straight to [`Decimal`].
fn cmp_numbers(a: &Bson, b: &Bson) -> Ordering {
    fn decimal_vs(x: &Decimal, v: &Bson) -> Ordering {
        match v {
            Bson::Decimal128(y) => x.cmp_decimal(&Decimal::from(y)),
            Bson::Int32(i) => x.cmp_i64(*i as i64),
            Bson::Int64(i) => x.cmp_i64(*i),
            Bson::Double(d) => x.cmp_f64(*d),
            _ => unreachable!("numeric bracket"),
        }
    }
    match (a, b) {
        (Bson::Decimal128(x), _) => decimal_vs(&Decimal::from(x), b),
        (_, Bson::Decimal128(y)) => decimal_vs(&Decimal::from(y), a).reverse(),
        _ => cmp_num(num_key(a).unwrap(), num_key(b).unwrap()),
    }
}

/// Compares two values in mongod's order (simple collation).
pub fn compare(a: &Bson, b: &Bson) -> Ordering {
    compare_with(a, b, None)
}

/// Compares two values in mongod's order, strings (also inside documents and
/// arrays, but never field names) through `coll` when there is one.
pub fn compare_with(a: &Bson, b: &Bson, coll: Option<&Collation>) -> Ordering {
    let (ba, bb) = (bracket(a), bracket(b));
    if ba != bb {
        return ba.cmp(&bb);
    }
    match (a, b) {
        _ if ba == 10 => cmp_numbers(a, b),
        (Bson::String(x) | Bson::Symbol(x), Bson::String(y) | Bson::Symbol(y)) => match coll {
            Some(c) => c.compare_str(x, y),
            None => x.as_bytes().cmp(y.as_bytes()),
        },
        (Bson::Document(x), Bson::Document(y)) => compare_docs_with(x, y, coll),
        (Bson::Array(x), Bson::Array(y)) => {
            for (ex, ey) in x.iter().zip(y.iter()) {
                let c = compare_with(ex, ey, coll);
                if c != Ordering::Equal {
                    return c;
                }
            }
            x.len().cmp(&y.len())
        }
        (Bson::Binary(x), Bson::Binary(y)) => x
            .bytes
            .len()
            .cmp(&y.bytes.len())
            .then(u8::from(x.subtype).cmp(&u8::from(y.subtype)))
            .then(x.bytes.cmp(&y.bytes)),
        (Bson::ObjectId(x), Bson::ObjectId(y)) => x.bytes().cmp(&y.bytes()),
        (Bson::Boolean(x), Bson::Boolean(y)) => x.cmp(y),
        (Bson::DateTime(x), Bson::DateTime(y)) => x.timestamp_millis().cmp(&y.timestamp_millis()),
        (Bson::Timestamp(x), Bson::Timestamp(y)) => {
            (x.time, x.increment).cmp(&(y.time, y.increment))
        }
        (Bson::RegularExpression(x), Bson::RegularExpression(y)) => x
            .pattern
            .as_str()
            .cmp(y.pattern.as_str())
            .then(x.options.as_str().cmp(y.options.as_str())),
        (Bson::JavaScriptCode(x), Bson::JavaScriptCode(y)) => x.cmp(y),
        (Bson::JavaScriptCodeWithScope(x), Bson::JavaScriptCodeWithScope(y)) => {
            x.code.cmp(&y.code).then(compare_docs(&x.scope, &y.scope))
        }
        (Bson::DbPointer(_), Bson::DbPointer(_)) => {
            let (x, y) = (dbpointer_bytes(a), dbpointer_bytes(b));
            x.len().cmp(&y.len()).then_with(|| x.cmp(&y))
        }
        _ => Ordering::Equal,
    }
}

/// A DBPointer's value bytes as BSON stores them (namespace length,
/// namespace, NUL, ObjectId): mongod orders DBPointers by the size of that
/// value, then by its bytes. The bson crate keeps the parts private, so they
/// are read back from the value's encoding in a one-field document.
fn dbpointer_bytes(v: &Bson) -> Vec<u8> {
    let mut d = Document::new();
    d.insert("", v.clone());
    let bytes = d.to_vec().unwrap_or_default();
    // 4 bytes of length, the type byte and the empty key's NUL come first;
    // the document's terminating NUL comes last.
    bytes
        .get(6..bytes.len().saturating_sub(1))
        .map(<[u8]>::to_vec)
        .unwrap_or_default()
}

/// Documents compare field by field: each field's type bracket, then its
/// name, then its value; a shorter document that is a prefix sorts first.
pub fn compare_docs(x: &Document, y: &Document) -> Ordering {
    compare_docs_with(x, y, None)
}

/// [`compare_docs`] with string values compared through `coll`.
pub fn compare_docs_with(x: &Document, y: &Document, coll: Option<&Collation>) -> Ordering {
    let mut ix = x.iter();
    let mut iy = y.iter();
    loop {
        match (ix.next(), iy.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some((kx, vx)), Some((ky, vy))) => {
                let c = bracket(vx)
                    .cmp(&bracket(vy))
                    .then_with(|| kx.as_bytes().cmp(ky.as_bytes()))
                    .then_with(|| compare_with(vx, vy, coll));
                if c != Ordering::Equal {
                    return c;
                }
            }
        }
    }
}

/// Equality in mongod's sense (numbers equal across types).
pub fn values_equal(a: &Bson, b: &Bson) -> bool {
    compare(a, b) == Ordering::Equal
}

/// Equality under a collation.
pub fn values_equal_with(a: &Bson, b: &Bson, coll: Option<&Collation>) -> bool {
    compare_with(a, b, coll) == Ordering::Equal
}

/// A value with every string replaced by its collation sort key (as binary),
/// so values equal under the collation become byte-equal: used for hashing
/// `$group` and `distinct` keys and for collated index keys.
pub fn collation_key(v: &Bson, coll: &Collation) -> Bson {
    match v {
        Bson::String(s) | Bson::Symbol(s) => Bson::String(
            coll.sort_key(s)
                .iter()
                .map(|b| char::from_u32(0x100 + *b as u32).unwrap_or('?'))
                .collect(),
        ),
        Bson::Document(d) => Bson::Document(
            d.iter()
                .map(|(k, v)| (k.clone(), collation_key(v, coll)))
                .collect(),
        ),
        Bson::Array(a) => Bson::Array(a.iter().map(|e| collation_key(e, coll)).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, oid::ObjectId};

    #[test]
    fn cross_type_order() {
        let ordered = [
            Bson::MinKey,
            Bson::Null,
            bson!(-1.5),
            bson!(1),
            bson!("a"),
            bson!({"a": 1}),
            bson!([1]),
            Bson::ObjectId(ObjectId::new()),
            bson!(false),
            bson!(true),
            Bson::DateTime(bson::DateTime::from_millis(0)),
            Bson::MaxKey,
        ];
        for w in ordered.windows(2) {
            assert_eq!(compare(&w[0], &w[1]), Ordering::Less, "{} < {}", w[0], w[1]);
            assert_eq!(compare(&w[1], &w[0]), Ordering::Greater);
        }
    }

    #[test]
    fn numbers_compare_across_types() {
        assert!(values_equal(&bson!(1), &bson!(1.0)));
        assert!(values_equal(&bson!(1_i64), &bson!(1)));
        assert_eq!(compare(&bson!(2), &bson!(1.5)), Ordering::Greater);
        // 2^53 + 1 is not representable as a double.
        let big = (1_i64 << 53) + 1;
        assert_eq!(
            compare(&Bson::Int64(big), &bson!((1_i64 << 53) as f64)),
            Ordering::Greater
        );
        assert_eq!(
            compare(&bson!(f64::NAN), &bson!(f64::NEG_INFINITY)),
            Ordering::Less
        );
        assert!(values_equal(&bson!(f64::NAN), &bson!(f64::NAN)));
    }

    fn d128(s: &str) -> Bson {
        Bson::Decimal128(s.parse().expect(s))
    }

    #[test]
    fn decimals_compare_exactly_with_every_number_type() {
        let cases: &[(Bson, Bson, Ordering)] = &[
            (d128("1.00"), bson!(1), Ordering::Equal),
            (d128("1"), bson!(1.0), Ordering::Equal),
            (d128("1E0"), Bson::Int64(1), Ordering::Equal),
            (d128("-0"), bson!(0.0), Ordering::Equal),
            (d128("0E+300"), bson!(-0.0), Ordering::Equal),
            // The double 0.1 is a little above the decimal 0.1.
            (d128("0.1"), bson!(0.1), Ordering::Less),
            (d128("0.5"), bson!(0.5), Ordering::Equal),
            (
                d128("9223372036854775807"),
                Bson::Int64(i64::MAX),
                Ordering::Equal,
            ),
            (
                d128("9223372036854775808"),
                Bson::Int64(i64::MAX),
                Ordering::Greater,
            ),
            (
                d128("9223372036854775806.9"),
                Bson::Int64(i64::MAX),
                Ordering::Less,
            ),
            (
                d128("9007199254740993"),
                Bson::Int64((1 << 53) + 1),
                Ordering::Equal,
            ),
            (
                d128("9007199254740993"),
                bson!(9007199254740992.0),
                Ordering::Greater,
            ),
            (
                d128("1E+6144"),
                d128("9.999999999999999999999999999999999E+6143"),
                Ordering::Greater,
            ),
            (d128("1E+6144"), bson!(f64::INFINITY), Ordering::Less),
            (d128("1E-6176"), bson!(0), Ordering::Greater),
            (d128("-Infinity"), bson!(f64::NEG_INFINITY), Ordering::Equal),
            (d128("NaN"), bson!(f64::NAN), Ordering::Equal),
            (d128("NaN"), d128("-NaN"), Ordering::Equal),
            (d128("NaN"), bson!(f64::NEG_INFINITY), Ordering::Less),
            (bson!(f64::NAN), d128("-Infinity"), Ordering::Less),
            (d128("NaN"), Bson::Int64(i64::MIN), Ordering::Less),
            (d128("-1E+6144"), Bson::Int64(i64::MIN), Ordering::Less),
        ];
        for (a, b, want) in cases {
            assert_eq!(compare(a, b), *want, "{a} vs {b}");
            assert_eq!(compare(b, a), want.reverse(), "{b} vs {a}");
            // The NumKey path (used by $jsonSchema bounds) agrees.
            let got = cmp_num(num_key(a).unwrap(), num_key(b).unwrap());
            assert_eq!(got, *want, "num_key {a} vs {b}");
        }
    }

    #[test]
    fn documents_and_arrays() {
        assert_eq!(
            compare(&bson!({"a": 1}), &bson!({"a": 1, "b": 1})),
            Ordering::Less
        );
        assert_eq!(compare(&bson!({"a": 1}), &bson!({"b": 0})), Ordering::Less);
        assert_eq!(
            compare(&bson!({"a": "x"}), &bson!({"a": 5})),
            Ordering::Greater
        );
        assert_eq!(compare(&bson!([1, 2]), &bson!([1, 3])), Ordering::Less);
        assert_eq!(compare(&bson!([1]), &bson!([1, 0])), Ordering::Less);
        // Undefined sorts below null and is not equal to it.
        assert_eq!(compare(&Bson::Undefined, &Bson::Null), Ordering::Less);
        assert!(!values_equal(&Bson::Undefined, &Bson::Null));
    }
}
