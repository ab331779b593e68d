//! Planning with wildcard (`$**`) indexes: the index plans of `Plan::choose`
//! for an index whose keys are (path, value) pairs (see `index::wildcard`).
//!
//! As in mongod, a wildcard index answers one predicate on one path it
//! covers: an equality or `$in` (not with null, which also matches missing
//! fields, and not with a non-empty object or an array, whose keys are
//! their leaves), a comparison, or `$exists: true`, whose bounds are the
//! path itself and every path below it. Negations (`$ne`, `$nin`,
//! `$exists: false`) cannot use it, nor can paths with numeric components
//! (the keys leave array positions out). A compound wildcard index needs
//! equality on its regular fields before the wildcard component; regular
//! fields alone are planned like any compound index (every document has a
//! key there). Wildcard plans never provide a sort: a path may be multikey.
//! explain shows mongod's shape: the key pattern `{$_path: 1, <path>: 1}`
//! and `$_path` bounds.

use super::bounds::{self, KeyRange, Pred};
use super::IxScan;
use crate::index::keyenc::encode_component;
use crate::index::wildcard::is_wildcard_field;
use crate::query::filter::{Filter, Op};
use crate::storage::IndexMeta;
use crate::value::collation::Collation;
use crate::value::compare::bracket;
use bson::{Bson, Document};
use std::cmp::Ordering;

/// What the plan asks of the wildcard component's path.
enum Target<'a> {
    Points(&'a [Bson]),
    Range(Ordering, bool, &'a Bson),
    Exists,
}

/// The best plan `idx` (a wildcard index) offers for the conjuncts of
/// `root` (a filter's root without its collation, or one `$or` branch),
/// with its score on the scale of `Plan::choose`.
pub fn plan_for(idx: &IndexMeta, root: &Filter, coll: Option<&Collation>) -> Option<(u32, IxScan)> {
    let spec = idx.wildcard.as_ref()?;
    // One field of a wildcard key may come from any array element.
    let preds: Vec<_> = bounds::branch_predicates(root)
        .into_iter()
        .map(|(p, pred)| (p, pred.one_sided()))
        .collect();
    let usable = |p: &Pred| bounds::collation_ok(p, idx.collation.as_deref(), coll);
    // Equality on each regular field before the wildcard component.
    let mut points: Vec<&Vec<Bson>> = Vec::new();
    let mut combos = 1usize;
    for (field, _) in &idx.fields[..spec.pos] {
        match preds.iter().find(|(p, pred)| p == field && usable(pred)) {
            Some((_, Pred::Points(vs))) if combos * vs.len() <= 4096 => {
                combos *= vs.len();
                points.push(vs);
            }
            _ => return None,
        }
    }
    let (path, target) = target(spec, &preds, root, usable)?;
    // The key prefixes up to the path: every combination of the regular
    // fields' points, then the path string.
    let mut prefixes: Vec<Vec<u8>> = vec![Vec::new()];
    for (i, vals) in points.iter().enumerate() {
        prefixes = prefixes
            .iter()
            .flat_map(|p| {
                vals.iter()
                    .map(move |v| concat(p, &bounds::component(idx, i, v)))
            })
            .collect();
    }
    prefixes.sort();
    prefixes.dedup();
    let mut path_key = Vec::new();
    encode_component(&Bson::String(path.clone()), false, &mut path_key);
    let desc = idx.fields[spec.pos].1;
    let mut ranges: Vec<KeyRange> = Vec::new();
    for p in &prefixes {
        let at_path = concat(p, &path_key);
        match &target {
            Target::Points(vs) => {
                for v in *vs {
                    let k = concat(&at_path, &bounds::component(idx, spec.pos, v));
                    let hi = bounds::successor(&k);
                    ranges.push((k, hi));
                }
            }
            Target::Range(ord, inclusive, v) => {
                let c = bounds::component(idx, spec.pos, v);
                ranges.push(bounds::value_range(
                    &at_path,
                    &c,
                    bracket(v),
                    desc,
                    *ord,
                    *inclusive,
                ));
            }
            Target::Exists => {
                // The path itself, and every path below it: the encoded
                // path strings that start with "<path>.".
                let hi = bounds::successor(&at_path);
                ranges.push((at_path, hi));
                let mut below = p.clone();
                below.push(bracket(&Bson::String(String::new())));
                below.extend_from_slice(path.as_bytes());
                below.push(b'.');
                let hi = bounds::successor(&below);
                ranges.push((below, hi));
            }
        }
    }
    ranges.sort_by(|a, b| a.0.cmp(&b.0));
    ranges.dedup();
    let score = points.len() as u32 * 4
        + match target {
            Target::Points(_) => 4,
            Target::Range(..) => 2,
            Target::Exists => 1,
        };
    let bounds_doc = bounds_doc(idx, spec.pos, &points, &path, &target);
    Some((
        score,
        IxScan {
            index: idx.clone(),
            ranges,
            reverse: false,
            provides_sort: false,
            bounds_doc,
            covered: false,
        },
    ))
}

/// The predicate the wildcard component answers: an equality on a covered
/// path first, then a comparison, then `$exists: true`.
fn target<'a>(
    spec: &crate::index::wildcard::WildcardSpec,
    preds: &'a [(String, Pred)],
    root: &Filter,
    usable: impl Fn(&Pred) -> bool,
) -> Option<(String, Target<'a>)> {
    let candidates = || {
        preds
            .iter()
            .filter(|(p, pred)| !is_wildcard_field(p) && spec.covers(p) && usable(pred))
    };
    // Objects are indexed by their leaves: only `{}` is a key.
    let point_ok = |v: &Bson| !matches!(v, Bson::Document(d) if !d.is_empty());
    if let Some((p, Pred::Points(vs))) =
        candidates().find(|(_, pred)| matches!(pred, Pred::Points(vs) if vs.iter().all(point_ok)))
    {
        return Some((p.clone(), Target::Points(vs)));
    }
    if let Some((p, Pred::Range(ord, inclusive, v))) = candidates()
        .find(|(_, pred)| matches!(pred, Pred::Range(_, _, v) if !matches!(v, Bson::Document(_))))
    {
        return Some((p.clone(), Target::Range(*ord, *inclusive, v)));
    }
    let mut exists = Vec::new();
    exists_paths(root, &mut exists);
    exists
        .into_iter()
        .find(|p| spec.covers(p))
        .map(|p| (p, Target::Exists))
}

