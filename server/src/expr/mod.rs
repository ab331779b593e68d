//! The aggregation expression language: field paths (`"$a.b"`), variables
//! (`$$ROOT`, `$$CURRENT`, `$$REMOVE`, and `let` variables), literals, object
//! and array expressions, and the operators, grouped by family in the
//! submodules.
//!
//! [`eval`] is the entry point every caller uses: the pipeline stages
//! (`$project`, `$addFields`, `$group`, `$match` with `$expr`, ...), the
//! `$expr` query operator in filters, find projections and pipeline-style
//! updates. It resolves field paths and variables here and hands each
//! `{$op: args}` to the operator families in turn (see `operator`); a family
//! answers `None` for an operator it does not know.
//!
//! Evaluation yields `Option<Bson>`: `None` is mongod's "missing" (a field
//! path that resolves to nothing), which most operators treat like null.

mod arith;
mod array;
mod compare;
mod cond;
pub(crate) mod convert;
mod data_size;
mod date;
mod double_fmt;
mod function;
mod higher;
mod logic;
mod math;
mod meta;
pub(crate) mod n_ops;
mod object;
mod random;
mod sets;
mod stats;
mod string;
mod timestamp;
mod to_decimal;
mod trig;
mod types;

pub(crate) use function::javascript_unsupported;
pub(crate) use random::sample_rate_expr;

use crate::error::{Error, ErrorCode, Result};
use crate::value::collation::{Coll, Collation};
use crate::value::type_name;
use bson::{Bson, Document};
use std::collections::HashMap;

/// User variables (`let`) visible to an expression, and the command's
/// collation, which every string comparison in the expression uses.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    map: HashMap<String, Bson>,
    pub collation: Coll,
    /// `allowDiskUse: false`: blocking stages must stay within mongod's
    /// 100 MB memory limit instead of spilling to disk.
    pub no_disk_use: bool,
    /// The command's `maxTimeMS` deadline: in-memory stages stop with
    /// MaxTimeMSExpired once it passes, as reads do.
    pub deadline: Option<std::time::Instant>,
    /// Set when the server shuts down (InterruptedAtShutdown).
    pub interrupted: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
}

impl Vars {
    pub fn new() -> Vars {
        Vars::default()
    }

    /// No variables, only a collation.
    pub fn with_collation(collation: Coll) -> Vars {
        Vars {
            map: HashMap::new(),
            collation,
            no_disk_use: false,
            deadline: None,
            interrupted: None,
        }
    }

    /// Fails with MaxTimeMSExpired once the command's deadline has passed,
    /// and with InterruptedAtShutdown once the server is stopping.
    pub fn check_deadline(&self) -> Result<()> {
        crate::interrupt::check()?;
        if self
            .interrupted
            .as_ref()
            .is_some_and(|f| f.load(std::sync::atomic::Ordering::Relaxed))
        {
            return Err(Error::interrupted_at_shutdown());
        }
        match self.deadline {
            Some(d) if std::time::Instant::now() >= d => Err(Error::new(
                ErrorCode::MaxTimeMSExpired,
                "operation exceeded time limit",
            )),
            _ => Ok(()),
        }
    }

    /// The collation as a plain reference (what comparison functions take).
    pub fn coll(&self) -> Option<&Collation> {
        self.collation.as_deref()
    }
}

impl std::ops::Deref for Vars {
    type Target = HashMap<String, Bson>;
    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

impl std::ops::DerefMut for Vars {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.map
    }
}

/// What an expression is evaluated against.
pub struct Scope<'a> {
    pub root: &'a Document,
    pub vars: &'a Vars,
}

/// Evaluates an expression.
pub fn eval(expr: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    match expr {
        Bson::String(p) if p.starts_with("$$") => variable(&p[2..], s),
        Bson::String(p) if p.starts_with('$') => {
            if p.len() == 1 {
                return Err(Error::new(
                    ErrorCode::Location(16872),
                    "'$' by itself is not a valid FieldPath",
                ));
            }
            Ok(doc_field_path(s.root, &p[1..]))
        }
        Bson::Document(d) => {
            match d.keys().next() {
                Some(k) if k.starts_with('$') => {
                    if d.len() != 1 {
                        return Err(Error::new(
                        ErrorCode::Location(15983),
                        format!("An object representing an expression must have exactly one field: {d}"),
                    ));
                    }
                    operator(k, d.get(k).unwrap(), s)
                }
                _ => {
                    let mut out = Document::new();
                    for (k, v) in d {
                        if let Some(v) = eval(v, s)? {
                            out.insert(k.clone(), v);
                        }
                    }
                    Ok(Some(Bson::Document(out)))
                }
            }
        }
        Bson::Array(a) => {
            let mut out = Vec::with_capacity(a.len());
            for e in a {
                out.push(eval(e, s)?.unwrap_or(Bson::Null));
            }
            Ok(Some(Bson::Array(out)))
        }
        other => Ok(Some(other.clone())),
    }
}

