//! Index bounds: which predicates of a parsed filter an index can answer,
//! turned into ranges of encoded index keys. Bounds only ever narrow the
//! candidates; every fetched document is still matched against the whole
//! filter, so a range may include more keys than the predicate needs but
//! never fewer.

use crate::index::keyenc::encode_component;
use crate::index::keys::hashed_value;
use crate::query::filter::{Filter, Op};
use crate::storage::IndexMeta;
use crate::value::collation::Collation;
use crate::value::compare::{bracket, collation_key};
use bson::Bson;
use std::cmp::Ordering;

/// What a filter requires of one field, as far as an index can help.
#[derive(Debug, Clone)]
pub enum Pred {
    /// One of these values (an equality or `$in`).
    Points(Vec<Bson>),
    /// A comparison (`$gt`/`$gte`/`$lt`/`$lte`) within the value's type.
    Range(Ordering, bool, Bson),
    /// A lower and an upper comparison within one type bracket
    /// (`{$gte: 5, $lt: 10}`): one range `[5, 10)` on an index that is not
    /// multikey; on a multikey index only the lower bound narrows the scan
    /// (each bound may hold for a different array element).
    Interval((bool, Bson), (bool, Bson)),
}

impl Pred {
    /// The predicate with only what a multikey index may use.
    pub fn one_sided(&self) -> Pred {
        match self {
            Pred::Interval((eq, v), _) => Pred::Range(Ordering::Greater, *eq, v.clone()),
            p => p.clone(),
        }
    }
}

/// What bounds the next field after the equality prefix.
#[derive(Debug, Clone, Copy)]
pub enum Span<'a> {
    /// One comparison.
    One(Ordering, bool, &'a Bson),
    /// Lower and upper comparisons (inclusive flags), same type bracket.
    Two((bool, &'a Bson), (bool, &'a Bson)),
}

/// A key range `[lo, hi)`; `hi` None means to the end of the index.
pub type KeyRange = (Vec<u8>, Option<Vec<u8>>);

/// The predicates on top-level paths of a filter that must all hold: the
/// conjuncts of its root. One predicate per path is kept (the first), except
/// that a lower and an upper comparison on one path become an interval,
/// which the planner only intersects for indexes that are not multikey.
pub fn predicates(filter: &Filter) -> (Vec<(String, Pred)>, Option<&Collation>) {
    let mut out = Vec::new();
    let (root, coll) = match filter {
        Filter::Collated(f, c) => (f.as_ref(), Some(c.as_ref())),
        f => (f, None),
    };
    collect(root, &mut out);
    (out, coll)
}

/// The `$or` branches at the root of a filter (possibly inside a
/// top-level `$and` of one clause), if it is one.
pub fn or_branches(filter: &Filter) -> Option<&[Filter]> {
    let root = match filter {
        Filter::Collated(f, _) => f.as_ref(),
        f => f,
    };
    match root {
        Filter::Or(bs) => Some(bs),
        Filter::And(fs) if fs.len() == 1 => or_branches(&fs[0]),
        _ => None,
    }
}

/// The predicates one `$or` branch requires.
pub fn branch_predicates(branch: &Filter) -> Vec<(String, Pred)> {
    let mut out = Vec::new();
    collect(branch, &mut out);
    out
}

fn collect(f: &Filter, out: &mut Vec<(String, Pred)>) {
    match f {
        Filter::And(fs) => fs.iter().for_each(|f| collect(f, out)),
        Filter::Path { path, op } => {
            let path = path.join(".");
            let new = pred_of(op);
            if let Some((_, old)) = out.iter_mut().find(|(p, _)| *p == path) {
                if let (Pred::Range(..), Some(n @ Pred::Range(..))) = (&*old, &new) {
                    if let Some(both) = interval(old, n) {
                        *old = both;
                    }
                }
                return;
            }
            if let Some(pred) = new {
                out.push((path, pred));
            }
        }
        _ => {}
    }
}

/// Values an index lookup can stand for: not null (which also matches
/// missing fields and is left to the collection scan), not arrays (which
/// match whole arrays as well as elements), not regexes, not the MinKey and
/// MaxKey bounds. (`$lookup`'s index probes use the same rule.)
pub fn indexable(v: &Bson) -> bool {
    !matches!(
        v,
        Bson::Null
            | Bson::Undefined
            | Bson::Array(_)
            | Bson::RegularExpression(_)
            | Bson::MinKey
            | Bson::MaxKey
    )
}

