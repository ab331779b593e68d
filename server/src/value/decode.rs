//! Decoding BSON bytes into a `Document`: the command bodies `wire` reads
//! and the stored documents `storage` hands to the engines that must look
//! inside one (filters the index keys cannot decide, updates, sorts).
//!
//! The bson crate's `Document::from_reader` copies the bytes into a buffer
//! of their own, and converts every embedded document and array twice (the
//! element into an owned raw value holding a copy of its bytes, that into a
//! `Bson`). Here each element goes from the borrowed view straight to its
//! `Bson`, in one pass over the input. The crate's iterator still checks
//! every element (lengths, UTF-8, terminators), so malformed input fails
//! with the same errors it did.

use bson::error::Result;
use bson::raw::{RawArray, RawBsonRef, RawDocument};
use bson::{Binary, Bson, Document};

/// Decodes the document at the start of `bytes` (bytes after it are
/// ignored, as `Document::from_reader` ignores what follows in a reader).
pub fn decode(bytes: &[u8]) -> Result<Document> {
    let exact = match bytes.get(..4) {
        Some(b) => {
            let len = i32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            match usize::try_from(len) {
                Ok(n) if n <= bytes.len() => &bytes[..n],
                // Too short for its own length: the crate names the error.
                _ => bytes,
            }
        }
        None => bytes,
    };
    to_document(RawDocument::from_bytes(exact)?)
}

/// A borrowed raw document as an owned `Document`.
pub fn to_document(raw: &RawDocument) -> Result<Document> {
    let mut out = Document::new();
    for element in raw {
        let (key, value) = element?;
        out.insert(key.as_str(), to_bson(value)?);
    }
    Ok(out)
}

fn to_array(raw: &RawArray) -> Result<Vec<Bson>> {
    raw.into_iter().map(|e| e.and_then(to_bson)).collect()
}

/// One borrowed value as an owned `Bson`.
fn to_bson(value: RawBsonRef<'_>) -> Result<Bson> {
    Ok(match value {
        RawBsonRef::Double(d) => Bson::Double(d),
        RawBsonRef::String(s) => Bson::String(s.to_owned()),
        RawBsonRef::Document(d) => Bson::Document(to_document(d)?),
        RawBsonRef::Array(a) => Bson::Array(to_array(a)?),
        RawBsonRef::Boolean(b) => Bson::Boolean(b),
        RawBsonRef::Null => Bson::Null,
        RawBsonRef::Int32(i) => Bson::Int32(i),
        RawBsonRef::Int64(i) => Bson::Int64(i),
        RawBsonRef::Timestamp(t) => Bson::Timestamp(t),
        RawBsonRef::ObjectId(o) => Bson::ObjectId(o),
        RawBsonRef::DateTime(d) => Bson::DateTime(d),
        RawBsonRef::Decimal128(d) => Bson::Decimal128(d),
        RawBsonRef::Binary(b) => Bson::Binary(Binary {
            subtype: b.subtype,
            bytes: b.bytes.to_vec(),
        }),
        RawBsonRef::Undefined => Bson::Undefined,
        RawBsonRef::MaxKey => Bson::MaxKey,
        RawBsonRef::MinKey => Bson::MinKey,
        // The rare types (regular expressions, code, symbols, DBPointer)
        // take the crate's own conversion.
        other => Bson::try_from(other)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{doc, spec::BinarySubtype, Decimal128, Regex, Timestamp};

    fn every_type() -> Document {
        doc! {
            "d": 1.5, "s": "é", "doc": { "a": [1, { "b": null }], "e": {} }, "arr": [],
            "bin": Binary { subtype: BinarySubtype::Uuid, bytes: vec![7; 16] },
            "old": Binary { subtype: BinarySubtype::BinaryOld, bytes: vec![1, 2] },
            "oid": bson::oid::ObjectId::new(), "t": true, "dt": bson::DateTime::from_millis(-5),
            "null": null, "re": Regex { pattern: "^a".try_into().unwrap(), options: "i".try_into().unwrap() },
            "code": Bson::JavaScriptCode("x".into()),
            "scope": Bson::JavaScriptCodeWithScope(bson::JavaScriptCodeWithScope { code: "y".into(), scope: doc! { "v": 1 } }),
            "i": 3, "ts": Timestamp { time: 4, increment: 5 }, "l": 6_i64,
            "dec": Decimal128::from_bytes([9; 16]), "undef": Bson::Undefined,
            "sym": Bson::Symbol("s".into()), "max": Bson::MaxKey, "min": Bson::MinKey,
        }
    }

    #[test]
    fn decodes_as_the_crate_does() {
        let bytes = bson::serialize_to_vec(&every_type()).unwrap();
        let mine = decode(&bytes).unwrap();
        assert_eq!(mine, Document::from_reader(&bytes[..]).unwrap());
        // Field order is kept.
        let keys: Vec<_> = mine.keys().cloned().collect();
        assert_eq!(keys, every_type().keys().cloned().collect::<Vec<_>>());
        // Bytes after the document are ignored.
        let mut longer = bytes.clone();
        longer.extend_from_slice(&[1, 2, 3]);
        assert_eq!(decode(&longer).unwrap(), mine);
    }

    #[test]
    fn malformed_input_fails() {
        let bytes = bson::serialize_to_vec(&doc! { "s": "abc", "n": { "x": 1 } }).unwrap();
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode(&[]).is_err());
        assert!(decode(&[5, 0, 0]).is_err());
        // A string that is not UTF-8.
        let mut bad = bytes.clone();
        let at = bad.windows(3).position(|w| w == b"abc").unwrap();
        bad[at] = 0xff;
        assert!(decode(&bad).is_err());
        assert!(Document::from_reader(&bad[..]).is_err());
        // A nested document's length running past its parent.
        let mut bad = bytes.clone();
        let at = bad.iter().position(|&b| b == 0x03).unwrap() + 3;
        bad[at] = 0x7f;
        assert!(decode(&bad).is_err());
        // A negative length.
        assert!(decode(&[0xff, 0xff, 0xff, 0xff, 0]).is_err());
    }

    #[test]
    fn duplicate_keys_keep_the_last_value_in_the_first_place() {
        // {a: 1, b: 2, a: 3} written by hand.
        let mut raw = vec![0u8; 4];
        for (k, v) in [(b'a', 1i32), (b'b', 2), (b'a', 3)] {
            raw.extend_from_slice(&[0x10, k, 0]);
            raw.extend_from_slice(&v.to_le_bytes());
        }
        raw.push(0);
        let n = raw.len() as i32;
        raw[..4].copy_from_slice(&n.to_le_bytes());
        assert_eq!(
            decode(&raw).unwrap(),
            Document::from_reader(&raw[..]).unwrap()
        );
    }
}
