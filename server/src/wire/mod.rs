//! Wire protocol framing: the 16-byte message header, OP_MSG (section kinds 0
//! and 1, flag bits), and the legacy OP_QUERY / OP_REPLY pair that old drivers
//! use for their first `isMaster`. Nothing here knows about commands.

mod depth;
mod op_msg;
mod op_query;

pub use depth::MAX_BSON_DEPTH;

pub use op_msg::{
    encode_op_msg, encode_reply_parts, parse_op_msg, OpMsg, CHECKSUM_PRESENT, EXHAUST_ALLOWED,
    MORE_TO_COME,
};
pub use op_query::{encode_op_reply, parse_op_query, OpQuery};

use crate::error::ErrorCode;
use tokio::io::{AsyncRead, AsyncReadExt};

pub const OP_REPLY: i32 = 1;
pub const OP_QUERY: i32 = 2004;
pub const OP_COMPRESSED: i32 = 2012;
pub const OP_MSG: i32 = 2013;

/// mongod's limits, reported in `hello`.
pub const MAX_BSON_OBJECT_SIZE: usize = 16 * 1024 * 1024;
pub const MAX_MESSAGE_SIZE: usize = 48_000_000;
pub const MAX_WRITE_BATCH_SIZE: usize = 100_000;

/// A message header.
#[derive(Debug, Clone, Copy)]
pub struct Header {
    pub length: i32,
    pub request_id: i32,
    pub response_to: i32,
    pub op_code: i32,
}

/// A framing failure. mongod closes the connection on these: the stream can
/// no longer be trusted to be at a message boundary.
#[derive(Debug)]
pub enum FrameError {
    Io(std::io::Error),
    BadLength(i32),
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::Io(e) => write!(f, "{e}"),
            FrameError::BadLength(n) => write!(f, "invalid message length {n}"),
        }
    }
}

/// Reads one whole message: its header and body bytes (after the header).
/// Returns Ok(None) on a clean end of stream between messages.
pub async fn read_message<R: AsyncRead + Unpin>(
    r: &mut R,
) -> Result<Option<(Header, Vec<u8>)>, FrameError> {
    let mut h = [0u8; 16];
    match r.read_exact(&mut h[..4]).await {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(FrameError::Io(e)),
    }
    let length = i32::from_le_bytes(h[0..4].try_into().unwrap());
    if length < 16 || length as usize > MAX_MESSAGE_SIZE {
        return Err(FrameError::BadLength(length));
    }
    r.read_exact(&mut h[4..]).await.map_err(FrameError::Io)?;
    let header = Header {
        length,
        request_id: i32::from_le_bytes(h[4..8].try_into().unwrap()),
        response_to: i32::from_le_bytes(h[8..12].try_into().unwrap()),
        op_code: i32::from_le_bytes(h[12..16].try_into().unwrap()),
    };
    let mut body = vec![0u8; length as usize - 16];
    r.read_exact(&mut body).await.map_err(FrameError::Io)?;
    Ok(Some((header, body)))
}

/// Builds a message: header followed by `body`.
pub fn frame(request_id: i32, response_to: i32, op_code: i32, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + body.len());
    out.extend_from_slice(&((16 + body.len()) as i32).to_le_bytes());
    out.extend_from_slice(&request_id.to_le_bytes());
    out.extend_from_slice(&response_to.to_le_bytes());
    out.extend_from_slice(&op_code.to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// Reads a little-endian i32 at `at`.
pub(crate) fn le_i32(b: &[u8], at: usize) -> Option<i32> {
    b.get(at..at + 4)
        .map(|s| i32::from_le_bytes(s.try_into().unwrap()))
}

/// Reads a NUL-terminated string at `at`; returns it and the offset after it.
pub(crate) fn cstr(b: &[u8], at: usize) -> Option<(String, usize)> {
    let rest = b.get(at..)?;
    let end = rest.iter().position(|&c| c == 0)?;
    let s = std::str::from_utf8(&rest[..end]).ok()?.to_string();
    Some((s, at + end + 1))
}

/// Reads one BSON document at `at`; returns it and the offset after it.
pub(crate) fn bson_doc(
    b: &[u8],
    at: usize,
) -> Result<(bson::Document, usize), (ErrorCode, String)> {
    let invalid = |m: String| (ErrorCode::InvalidBSON, m);
    let len = le_i32(b, at).ok_or_else(|| invalid("truncated BSON document".into()))?;
    if len < 5 || at + len as usize > b.len() {
        return Err(invalid(format!("invalid BSON document length {len}")));
    }
    let slice = &b[at..at + len as usize];
    depth::check_depth(slice)?;
    let d = crate::value::decode(slice).map_err(|e| invalid(format!("invalid BSON: {e}")))?;
    Ok((d, at + len as usize))
}
