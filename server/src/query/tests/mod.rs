//! Table-driven conformance tests for the query engine (issue #4): the
//! matcher, mongod's cross-type comparison order, find projections and sort.
//!
//! Every expectation is mongod's answer (8.0, the version this server
//! presents), taken from the MongoDB manual or mongod's own sources and
//! jstests, never from what this engine happens to do. A row the engine gets
//! wrong goes, unchanged, into an `#[ignore]`d test named `known_engine_bugs`
//! in its file, so the suite stays green while the bug stays visible
//! (`cargo test -- --ignored` shows them); there are none at present.
//!
//! Each table runner checks every row and reports all failing rows at once.

mod cross_type;
mod matcher;
mod projection;
mod sort;

use bson::oid::ObjectId;
use bson::spec::BinarySubtype;
use bson::{Binary, Bson, Decimal128, Document, JavaScriptCodeWithScope, Regex, Timestamp};
use std::str::FromStr;

/// NumberDecimal from its string form.
pub(super) fn dec(s: &str) -> Bson {
    Bson::Decimal128(Decimal128::from_str(s).expect("valid decimal literal"))
}

/// A BSON regular expression value.
pub(super) fn re(pattern: &str, options: &str) -> Bson {
    Bson::RegularExpression(Regex {
        pattern: pattern.try_into().expect("pattern without NUL"),
        options: options.try_into().expect("options without NUL"),
    })
}

/// BinData of the given subtype.
pub(super) fn bin(subtype: u8, bytes: &[u8]) -> Bson {
    Bson::Binary(Binary {
        subtype: BinarySubtype::from(subtype),
        bytes: bytes.to_vec(),
    })
}

/// BinData from base64, as the shell's `BinData(subtype, "...")` builds it.
pub(super) fn bin64(subtype: u8, b64: &str) -> Bson {
    Bson::Binary(Binary::from_base64(b64, BinarySubtype::from(subtype)).expect("valid base64"))
}

/// An ObjectId from 24 hex digits.
pub(super) fn oid(hex: &str) -> Bson {
    Bson::ObjectId(ObjectId::parse_str(hex).expect("valid ObjectId hex"))
}

/// A BSON date (milliseconds since the epoch).
pub(super) fn date(ms: i64) -> Bson {
    Bson::DateTime(bson::DateTime::from_millis(ms))
}

/// A BSON timestamp.
pub(super) fn ts(time: u32, increment: u32) -> Bson {
    Bson::Timestamp(Timestamp { time, increment })
}

pub(super) fn sym(s: &str) -> Bson {
    Bson::Symbol(s.to_string())
}

pub(super) fn code(s: &str) -> Bson {
    Bson::JavaScriptCode(s.to_string())
}

pub(super) fn code_ws(s: &str, scope: Document) -> Bson {
    Bson::JavaScriptCodeWithScope(JavaScriptCodeWithScope {
        code: s.to_string(),
        scope,
    })
}

/// A DBPointer. The bson crate has no public constructor for one, so it is
/// decoded from hand-built BSON bytes: `{a: DBPointer(ns, oid)}`.
pub(super) fn dbpointer(ns: &str, oid_hex: &str) -> Bson {
    let oid = ObjectId::parse_str(oid_hex).expect("valid ObjectId hex");
    let mut elem = vec![0x0C_u8, b'a', 0];
    elem.extend(((ns.len() + 1) as i32).to_le_bytes());
    elem.extend(ns.as_bytes());
    elem.push(0);
    elem.extend(oid.bytes());
    let total = (4 + elem.len() + 1) as i32;
    let mut bytes = total.to_le_bytes().to_vec();
    bytes.extend(elem);
    bytes.push(0);
    let d = Document::from_reader(&bytes[..]).expect("valid DBPointer BSON");
    d.get("a").cloned().expect("decoded DBPointer")
}

pub(super) fn nan() -> Bson {
    Bson::Double(f64::NAN)
}

pub(super) fn inf() -> Bson {
    Bson::Double(f64::INFINITY)
}

pub(super) fn neg_inf() -> Bson {
    Bson::Double(f64::NEG_INFINITY)
}

/// Panics listing every failure when any row of a table failed.
/// (Row counts are printed; see them with `-- --nocapture`.)
pub(super) fn report(table: &str, total: usize, failures: Vec<String>) {
    println!("{table}: {total} rows");
    assert!(
        failures.is_empty(),
        "{table}: {} of {total} rows disagree with mongod:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
