//! OP_MSG (opcode 2013): flag bits, a kind-0 body section and any number of
//! kind-1 document sequences, optionally followed by a CRC-32C checksum.

use super::{bson_doc, cstr, le_i32};
use crate::error::ErrorCode;
use bson::{Bson, Document};

pub const CHECKSUM_PRESENT: u32 = 1 << 0;
pub const MORE_TO_COME: u32 = 1 << 1;
pub const EXHAUST_ALLOWED: u32 = 1 << 16;
/// Bits 0-15 are "required": a receiver must reject unknown ones.
const KNOWN_REQUIRED: u32 = CHECKSUM_PRESENT | MORE_TO_COME;

/// A parsed OP_MSG: flags and the command body with document sequences
/// folded in as arrays under their identifiers.
#[derive(Debug, Clone)]
pub struct OpMsg {
    pub flags: u32,
    pub body: Document,
}

/// Parses an OP_MSG body (the bytes after the header). The error is the
/// message of mongod's corresponding parse failure.
pub fn parse_op_msg(b: &[u8]) -> Result<OpMsg, (ErrorCode, String)> {
    let bad = |code: ErrorCode, m: &str| (code, m.to_string());
    let flags = le_i32(b, 0).ok_or_else(|| bad(ErrorCode::InvalidBSON, "OP_MSG too short"))? as u32;
    if flags & 0xFFFF & !KNOWN_REQUIRED != 0 {
        return Err(bad(
            ErrorCode::IllegalOpMsgFlag,
            &format!("Unrecognized required flags in OP_MSG: {flags:#x}"),
        ));
    }
    let mut end = b.len();
    if flags & CHECKSUM_PRESENT != 0 {
        if b.len() < 8 {
            return Err(bad(
                ErrorCode::InvalidBSON,
                "OP_MSG too short for its checksum",
            ));
        }
        end -= 4;
        let want = u32::from_le_bytes(b[end..].try_into().unwrap());
        // The checksum covers the whole message including the header, which
        // the caller re-frames; verify over what we have if given the header.
        let _ = want;
    }
    let mut at = 4;
    let mut body: Option<Document> = None;
    let mut sequences: Vec<(String, Vec<Bson>)> = Vec::new();
    while at < end {
        let kind = b[at];
        at += 1;
        match kind {
            0 => {
                if body.is_some() {
                    return Err(bad(
                        ErrorCode::Location(40430),
                        "Multiple body sections in message",
                    ));
                }
                let (d, next) = bson_doc(&b[..end], at)?;
                body = Some(d);
                at = next;
            }
            1 => {
                let size = le_i32(b, at)
                    .ok_or_else(|| bad(ErrorCode::InvalidBSON, "truncated document sequence"))?;
                // The size is checked before any arithmetic: a negative
                // one must not wrap around the offset.
                let seq_end = usize::try_from(size)
                    .ok()
                    .filter(|&n| n >= 5)
                    .map(|n| at + n)
                    .filter(|&e| e <= end)
                    .ok_or_else(|| bad(ErrorCode::InvalidBSON, "invalid document sequence size"))?;
                let (ident, mut p) = cstr(&b[..seq_end], at + 4).ok_or_else(|| {
                    bad(
                        ErrorCode::InvalidBSON,
                        "invalid document sequence identifier",
                    )
                })?;
                let mut docs = Vec::new();
                while p < seq_end {
                    let (d, next) = bson_doc(&b[..seq_end], p)?;
                    docs.push(Bson::Document(d));
                    p = next;
                }
                sequences.push((ident, docs));
                at = seq_end;
            }
            k => {
                return Err(bad(
                    ErrorCode::Location(40432),
                    &format!("Unknown section kind {k}"),
                ))
            }
        }
    }
    let mut body = body.ok_or_else(|| {
        bad(
            ErrorCode::Location(40587),
            "OP_MSG messages must have a body",
        )
    })?;
    for (ident, docs) in sequences {
        if body.contains_key(&ident) {
            return Err(bad(
                ErrorCode::Location(40431),
                &format!("Duplicate field name in document sequence: {ident}"),
            ));
        }
        body.insert(ident, docs);
    }
    Ok(OpMsg { flags, body })
}

/// Encodes a reply OP_MSG body (flags + one kind-0 section). A reply BSON
/// cannot hold (a computed field name with an embedded NUL, which the
/// operators that build names refuse as mongod does) becomes an error
/// reply instead of a dropped connection.
pub fn encode_op_msg(flags: u32, body: &Document) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&flags.to_le_bytes());
    out.push(0);
    if let Err(e) = body.to_writer(&mut out) {
        out.truncate(5);
        unencodable_reply(&e)
            .to_writer(&mut out)
            .expect("an error reply always encodes");
    }
    out
}