/// The paths a filter's conjuncts require to exist (`$exists: true`).
fn exists_paths(f: &Filter, out: &mut Vec<String>) {
    match f {
        Filter::And(fs) => fs.iter().for_each(|f| exists_paths(f, out)),
        Filter::Path {
            path,
            op: Op::Exists(true),
        } => out.push(path.join(".")),
        Filter::Path {
            path,
            op: Op::AllOf(ops),
        } if ops
            .iter()
            .any(|(o, neg)| !neg && matches!(o, Op::Exists(true))) =>
        {
            out.push(path.join("."));
        }
        _ => {}
    }
}

fn concat(a: &[u8], b: &[u8]) -> Vec<u8> {
    let mut v = a.to_vec();
    v.extend_from_slice(b);
    v
}

/// explain's `indexBounds` of a wildcard plan, in mongod's interval strings.
fn bounds_doc(
    idx: &IndexMeta,
    pos: usize,
    points: &[&Vec<Bson>],
    path: &str,
    target: &Target<'_>,
) -> Document {
    let point = |v: &Bson| Bson::String(format!("[{v}, {v}]"));
    let all = || vec![Bson::String("[MinKey, MaxKey]".into())];
    let mut d = Document::new();
    for (i, (f, _)) in idx.fields.iter().enumerate() {
        if i != pos {
            let intervals = match points.get(i) {
                Some(vs) => vs.iter().map(point).collect(),
                None => all(),
            };
            d.insert(f.clone(), intervals);
            continue;
        }
        let mut paths = vec![Bson::String(format!("[\"{path}\", \"{path}\"]"))];
        let values = match target {
            Target::Points(vs) => vs.iter().map(point).collect(),
            Target::Range(ord, inclusive, v) => vec![Bson::String(match (ord, inclusive) {
                (Ordering::Greater, false) => format!("({v}, inf]"),
                (Ordering::Greater, true) => format!("[{v}, inf]"),
                (_, false) => format!("[-inf, {v})"),
                (_, true) => format!("[-inf, {v}]"),
            })],
            Target::Exists => {
                paths.push(Bson::String(format!("[\"{path}.\", \"{path}/\")")));
                all()
            }
        };
        d.insert("$_path", paths);
        d.insert(path, values);
    }
    d
}

/// explain's `keyPattern` for a scan of a wildcard index: the wildcard
/// component shows as `$_path` and the queried path, as in mongod.
pub fn key_pattern(idx: &IndexMeta, bounds_doc: &Document) -> Document {
    let wild_dir = idx
        .wildcard
        .as_ref()
        .and_then(|w| idx.key.iter().nth(w.pos))
        .map(|(_, v)| v.clone())
        .unwrap_or(Bson::Int32(1));
    bounds_doc
        .keys()
        .map(|k| {
            let dir = match idx.key.get(k) {
                _ if k == "$_path" => Bson::Int32(1),
                Some(v) if !is_wildcard_field(k) => v.clone(),
                _ => wild_dir.clone(),
            };
            (k.clone(), dir)
        })
        .collect()
}
