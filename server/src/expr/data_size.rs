//! Data size operators: `$binarySize` (bytes of a string or BinData) and
//! `$bsonSize` (bytes of a document as BSON), plus the int conversion of a
//! byte count they share with `$strLenBytes`.
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{located, nullish, one_arg, type_of, Scope};
use crate::error::Result;
use bson::Bson;

/// A byte count as the int mongod returns (an error past `i32::MAX`).
pub(super) fn byte_len(n: usize) -> Result<Bson> {
    i32::try_from(n)
        .map(Bson::Int32)
        .map_err(|_| located(34470, "string length could not be represented as an int."))
}

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    let r = match op {
        "$binarySize" => match one_arg(op, arg, s)? {
            v if nullish(&v) => Bson::Null,
            Some(Bson::String(st)) => byte_len(st.len())?,
            Some(Bson::Binary(b)) => byte_len(b.bytes.len())?,
            other => {
                return Err(located(
                    51276,
                    format!(
                        "$binarySize requires a string or BinData argument, found: {}",
                        type_of(&other)
                    ),
                ))
            }
        },
        "$bsonSize" => match one_arg(op, arg, s)? {
            v if nullish(&v) => Bson::Null,
            Some(Bson::Document(d)) => byte_len(crate::value::doc_size(&d))?,
            other => {
                return Err(located(
                    31393,
                    format!(
                        "$bsonSize requires a document input, found: {}",
                        type_of(&other)
                    ),
                ))
            }
        },
        _ => return Ok(None),
    };
    Ok(Some(Some(r)))
}

#[cfg(test)]
mod tests {
    use super::super::{eval, Scope, Vars};
    use crate::error::Result;
    use bson::{bson, doc, spec::BinarySubtype, Binary, Bson};

    fn ev(e: Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! {
            "n": null, "s": "héllo", "arr": [3, 1, 2],
            "bin": Binary { subtype: BinarySubtype::Generic, bytes: vec![1, 2, 3] },
        };
        eval(
            &e,
            &Scope {
                root: &root,
                vars: &vars,
            },
        )
    }

    #[test]
    fn values() {
        let cases: Vec<(Bson, Option<Bson>)> = vec![
            (bson!({"$binarySize": "$bin"}), Some(bson!(3))),
            (bson!({"$binarySize": "$s"}), Some(bson!(6))),
            (bson!({"$binarySize": "$missing"}), Some(Bson::Null)),
            (bson!({"$bsonSize": {"$literal": {}}}), Some(bson!(5))),
            (
                bson!({"$bsonSize": {"$literal": {"a": 1}}}),
                Some(bson!(12)),
            ),
            (bson!({"$bsonSize": "$n"}), Some(Bson::Null)),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), want, "{e}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$binarySize": 1}),
                51276,
                "$binarySize requires a string or BinData argument, found: int",
            ),
            (
                bson!({"$bsonSize": 1}),
                31393,
                "$bsonSize requires a document input, found: int",
            ),
            (
                bson!({"$bsonSize": "$arr"}),
                31393,
                "$bsonSize requires a document input, found: array",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
