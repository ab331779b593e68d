//! Field paths read from a document's stored bytes, without decoding the
//! document: what the aggregation stages that read a few fields of every
//! input (`$group` over a collection scan) use to skip building a
//! `Document` per input. Only the simple case is answered here; a path
//! that crosses an array (where an aggregation path maps over the
//! elements) is left to the decoding path.

use crate::error::Result;
use bson::{Bson, RawBsonRef, RawDocument};

/// What a field path finds in a raw document.
pub enum RawLookup {
    /// No value: a field on the way is absent, or not a document.
    Missing,
    Found(Bson),
    /// An array is on the way: the decoded document must answer.
    ThroughArray,
}

/// Whether `path` (without its `$`) is one this module can follow: dotted
/// non-empty field names, none starting with `$`.
pub fn is_simple_path(path: &str) -> bool {
    path.split('.').all(|s| !s.is_empty() && !s.starts_with('$')) && !path.contains('\0')
}

/// The value at `path` (a simple path, see [`is_simple_path`]).
pub fn lookup(doc: &RawDocument, path: &str) -> Result<RawLookup> {
    let mut cur = doc;
    let mut segments = path.split('.').peekable();
    while let Some(seg) = segments.next() {
        let Some(v) = cur.get(seg)? else {
            return Ok(RawLookup::Missing);
        };
        if segments.peek().is_none() {
            return Ok(RawLookup::Found(Bson::try_from(v)?));
        }
        match v {
            RawBsonRef::Document(d) => cur = d,
            RawBsonRef::Array(_) => return Ok(RawLookup::ThroughArray),
            _ => return Ok(RawLookup::Missing),
        }
    }
    Ok(RawLookup::Missing)
}
