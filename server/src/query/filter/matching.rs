//! Evaluation of a parsed [`Filter`] against a document or value: paths
//! reach their values (through arrays, as mongod's path traversal does),
//! and each operator is applied with mongod's semantics for missing
//! fields, type brackets, implicit array element matching and collation.

use super::operands::{bits_match, mod_dividend};
use super::{Filter, Op, TypeSpec};
use crate::error::Result;
use crate::expr::{eval, Scope};
use crate::value::collation::Collation;
use crate::value::compare::{bracket, compare_with, values_equal_with};

use crate::value::{as_f64, is_number};
use bson::{Bson, Document};
use std::cmp::Ordering;

impl Filter {
    /// Whether `doc` matches. Fails only when an `$expr` fails to evaluate.
    pub fn matches(&self, doc: &Document) -> Result<bool> {
        self.eval(Root::Doc(doc), None)
    }

    /// Whether the value (a document, for `$elemMatch`) matches.
    pub fn matches_value(&self, root: &Bson) -> Result<bool> {
        self.eval(Root::Val(root), None)
    }

    fn eval(&self, root: Root<'_>, coll: Option<&Collation>) -> Result<bool> {
        Ok(match self {
            Filter::And(fs) => {
                for f in fs {
                    if !f.eval(root, coll)? {
                        return Ok(false);
                    }
                }
                true
            }
            Filter::Or(fs) => {
                for f in fs {
                    if f.eval(root, coll)? {
                        return Ok(true);
                    }
                }
                false
            }
            Filter::Nor(fs) => {
                for f in fs {
                    if f.eval(root, coll)? {
                        return Ok(false);
                    }
                }
                true
            }
            Filter::Path { path, op } => path_matches(root, path, op, coll),
            Filter::NotPath { path, op } => !path_matches(root, path, op, coll),
            Filter::Collated(f, c) => f.eval(root, Some(c))?,
            Filter::JsonSchema(schema) => root.doc().is_some_and(|d| schema.matches(d)),
            Filter::Expr(e, vars) => match root.doc() {
                Some(d) => eval(e, &Scope { root: d, vars })?
                    .as_ref()
                    .is_some_and(crate::value::truthy),
                None => false,
            },
        })
    }
}

/// What a filter is evaluated against: a top-level document (not copied
/// into a value) or a value such as an `$elemMatch` element.
#[derive(Clone, Copy)]
enum Root<'a> {
    Doc(&'a Document),
    Val(&'a Bson),
}

impl<'a> Root<'a> {
    /// The values a path reaches, as `value::path::collect` finds them,
    /// each with whether its last step was an array offset.
    fn collect(self, path: &[String], out: &mut Vec<Leaf<'a>>) {
        match (self, path.first()) {
            (Root::Val(v), _) => collect_leaves(v, path, false, out),
            (Root::Doc(d), Some(first)) => match d.get(first) {
                Some(x) => collect_leaves(x, &path[1..], false, out),
                None => out.push((None, false)),
            },
            (Root::Doc(_), None) => out.push((None, false)),
        }
    }

    fn doc(self) -> Option<&'a Document> {
        match self {
            Root::Doc(d) | Root::Val(Bson::Document(d)) => Some(d),
            Root::Val(_) => None,
        }
    }
}

/// A value a path reached (None: missing), and whether the path's last
/// step was an offset into an array: such a value is compared whole, as
/// mongod does (`a.0` on `[[1, 2]]` is `[1, 2]`, not 1 or 2).
type Leaf<'a> = (Option<&'a Bson>, bool);

/// `value::path::collect` with the array-offset flag of each leaf.
fn collect_leaves<'a>(v: &'a Bson, path: &[String], offset: bool, out: &mut Vec<Leaf<'a>>) {
    let Some(first) = path.first() else {
        out.push((Some(v), offset));
        return;
    };
    match v {
        Bson::Document(d) => match d.get(first) {
            Some(x) => collect_leaves(x, &path[1..], false, out),
            None => out.push((None, false)),
        },
        Bson::Array(a) => {
            let before = out.len();
            if let Ok(i) = first.parse::<usize>() {
                if let Some(x) = a.get(i) {
                    collect_leaves(x, &path[1..], true, out);
                }
            }
            for e in a {
                if matches!(e, Bson::Document(_)) {
                    collect_leaves(e, path, false, out);
                }
            }
            if out.len() == before {
                out.push((None, false));
            }
        }
        _ => out.push((None, false)),
    }
}

fn path_matches(root: Root<'_>, path: &[String], op: &Op, coll: Option<&Collation>) -> bool {
    let mut vals = Vec::new();
    root.collect(path, &mut vals);
    values_match(&vals, op, coll)
}

