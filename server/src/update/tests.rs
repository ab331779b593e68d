//! Unit tests of update parsing and the update operators. After a few
//! smoke tests, a table per operator of (document, update, what mongod
//! gives: the updated document, compared byte for byte, or the error code).

use super::*;
use bson::{bson, doc};

fn up(u: Document, d: Document) -> Result<Document> {
    UpdateSpec::parse(&u)?.apply(&d, false)
}

#[test]
fn operators() {
    assert_eq!(
        up(doc! {"$set": {"a.b": 1}}, doc! {"_id": 1}).unwrap(),
        doc! {"_id": 1, "a": {"b": 1}}
    );
    assert_eq!(
        up(doc! {"$inc": {"n": 2}}, doc! {"_id": 1, "n": 1}).unwrap(),
        doc! {"_id": 1, "n": 3}
    );
    assert_eq!(
        up(doc! {"$inc": {"n": 1.5}}, doc! {"_id": 1}).unwrap(),
        doc! {"_id": 1, "n": 1.5}
    );
    assert_eq!(
        up(doc! {"$unset": {"a": ""}}, doc! {"_id": 1, "a": 1}).unwrap(),
        doc! {"_id": 1}
    );
    assert_eq!(
        up(doc! {"$push": {"a": 1}}, doc! {"_id": 1}).unwrap(),
        doc! {"_id": 1, "a": [1]}
    );
    assert_eq!(
        up(doc! {"$addToSet": {"a": 1}}, doc! {"_id": 1, "a": [1]}).unwrap(),
        doc! {"_id": 1, "a": [1]}
    );
    assert_eq!(
        up(doc! {"$max": {"a": 5}}, doc! {"_id": 1, "a": 3}).unwrap(),
        doc! {"_id": 1, "a": 5}
    );
    assert_eq!(
        up(doc! {"$rename": {"a": "b"}}, doc! {"_id": 1, "a": 3}).unwrap(),
        doc! {"_id": 1, "b": 3}
    );
    assert_eq!(
        up(
            doc! {"$pull": {"a": {"$gt": 1}}},
            doc! {"_id": 1, "a": [1, 2, 3]}
        )
        .unwrap(),
        doc! {"_id": 1, "a": [1]}
    );
    assert_eq!(
        up(doc! {"$inc": {"n": 1}}, doc! {"n": i32::MAX}).unwrap(),
        doc! {"n": i32::MAX as i64 + 1}
    );
}

#[test]
fn errors() {
    assert_eq!(
        up(doc! {"$set": {"_id": 2}}, doc! {"_id": 1})
            .unwrap_err()
            .code,
        ErrorCode::ImmutableField
    );
    assert_eq!(
        up(doc! {"$inc": {"a": "x"}}, doc! {}).unwrap_err().code,
        ErrorCode::TypeMismatch
    );
    assert_eq!(
        up(doc! {"$set": {"a": 1}, "$inc": {"a": 1}}, doc! {})
            .unwrap_err()
            .code,
        ErrorCode::ConflictingUpdateOperators
    );
    assert_eq!(
        up(doc! {"$bogus": {"a": 1}}, doc! {}).unwrap_err().code,
        ErrorCode::FailedToParse
    );
    assert_eq!(
        up(doc! {"$set": {"a.b": 1}}, doc! {"a": 5})
            .unwrap_err()
            .code,
        ErrorCode::PathNotViable
    );
}

#[test]
fn replacement_keeps_id() {
    assert_eq!(
        up(doc! {"x": 1}, doc! {"_id": 7, "y": 1}).unwrap(),
        doc! {"_id": 7, "x": 1}
    );
    assert!(up(doc! {"_id": 8}, doc! {"_id": 7}).is_err());
}

#[test]
fn seed_from_filter() {
    assert_eq!(
        upsert_seed(&doc! {"a": 1, "b": {"$gt": 1}, "c.d": 2, "_id": 5}).unwrap(),
        doc! {"_id": 5, "a": 1, "c": {"d": 2}}
    );
    let _ = bson!(1);
}

/// What an update should give.
enum Want {
    /// The updated document, byte for byte (field order, types, -0.0).
    Doc(Document),
    /// An error with this code.
    Code(i32),
}
use Want::{Code, Doc};

/// (document, update, expected).
type Row = (Document, Document, Want);

fn dec(s: &str) -> Bson {
    Bson::Decimal128(s.parse().expect(s))
}

fn apply(d: &Document, u: &Document, query: &Document, inserting: bool) -> Result<Document> {
    UpdateSpec::parse_with(u, query, None)?.apply(d, inserting)
}

fn check(rows: Vec<Row>) {
    check_with(rows, &Document::new(), false);
}

