//! mongod's limit on how deeply an incoming BSON object nests
//! (`maxBSONDepth`, 200 by default): checked on the raw bytes, without
//! recursion, before a message is decoded, so no input can exhaust the
//! stack of the decoder or of the engines that walk the document later.

use crate::error::ErrorCode;
use bson::raw::{RawBsonRef, RawIter};
use bson::spec::ElementType;
use bson::RawDocument;

/// mongod's default `maxBSONDepth`.
pub const MAX_BSON_DEPTH: usize = 200;

/// Refuses an object that nests deeper than mongod's `validateBSON` allows:
/// an object may begin inside at most [`MAX_BSON_DEPTH`] open objects
/// (`Overflow`, with mongod's message). Malformed bytes are left to the
/// decoder, which reports them as InvalidBSON.
pub fn check_depth(bytes: &[u8]) -> Result<(), (ErrorCode, String)> {
    let Ok(top) = RawDocument::from_bytes(bytes) else {
        return Ok(());
    };
    let mut open: Vec<RawIter<'_>> = vec![top.iter_elements()];
    while let Some(iter) = open.last_mut() {
        let Some(next) = iter.next() else {
            open.pop();
            continue;
        };
        let Ok(elem) = next else {
            return Ok(());
        };
        let nested = match elem.element_type() {
            ElementType::EmbeddedDocument
            | ElementType::Array
            | ElementType::JavaScriptCodeWithScope => elem.value(),
            _ => continue,
        };
        let inner = match nested {
            Ok(RawBsonRef::Document(d)) => d.iter_elements(),
            Ok(RawBsonRef::Array(a)) => a.iter_elements(),
            Ok(RawBsonRef::JavaScriptCodeWithScope(c)) => c.scope.iter_elements(),
            _ => return Ok(()),
        };
        if open.len() > MAX_BSON_DEPTH {
            return Err((
                ErrorCode::Overflow,
                format!("BSONObj exceeded maximum nested object depth: {MAX_BSON_DEPTH}"),
            ));
        }
        open.push(inner);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{doc, Bson, Document};

    fn nested(depth: usize) -> Vec<u8> {
        // `depth` objects in all, the outermost included.
        let mut d = doc! { "x": 1 };
        for _ in 1..depth {
            d = doc! { "x": d };
        }
        d.to_vec().unwrap()
    }

    #[test]
    fn limits_nesting_as_mongod_does() {
        // The outermost object and 200 more inside it pass; one more fails.
        assert!(check_depth(&nested(201)).is_ok());
        let err = check_depth(&nested(202)).unwrap_err();
        assert_eq!(err.0, ErrorCode::Overflow);
        assert_eq!(err.1, "BSONObj exceeded maximum nested object depth: 200");
    }

    #[test]
    fn arrays_and_code_with_scope_count() {
        let mut v = Bson::Int32(1);
        for _ in 0..300 {
            v = Bson::Array(vec![v]);
        }
        let d: Document = doc! { "a": v };
        assert!(check_depth(&d.to_vec().unwrap()).is_err());
        let mut scope = doc! {};
        for _ in 0..300 {
            scope = doc! { "s": scope };
        }
        let code = Bson::JavaScriptCodeWithScope(bson::JavaScriptCodeWithScope {
            code: "1".into(),
            scope,
        });
        assert!(check_depth(&doc! { "c": code }.to_vec().unwrap()).is_err());
    }

    #[test]
    fn a_nesting_bomb_is_refused_without_recursion() {
        // 100,000 levels built as bytes: an object of one field "x" holding
        // the next, innermost empty.
        let depth = 100_000;
        let mut bytes = vec![5, 0, 0, 0, 0];
        for _ in 0..depth {
            let len = (bytes.len() + 4 + 1 + 2 + 1) as i32;
            let mut outer = len.to_le_bytes().to_vec();
            outer.extend_from_slice(&[0x03, b'x', 0]);
            outer.extend_from_slice(&bytes);
            outer.push(0);
            bytes = outer;
        }
        assert_eq!(check_depth(&bytes).unwrap_err().0, ErrorCode::Overflow);
    }

    #[test]
    fn malformed_bytes_are_left_to_the_decoder() {
        assert!(check_depth(&[1, 2, 3]).is_ok());
        assert!(check_depth(&[12, 0, 0, 0, 3, b'x', 0, 9, 0, 0, 0, 0]).is_ok());
    }
}
