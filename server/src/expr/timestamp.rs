//! Timestamp operators: `$tsSecond` and `$tsIncrement`, the two halves of a
//! BSON timestamp (returned as longs).
//!
//! Part of the expression evaluator: `expr::eval` hands these operators here.

use super::{located, nullish, one_arg, type_of, Scope};
use crate::error::Result;
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    if !matches!(op, "$tsSecond" | "$tsIncrement") {
        return Ok(None);
    }
    let r = match one_arg(op, arg, s)? {
        v if nullish(&v) => Bson::Null,
        Some(Bson::Timestamp(t)) => Bson::Int64(if op == "$tsSecond" {
            t.time as i64
        } else {
            t.increment as i64
        }),
        other => {
            return Err(located(
                if op == "$tsSecond" { 5687301 } else { 5687302 },
                // The leading space is mongod's.
                format!(
                    " Argument to {op} must be a timestamp, but is {}",
                    type_of(&other)
                ),
            ));
        }
    };
    Ok(Some(Some(r)))
}

#[cfg(test)]
mod tests {
    use super::super::{eval, Scope, Vars};
    use crate::error::Result;
    use bson::{bson, doc, Bson, Timestamp};

    fn ev(e: Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! { "s": "héllo", "ts": Timestamp { time: 1622731060, increment: 10 } };
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
            (bson!({"$tsSecond": "$ts"}), Some(Bson::Int64(1622731060))),
            (bson!({"$tsIncrement": "$ts"}), Some(Bson::Int64(10))),
            (bson!({"$tsSecond": "$missing"}), Some(Bson::Null)),
            (bson!({"$tsIncrement": null}), Some(Bson::Null)),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), want, "{e}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$tsSecond": 1}),
                5687301,
                " Argument to $tsSecond must be a timestamp, but is int",
            ),
            (
                bson!({"$tsIncrement": "$s"}),
                5687302,
                " Argument to $tsIncrement must be a timestamp, but is string",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