fn check_with(rows: Vec<Row>, query: &Document, inserting: bool) {
    for (i, (d, u, want)) in rows.into_iter().enumerate() {
        let got = apply(&d, &u, query, inserting);
        match (want, got) {
            (Doc(w), Ok(g)) => assert_eq!(
                g.to_vec().unwrap(),
                w.to_vec().unwrap(),
                "row {i}: {u} on {d}: got {g}, want {w}"
            ),
            (Code(c), Err(e)) => assert_eq!(e.code.code(), c, "row {i}: {u} on {d}: {}", e.message),
            (Doc(w), Err(e)) => panic!("row {i}: {u} on {d}: error {e:?}, want {w}"),
            (Code(c), Ok(g)) => panic!("row {i}: {u} on {d}: got {g}, want error {c}"),
        }
    }
}

const BAD_VALUE: i32 = 2;
const FAILED_TO_PARSE: i32 = 9;
const TYPE_MISMATCH: i32 = 14;
const PATH_NOT_VIABLE: i32 = 28;
const CONFLICT: i32 = 40;
const EMPTY_FIELD_NAME: i32 = 56;
const IMMUTABLE: i32 = 66;

#[test]
fn set() {
    check(vec![
        (
            doc! {"_id": 1},
            doc! {"$set": {"a": 1}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        // An existing field keeps its place.
        (
            doc! {"_id": 1, "a": 1, "b": 2},
            doc! {"$set": {"a": "x"}},
            Doc(doc! {"_id": 1, "a": "x", "b": 2}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a.b.c": 1}},
            Doc(doc! {"_id": 1, "a": {"b": {"c": 1}}}),
        ),
        (
            doc! {"_id": 1, "a": {"x": 1}},
            doc! {"$set": {"a.y": 2}},
            Doc(doc! {"_id": 1, "a": {"x": 1, "y": 2}}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2, 3]},
            doc! {"$set": {"a.1": 9}},
            Doc(doc! {"_id": 1, "a": [1, 9, 3]}),
        ),
        // Past the end pads with nulls.
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$set": {"a.3": 9}},
            Doc(doc! {"_id": 1, "a": [1, null, null, 9]}),
        ),
        (
            doc! {"_id": 1, "a": [{"b": 1}]},
            doc! {"$set": {"a.0.b": 2}},
            Doc(doc! {"_id": 1, "a": [{"b": 2}]}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a": {"b": [1, {"c": null}]}}},
            Doc(doc! {"_id": 1, "a": {"b": [1, {"c": null}]}}),
        ),
        // Setting _id to the same value is allowed.
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$set": {"_id": 1}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (doc! {"_id": 1}, doc! {"$set": {}}, Doc(doc! {"_id": 1})),
        (doc! {"_id": 1}, doc! {"$set": {"_id": 2}}, Code(IMMUTABLE)),
        (
            doc! {"_id": {"x": 1}},
            doc! {"$set": {"_id.x": 2}},
            Code(IMMUTABLE),
        ),
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$set": {"a.b": 1}},
            Code(PATH_NOT_VIABLE),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$set": {"a.b": 1}},
            Code(PATH_NOT_VIABLE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a..b": 1}},
            Code(EMPTY_FIELD_NAME),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"": 1}},
            Code(EMPTY_FIELD_NAME),
        ),
        (doc! {"_id": 1}, doc! {"$set": 1}, Code(FAILED_TO_PARSE)),
    ]);
}

#[test]
fn unset() {
    check(vec![
        (
            doc! {"_id": 1, "a": 1, "b": 2},
            doc! {"$unset": {"a": ""}},
            Doc(doc! {"_id": 1, "b": 2}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$unset": {"a": 1}},
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"_id": 1, "a": {"b": 1, "c": 2}},
            doc! {"$unset": {"a.b": true}},
            Doc(doc! {"_id": 1, "a": {"c": 2}}),
        ),
        // An array element becomes null.
        (
            doc! {"_id": 1, "a": [1, 2, 3]},
            doc! {"$unset": {"a.1": ""}},
            Doc(doc! {"_id": 1, "a": [1, null, 3]}),
        ),
        // Through a scalar or past an array's end: nothing to remove.
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$unset": {"a.b": ""}},
            Doc(doc! {"_id": 1, "a": 5}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$unset": {"a.5": ""}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$unset": {"_id": ""}},
            Code(IMMUTABLE),
        ),
    ]);
}

