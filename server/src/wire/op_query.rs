//! Legacy OP_QUERY (2004) and OP_REPLY (1). mongod still accepts OP_QUERY for
//! the initial `isMaster`/`hello` handshake against `<db>.$cmd` and answers it
//! with OP_REPLY; every other use was removed in MongoDB 5.1.

use super::{bson_doc, cstr, le_i32};
use crate::error::ErrorCode;
use bson::Document;

#[derive(Debug, Clone)]
pub struct OpQuery {
    pub full_collection_name: String,
    pub query: Document,
}

/// Parses an OP_QUERY body; the error is mongod's code and message.
pub fn parse_op_query(b: &[u8]) -> Result<OpQuery, (ErrorCode, String)> {
    let invalid = |m: &str| (ErrorCode::InvalidBSON, m.to_string());
    le_i32(b, 0).ok_or_else(|| invalid("OP_QUERY too short"))?;
    let (name, at) = cstr(b, 4).ok_or_else(|| invalid("invalid collection name in OP_QUERY"))?;
    // numberToSkip and numberToReturn follow the name.
    let at = at + 8;
    let (query, _) = bson_doc(b, at)?;
    Ok(OpQuery {
        full_collection_name: name,
        query,
    })
}

/// Encodes an OP_REPLY body carrying one document.
pub fn encode_op_reply(doc: &Document) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    out.extend_from_slice(&0i32.to_le_bytes()); // responseFlags
    out.extend_from_slice(&0i64.to_le_bytes()); // cursorID
    out.extend_from_slice(&0i32.to_le_bytes()); // startingFrom
    out.extend_from_slice(&1i32.to_le_bytes()); // numberReturned
    if let Err(e) = doc.to_writer(&mut out) {
        out.truncate(20);
        super::op_msg::unencodable_reply(&e)
            .to_writer(&mut out)
            .expect("an error reply always encodes");
    }
    out
}
