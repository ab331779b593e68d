//! `$function`, mongod's custom JavaScript expression, and the error that
//! it and every other piece of server-side JavaScript (`$accumulator`,
//! `$where`, mapReduce) get: this server answers as a mongod whose
//! JavaScript engine is disabled. `$function` is still validated first, as
//! mongod parses it, so malformed specifications keep their own errors.
//!
//! Part of the expression evaluator: `expr::eval` hands `$function` here.

use super::{located, Scope};
use crate::error::{Error, Result};
use crate::value::type_name;
use bson::Bson;

/// The error every server-side JavaScript feature ($function, $accumulator,
/// $where, mapReduce) gets: mongod's answer when its JavaScript engine is
/// disabled (`security.javascriptEnabled: false`).
pub(crate) fn javascript_unsupported() -> Error {
    located(
        31264,
        "Cannot run server-side javascript without the javascript engine enabled",
    )
}

/// `$function`: validated as mongod parses it, then refused.
fn function(arg: &Bson) -> Result<Bson> {
    let Bson::Document(d) = arg else {
        return Err(located(
            31260,
            format!(
                "$function requires an object as an argument, found: {}",
                type_name(arg)
            ),
        ));
    };
    let body = d
        .get("body")
        .ok_or_else(|| located(31261, "The body function must be specified."))?;
    match body {
        Bson::String(b) if !b.starts_with('$') => {}
        Bson::JavaScriptCode(_) => {}
        Bson::String(_) | Bson::Document(_) | Bson::Array(_) => {
            return Err(located(
                31432,
                "The body function must be a constant expression",
            ))
        }
        _ => {
            return Err(located(
                31262,
                "The body function must evaluate to type string or code",
            ))
        }
    }
    if !d.contains_key("args") {
        return Err(located(31263, "The args field must be specified."));
    }
    match d.get("lang") {
        None => return Err(located(31418, "The lang field must be specified.")),
        Some(Bson::String(l)) if l == "js" => {}
        Some(_) => {
            return Err(located(
                31419,
                "Currently the only supported language specifier is 'js'.",
            ))
        }
    }
    Err(javascript_unsupported())
}

pub fn eval_op(op: &str, arg: &Bson, _s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    match op {
        "$function" => Ok(Some(Some(function(arg)?))),
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
    fn errors() {
        let cases: Vec<(Bson, i32, &str)> = vec![
            (
                bson!({"$function": 1}),
                31260,
                "$function requires an object as an argument, found: int",
            ),
            (
                bson!({"$function": {"args": [], "lang": "js"}}),
                31261,
                "The body function must be specified.",
            ),
            (
                bson!({"$function": {"body": 1, "args": [], "lang": "js"}}),
                31262,
                "The body function must evaluate to type string or code",
            ),
            (
                bson!({"$function": {"body": "$f", "args": [], "lang": "js"}}),
                31432,
                "The body function must be a constant expression",
            ),
            (
                bson!({"$function": {"body": "function() {}", "lang": "js"}}),
                31263,
                "The args field must be specified.",
            ),
            (
                bson!({"$function": {"body": "function() {}", "args": []}}),
                31418,
                "The lang field must be specified.",
            ),
            (
                bson!({"$function": {"body": "function() {}", "args": [], "lang": "py"}}),
                31419,
                "Currently the only supported language specifier is 'js'.",
            ),
            (
                bson!({"$function": {"body": "function(x) { return x; }", "args": [1], "lang": "js"}}),
                31264,
                "Cannot run server-side javascript without the javascript engine enabled",
            ),
        ];
        for (e, code, msg) in cases {
            let err = ev(e.clone()).unwrap_err();
            assert_eq!(err.code.code(), code, "{e}");
            assert_eq!(err.message, msg, "{e}");
        }
    }
}