fn pred_of(op: &Op) -> Option<Pred> {
    match op {
        Op::Eq(v) if indexable(v) => Some(Pred::Points(vec![v.clone()])),
        Op::In(vals, regexes) if regexes.is_empty() && vals.iter().all(indexable) => {
            Some(Pred::Points(vals.clone()))
        }
        Op::Cmp(ord, eq, v) if indexable(v) => Some(Pred::Range(*ord, *eq, v.clone())),
        Op::AllOf(ops) => {
            let positive = || ops.iter().filter(|(_, neg)| !*neg).map(|(o, _)| o);
            if let Some(eq) = positive()
                .find(|o| matches!(o, Op::Eq(_)))
                .and_then(pred_of)
            {
                return Some(eq);
            }
            let mut found: Option<Pred> = None;
            for p in positive().filter_map(pred_of) {
                found = match found {
                    None => Some(p),
                    Some(f @ Pred::Range(..)) => Some(interval(&f, &p).unwrap_or(f)),
                    Some(f) => Some(f),
                };
            }
            found
        }
        _ => None,
    }
}

/// Two comparisons on one path as an interval, when one is a lower and the
/// other an upper bound within the same type bracket.
fn interval(a: &Pred, b: &Pred) -> Option<Pred> {
    let (Pred::Range(oa, ea, va), Pred::Range(ob, eb, vb)) = (a, b) else {
        return None;
    };
    if bracket(va) != bracket(vb) || oa == ob {
        return None;
    }
    let (lo, hi) = if *oa == Ordering::Greater {
        ((*ea, va.clone()), (*eb, vb.clone()))
    } else {
        ((*eb, vb.clone()), (*ea, va.clone()))
    };
    Some(Pred::Interval(lo, hi))
}

/// Whether the values may be compared through this index: strings (also in
/// documents) are stored as collation keys, so the query's collation must be
/// the index's.
pub fn collation_ok(pred: &Pred, index: Option<&Collation>, query: Option<&Collation>) -> bool {
    let same = match (index, query) {
        (None, None) => true,
        (Some(a), Some(b)) => a == b,
        _ => false,
    };
    same || match pred {
        Pred::Points(vs) => vs.iter().all(|v| !has_strings(v)),
        Pred::Range(_, _, v) => !has_strings(v),
        Pred::Interval((_, a), (_, b)) => !has_strings(a) && !has_strings(b),
    }
}

fn has_strings(v: &Bson) -> bool {
    match v {
        Bson::String(_) | Bson::Symbol(_) => true,
        Bson::Document(d) => d.values().any(has_strings),
        Bson::Array(a) => a.iter().any(has_strings),
        _ => false,
    }
}

/// Field `i`'s encoded component, under the index's collation (or hashed).
pub(super) fn component(idx: &IndexMeta, i: usize, v: &Bson) -> Vec<u8> {
    let desc = idx.fields[i].1;
    let mut out = Vec::new();
    match &idx.collation {
        _ if idx.hashed == Some(i) => encode_component(&hashed_value(v), desc, &mut out),
        Some(c) => encode_component(&collation_key(v, c), desc, &mut out),
        None => encode_component(v, desc, &mut out),
    }
    out
}

/// The smallest byte string greater than every string starting with `p`
/// (None when there is none: `p` is all 0xFF).
pub fn successor(p: &[u8]) -> Option<Vec<u8>> {
    let mut s = p.to_vec();
    while let Some(last) = s.pop() {
        if last < 0xFF {
            s.push(last + 1);
            return Some(s);
        }
    }
    None
}

fn join(prefix: &[u8], tail: &[u8]) -> Vec<u8> {
    let mut v = prefix.to_vec();
    v.extend_from_slice(tail);
    v
}

/// The key ranges for equality prefixes (`points` per leading field, whose
/// combinations become separate prefixes) and an optional range on the next
/// field. Ranges come out sorted and disjoint.
pub fn ranges(idx: &IndexMeta, points: &[&Vec<Bson>], range: Option<Span<'_>>) -> Vec<KeyRange> {
    let mut prefixes: Vec<Vec<u8>> = vec![Vec::new()];
    for (i, vals) in points.iter().enumerate() {
        let mut next = Vec::with_capacity(prefixes.len() * vals.len());
        for p in &prefixes {
            for v in *vals {
                next.push(join(p, &component(idx, i, v)));
            }
        }
        prefixes = next;
    }
    prefixes.sort();
    prefixes.dedup();
    let mut out: Vec<KeyRange> = match range {
        None => prefixes
            .into_iter()
            .map(|p| {
                let hi = successor(&p);
                (p, hi)
            })
            .collect(),
        Some(span) => {
            let desc = idx.fields[points.len()].1;
            let one = |p: &[u8], ord: Ordering, inclusive: bool, v: &Bson| {
                let c = component(idx, points.len(), v);
                value_range(p, &c, bracket(v), desc, ord, inclusive)
            };
            prefixes
                .into_iter()
                .map(|p| match span {
                    Span::One(ord, inclusive, v) => one(&p, ord, inclusive, v),
                    Span::Two((le, lv), (he, hv)) => {
                        let a = one(&p, Ordering::Greater, le, lv);
                        let b = one(&p, Ordering::Less, he, hv);
                        intersect(a, b)
                    }
                })
                .collect()
        }
    };
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The keys in both ranges (an empty range when they do not overlap).
fn intersect(a: KeyRange, b: KeyRange) -> KeyRange {
    let lo = a.0.max(b.0);
    let hi = match (a.1, b.1) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) | (None, x) => x,
    };
    match hi {
        Some(h) if h < lo => (lo.clone(), Some(lo)),
        h => (lo, h),
    }
}