/// Evaluates an expression, turning "missing" into null.
pub fn eval_value(expr: &Bson, s: &Scope<'_>) -> Result<Bson> {
    Ok(eval(expr, s)?.unwrap_or(Bson::Null))
}

fn variable(path: &str, s: &Scope<'_>) -> Result<Option<Bson>> {
    let (var, rest) = match path.split_once('.') {
        Some((a, b)) => (a, Some(b)),
        None => (path, None),
    };
    // Paths into the current document read it in place, so a field
    // reference does not copy the whole document.
    let current = |rest: Option<&str>| match rest {
        None => Some(Bson::Document(s.root.clone())),
        Some(p) => doc_field_path(s.root, p),
    };
    let base = match var {
        // `$redact` evaluates embedded documents as the current document
        // and passes the whole one as ROOT (a name no user variable takes).
        "ROOT" => match s.vars.get("ROOT") {
            Some(root) => return Ok(traverse(root, rest)),
            None => return Ok(current(rest)),
        },
        "CURRENT" => return Ok(current(rest)),
        "REMOVE" => return Ok(None),
        "NOW" => Bson::DateTime(bson::DateTime::now()),
        _ => match s.vars.get(var) {
            Some(v) => return Ok(traverse(v, rest)),
            None => {
                return Err(Error::new(
                    ErrorCode::Location(17276),
                    format!("Use of undefined variable: {var}"),
                ))
            }
        },
    };
    Ok(traverse(&base, rest))
}

/// A value, or the rest of a field path through it.
fn traverse(v: &Bson, rest: Option<&str>) -> Option<Bson> {
    match rest {
        None => Some(v.clone()),
        Some(p) => field_path(v, p),
    }
}

/// A field path from a document (the current document of an expression).
pub fn doc_field_path(d: &Document, path: &str) -> Option<Bson> {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    traverse(d.get(head)?, rest)
}

/// A field path over a value: traverses documents, and over arrays maps the
/// rest of the path across the elements that are documents — mongod's
/// `evaluatePathArray` skips every other element, nested arrays included.
pub fn field_path(v: &Bson, path: &str) -> Option<Bson> {
    let (head, rest) = match path.split_once('.') {
        Some((h, r)) => (h, Some(r)),
        None => (path, None),
    };
    match v {
        Bson::Document(d) => traverse(d.get(head)?, rest),
        Bson::Array(a) => Some(Bson::Array(
            a.iter()
                .filter_map(|e| match e {
                    Bson::Document(_) => field_path(e, path),
                    _ => None,
                })
                .collect(),
        )),
        _ => None,
    }
}

/// The operator's arguments as a list (a non-array argument is one argument).
pub(crate) fn args(arg: &Bson) -> Vec<Bson> {
    match arg {
        Bson::Array(a) => a.clone(),
        other => vec![other.clone()],
    }
}

/// Checks an operator's argument count, with mongod's message.
pub(crate) fn arity(op: &str, args: &[Bson], n: usize) -> Result<()> {
    if args.len() != n {
        return Err(Error::new(
            ErrorCode::Location(16020),
            format!(
                "Expression {op} takes exactly {n} arguments. {} were passed in.",
                args.len()
            ),
        ));
    }
    Ok(())
}

/// Evaluates each argument.
pub(crate) fn eval_args(op_args: &[Bson], s: &Scope<'_>) -> Result<Vec<Option<Bson>>> {
    op_args.iter().map(|a| eval(a, s)).collect()
}

/// The value of a one-argument operator (checking that there is one).
fn one_arg(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    let a = args(arg);
    arity(op, &a, 1)?;
    eval(&a[0], s)
}

/// An error with one of mongod's numbered `Location` codes.
fn located(code: i32, message: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), message)
}

/// mongod's "nullish": missing, null or undefined.
fn nullish(v: &Option<Bson>) -> bool {
    matches!(v, None | Some(Bson::Null) | Some(Bson::Undefined))
}

/// mongod's type name, with "missing" for a path that resolved to nothing.
fn type_of(v: &Option<Bson>) -> &'static str {
    v.as_ref().map_or("missing", type_name)
}