/// Applies `op` to the values a path reached. Operators that combine other
/// predicates ($all, several operators on one path) apply each predicate to
/// the whole set of values, as mongod's AND of path expressions does.
fn values_match(vals: &[Leaf<'_>], op: &Op, coll: Option<&Collation>) -> bool {
    match op {
        Op::AllOf(ops) => ops
            .iter()
            .all(|(o, negated)| values_match(vals, o, coll) != *negated),
        Op::All(ops) => !ops.is_empty() && ops.iter().all(|o| values_match(vals, o, coll)),
        _ => vals
            .iter()
            .any(|(v, offset)| value_matches(*v, !offset, op, coll)),
    }
}

/// Applies `op` to one value reached by a path (None = missing), including
/// mongod's implicit match against the elements of an array value (unless
/// the value was reached by an array offset: `expand` false).
fn value_matches(v: Option<&Bson>, expand: bool, op: &Op, coll: Option<&Collation>) -> bool {
    match v {
        None => matches_missing(op),
        Some(v) => {
            if op_matches(v, op, coll) {
                return true;
            }
            match (v, op) {
                (
                    Bson::Array(_),
                    Op::Size(_)
                    | Op::ElemMatchDoc(_)
                    | Op::ElemMatchValue(_)
                    | Op::All(_)
                    | Op::Exists(_),
                ) => false,
                (Bson::Array(a), _) if expand => a.iter().any(|e| op_matches(e, op, coll)),
                _ => false,
            }
        }
    }
}

/// Whether `op` holds for a missing field, which mongod's comparisons see
/// as an empty (EOO) element: equal to null, above MinKey and below MaxKey.
fn matches_missing(op: &Op) -> bool {
    match op {
        Op::Eq(Bson::Null) => true,
        Op::Cmp(_, true, Bson::Null) => true,
        Op::Cmp(Ordering::Greater, _, Bson::MinKey) => true,
        Op::Cmp(Ordering::Less, _, Bson::MaxKey) => true,
        Op::In(vals, _) => vals.iter().any(|v| matches!(v, Bson::Null)),
        Op::Exists(want) => !*want,
        Op::AllOf(ops) => ops.iter().all(|(o, neg)| matches_missing(o) != *neg),
        Op::All(ops) => !ops.is_empty() && ops.iter().all(matches_missing),
        _ => false,
    }
}

/// Equality without array traversal: same canonical type and equal value
/// (so null never equals undefined, as of mongod 8.0).
fn equal_to(v: &Bson, target: &Bson, coll: Option<&Collation>) -> bool {
    bracket(v) == bracket(target) && values_equal_with(v, target, coll)
}

fn op_matches(v: &Bson, op: &Op, coll: Option<&Collation>) -> bool {
    match op {
        Op::Eq(target) => equal_to(v, target, coll),
        Op::Cmp(ord, or_equal, target) => {
            if bracket(v) != bracket(target) {
                // No type bracketing for MinKey and MaxKey operands: every
                // other value is above MinKey and below MaxKey.
                return match target {
                    Bson::MinKey => *ord == Ordering::Greater,
                    Bson::MaxKey => *ord == Ordering::Less,
                    _ => false,
                };
            }
            if is_number(v)
                && as_f64(v).is_some_and(f64::is_nan) != as_f64(target).is_some_and(f64::is_nan)
            {
                return false;
            }
            let c = compare_with(v, target, coll);
            c == *ord || (*or_equal && c == Ordering::Equal)
        }
        Op::In(vals, regexes) => {
            vals.iter().any(|t| equal_to(v, t, coll)) || regexes.iter().any(|re| re.matches(v))
        }
        Op::Exists(want) => *want,
        Op::Type(specs) => specs.iter().any(|s| match s {
            TypeSpec::Number => is_number(v),
            TypeSpec::Code(c) => crate::value::type_code(v) == *c,
        }),
        Op::Regex(re) => re.matches(v),
        Op::Size(n) => matches!(v, Bson::Array(a) if a.len() as i64 == *n),
        Op::Mod(d, r) => mod_dividend(v).is_some_and(|x| x.wrapping_rem(*d) == *r),
        Op::All(ops) => {
            !ops.is_empty() && ops.iter().all(|o| value_matches(Some(v), true, o, coll))
        }
        // Elements that are documents or arrays are matched as documents
        // (ElemMatchObjectMatchExpression): an array element is seen as the
        // object BSON stores it as, keyed "0", "1", ..., so `{"0": 1}` sees
        // into [1, 2] but `{b: 1}` does not traverse [{b: 1}].
        Op::ElemMatchDoc(f) => match v {
            Bson::Array(a) => a.iter().any(|e| match e {
                Bson::Document(_) => f.eval(Root::Val(e), coll).unwrap_or(false),
                Bson::Array(inner) => {
                    let as_doc: Document = inner
                        .iter()
                        .enumerate()
                        .map(|(i, x)| (i.to_string(), x.clone()))
                        .collect();
                    f.eval(Root::Val(&Bson::Document(as_doc)), coll)
                        .unwrap_or(false)
                }
                _ => false,
            }),
            _ => false,
        },
        // Each element as a whole: no look into nested arrays.
        Op::ElemMatchValue(ops) => match v {
            Bson::Array(a) => a
                .iter()
                .any(|e| ops.iter().all(|(o, neg)| op_matches(e, o, coll) != *neg)),
            _ => false,
        },
        Op::AllOf(ops) => ops.iter().all(|(o, neg)| op_matches(v, o, coll) != *neg),
        Op::Bits(test, positions) => bits_match(v, *test, positions),
    }
}