#[test]
fn inc() {
    check(vec![
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": 2}},
            Doc(doc! {"_id": 1, "n": 3}),
        ),
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": -5}},
            Doc(doc! {"_id": 1, "n": -4}),
        ),
        // A missing field takes the increment.
        (
            doc! {"_id": 1},
            doc! {"$inc": {"n": 5}},
            Doc(doc! {"_id": 1, "n": 5}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$inc": {"n": 5_i64}},
            Doc(doc! {"_id": 1, "n": 5_i64}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$inc": {"a.b": 1}},
            Doc(doc! {"_id": 1, "a": {"b": 1}}),
        ),
        // Types widen: int32 + int64 is int64, anything + double is double.
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": 1_i64}},
            Doc(doc! {"_id": 1, "n": 2_i64}),
        ),
        (
            doc! {"_id": 1, "n": 1_i64},
            doc! {"$inc": {"n": 1}},
            Doc(doc! {"_id": 1, "n": 2_i64}),
        ),
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": 0.5}},
            Doc(doc! {"_id": 1, "n": 1.5}),
        ),
        (
            doc! {"_id": 1, "n": 1.5},
            doc! {"$inc": {"n": 1}},
            Doc(doc! {"_id": 1, "n": 2.5}),
        ),
        // int32 overflow becomes int64; int64 overflow fails.
        (
            doc! {"_id": 1, "n": i32::MAX},
            doc! {"$inc": {"n": 1}},
            Doc(doc! {"_id": 1, "n": i32::MAX as i64 + 1}),
        ),
        (
            doc! {"_id": 1, "n": i32::MIN},
            doc! {"$inc": {"n": -1}},
            Doc(doc! {"_id": 1, "n": i32::MIN as i64 - 1}),
        ),
        (
            doc! {"_id": 1, "n": i64::MAX},
            doc! {"$inc": {"n": 1}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": i64::MAX}},
            Code(BAD_VALUE),
        ),
        // Decimals are exact: a decimal on either side makes a decimal, a
        // double taken to 15 significant digits.
        (
            doc! {"_id": 1, "n": dec("1.0")},
            doc! {"$inc": {"n": dec("2.00")}},
            Doc(doc! {"_id": 1, "n": dec("3.00")}),
        ),
        (
            doc! {"_id": 1, "n": dec("0.1")},
            doc! {"$inc": {"n": dec("0.2")}},
            Doc(doc! {"_id": 1, "n": dec("0.3")}),
        ),
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": dec("0.5")}},
            Doc(doc! {"_id": 1, "n": dec("1.5")}),
        ),
        (
            doc! {"_id": 1, "n": dec("1")},
            doc! {"$inc": {"n": 1_i64}},
            Doc(doc! {"_id": 1, "n": dec("2")}),
        ),
        (
            doc! {"_id": 1, "n": 0.1},
            doc! {"$inc": {"n": dec("0.2")}},
            Doc(doc! {"_id": 1, "n": dec("0.300000000000000")}),
        ),
        (
            doc! {"_id": 1, "n": dec("0.2")},
            doc! {"$inc": {"n": 0.1}},
            Doc(doc! {"_id": 1, "n": dec("0.300000000000000")}),
        ),
        (
            doc! {"_id": 1, "n": i64::MAX},
            doc! {"$inc": {"n": dec("1")}},
            Doc(doc! {"_id": 1, "n": dec("9223372036854775808")}),
        ),
        (
            doc! {"_id": 1, "n": dec("9999999999999999999999999999999999")},
            doc! {"$inc": {"n": dec("1")}},
            Doc(doc! {"_id": 1, "n": dec("1.000000000000000000000000000000000E+34")}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$inc": {"n": dec("-0.10")}},
            Doc(doc! {"_id": 1, "n": dec("-0.10")}),
        ),
        (
            doc! {"_id": 1, "n": dec("Infinity")},
            doc! {"$inc": {"n": dec("-Infinity")}},
            Doc(doc! {"_id": 1, "n": dec("NaN")}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$inc": {"a.1": 10}},
            Doc(doc! {"_id": 1, "a": [1, 12]}),
        ),
        (
            doc! {"_id": 1, "n": "x"},
            doc! {"$inc": {"n": 1}},
            Code(TYPE_MISMATCH),
        ),
        (
            doc! {"_id": 1, "n": null},
            doc! {"$inc": {"n": 1}},
            Code(TYPE_MISMATCH),
        ),
        (
            doc! {"_id": 1, "n": 1},
            doc! {"$inc": {"n": "1"}},
            Code(TYPE_MISMATCH),
        ),
        (
            doc! {"_id": 1, "a": "x"},
            doc! {"$inc": {"a.b": 1}},
            Code(PATH_NOT_VIABLE),
        ),
        (doc! {"_id": 1}, doc! {"$inc": {"_id": 1}}, Code(IMMUTABLE)),
    ]);
}

