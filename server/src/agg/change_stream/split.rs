//! `$changeStreamSplitLargeEvent`: an event larger than a BSON document may
//! be is handed out as fragments, each with the event's `_id`, a
//! `splitEvent: {fragment, of}` field and as many of the event's top-level
//! fields, in order, as fit.

use bson::{doc, Bson, Document};

/// Room for a fragment's fields: the largest document less what the
/// `_id`, `splitEvent` and reply framing take.
const FRAGMENT_BYTES: usize = crate::wire::MAX_BSON_OBJECT_SIZE - 64 * 1024;

/// Splits an oversized event into fragments.
pub fn fragments(event: Document) -> Vec<Document> {
    let id = event.get("_id").cloned().unwrap_or(Bson::Null);
    let mut parts: Vec<Document> = Vec::new();
    let mut current = Document::new();
    let mut bytes = 0usize;
    for (k, v) in event {
        if k == "_id" {
            continue;
        }
        let size = crate::value::doc_size(&doc! { k.clone(): v.clone() });
        if !current.is_empty() && bytes + size > FRAGMENT_BYTES {
            parts.push(std::mem::take(&mut current));
            bytes = 0;
        }
        bytes += size;
        current.insert(k, v);
    }
    if !current.is_empty() {
        parts.push(current);
    }
    let of = parts.len() as i32;
    parts
        .into_iter()
        .enumerate()
        .map(|(i, fields)| {
            let mut d = doc! {
                "_id": id.clone(),
                "splitEvent": { "fragment": i as i32 + 1, "of": of },
            };
            d.extend(fields);
            d
        })
        .collect()
}
