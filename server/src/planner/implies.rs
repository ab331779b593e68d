//! Whether a query's filter implies a partial index's filter — the rule
//! that lets the planner use a partial index: every document the query can
//! return must be in the index. Like mongod, this is a conservative check on
//! conjuncts: each clause of the partial filter must follow from one clause
//! of the query on the same path (an equality inside a range, a tighter
//! range, the same clause, an equality with an `$exists: true`, ...).

use crate::query::filter::{Filter, Op};
use crate::value::compare::{bracket, compare};
use std::cmp::Ordering;

pub fn implies(query: &Filter, partial: &Filter) -> bool {
    let mut have = Vec::new();
    conjuncts(query, &mut have);
    let mut need = Vec::new();
    if !conjuncts(partial, &mut need) {
        return false;
    }
    need.iter().all(|(path, want)| {
        have.iter()
            .any(|(p, got)| p == path && op_implies(got, want))
    })
}

/// The (path, op) conjuncts of a filter; false when it has anything else
/// (an `$or`, a negation, `$expr`).
fn conjuncts<'a>(f: &'a Filter, out: &mut Vec<(&'a [String], &'a Op)>) -> bool {
    match f {
        Filter::And(fs) => fs.iter().all(|f| conjuncts(f, out)),
        Filter::Collated(f, _) => conjuncts(f, out),
        Filter::Path {
            path,
            op: Op::AllOf(ops),
        } => {
            for (o, negated) in ops {
                if *negated {
                    return false;
                }
                out.push((path, o));
            }
            true
        }
        Filter::Path { path, op } => {
            out.push((path, op));
            true
        }
        _ => false,
    }
}

fn op_implies(got: &Op, want: &Op) -> bool {
    match (got, want) {
        (Op::Eq(v), Op::Eq(w)) => bracket(v) == bracket(w) && compare(v, w) == Ordering::Equal,
        (Op::Eq(v), Op::Cmp(ord, inclusive, w)) => {
            bracket(v) == bracket(w) && {
                let c = compare(v, w);
                c == *ord || (*inclusive && c == Ordering::Equal)
            }
        }
        (Op::Eq(v), Op::In(vals, regexes)) => {
            regexes.is_empty()
                && vals
                    .iter()
                    .any(|w| bracket(v) == bracket(w) && compare(v, w) == Ordering::Equal)
        }
        (Op::Eq(v), Op::Exists(true)) => !matches!(v, bson::Bson::Null),
        (Op::Cmp(o1, i1, v), Op::Cmp(o2, i2, w)) if o1 == o2 && bracket(v) == bracket(w) => {
            // A range inside the wanted one: x > 5 implies x > 3.
            let c = compare(v, w);
            c == *o1 || (c == Ordering::Equal && (!*i1 || *i2))
        }
        (Op::Cmp(_, _, _), Op::Exists(true)) => true,
        (Op::Exists(a), Op::Exists(b)) => a == b,
        (Op::Type(a), Op::Type(b)) => a.iter().all(|t| b.contains(t)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    #[test]
    fn implication_table() {
        let cases = [
            (doc! {"x": 6, "a": 1}, doc! {"a": {"$lte": 1.5}}, true),
            (
                doc! {"x": 6, "a": {"$lte": 1}},
                doc! {"a": {"$lte": 1.5}},
                true,
            ),
            (
                doc! {"x": 6, "a": {"$lt": 1.6}},
                doc! {"a": {"$lte": 1.5}},
                false,
            ),
            (doc! {"x": 6}, doc! {"a": {"$lte": 1.5}}, false),
            (doc! {"a": {"$gt": 5}}, doc! {"a": {"$gt": 3}}, true),
            (doc! {"a": {"$gte": 3}}, doc! {"a": {"$gt": 3}}, false),
            (doc! {"a": {"$gt": 3}}, doc! {"a": {"$gte": 3}}, true),
            (doc! {"a": "x"}, doc! {"a": {"$exists": true}}, true),
            (doc! {"a": 2}, doc! {"a": {"$in": [1, 2]}}, true),
            (
                doc! {"a": 2, "b": true},
                doc! {"$and": [{"a": {"$gt": 1}}, {"b": true}]},
                true,
            ),
            (doc! {"a": 2}, doc! {"$or": [{"a": 2}, {"b": 1}]}, false),
            (doc! {"a": 2}, doc! {"a": {"$gt": "a"}}, false),
        ];
        for (q, p, want) in cases {
            let q2 = Filter::parse(&q).unwrap();
            let p2 = Filter::parse(&p).unwrap();
            assert_eq!(implies(&q2, &p2), want, "{q} => {p}");
        }
    }
}
