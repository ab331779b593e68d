//! `$changeStreamSplitLargeEvent`: an event larger than a BSON document may
//! be is handed out as fragments, each with its own resume token (the
//! event's, with the fragment's number), a `splitEvent: {fragment, of}`
//! field and as many of the event's fields as fit. As mongod, fields go
//! smallest first (by size, then name), so the first fragment holds as
//! many as it can; the split is the same every time, which is what lets a
//! stream resume from a fragment.

use super::token::Token;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};

/// Room for a fragment's fields: the largest document less what the
/// `_id`, `splitEvent` and reply framing take.
const FRAGMENT_BYTES: usize = crate::wire::MAX_BSON_OBJECT_SIZE - 64 * 1024;

/// Splits an oversized event into fragments, leaving out the first `skip`
/// (those a resumed stream has already seen).
pub fn fragments(event: Document, skip: usize) -> Result<Vec<Document>> {
    let token = match event.get("_id") {
        Some(id) => Token::parse(id)?,
        None => return Err(Error::internal("a change event without a resume token")),
    };
    let mut fields: Vec<(usize, String, Bson)> = event
        .into_iter()
        .filter(|(k, _)| k != "_id")
        .map(|(k, v)| (element_size(&k, &v), k, v))
        .collect();
    if fields.is_empty() {
        return Err(Error::new(
            ErrorCode::Location(7182502),
            "Cannot split an empty event or an event containing solely '_id' field",
        ));
    }
    fields.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let mut parts: Vec<Document> = Vec::new();
    let mut current = Document::new();
    let mut bytes = 0usize;
    for (size, k, v) in fields {
        if !current.is_empty() && bytes + size > FRAGMENT_BYTES {
            parts.push(std::mem::take(&mut current));
            bytes = 0;
        }
        bytes += size;
        current.insert(k, v);
    }
    parts.push(current);
    let of = parts.len() as i32;
    if skip > 0 && skip >= parts.len() {
        return Err(Error::new(
            ErrorCode::ChangeStreamFatalError,
            "Attempted to resume from a split event, but the resumed stream produced a different split. Ensure that the pipeline used to resume is the same as the original",
        ));
    }
    Ok(parts
        .into_iter()
        .enumerate()
        .skip(skip)
        .map(|(i, fields)| {
            let t = Token {
                fragment: Some(i as u32),
                ..token.clone()
            };
            let mut d = doc! {
                "_id": t.to_doc(),
                "splitEvent": { "fragment": i as i32 + 1, "of": of },
            };
            d.extend(fields);
            d
        })
        .collect())
}

/// The bytes one field takes in a document: type, name and value.
fn element_size(k: &str, v: &Bson) -> usize {
    crate::value::doc_size(&doc! { k: v.clone() }) - 5
}