#[test]
fn mul() {
    check(vec![
        (
            doc! {"_id": 1, "n": 3},
            doc! {"$mul": {"n": 2}},
            Doc(doc! {"_id": 1, "n": 6}),
        ),
        (
            doc! {"_id": 1, "n": 3},
            doc! {"$mul": {"n": 2_i64}},
            Doc(doc! {"_id": 1, "n": 6_i64}),
        ),
        (
            doc! {"_id": 1, "n": 3},
            doc! {"$mul": {"n": 0.5}},
            Doc(doc! {"_id": 1, "n": 1.5}),
        ),
        // A missing field becomes zero of the argument's type (the argument
        // times int32 zero).
        (
            doc! {"_id": 1},
            doc! {"$mul": {"n": 5}},
            Doc(doc! {"_id": 1, "n": 0}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$mul": {"n": 5_i64}},
            Doc(doc! {"_id": 1, "n": 0_i64}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$mul": {"n": 2.5}},
            Doc(doc! {"_id": 1, "n": 0.0}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$mul": {"n": -2.5}},
            Doc(doc! {"_id": 1, "n": -0.0}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$mul": {"n": dec("2.50")}},
            Doc(doc! {"_id": 1, "n": dec("0.00")}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$mul": {"n": dec("-3")}},
            Doc(doc! {"_id": 1, "n": dec("-0")}),
        ),
        (
            doc! {"_id": 1, "n": 65536},
            doc! {"$mul": {"n": 65536}},
            Doc(doc! {"_id": 1, "n": 4294967296_i64}),
        ),
        (
            doc! {"_id": 1, "n": i64::MAX},
            doc! {"$mul": {"n": 2}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "n": dec("2.50")},
            doc! {"$mul": {"n": 2}},
            Doc(doc! {"_id": 1, "n": dec("5.00")}),
        ),
        (
            doc! {"_id": 1, "n": dec("0.1")},
            doc! {"$mul": {"n": 3}},
            Doc(doc! {"_id": 1, "n": dec("0.3")}),
        ),
        (
            doc! {"_id": 1, "n": 0.1},
            doc! {"$mul": {"n": dec("3")}},
            Doc(doc! {"_id": 1, "n": dec("0.300000000000000")}),
        ),
        (
            doc! {"_id": 1, "n": i64::MAX},
            doc! {"$mul": {"n": dec("10")}},
            Doc(doc! {"_id": 1, "n": dec("92233720368547758070")}),
        ),
        (
            doc! {"_id": 1, "n": "x"},
            doc! {"$mul": {"n": 2}},
            Code(TYPE_MISMATCH),
        ),
        (
            doc! {"_id": 1, "n": 2},
            doc! {"$mul": {"n": true}},
            Code(TYPE_MISMATCH),
        ),
    ]);
}

#[test]
fn min_max() {
    check(vec![
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$min": {"a": 3}},
            Doc(doc! {"_id": 1, "a": 3}),
        ),
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$min": {"a": 7}},
            Doc(doc! {"_id": 1, "a": 5}),
        ),
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$max": {"a": 7}},
            Doc(doc! {"_id": 1, "a": 7}),
        ),
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$max": {"a": 3}},
            Doc(doc! {"_id": 1, "a": 5}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$max": {"a": 3}},
            Doc(doc! {"_id": 1, "a": 3}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$min": {"a.b": 3}},
            Doc(doc! {"_id": 1, "a": {"b": 3}}),
        ),
        // Equal values of another type leave the field alone.
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$max": {"a": 1.0}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$min": {"a": dec("1.00")}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        // Across types, by the BSON order (numbers before strings; null first).
        (
            doc! {"_id": 1, "a": "x"},
            doc! {"$min": {"a": 1}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"_id": 1, "a": null},
            doc! {"$max": {"a": 1}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        (
            doc! {"_id": 1, "a": null},
            doc! {"$min": {"a": 1}},
            Doc(doc! {"_id": 1, "a": null}),
        ),
        // Decimals compare exactly: decimal 0.1 is below the double 0.1.
        (
            doc! {"_id": 1, "a": 0.1},
            doc! {"$min": {"a": dec("0.1")}},
            Doc(doc! {"_id": 1, "a": dec("0.1")}),
        ),
        (
            doc! {"_id": 1, "a": 0.1},
            doc! {"$max": {"a": dec("0.1")}},
            Doc(doc! {"_id": 1, "a": 0.1}),
        ),
        (
            doc! {"_id": 1, "a": 9007199254740993_i64},
            doc! {"$max": {"a": dec("9007199254740993.5")}},
            Doc(doc! {"_id": 1, "a": dec("9007199254740993.5")}),
        ),
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$min": {"a.b": 1}},
            Code(PATH_NOT_VIABLE),
        ),
        (doc! {"_id": 1}, doc! {"$max": {"_id": 2}}, Code(IMMUTABLE)),
    ]);
}

#[test]
fn rename() {
    check(vec![
        (
            doc! {"_id": 1, "a": 1, "b": 2},
            doc! {"$rename": {"a": "c"}},
            Doc(doc! {"_id": 1, "b": 2, "c": 1}),
        ),
        // The target is overwritten in place.
        (
            doc! {"_id": 1, "a": 1, "b": 2},
            doc! {"$rename": {"b": "a"}},
            Doc(doc! {"_id": 1, "a": 2}),
        ),
        (
            doc! {"_id": 1, "b": 2},
            doc! {"$rename": {"a": "c"}},
            Doc(doc! {"_id": 1, "b": 2}),
        ),
        (
            doc! {"_id": 1, "a": {"b": 1}},
            doc! {"$rename": {"a.b": "c"}},
            Doc(doc! {"_id": 1, "a": {}, "c": 1}),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a": "x.y"}},
            Doc(doc! {"_id": 1, "x": {"y": 1}}),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a": "a"}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a": "a.b"}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a": 5}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a.$": "b"}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"_id": "b"}},
            Code(IMMUTABLE),
        ),
        (
            doc! {"_id": 1, "a": 2},
            doc! {"$rename": {"a": "_id"}},
            Code(IMMUTABLE),
        ),
        // Renaming the same value onto _id leaves it unchanged.
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a": "_id"}},
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$rename": {"a": "b"}, "$set": {"b": 2}},
            Code(CONFLICT),
        ),
        (
            doc! {"_id": 1, "a": 1, "b": 5},
            doc! {"$rename": {"a": "b.c"}},
            Code(PATH_NOT_VIABLE),
        ),
    ]);
}

