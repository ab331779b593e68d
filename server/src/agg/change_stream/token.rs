//! Resume tokens: `{_data: <hex string>}` as mongod hands them out. The
//! string starts with the event's cluster time in mongod's key encoding
//! (`82` and the timestamp's eight bytes), followed by the token type
//! (high-water mark or event), the event's index inside a transaction,
//! whether it is an invalidate, and the collection's UUID. Tokens compare
//! as strings in the order of the events they name.

use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};
use std::fmt::Write;

const TIMESTAMP_TYPE: u8 = 0x82;
const HIGH_WATER_MARK: u8 = 0x00;
const EVENT: u8 = 0x80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The event's cluster time, packed (seconds in the high half).
    pub ts: u64,
    /// A high-water mark names a time, not an event: all events before
    /// it (and at it) have been seen.
    pub high_water_mark: bool,
    /// The event's position inside its transaction's `applyOps`.
    pub txn_op_index: u32,
    pub from_invalidate: bool,
    pub uuid: Option<[u8; 16]>,
}

impl Token {
    pub fn high_water_mark(ts: u64) -> Token {
        Token {
            ts,
            high_water_mark: true,
            txn_op_index: 0,
            from_invalidate: false,
            uuid: None,
        }
    }

    /// Where a stream resuming after this token stands: events at or
    /// before this (time, rank) have been seen.
    pub fn position(&self) -> (u64, u64) {
        if self.high_water_mark {
            (self.ts, u64::MAX)
        } else {
            (self.ts, rank(self.txn_op_index, self.from_invalidate))
        }
    }

    pub fn to_doc(&self) -> Document {
        let mut s = String::with_capacity(64);
        let _ = write!(s, "{TIMESTAMP_TYPE:02X}{:016X}", self.ts);
        let kind = if self.high_water_mark {
            HIGH_WATER_MARK
        } else {
            EVENT
        };
        let _ = write!(
            s,
            "{kind:02X}{:08X}{:02X}",
            self.txn_op_index,
            u8::from(self.from_invalidate)
        );
        if let Some(u) = &self.uuid {
            for b in u {
                let _ = write!(s, "{b:02X}");
            }
        }
        doc! { "_data": s }
    }

    /// Reads a token a client sends back (`resumeAfter`, `startAfter`).
    pub fn parse(v: &Bson) -> Result<Token> {
        let Bson::Document(d) = v else {
            return Err(Error::new(
                ErrorCode::TypeMismatch,
                format!(
                    "BSON field 'resumeAfter' is the wrong type '{}', expected type 'object'",
                    crate::value::type_name(v)
                ),
            ));
        };
        let Some(Bson::String(data)) = d.get("_data") else {
            return Err(bad_token(d));
        };
        decode(data).ok_or_else(|| bad_token(d))
    }
}

/// The order of events sharing a cluster time: by their index in the
/// transaction, an invalidate right after the event that caused it.
pub fn rank(txn_op_index: u32, from_invalidate: bool) -> u64 {
    (u64::from(txn_op_index) << 1) | u64::from(from_invalidate)
}

fn bad_token(d: &Document) -> Error {
    Error::new(
        ErrorCode::Location(50811),
        format!("KeyString format error: the resume token {d} was not produced by this server"),
    )
}

fn byte(s: &str, at: usize) -> Option<u8> {
    u8::from_str_radix(s.get(at..at + 2)?, 16).ok()
}

fn decode(s: &str) -> Option<Token> {
    if !(s.len() == 30 || s.len() == 62) || byte(s, 0)? != TIMESTAMP_TYPE {
        return None;
    }
    let ts = u64::from_str_radix(s.get(2..18)?, 16).ok()?;
    let high_water_mark = match byte(s, 18)? {
        HIGH_WATER_MARK => true,
        EVENT => false,
        _ => return None,
    };
    let txn_op_index = u32::from_str_radix(s.get(20..28)?, 16).ok()?;
    let from_invalidate = match byte(s, 28)? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let uuid = if s.len() == 62 {
        let mut u = [0u8; 16];
        for (i, b) in u.iter_mut().enumerate() {
            *b = byte(s, 30 + 2 * i)?;
        }
        Some(u)
    } else {
        None
    };
    Some(Token {
        ts,
        high_water_mark,
        txn_op_index,
        from_invalidate,
        uuid,
    })
}

#[cfg(test)]
mod tests {
    use super::Token;

    #[test]
    fn round_trip_and_order() {
        let a = Token {
            ts: (7u64 << 32) | 3,
            high_water_mark: false,
            txn_op_index: 2,
            from_invalidate: false,
            uuid: Some([9; 16]),
        };
        let d = a.to_doc();
        assert_eq!(Token::parse(&bson::Bson::Document(d.clone())).unwrap(), a);
        let later = Token {
            txn_op_index: 3,
            ..a.clone()
        };
        assert!(d.get_str("_data").unwrap() < later.to_doc().get_str("_data").unwrap());
        assert!(Token::parse(&bson::Bson::Document(bson::doc! { "_data": "zz" })).is_err());
    }
}
