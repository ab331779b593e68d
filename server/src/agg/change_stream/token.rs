//! Resume tokens: `{_data: <hex string>}` as mongod 8.0 hands them out —
//! the KeyString encoding (see [`super::keystring`]) of the event's
//! cluster time, the token version (2), the token type (128 for an
//! event, 0 for a high-water mark), the event's index inside its
//! transaction, whether it is an `invalidate`, the collection's UUID (or
//! null), the event's identifier (`{operationType, documentKey}` or
//! `{operationType, operationDescription}`) and, for a fragment of a
//! split event, the fragment's number. Tokens compare as strings in the
//! order of the events they name.

use super::keystring;
use crate::error::{Error, ErrorCode, Result};
use crate::storage::oplog::clock::{pack, unpack};
use bson::spec::BinarySubtype;
use bson::{doc, Binary, Bson, Document};
use std::fmt::Write;

/// The token version mongod 8.0 writes.
const VERSION: i32 = 2;
const HIGH_WATER_MARK: i32 = 0;
const EVENT: i32 = 128;

#[derive(Debug, Clone, PartialEq)]
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
    /// `{operationType, documentKey | operationDescription}`.
    pub event_id: Option<Document>,
    /// Which fragment of a split event (from 0).
    pub fragment: Option<u32>,
}

impl Token {
    pub fn high_water_mark(ts: u64) -> Token {
        Token {
            ts,
            high_water_mark: true,
            txn_op_index: 0,
            from_invalidate: false,
            uuid: None,
            event_id: None,
            fragment: None,
        }
    }

    /// Where a stream resuming after this token stands: events at or
    /// before this (time, rank) have been seen. A fragment's event is
    /// read again (its earlier fragments are skipped).
    pub fn position(&self) -> (u64, u64) {
        if self.high_water_mark {
            (self.ts, u64::MAX)
        } else if self.fragment.is_some() {
            // Just before the event, so that it is read again.
            match rank(self.txn_op_index, self.from_invalidate) {
                0 => (self.ts.saturating_sub(1), u64::MAX),
                r => (self.ts, r - 1),
            }
        } else {
            (self.ts, rank(self.txn_op_index, self.from_invalidate))
        }
    }

    pub fn to_doc(&self) -> Document {
        let mut values = vec![
            Bson::Timestamp(unpack(self.ts)),
            Bson::Int32(VERSION),
            Bson::Int32(if self.high_water_mark {
                HIGH_WATER_MARK
            } else {
                EVENT
            }),
            Bson::Int32(self.txn_op_index as i32),
            Bson::Boolean(self.from_invalidate),
            match &self.uuid {
                Some(u) => Bson::Binary(Binary {
                    subtype: BinarySubtype::Uuid,
                    bytes: u.to_vec(),
                }),
                None => Bson::Null,
            },
        ];
        if let Some(e) = &self.event_id {
            values.push(Bson::Document(e.clone()));
        }
        if let Some(f) = self.fragment {
            values.push(Bson::Int32(f as i32));
        }
        let bytes = keystring::encode(&values);
        let mut s = String::with_capacity(bytes.len() * 2);
        for b in bytes {
            let _ = write!(s, "{b:02X}");
        }
        doc! { "_data": s }
    }

    /// Reads a token a client sends back (`resumeAfter`, `startAfter`),
    /// with mongod's checks and codes.
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
            return Err(Error::new(
                ErrorCode::Location(40647),
                format!(
                    "Bad resume token: _data of missing or of wrong type. Expected string, got {d}"
                ),
            ));
        };
        match d.get("_typeBits") {
            None
            | Some(Bson::Binary(Binary {
                subtype: BinarySubtype::Generic,
                ..
            })) => {}
            Some(_) => {
                return Err(Error::new(
                    ErrorCode::Location(40648),
                    format!("Bad resume token: _typeBits of wrong type {d}"),
                ))
            }
        }
        let bytes = unhex(data).ok_or_else(|| {
            Error::new(
                ErrorCode::FailedToParse,
                "resume token string was not a valid hex string",
            )
        })?;
        let values = keystring::decode(&bytes).ok_or_else(|| {
            Error::new(
                ErrorCode::Location(50811),
                format!("KeyString format error: the resume token {d} could not be decoded"),
            )
        })?;
        from_values(values)
    }
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn fail(code: i32, msg: &str) -> Error {
    Error::new(ErrorCode::Location(code), msg)
}

fn int(v: Option<Bson>, missing: (i32, &str), wrong: (i32, &str)) -> Result<i32> {
    match v {
        Some(Bson::Int32(i)) => Ok(i),
        Some(_) => Err(fail(wrong.0, wrong.1)),
        None => Err(fail(missing.0, missing.1)),
    }
}