/// Renaming out of or into an array element is refused; a whole array may
/// be renamed.
#[test]
fn rename_and_arrays() {
    check(vec![
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$rename": {"a": "b"}},
            Doc(doc! {"_id": 1, "b": [1, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [{"b": 1}]},
            doc! {"$rename": {"a.0.b": "c"}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": [{"b": 1}], "x": 1},
            doc! {"$rename": {"x": "a.0.c"}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": [{"b": 1}], "x": 1},
            doc! {"$rename": {"x": "a.b"}},
            Code(BAD_VALUE),
        ),
        // Overwriting a whole array is fine.
        (
            doc! {"_id": 1, "a": [1], "x": 1},
            doc! {"$rename": {"x": "a"}},
            Doc(doc! {"_id": 1, "a": 1}),
        ),
        // A missing source inside an array is nothing to rename.
        (
            doc! {"_id": 1, "a": [{"b": 1}]},
            doc! {"$rename": {"a.5.b": "c"}},
            Doc(doc! {"_id": 1, "a": [{"b": 1}]}),
        ),
        // A source path through a scalar is not viable.
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$rename": {"a.b": "c"}},
            Code(PATH_NOT_VIABLE),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$rename": {"a.b": "c"}},
            Code(PATH_NOT_VIABLE),
        ),
        (
            doc! {"_id": 1, "a": {}},
            doc! {"$rename": {"a.b": "c"}},
            Doc(doc! {"_id": 1, "a": {}}),
        ),
    ]);
}

#[test]
fn current_date_and_set_on_insert() {
    // $currentDate sets the time now: a date unless asked for a timestamp.
    type IsRight = fn(&Bson) -> bool;
    let cases: &[(Bson, IsRight)] = &[
        (bson!(true), |v| matches!(v, Bson::DateTime(_))),
        (bson!(false), |v| matches!(v, Bson::DateTime(_))),
        (bson!({"$type": "date"}), |v| matches!(v, Bson::DateTime(_))),
        (bson!({"$type": "timestamp"}), |v| {
            matches!(v, Bson::Timestamp(_))
        }),
    ];
    for (arg, ok) in cases {
        let u = doc! {"$currentDate": {"a.d": arg.clone()}};
        let out = apply(&doc! {"_id": 1, "a": {}}, &u, &doc! {}, false).unwrap();
        let v = out.get_document("a").unwrap().get("d").unwrap();
        assert!(ok(v), "{u}: {v}");
    }
    check(vec![
        (
            doc! {"_id": 1},
            doc! {"$currentDate": {"d": 1}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$currentDate": {"d": {"$type": "x"}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$currentDate": {"d": {}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$currentDate": {"_id": true}},
            Code(IMMUTABLE),
        ),
        // $setOnInsert does nothing to an existing document.
        (
            doc! {"_id": 1},
            doc! {"$setOnInsert": {"a": 1}},
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$setOnInsert": {"a": 1}, "$set": {"b": 2}},
            Doc(doc! {"_id": 1, "b": 2}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$setOnInsert": {"a": 1}, "$set": {"a": 2}},
            Code(CONFLICT),
        ),
    ]);
    // It does to an upserted one.
    check_with(
        vec![
            (
                doc! {"_id": 1},
                doc! {"$setOnInsert": {"a": 1}},
                Doc(doc! {"_id": 1, "a": 1}),
            ),
            (
                doc! {"_id": 1, "q": 1},
                doc! {"$setOnInsert": {"a.b": [1]}, "$inc": {"n": 1}},
                Doc(doc! {"_id": 1, "q": 1, "a": {"b": [1]}, "n": 1}),
            ),
        ],
        &doc! {},
        true,
    );
}

#[test]
fn push() {
    check(vec![
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": 1}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$push": {"a": 2}},
            Doc(doc! {"_id": 1, "a": [1, 2]}),
        ),
        // An array argument is one element.
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$push": {"a": [2, 3]}},
            Doc(doc! {"_id": 1, "a": [1, [2, 3]]}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"x.a": 1}},
            Doc(doc! {"_id": 1, "x": {"a": [1]}}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$push": {"a": {"$each": [2, 3]}}},
            Doc(doc! {"_id": 1, "a": [1, 2, 3]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$push": {"a": {"$each": []}}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": {"$each": []}}},
            Doc(doc! {"_id": 1, "a": []}),
        ),
        // $slice keeps the first n, or with a negative n the last.
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [3, 4], "$slice": 3}}},
            Doc(doc! {"_id": 1, "a": [1, 2, 3]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [3, 4], "$slice": -3}}},
            Doc(doc! {"_id": 1, "a": [2, 3, 4]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [3], "$slice": 0}}},
            Doc(doc! {"_id": 1, "a": []}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [], "$slice": -1}}},
            Doc(doc! {"_id": 1, "a": [2]}),
        ),
        // $sort whole elements or by a field, before $slice.
        (
            doc! {"_id": 1, "a": [3, 1]},
            doc! {"$push": {"a": {"$each": [2], "$sort": 1}}},
            Doc(doc! {"_id": 1, "a": [1, 2, 3]}),
        ),
        (
            doc! {"_id": 1, "a": [3, 1]},
            doc! {"$push": {"a": {"$each": [2], "$sort": -1, "$slice": 2}}},
            Doc(doc! {"_id": 1, "a": [3, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [{"x": 2}, {"x": 3}]},
            doc! {"$push": {"a": {"$each": [{"x": 1}], "$sort": {"x": -1}}}},
            Doc(doc! {"_id": 1, "a": [{"x": 3}, {"x": 2}, {"x": 1}]}),
        ),
        (
            doc! {"_id": 1, "a": ["b", 2, null]},
            doc! {"$push": {"a": {"$each": [1.5], "$sort": 1}}},
            Doc(doc! {"_id": 1, "a": [null, 1.5, 2, "b"]}),
        ),
        // $position inserts there; negative counts from the end.
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [0], "$position": 0}}},
            Doc(doc! {"_id": 1, "a": [0, 1, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [9, 8], "$position": 1}}},
            Doc(doc! {"_id": 1, "a": [1, 9, 8, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [9], "$position": -1}}},
            Doc(doc! {"_id": 1, "a": [1, 9, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [9], "$position": 10}}},
            Doc(doc! {"_id": 1, "a": [1, 2, 9]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2]},
            doc! {"$push": {"a": {"$each": [9], "$position": -10}}},
            Doc(doc! {"_id": 1, "a": [9, 1, 2]}),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$push": {"a": 2}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": {}},
            doc! {"$push": {"a": 2}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": {"$each": 1}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": {"$each": [1], "$bogus": 1}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": {"$each": [1], "$slice": "x"}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": {"$each": [1], "$position": 1.5}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": {"$each": [1], "$sort": 2}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "x": 1},
            doc! {"$push": {"x.a": 1}},
            Code(PATH_NOT_VIABLE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": 1}, "$set": {"a": []}},
            Code(CONFLICT),
        ),
    ]);
}