/// The keys after `prefix` whose next component compares with the encoded
/// value `c` (of type bracket `b`) as `ord` says (or equals it, when
/// `inclusive`), within the value's type bracket.
pub fn value_range(
    prefix: &[u8],
    c: &[u8],
    b: u8,
    desc: bool,
    ord: Ordering,
    inclusive: bool,
) -> KeyRange {
    // The keys of the value's type bracket, in index order.
    let (type_lo, type_hi) = if desc {
        (vec![!b], vec![!b + 1])
    } else {
        (vec![b], vec![b + 1])
    };
    // Which side of the value the wanted keys lie on, in key order.
    let above = (ord == Ordering::Greater) != desc;
    let at = join(prefix, c);
    let past = successor(&at);
    let (lo, hi) = if above {
        (
            if inclusive { Some(at) } else { past },
            Some(join(prefix, &type_hi)),
        )
    } else {
        (
            Some(join(prefix, &type_lo)),
            if inclusive { past } else { Some(at) },
        )
    };
    (lo.unwrap_or_else(|| join(prefix, &type_hi)), hi)
}

/// The range covering every key of the index.
pub fn full() -> Vec<KeyRange> {
    vec![(Vec::new(), None)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    fn idx(key: bson::Document) -> IndexMeta {
        IndexMeta::from_spec(doc! {"v": 2, "key": key, "name": "i"}, "table:x".into())
    }

    fn key_of(index: &IndexMeta, v: &Bson) -> Vec<u8> {
        component(index, 0, v)
    }

    fn inside(r: &[KeyRange], k: &[u8]) -> bool {
        r.iter()
            .any(|(lo, hi)| k >= lo.as_slice() && hi.as_ref().is_none_or(|h| k < h.as_slice()))
    }

    #[test]
    fn ranges_select_exactly_the_bracketed_keys() {
        let values = [
            Bson::Int32(-5),
            Bson::Double(1.5),
            Bson::Int64(2),
            Bson::Int32(3),
            Bson::Double(7.25),
            Bson::String("a".into()),
            Bson::Boolean(true),
        ];
        for desc in [false, true] {
            let index = idx(if desc {
                doc! {"a": -1}
            } else {
                doc! {"a": 1}
            });
            let three = Bson::Int32(3);
            for (ord, inclusive) in [
                (Ordering::Greater, false),
                (Ordering::Greater, true),
                (Ordering::Less, false),
                (Ordering::Less, true),
            ] {
                let r = ranges(&index, &[], Some(Span::One(ord, inclusive, &three)));
                for v in &values {
                    let c = crate::value::compare::compare(v, &three);
                    let want = bracket(v) == bracket(&three)
                        && (c == ord || (inclusive && c == Ordering::Equal));
                    assert_eq!(
                        inside(&r, &key_of(&index, v)),
                        want,
                        "{v} {ord:?} {inclusive} desc={desc}"
                    );
                }
            }
            // Two-sided intervals, every combination of open and closed
            // ends, including empty ones.
            for (lo, hi) in [(2, 5), (3, 3), (5, 2)] {
                for (le, he) in [(false, false), (true, false), (false, true), (true, true)] {
                    let (lv, hv) = (Bson::Int32(lo), Bson::Int32(hi));
                    let r = ranges(&index, &[], Some(Span::Two((le, &lv), (he, &hv))));
                    for v in &values {
                        let above = crate::value::compare::compare(v, &lv);
                        let below = crate::value::compare::compare(v, &hv);
                        let want = bracket(v) == bracket(&lv)
                            && (above == Ordering::Greater || (le && above == Ordering::Equal))
                            && (below == Ordering::Less || (he && below == Ordering::Equal));
                        assert_eq!(
                            inside(&r, &key_of(&index, v)),
                            want,
                            "{v} in {lo}..{hi} {le} {he} desc={desc}"
                        );
                    }
                }
            }
            let eq = vec![Bson::Int32(2), Bson::Double(7.25)];
            let r = ranges(&index, &[&eq], None);
            for v in &values {
                let want = matches!(v, Bson::Int64(2) | Bson::Double(_)) && *v != Bson::Double(1.5);
                assert_eq!(inside(&r, &key_of(&index, v)), want, "{v}");
            }
        }
    }

    #[test]
    fn successor_carries() {
        assert_eq!(successor(&[1, 2]), Some(vec![1, 3]));
        assert_eq!(successor(&[1, 0xFF]), Some(vec![2]));
        assert_eq!(successor(&[0xFF]), None);
    }
}
