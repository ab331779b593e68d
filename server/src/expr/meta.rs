//! `$meta`, which reads the metadata a stage attached to a document (text
//! score, `$geoNear` distance, search score, ...).
//!
//! Part of the expression evaluator: `expr::eval` hands `$meta` here.

use super::{located, Scope};
use crate::error::Result;
use bson::Bson;

/// `$meta`. No stage here produces metadata, so the text score and the
/// $geoNear values fail as mongod fails without `$text` / `$geoNear`, and
/// the other kinds are missing.
fn meta(arg: &Bson) -> Result<Option<Bson>> {
    let Bson::String(name) = arg else {
        return Err(located(17307, "$meta only supports string arguments"));
    };
    let unavailable = |what: &str| {
        located(
            40218,
            format!("query requires {what} metadata, but it is not available"),
        )
    };
    match name.as_str() {
        "textScore" => Err(unavailable("text score")),
        "geoNearDistance" => Err(unavailable("$geoNear distance")),
        "geoNearPoint" => Err(unavailable("$geoNear point")),
        "randVal"
        | "searchScore"
        | "searchHighlights"
        | "searchScoreDetails"
        | "searchSequenceToken"
        | "vectorSearchScore"
        | "indexKey"
        | "recordId"
        | "sortKey"
        | "timeseriesBucketMinTime"
        | "timeseriesBucketMaxTime" => Ok(None),
        other => Err(located(
            17308,
            format!("Unsupported argument to $meta: {other}"),
        )),
    }
}

pub fn eval_op(op: &str, arg: &Bson, _s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    match op {
        "$meta" => meta(arg).map(Some),
        _ => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{eval, Scope, Vars};
    use crate::error::Result;
    use bson::{bson, doc, Bson};

    fn ev(e: Bson) -> Result<Option<Bson>> {
        let vars = Vars::new();
        let root = doc! {};
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
            (bson!({"$meta": "searchScore"}), None),
            (bson!({"$meta": "indexKey"}), None),
            (bson!({"$meta": "recordId"}), None),
            (bson!({"$meta": "sortKey"}), None),
        ];
        for (e, want) in cases {
            assert_eq!(ev(e.clone()).unwrap(), want, "{e}");
        }
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$meta": 1}),
                17307,
                "$meta only supports string arguments",
            ),
            (
                bson!({"$meta": "bogus"}),
                17308,
                "Unsupported argument to $meta: bogus",
            ),
            (
                bson!({"$meta": "textScore"}),
                40218,
                "query requires text score metadata, but it is not available",
            ),
            (
                bson!({"$meta": "geoNearDistance"}),
                40218,
                "query requires $geoNear distance metadata, but it is not available",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
