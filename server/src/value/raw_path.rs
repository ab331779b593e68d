//! Field paths read from a document's stored bytes, without decoding the
//! document: what the aggregation stages that read a few fields of every
//! input (`$group` over a collection scan) use to skip building a
//! `Document` per input. One walk over a document's elements finds every
//! path's first field. Only the simple case is answered here; a path that
//! crosses an array (where an aggregation path maps over the elements) is
//! left to the decoding path.
//!
//! The walker reads documents the record store holds, which the server
//! validated as BSON on the way in; on anything malformed it stops and
//! reports the path as needing the decoding path, whose error is mongod's.

use bson::Bson;

/// A parsed field path (without its `$`).
pub struct RawPath {
    segments: Vec<Vec<u8>>,
}

/// What a field path finds in a raw document.
pub enum RawLookup {
    /// No value: a field on the way is absent, or not a document.
    Missing,
    Found(Bson),
    /// An array is on the way, or the bytes are not what the walker
    /// expects: the decoded document must answer.
    Decode,
}

/// What a field path finds in a raw document, borrowed from it: what
/// [`find_all`] gives callers that convert only some values.
#[derive(Clone, Copy)]
pub enum Found<'a> {
    Missing,
    Value(Value<'a>),
    /// As [`RawLookup::Decode`].
    Decode,
}

/// One element's value: its BSON type and its bytes.
#[derive(Clone, Copy)]
pub struct Value<'a> {
    kind: u8,
    bytes: &'a [u8],
}

impl Value<'_> {
    /// The value as a `Bson`; None when its bytes do not decode (the
    /// decoded document then answers with mongod's error).
    pub fn to_bson(self) -> Option<Bson> {
        to_bson(self)
    }

    /// For a double, an int32 or an int64: its type and its bytes as a
    /// number, which identify the value exactly (two values with the same
    /// type and bits are the same value).
    pub fn number_bits(self) -> Option<(u8, u64)> {
        let b = self.bytes;
        match self.kind {
            0x01 | 0x12 => Some((self.kind, u64::from_le_bytes(b.try_into().ok()?))),
            0x10 => Some((self.kind, u64::from(u32::from_le_bytes(b.try_into().ok()?)))),
            _ => None,
        }
    }
}

impl RawPath {
    /// The path, if it is one this module follows: dotted non-empty field
    /// names, none starting with `$`.
    pub fn parse(path: &str) -> Option<RawPath> {
        let simple = path
            .split('.')
            .all(|s| !s.is_empty() && !s.starts_with('$'))
            && !path.contains('\0');
        simple.then(|| RawPath {
            segments: path.split('.').map(|s| s.as_bytes().to_vec()).collect(),
        })
    }
}

/// Reads every path in `paths` from the document `doc` into `out` (one
/// entry per path, in order), walking the top-level elements once.
pub fn lookup_all(doc: &[u8], paths: &[RawPath], out: &mut Vec<RawLookup>) {
    out.clear();
    with_found(doc, paths, |found| {
        out.extend(found.iter().map(|f| match *f {
            Found::Missing => RawLookup::Missing,
            Found::Value(v) => v.to_bson().map_or(RawLookup::Decode, RawLookup::Found),
            Found::Decode => RawLookup::Decode,
        }));
    });
}