fn operator(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Bson>> {
    if op == "$literal" {
        return Ok(Some(arg.clone()));
    }
    // Each family answers None for operators it does not know.
    type Family = fn(&str, &Bson, &Scope<'_>) -> Result<Option<Option<Bson>>>;
    let families: [Family; 21] = [
        arith::eval,
        compare::eval,
        logic::eval,
        cond::eval,
        string::eval_op,
        array::eval_op,
        types::eval,
        higher::eval_op,
        object::eval_op,
        math::eval_op,
        stats::eval_op,
        random::eval_op,
        convert::eval_op,
        date::eval_op,
        sets::eval_op,
        n_ops::eval_op,
        trig::eval_op,
        data_size::eval_op,
        timestamp::eval_op,
        meta::eval_op,
        function::eval_op,
    ];
    for family in families {
        if let Some(r) = family(op, arg, s)? {
            return Ok(r);
        }
    }
    Err(Error::new(
        ErrorCode::InvalidPipelineOperator,
        format!("Unrecognized expression '{op}'"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn ev(e: Bson, d: Document) -> Result<Option<Bson>> {
        let vars = Vars::new();
        eval(
            &e,
            &Scope {
                root: &d,
                vars: &vars,
            },
        )
    }

    #[test]
    fn paths_and_operators() {
        let d = doc! {"a": 2, "b": {"c": 3}, "arr": [1, 2, 3], "s": "Hi"};
        assert_eq!(ev(bson!("$b.c"), d.clone()).unwrap(), Some(bson!(3)));
        assert_eq!(ev(bson!("$nope"), d.clone()).unwrap(), None);
        assert_eq!(
            ev(bson!({"$add": ["$a", "$b.c", 1]}), d.clone()).unwrap(),
            Some(bson!(6))
        );
        assert_eq!(
            ev(bson!({"$multiply": ["$a", 1.5]}), d.clone()).unwrap(),
            Some(bson!(3.0))
        );
        assert_eq!(
            ev(bson!({"$divide": [5, 2]}), d.clone()).unwrap(),
            Some(bson!(2.5))
        );
        assert_eq!(
            ev(bson!({"$gt": ["$a", 1]}), d.clone()).unwrap(),
            Some(bson!(true))
        );
        assert_eq!(
            ev(bson!({"$eq": ["$a", 2.0]}), d.clone()).unwrap(),
            Some(bson!(true))
        );
        assert_eq!(
            ev(
                bson!({"$cond": [{"$lt": ["$a", 0]}, "neg", "pos"]}),
                d.clone()
            )
            .unwrap(),
            Some(bson!("pos"))
        );
        assert_eq!(
            ev(bson!({"$ifNull": ["$x", "dflt"]}), d.clone()).unwrap(),
            Some(bson!("dflt"))
        );
        assert_eq!(
            ev(bson!({"$size": "$arr"}), d.clone()).unwrap(),
            Some(bson!(3))
        );
        assert_eq!(
            ev(bson!({"$in": [2, "$arr"]}), d.clone()).unwrap(),
            Some(bson!(true))
        );
        assert_eq!(
            ev(bson!({"$concat": ["$s", "!"]}), d.clone()).unwrap(),
            Some(bson!("Hi!"))
        );
        assert_eq!(
            ev(bson!({"$toUpper": "$s"}), d.clone()).unwrap(),
            Some(bson!("HI"))
        );
        assert_eq!(
            ev(bson!({"$and": [true, {"$not": [false]}]}), d.clone()).unwrap(),
            Some(bson!(true))
        );
        assert_eq!(
            ev(bson!({"$type": "$nope"}), d.clone()).unwrap(),
            Some(bson!("missing"))
        );
        assert_eq!(
            ev(bson!({"$arrayElemAt": ["$arr", -1]}), d.clone()).unwrap(),
            Some(bson!(3))
        );
        assert_eq!(
            ev(bson!({"$add": [i32::MAX, 1]}), d.clone()).unwrap(),
            Some(Bson::Int64(i32::MAX as i64 + 1))
        );
    }

    /// `$accumulator` is only a `$group` accumulator and `$sampleRate` only
    /// a query operator: no operator family takes them.
    #[test]
    fn not_ours() {
        let vars = Vars::new();
        let root = Document::new();
        let s = Scope {
            root: &root,
            vars: &vars,
        };
        for op in ["$nope", "$accumulator", "$sampleRate"] {
            let err = operator(op, &Bson::Null, &s).unwrap_err();
            assert_eq!(err.code, ErrorCode::InvalidPipelineOperator, "{op}");
        }
    }

    #[test]
    fn errors() {
        let d = doc! {"a": "x"};
        assert_eq!(
            ev(bson!({"$bogus": 1}), d.clone()).unwrap_err().code,
            ErrorCode::InvalidPipelineOperator
        );
        assert!(ev(bson!({"$add": ["$a", 1]}), d.clone()).is_err());
        assert!(ev(bson!({"$eq": [1]}), d.clone()).is_err());
        assert!(ev(bson!({"$size": "$a"}), d.clone()).is_err());
        assert!(ev(bson!("$$undefinedVar"), d).is_err());
    }
}
