//! Randomness: the `$rand` expression, and `$sampleRate`, a query operator
//! in mongod that is desugared here into an `$expr` body over `$rand` by
//! [`sample_rate_expr`] for the filter parser (`query/filter/parse.rs`) to use.
//!
//! Part of the expression evaluator: `expr::eval` hands `$rand` here.

use super::Scope;
use crate::error::{Error, ErrorCode, Result};
use crate::value::{as_f64, is_number};
use bson::{doc, Bson};

pub fn eval_op(op: &str, arg: &Bson, _s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    if op != "$rand" {
        return Ok(None);
    }
    if !matches!(arg, Bson::Document(d) if d.is_empty()) {
        return Err(Error::new(
            ErrorCode::Location(3040501),
            "$rand does not currently accept arguments",
        ));
    }
    // A fresh uniform double in [0, 1) per evaluation.
    Ok(Some(Some(Bson::Double(rand::random::<f64>()))))
}

/// `{$sampleRate: x}` as the `$expr` body mongod desugars it to: false for
/// 0, true for 1, `{$lt: [{$rand: {}}, x]}` in between.
pub(crate) fn sample_rate_expr(arg: &Bson) -> Result<Bson> {
    if !is_number(arg) {
        return Err(Error::bad_value(
            "argument to $sampleRate must be a numeric type",
        ));
    }
    let x = as_f64(arg).unwrap_or(f64::NAN);
    // Written so that NaN fails too.
    if !((0.0..=1.0).contains(&x)) {
        return Err(Error::bad_value(
            "numeric argument to $sampleRate must be in [0, 1]",
        ));
    }
    Ok(if x == 0.0 {
        Bson::Boolean(false)
    } else if x == 1.0 {
        Bson::Boolean(true)
    } else {
        Bson::Document(doc! {"$lt": [{"$rand": {}}, x]})
    })
}

#[cfg(test)]
mod tests {
    use super::super::{eval, Vars};
    use super::*;
    use bson::bson;

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
    fn sample_rate() {
        let cases: Vec<(Bson, std::result::Result<Bson, &str>)> = vec![
            (bson!(0), Ok(bson!(false))),
            (bson!(1.0), Ok(bson!(true))),
            (bson!(0.25), Ok(bson!({"$lt": [{"$rand": {}}, 0.25]}))),
            (
                bson!("x"),
                Err("argument to $sampleRate must be a numeric type"),
            ),
            (
                bson!(1.5),
                Err("numeric argument to $sampleRate must be in [0, 1]"),
            ),
            (
                bson!(-0.1),
                Err("numeric argument to $sampleRate must be in [0, 1]"),
            ),
            (
                bson!(f64::NAN),
                Err("numeric argument to $sampleRate must be in [0, 1]"),
            ),
        ];
        for (arg, want) in cases {
            match (sample_rate_expr(&arg), want) {
                (Ok(got), Ok(w)) => assert_eq!(got, w, "{arg}"),
                (Err(e), Err(m)) => {
                    assert_eq!(e.code, ErrorCode::BadValue);
                    assert_eq!(e.message, m);
                }
                (got, w) => panic!("{arg}: {got:?} vs {w:?}"),
            }
        }
        // The desugared body evaluates to a boolean.
        let body = sample_rate_expr(&bson!(0.5)).unwrap();
        assert!(matches!(ev(body).unwrap(), Some(Bson::Boolean(_))));
    }
}