#[test]
fn add_to_set() {
    check(vec![
        (
            doc! {"_id": 1},
            doc! {"$addToSet": {"a": 1}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$addToSet": {"a": 2}},
            Doc(doc! {"_id": 1, "a": [1, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$addToSet": {"a": 1}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        // Equal numbers of another type are already there.
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$addToSet": {"a": 1.0}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$addToSet": {"a": dec("1.000")}},
            Doc(doc! {"_id": 1, "a": [1]}),
        ),
        // Documents are equal only with the same fields in the same order.
        (
            doc! {"_id": 1, "a": [{"x": 1, "y": 2}]},
            doc! {"$addToSet": {"a": {"y": 2, "x": 1}}},
            Doc(doc! {"_id": 1, "a": [{"x": 1, "y": 2}, {"y": 2, "x": 1}]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$addToSet": {"a": {"$each": [1, 2, 2, 3]}}},
            Doc(doc! {"_id": 1, "a": [1, 2, 3]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$addToSet": {"a": [1]}},
            Doc(doc! {"_id": 1, "a": [1, [1]]}),
        ),
        (
            doc! {"_id": 1, "a": 5},
            doc! {"$addToSet": {"a": 1}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$addToSet": {"a": {"$each": 1}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$addToSet": {"a": {"$each": [1], "$slice": 1}}},
            Code(BAD_VALUE),
        ),
    ]);
}

#[test]
fn pop() {
    check(vec![
        (
            doc! {"_id": 1, "a": [1, 2, 3]},
            doc! {"$pop": {"a": 1}},
            Doc(doc! {"_id": 1, "a": [1, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2, 3]},
            doc! {"$pop": {"a": -1}},
            Doc(doc! {"_id": 1, "a": [2, 3]}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$pop": {"a": 1.0}},
            Doc(doc! {"_id": 1, "a": []}),
        ),
        (
            doc! {"_id": 1, "a": []},
            doc! {"$pop": {"a": 1}},
            Doc(doc! {"_id": 1, "a": []}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$pop": {"a": 1}},
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"_id": 1, "x": {"a": [1, 2]}},
            doc! {"$pop": {"x.a": -1}},
            Doc(doc! {"_id": 1, "x": {"a": [2]}}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$pop": {"a": 2}},
            Code(FAILED_TO_PARSE),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$pop": {"a": 0}},
            Code(FAILED_TO_PARSE),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$pop": {"a": "1"}},
            Code(FAILED_TO_PARSE),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$pop": {"a": 0.5}},
            Code(FAILED_TO_PARSE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$pop": {"a": 1}},
            Code(TYPE_MISMATCH),
        ),
    ]);
}

#[test]
fn pull_and_pull_all() {
    check(vec![
        (
            doc! {"_id": 1, "a": [1, 2, 1, 3]},
            doc! {"$pull": {"a": 1}},
            Doc(doc! {"_id": 1, "a": [2, 3]}),
        ),
        // Equality is by value: 1.0 and decimal 1 go with 1.
        (
            doc! {"_id": 1, "a": [1, 1.0, dec("1.0"), 2]},
            doc! {"$pull": {"a": 1}},
            Doc(doc! {"_id": 1, "a": [2]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2, 3, 4]},
            doc! {"$pull": {"a": {"$gte": 3}}},
            Doc(doc! {"_id": 1, "a": [1, 2]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2, 3, 4]},
            doc! {"$pull": {"a": {"$in": [1, 4]}}},
            Doc(doc! {"_id": 1, "a": [2, 3]}),
        ),
        (
            doc! {"_id": 1, "a": [1, 2, 3, 4]},
            doc! {"$pull": {"a": {"$gt": 1, "$lt": 4}}},
            Doc(doc! {"_id": 1, "a": [1, 4]}),
        ),
        // A document condition is a query on document elements.
        (
            doc! {"_id": 1, "a": [{"x": 1, "y": 1}, {"x": 2}, 1]},
            doc! {"$pull": {"a": {"x": 1}}},
            Doc(doc! {"_id": 1, "a": [{"x": 2}, 1]}),
        ),
        (
            doc! {"_id": 1, "a": [{"x": 1}, {"x": 5}]},
            doc! {"$pull": {"a": {"x": {"$gt": 2}}}},
            Doc(doc! {"_id": 1, "a": [{"x": 1}]}),
        ),
        (
            doc! {"_id": 1, "a": [{"b": [1, 2]}, {"b": [3]}]},
            doc! {"$pull": {"a": {"b": {"$elemMatch": {"$gt": 2}}}}},
            Doc(doc! {"_id": 1, "a": [{"b": [1, 2]}]}),
        ),
        // An array value must match an element exactly.
        (
            doc! {"_id": 1, "a": [[1, 2], [3], [2, 1]]},
            doc! {"$pull": {"a": [1, 2]}},
            Doc(doc! {"_id": 1, "a": [[3], [2, 1]]}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$pull": {"a": 1}},
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$pull": {"a": 1}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": [1, 2, 3, 1]},
            doc! {"$pullAll": {"a": [1, 3]}},
            Doc(doc! {"_id": 1, "a": [2]}),
        ),
        (
            doc! {"_id": 1, "a": [{"x": 1}, {"x": 1, "y": 2}]},
            doc! {"$pullAll": {"a": [{"x": 1}]}},
            Doc(doc! {"_id": 1, "a": [{"x": 1, "y": 2}]}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$pullAll": {"a": [1]}},
            Doc(doc! {"_id": 1}),
        ),
        (
            doc! {"_id": 1, "a": [1]},
            doc! {"$pullAll": {"a": 1}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$pullAll": {"a": [1]}},
            Code(BAD_VALUE),
        ),
    ]);
}

#[test]
fn bit() {
    check(vec![
        (
            doc! {"_id": 1, "a": 13},
            doc! {"$bit": {"a": {"and": 10}}},
            Doc(doc! {"_id": 1, "a": 8}),
        ),
        (
            doc! {"_id": 1, "a": 13},
            doc! {"$bit": {"a": {"or": 2}}},
            Doc(doc! {"_id": 1, "a": 15}),
        ),
        (
            doc! {"_id": 1, "a": 13},
            doc! {"$bit": {"a": {"xor": 5}}},
            Doc(doc! {"_id": 1, "a": 8}),
        ),
        // Applied in order; a long makes a long.
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$bit": {"a": {"or": 6, "and": 3_i64}}},
            Doc(doc! {"_id": 1, "a": 3_i64}),
        ),
        (
            doc! {"_id": 1, "a": 1_i64},
            doc! {"$bit": {"a": {"or": 2}}},
            Doc(doc! {"_id": 1, "a": 3_i64}),
        ),
        // A missing field starts from int32 zero.
        (
            doc! {"_id": 1},
            doc! {"$bit": {"a": {"or": 5}}},
            Doc(doc! {"_id": 1, "a": 5}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$bit": {"a.b": {"and": 5}}},
            Doc(doc! {"_id": 1, "a": {"b": 0}}),
        ),
        (
            doc! {"_id": 1, "a": 1.0},
            doc! {"$bit": {"a": {"or": 1}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": "x"},
            doc! {"$bit": {"a": {"or": 1}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$bit": {"a": {"or": 1.0}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$bit": {"a": {"not": 1}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$bit": {"a": {}}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1, "a": 1},
            doc! {"$bit": {"a": 1}},
            Code(BAD_VALUE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$bit": {"_id": {"or": 2}}},
            Code(IMMUTABLE),
        ),
        // No change to _id, no error.
        (
            doc! {"_id": 1},
            doc! {"$bit": {"_id": {"or": 1}}},
            Doc(doc! {"_id": 1}),
        ),
    ]);
}

#[test]
fn parsing_and_conflicts() {
    check(vec![
        (
            doc! {"_id": 1},
            doc! {"$bogus": {"a": 1}},
            Code(FAILED_TO_PARSE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a": 1}, "b": 1},
            Code(FAILED_TO_PARSE),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a": 1}, "$inc": {"a": 1}},
            Code(CONFLICT),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a": 1, "a.b": 1}},
            Code(CONFLICT),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"a.b": 1}, "$unset": {"a": 1}},
            Code(CONFLICT),
        ),
        (
            doc! {"_id": 1},
            doc! {"$push": {"a": 1}, "$pull": {"a": 1}},
            Code(CONFLICT),
        ),
        // Siblings do not conflict.
        (
            doc! {"_id": 1},
            doc! {"$set": {"a.b": 1}, "$inc": {"a.c": 1}},
            Doc(doc! {"_id": 1, "a": {"b": 1, "c": 1}}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"ab": 1}, "$inc": {"a": 1}},
            Doc(doc! {"_id": 1, "a": 1, "ab": 1}),
        ),
        // A replacement keeps _id first and may not change it.
        (
            doc! {"_id": 1, "a": 1},
            doc! {"b": 2, "_id": 1},
            Doc(doc! {"_id": 1, "b": 2}),
        ),
        (doc! {"_id": 1, "a": 1}, doc! {"_id": 2}, Code(IMMUTABLE)),
    ]);
}

/// Since MongoDB 5.0 the fields an update names are applied in
/// lexicographic order (numeric components in numeric order), whatever
/// the order of the operators and fields in the update, so new fields are
/// appended in that order.
#[test]
fn new_fields_come_in_lexicographic_order() {
    check(vec![
        (
            doc! {"_id": 1},
            doc! {"$set": {"b": 1, "a": 1}},
            Doc(doc! {"_id": 1, "a": 1, "b": 1}),
        ),
        (
            doc! {"_id": 1},
            doc! {"$set": {"b": 1}, "$inc": {"a": 1}},
            Doc(doc! {"_id": 1, "a": 1, "b": 1}),
        ),
        (
            doc! {"_id": 1, "z": 0},
            doc! {"$set": {"y.b": 1, "y.a": 2, "x": 3}},
            Doc(doc! {"_id": 1, "z": 0, "x": 3, "y": {"a": 2, "b": 1}}),
        ),
        (
            doc! {"_id": 1, "a": {}},
            doc! {"$set": {"a.10": 1, "a.9": 2, "a.b": 3}},
            Doc(doc! {"_id": 1, "a": {"9": 2, "10": 1, "b": 3}}),
        ),
        (
            doc! {"_id": 1, "a": []},
            doc! {"$set": {"a.2": 1, "a.10": 2}},
            Doc(doc! {"_id": 1, "a": [null, null, 1, null, null, null, null, null, null, null, 2]}),
        ),
        (
            doc! {"_id": 1, "c": 1},
            doc! {"$rename": {"c": "b"}, "$set": {"a": 1}},
            Doc(doc! {"_id": 1, "a": 1, "b": 1}),
        ),
    ]);
}