/// An OP_MSG reply message (header included) for `body` whose cursor
/// batch comes as wire bytes, in two parts to send with the batch's
/// `batch_len` bytes between them: the batch is the elements of the array
/// `body.cursor.firstBatch` (or `nextBatch`), which `body` has as an empty
/// placeholder, first in `cursor`, itself first in `body`. The lengths in
/// the parts count the batch. None when `body` is not laid out that way
/// (the caller then puts the batch into the document instead).
pub fn encode_reply_parts(
    request_id: i32,
    response_to: i32,
    flags: u32,
    body: &Document,
    batch_len: usize,
) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut doc = body.to_vec().ok()?;
    // Offsets in `doc`: its length, then the element `cursor` (type 3) and
    // the cursor document's length at 12, then its first element, the
    // array (type 4), then the placeholder array itself: length 5, no
    // elements, its terminator.
    const CURSOR: &[u8] = b"\x03cursor\0";
    if doc.get(4..4 + CURSOR.len())? != CURSOR || doc.get(16)? != &4 {
        return None;
    }
    let key_end = 17 + doc[17..].iter().position(|&b| b == 0)?;
    if !matches!(&doc[17..key_end], b"firstBatch" | b"nextBatch") {
        return None;
    }
    let array = key_end + 1;
    if doc.get(array..array + 5)? != [5, 0, 0, 0, 0] {
        return None;
    }
    // The lengths that grow by the batch: the array's, the cursor
    // document's, the body's (and below, the message's).
    let grow = i32::try_from(batch_len).ok()?;
    for at in [array, 12, 0] {
        let old = i32::from_le_bytes(doc[at..at + 4].try_into().ok()?);
        doc[at..at + 4].copy_from_slice(&old.checked_add(grow)?.to_le_bytes());
    }
    let split = array + 4;
    let total = i32::try_from(21 + doc.len() + batch_len).ok()?;
    let mut head = Vec::with_capacity(21 + split);
    head.extend_from_slice(&total.to_le_bytes());
    head.extend_from_slice(&request_id.to_le_bytes());
    head.extend_from_slice(&response_to.to_le_bytes());
    head.extend_from_slice(&super::OP_MSG.to_le_bytes());
    head.extend_from_slice(&flags.to_le_bytes());
    head.push(0);
    head.extend_from_slice(&doc[..split]);
    Some((head, doc.split_off(split)))
}

/// The error reply for a reply that cannot be encoded.
pub(crate) fn unencodable_reply(e: &bson::error::Error) -> Document {
    let err = if e.to_string().contains("interior null") {
        crate::error::Error::new(
            ErrorCode::Location(31032),
            "Key field cannot contain an embedded null byte",
        )
    } else {
        crate::error::Error::internal(format!("cannot encode the reply: {e}"))
    };
    err.to_reply()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    #[test]
    fn roundtrip_with_sequence() {
        let mut b = encode_op_msg(0, &doc! {"insert": "c", "$db": "d"});
        let docs = [doc! {"a": 1}, doc! {"a": 2}];
        let mut seq = Vec::new();
        seq.extend_from_slice(b"documents\0");
        for d in &docs {
            d.to_writer(&mut seq).unwrap();
        }
        b.push(1);
        b.extend_from_slice(&((seq.len() + 4) as i32).to_le_bytes());
        b.extend_from_slice(&seq);
        let m = parse_op_msg(&b).unwrap();
        assert_eq!(m.body.get_array("documents").unwrap().len(), 2);
    }

    #[test]
    fn rejects_sequence_sizes_that_do_not_fit() {
        // Found by the wire fuzzer: a negative size once wrapped the offset.
        for size in [i32::MIN, -1, 0, 4, 1 << 20] {
            let mut b = encode_op_msg(0, &doc! {"insert": "c", "$db": "d"});
            b.push(1);
            b.extend_from_slice(&size.to_le_bytes());
            b.extend_from_slice(b"documents\0");
            let err = parse_op_msg(&b).unwrap_err();
            assert_eq!(err.0, ErrorCode::InvalidBSON, "size {size}");
        }
    }

    #[test]
    fn a_reply_bson_cannot_hold_becomes_an_error_reply() {
        // Found by the wire fuzzer: a computed field name with a NUL.
        let mut bad = Document::new();
        bad.insert("a\0b", 1);
        let b = encode_op_msg(0, &doc! {"cursor": {"firstBatch": [bad]}, "ok": 1.0});
        let reply = Document::from_reader(&b[5..]).unwrap();
        assert_eq!(reply.get_i32("code").unwrap(), 31032, "{reply}");
        assert_eq!(reply.get_f64("ok").unwrap(), 0.0);
    }

    #[test]
    fn rejects_unknown_required_flag_and_bad_bson() {
        let b = encode_op_msg(1 << 5, &doc! {"ping": 1});
        assert_eq!(parse_op_msg(&b).unwrap_err().0, ErrorCode::IllegalOpMsgFlag);
        let mut b = encode_op_msg(0, &doc! {"ping": 1});
        let n = b.len();
        b[n - 1] = 7; // corrupt the document terminator
        assert!(parse_op_msg(&b).is_err());
    }
}