/// Calls `f` with what every path in `paths` finds in `doc` (one entry
/// per path, in order; see [`find_all`]), on the stack for up to eight
/// paths.
pub fn with_found<'a, R>(doc: &'a [u8], paths: &[RawPath], f: impl FnOnce(&[Found<'a>]) -> R) -> R {
    let mut inline = [Found::Missing; 8];
    let mut spilled = Vec::new();
    let found: &mut [Found<'a>] = if paths.len() <= inline.len() {
        &mut inline[..paths.len()]
    } else {
        spilled.resize(paths.len(), Found::Missing);
        &mut spilled
    };
    find_all(doc, paths, found);
    f(found)
}

/// Finds every path in `paths` in the document `doc` (`out[i]` for
/// `paths[i]`), walking the top-level elements once.
pub fn find_all<'a>(doc: &'a [u8], paths: &[RawPath], out: &mut [Found<'a>]) {
    out.fill(Found::Missing);
    let ok = walk(doc, |key, v| {
        for (slot, p) in out.iter_mut().zip(paths) {
            // The last of duplicate names wins, as in a decoded document.
            if same_name(&p.segments[0], key) {
                *slot = Found::Value(v);
            }
        }
    });
    for (slot, p) in out.iter_mut().zip(paths) {
        *slot = match *slot {
            _ if !ok => Found::Decode,
            Found::Value(v) => descend(v, &p.segments[1..]),
            other => other,
        };
    }
}

/// Field name equality, with the cheap checks first (most names differ in
/// length or first byte).
fn same_name(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.first() == b.first() && a == b
}

/// Follows the rest of a path from the value of its first field.
fn descend<'a>(mut v: Value<'a>, rest: &[Vec<u8>]) -> Found<'a> {
    for seg in rest {
        match v.kind {
            0x03 => {
                let mut found = None;
                if !walk(v.bytes, |key, x| {
                    if same_name(key, seg) {
                        found = Some(x);
                    }
                }) {
                    return Found::Decode;
                }
                match found {
                    Some(x) => v = x,
                    None => return Found::Missing,
                }
            }
            0x04 => return Found::Decode,
            _ => return Found::Missing,
        }
    }
    Found::Value(v)
}

/// Calls `f` with each element's name and value; false when the bytes are
/// not a well-formed document.
fn walk<'a>(doc: &'a [u8], mut f: impl FnMut(&'a [u8], Value<'a>)) -> bool {
    let Some(len) = read_len(doc, 0) else {
        return false;
    };
    if len < 5 || len > doc.len() || doc[len - 1] != 0 {
        return false;
    }
    let body = &doc[..len - 1];
    let mut at = 4;
    while at < body.len() {
        let kind = body[at];
        let Some(nul) = body[at + 1..].iter().position(|&b| b == 0) else {
            return false;
        };
        let key = &body[at + 1..at + 1 + nul];
        let start = at + 2 + nul;
        let Some(size) = value_len(kind, &body[start.min(body.len())..]) else {
            return false;
        };
        let Some(bytes) = body.get(start..start + size) else {
            return false;
        };
        f(key, Value { kind, bytes });
        at = start + size;
    }
    true
}

fn read_len(b: &[u8], at: usize) -> Option<usize> {
    let n = i32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?);
    usize::try_from(n).ok()
}

/// The size of a value of BSON type `kind` at the start of `b`.
fn value_len(kind: u8, b: &[u8]) -> Option<usize> {
    Some(match kind {
        0x01 | 0x09 | 0x11 | 0x12 => 8,
        0x02 | 0x0D | 0x0E => 4 + read_len(b, 0)?,
        0x03 | 0x04 | 0x0F => read_len(b, 0)?,
        0x05 => 5 + read_len(b, 0)?,
        0x06 | 0x0A | 0xFF | 0x7F => 0,
        0x07 => 12,
        0x08 => 1,
        0x0B => {
            let a = b.iter().position(|&c| c == 0)?;
            let c = b[a + 1..].iter().position(|&c| c == 0)?;
            a + c + 2
        }
        0x0C => 4 + read_len(b, 0)? + 12,
        0x10 => 4,
        0x13 => 16,
        _ => return None,
    })
}

/// The value as a `Bson`: the common scalar types directly, the others
/// through the bson crate's decoder.
fn to_bson(v: Value<'_>) -> Option<Bson> {
    let b = v.bytes;
    Some(match v.kind {
        0x01 => Bson::Double(f64::from_le_bytes(b.try_into().ok()?)),
        0x10 => Bson::Int32(i32::from_le_bytes(b.try_into().ok()?)),
        0x12 => Bson::Int64(i64::from_le_bytes(b.try_into().ok()?)),
        0x08 => Bson::Boolean(b[0] != 0),
        0x0A => Bson::Null,
        0x02 if b.len() >= 5 && b[b.len() - 1] == 0 => {
            Bson::String(String::from_utf8(b[4..b.len() - 1].to_vec()).ok()?)
        }
        _ => {
            // A one-element document {"": value}, decoded.
            let total = 4 + 1 + 1 + b.len() + 1;
            let mut d = Vec::with_capacity(total);
            d.extend_from_slice(&i32::try_from(total).ok()?.to_le_bytes());
            d.push(v.kind);
            d.push(0);
            d.extend_from_slice(b);
            d.push(0);
            super::decode(d.as_slice()).ok()?.remove("")?
        }
    })
}
