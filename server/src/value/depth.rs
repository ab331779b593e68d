//! How deeply a document to be stored may nest. mongod keeps a margin below
//! the wire limit (`maxBSONDepth`, 200) for the nesting it adds around a
//! stored document (an oplog entry, a command reply): a document to store
//! may hold elements at most 180 levels down (top-level fields are level
//! 1; empty subdocuments add nothing). A document in a reply may nest
//! up to the wire limit itself. The walks are iterative.

use bson::{Bson, Document};

/// mongod's `BSONDepth::getMaxDepthForUserStorage()`: `maxBSONDepth` - 20.
pub const MAX_STORAGE_DEPTH: usize = 180;

/// mongod's default `maxBSONDepth` (the wire reader applies the same limit
/// to incoming bytes).
pub const MAX_BSON_DEPTH: usize = 200;

/// The values of one open document or array.
enum Values<'a> {
    Doc(bson::document::Values<'a>),
    Array(std::slice::Iter<'a, Bson>),
}

impl<'a> Iterator for Values<'a> {
    type Item = &'a Bson;
    fn next(&mut self) -> Option<&'a Bson> {
        match self {
            Values::Doc(v) => v.next(),
            Values::Array(v) => v.next(),
        }
    }
}

/// Whether some element of `doc` lies deeper than [`MAX_STORAGE_DEPTH`].
/// Every insert and update asks, so the walk allocates only its stack.
pub fn too_deep_to_store(doc: &Document) -> bool {
    nests_deeper(doc, MAX_STORAGE_DEPTH, false)
}

/// Whether `doc` nests deeper than mongod lets it turn a result document
/// into BSON (`Document::toBson`): the document itself is level 1, each
/// subdocument or array one more, empty ones included, and no level may
/// pass [`MAX_BSON_DEPTH`]. Only computed values can fail this (stored
/// documents keep a margin below it): `$reduce` or chained stages building
/// nesting level by level.
pub fn too_deep_for_reply(doc: &Document) -> bool {
    nests_deeper(doc, MAX_BSON_DEPTH, true)
}

/// Whether a document or array opens below level `limit` (the top-level
/// document's elements are level 1); empty ones count when `count_empty`.
fn nests_deeper(doc: &Document, limit: usize, count_empty: bool) -> bool {
    // The open documents and arrays; the last one's elements are at level
    // `open.len()`.
    let mut open = vec![Values::Doc(doc.values())];
    while let Some(values) = open.last_mut() {
        let Some(v) = values.next() else {
            open.pop();
            continue;
        };
        let inner = match v {
            Bson::Document(d) if count_empty || !d.is_empty() => Values::Doc(d.values()),
            Bson::Array(a) if count_empty || !a.is_empty() => Values::Array(a.iter()),
            _ => continue,
        };
        if open.len() >= limit {
            return true;
        }
        open.push(inner);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    /// `levels` nested objects inside the top-level document.
    fn nested(levels: usize, leaf: Bson) -> Document {
        let mut v = leaf;
        for _ in 0..levels {
            v = Bson::Document(doc! { "a": v });
        }
        doc! { "x": v }
    }

    #[test]
    fn storage_limit_is_180_levels() {
        // Top-level field x at level 1; 179 nested objects put the leaf at
        // level 180.
        assert!(!too_deep_to_store(&nested(179, Bson::Int32(1))));
        assert!(too_deep_to_store(&nested(180, Bson::Int32(1))));
        // Empty subdocuments and arrays add nothing.
        assert!(!too_deep_to_store(&nested(179, Bson::Document(doc! {}))));
        assert!(!too_deep_to_store(&nested(179, Bson::Array(vec![]))));
        let mut arr = Bson::Int32(1);
        for _ in 0..200 {
            arr = Bson::Array(vec![arr]);
        }
        assert!(too_deep_to_store(&doc! { "a": arr }));
    }

    #[test]
    fn reply_limit_is_200_levels_counting_the_document() {
        // The document is level 1, x's object level 2: 199 objects reach
        // level 200; one more is refused.
        assert!(!too_deep_for_reply(&nested(199, Bson::Int32(1))));
        assert!(too_deep_for_reply(&nested(200, Bson::Int32(1))));
        // Empty ones count, and so do arrays.
        assert!(!too_deep_for_reply(&nested(198, Bson::Document(doc! {}))));
        assert!(too_deep_for_reply(&nested(199, Bson::Document(doc! {}))));
        assert!(too_deep_for_reply(&nested(199, Bson::Array(vec![]))));
    }
}