/// The token's fields in the order mongod's `ResumeToken::getData` reads
/// them, with its checks.
fn from_values(values: Vec<Bson>) -> Result<Token> {
    let mut it = values.into_iter();
    let ts = match it.next() {
        Some(Bson::Timestamp(t)) => pack(t),
        Some(_) => {
            return Err(fail(
                50811,
                "KeyString format error: the resume token does not start with a cluster time",
            ))
        }
        None => return Err(fail(40649, "invalid empty resume token")),
    };
    let version = int(
        it.next(),
        (50796, "Resume Token does not contain version"),
        (50854, "Invalid resume token: wrong type for version"),
    )?;
    if !(0..=2).contains(&version) {
        return Err(fail(
            50795,
            "Invalid Resume Token: only supports version 0, 1 and 2",
        ));
    }
    let mut kind = EVENT;
    if version >= 1 {
        kind = int(
            it.next(),
            (51055, "Resume Token does not contain tokenType"),
            (51056, "Resume Token tokenType is not an int."),
        )?;
        if kind != EVENT && kind != HIGH_WATER_MARK {
            return Err(fail(51057, &format!("Token type {kind} not recognized")));
        }
    }
    let txn_op_index = int(
        it.next(),
        (50793, "Resume Token does not contain txnOpIndex"),
        (50855, "Resume Token txnOpIndex is not an integer"),
    )?;
    let txn_op_index = u32::try_from(txn_op_index).map_err(|_| {
        fail(
            50794,
            "Invalid Resume Token: txnOpIndex should be non-negative",
        )
    })?;
    let mut from_invalidate = false;
    if version >= 1 {
        from_invalidate = match it.next() {
            Some(Bson::Boolean(b)) => b,
            Some(_) => return Err(fail(50870, "Resume Token fromInvalidate is not a boolean.")),
            None => return Err(fail(50872, "Resume Token does not contain fromInvalidate")),
        };
    }
    let mut token = Token {
        ts,
        high_water_mark: kind == HIGH_WATER_MARK,
        txn_op_index,
        from_invalidate,
        uuid: None,
        event_id: None,
        fragment: None,
    };
    match it.next() {
        None if version >= 2 => return Err(fail(6189500, "Expected UUID or null")),
        None => return Ok(token),
        Some(Bson::Null) => {}
        Some(Bson::Binary(b)) if b.subtype == BinarySubtype::Uuid => {
            token.uuid = b.bytes.as_slice().try_into().ok();
        }
        Some(_) => {
            return Err(Error::new(
                ErrorCode::InvalidUUID,
                "Resume token UUID is not a UUID",
            ))
        }
    }
    match it.next() {
        None if !token.high_water_mark && version >= 2 => {
            return Err(fail(
                6189501,
                "Expected an eventIdentifier for an event resume token",
            ))
        }
        None => return Ok(token),
        Some(_) if token.high_water_mark => {
            return Err(fail(6189504, "Invalid high water mark token"))
        }
        Some(Bson::Document(d)) => token.event_id = Some(d),
        Some(_) => {
            return Err(fail(
                6189503,
                "Resume Token eventIdentifier is not an object",
            ))
        }
    }
    if version >= 2 {
        match it.next() {
            None => {}
            Some(Bson::Int32(f)) if f >= 0 => token.fragment = Some(f as u32),
            Some(_) => {
                return Err(fail(
                    7182501,
                    "Resume token 'fragmentNum' must be a non-negative integer.",
                ))
            }
        }
    }
    if it.next().is_some() {
        return Err(fail(40646, "invalid oversized resume token"));
    }
    Ok(token)
}

/// The order of events sharing a cluster time: by their index in the
/// transaction, an invalidate right after the event that caused it.
pub fn rank(txn_op_index: u32, from_invalidate: bool) -> u64 {
    (u64::from(txn_op_index) << 1) | u64::from(from_invalidate)
}

/// An event's identifier inside its token: its type and its document key,
/// or for events without one, its operation description (when it has one).
pub fn event_id(event: &Document) -> Document {
    let mut id =
        doc! { "operationType": event.get("operationType").cloned().unwrap_or(Bson::Null) };
    if let Some(k) = event.get("documentKey") {
        id.insert("documentKey", k.clone());
    } else if let Some(d) = event.get("operationDescription") {
        id.insert("operationDescription", d.clone());
    }
    id
}

#[cfg(test)]
mod tests {
    use super::Token;
    use bson::{doc, Bson};

    fn event(ts: u64, idx: u32) -> Token {
        Token {
            ts,
            high_water_mark: false,
            txn_op_index: idx,
            from_invalidate: false,
            uuid: Some([9; 16]),
            event_id: Some(doc! { "operationType": "insert", "documentKey": { "_id": 1 } }),
            fragment: None,
        }
    }

    #[test]
    fn round_trip_and_order() {
        let a = event((7u64 << 32) | 3, 2);
        let d = a.to_doc();
        assert_eq!(Token::parse(&Bson::Document(d.clone())).unwrap(), a);
        let later = event((7u64 << 32) | 3, 3);
        assert!(d.get_str("_data").unwrap() < later.to_doc().get_str("_data").unwrap());
        let hwm = Token::high_water_mark((7u64 << 32) | 4);
        assert_eq!(Token::parse(&Bson::Document(hwm.to_doc())).unwrap(), hwm);
        assert!(later.to_doc().get_str("_data").unwrap() < hwm.to_doc().get_str("_data").unwrap());
        let frag = Token {
            fragment: Some(1),
            ..a.clone()
        };
        assert_eq!(Token::parse(&Bson::Document(frag.to_doc())).unwrap(), frag);
    }

    #[test]
    fn mongods_layout() {
        // Cluster time, version 2, event type 128, txnOpIndex 0, false,
        // null UUID, then the end byte: a high-water mark at Timestamp(1, 1).
        let hwm = Token::high_water_mark((1u64 << 32) | 1);
        assert_eq!(
            hwm.to_doc().get_str("_data").unwrap(),
            "8200000001000000012B0429296E1404"
        );
    }

    #[test]
    fn bad_tokens_get_mongods_codes() {
        let code = |d: bson::Document| match Token::parse(&Bson::Document(d)) {
            Err(e) => e.code.code(),
            Ok(t) => panic!("parsed {t:?}"),
        };
        assert_eq!(code(doc! { "_data": "zz" }), 9);
        assert_eq!(code(doc! { "_data": 1 }), 40647);
        assert_eq!(code(doc! { "_data": "82" }), 50811);
        assert_eq!(code(doc! { "_data": "04" }), 40649);
    }
}
