//! `$group`: groups documents by the `_id` expression and computes
//! accumulators per group ($sum, $avg, $min, $max, $first, $last, $push,
//! $addToSet, $count, $mergeObjects, $stdDevPop, $stdDevSamp, and the N and
//! order-statistic accumulators of group_n.rs). Groups come out in
//! first-seen order. `$bucket` and `$bucketAuto` group through
//! [`Group::apply_keyed`].

use super::group_n::{NSpec, N_ACCUMULATORS};
use super::{Absorb, Stage};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::expr::{eval, Scope};
use crate::index::keyenc::encode_value;
use crate::value::compare::{collation_key, compare_with, values_equal_with};
use crate::value::decimal::Decimal;
use crate::value::raw_path::{with_found, Found, RawPath, Value};
use crate::value::sum::{decimal_mean, Sum};
use crate::value::{as_f64, is_number};
use bson::{Bson, Document, RawDocument};
use std::cmp::Ordering;
use std::collections::HashMap;

pub struct Group {
    id: Bson,
    accs: Vec<(String, String, Bson)>,
    /// The parsed spec of each accumulator that group_n.rs runs.
    n_specs: Vec<Option<NSpec>>,
    /// When the key and every accumulator's argument are field paths or
    /// constants: those, read from an input's stored bytes (`add_raw`).
    raw: Option<RawPlan>,
}

const ACCUMULATORS: &[&str] = &[
    "$sum",
    "$avg",
    "$min",
    "$max",
    "$first",
    "$last",
    "$push",
    "$addToSet",
    "$count",
    "$mergeObjects",
    "$stdDevPop",
    "$stdDevSamp",
];

impl Group {
    pub fn parse(arg: &Bson) -> Result<Group> {
        Self::parse_with(arg, &Vars::new())
    }

    /// Parses with the pipeline's variables, which constant accumulator
    /// arguments (`$percentile`'s `p`) may name.
    pub fn parse_with(arg: &Bson, vars: &Vars) -> Result<Group> {
        let Bson::Document(d) = arg else {
            return Err(Error::new(
                ErrorCode::Location(15947),
                "a group's fields must be specified in an object",
            ));
        };
        let id = d.get("_id").cloned().ok_or_else(|| {
            Error::new(
                ErrorCode::Location(15955),
                "a group specification must include an _id",
            )
        })?;
        let mut accs = Vec::new();
        let mut n_specs = Vec::new();
        for (k, v) in d {
            if k == "_id" {
                continue;
            }
            if k.contains('.') {
                return Err(Error::new(
                    ErrorCode::Location(40235),
                    format!("The field name '{k}' cannot contain '.'"),
                ));
            }
            let Bson::Document(spec) = v else {
                return Err(Error::new(
                    ErrorCode::Location(40234),
                    format!("The field '{k}' must be an accumulator object"),
                ));
            };
            if spec.len() != 1 {
                return Err(Error::new(
                    ErrorCode::Location(40238),
                    format!("The field '{k}' must specify one accumulator"),
                ));
            }
            let (op, e) = spec.iter().next().unwrap();
            if op == "$count" && !matches!(e, Bson::Document(a) if a.is_empty()) {
                return Err(Error::type_mismatch(
                    "$count takes no arguments, i.e. $count:{}",
                ));
            }
            if N_ACCUMULATORS.contains(&op.as_str()) {
                n_specs.push(Some(NSpec::parse(op, e, vars)?));
            } else if ACCUMULATORS.contains(&op.as_str()) {
                n_specs.push(None);
            } else if op == "$accumulator" {
                // JavaScript accumulators: mongod's answer with JS disabled.
                return Err(crate::expr::javascript_unsupported());
            } else {
                return Err(Error::new(
                    ErrorCode::Location(15952),
                    format!("unknown group operator '{op}'"),
                ));
            }
            accs.push((k.clone(), op.clone(), e.clone()));
        }
        let raw = RawPlan::of(&id, &accs, &n_specs);
        Ok(Group {
            id,
            accs,
            n_specs,
            raw,
        })
    }

    /// Groups documents whose group keys are already computed.
    pub(super) fn apply_keyed(
        &self,
        input: impl IntoIterator<Item = (Bson, Document)>,
        vars: &Vars,
    ) -> Result<Vec<Document>> {
        let mut state = GroupState::new(self, vars);
        for (id, d) in input {
            state.add_keyed(id, &d)?;
        }
        Ok(state.into_docs())
    }
}

/// The groups of a `$group` being built, one input document at a time.
struct GroupState<'s> {
    group: &'s Group,
    vars: &'s Vars,
    /// Groups in first-seen order with their accumulators.
    order: Vec<(Bson, Vec<Acc>)>,
    /// Each group's slot by the encoded (collation) key of its `_id`.
    index: HashMap<Vec<u8>, usize, ahash::RandomState>,
    /// The slots that `_id` values read as stored numbers (a double, int32
    /// or int64: type and bits) went to, so the next input with the same
    /// value skips decoding and encoding its key. Each entry caches what
    /// `slot_for` decided for that value.
    number_slots: HashMap<(u8, u64), usize, ahash::RandomState>,
    /// The bytes held by group keys and collected values, for mongod's
    /// 100 MB limit when the command does not allow spilling to disk.
    held: usize,
    /// Reused buffer for the encoded key of each input.
    key: Vec<u8>,
    /// Reused buffer for the accumulator arguments read from raw inputs.
    values: Vec<Option<Bson>>,
    seen: u32,
}

impl<'s> GroupState<'s> {
    fn new(group: &'s Group, vars: &'s Vars) -> Self {
        GroupState {
            group,
            vars,
            order: Vec::new(),
            // Keyed randomly per group, so crafted keys cannot pick
            // collisions; aHash hashes a short key in a few nanoseconds
            // (a streaming hasher set up its state for every key).
            index: HashMap::with_hasher(ahash::RandomState::new()),
            number_slots: HashMap::with_hasher(ahash::RandomState::new()),
            held: 0,
            key: Vec::new(),
            values: Vec::new(),
            seen: 0,
        }
    }

    fn add_keyed(&mut self, id: Bson, d: &Document) -> Result<()> {
        let (group, vars) = (self.group, self.vars);
        self.tick()?;
        let slot = self.slot_for(id)?;
        let scope = Scope { root: d, vars };
        for (i, ((_, op, e), spec)) in group.accs.iter().zip(&group.n_specs).enumerate() {
            if let (Acc::N(st), Some(spec)) = (&mut self.order[slot].1[i], spec) {
                spec.process(st, d, vars)?;
                continue;
            }
            let v = if op == "$count" {
                Some(Bson::Int32(1))
            } else {
                eval(e, &scope)?
            };
            self.fold(slot, i, v)?;
        }
        self.check_memory()
    }

    /// Adds an input whose key and accumulator arguments were read from
    /// its stored bytes (no N accumulators: see [`RawPlan`]).
    fn add_values(&mut self, key: RawKey<'_>, values: &mut Vec<Option<Bson>>) -> Result<()> {
        self.tick()?;
        let slot = match key {
            RawKey::Bson(id) => self.slot_for(id)?,
            RawKey::Number(bits, v) => match self.number_slots.get(&bits) {
                Some(&slot) => slot,
                None => {
                    let id = v.to_bson().unwrap_or(Bson::Null);
                    let slot = self.slot_for(id)?;
                    self.number_slots.insert(bits, slot);
                    self.held += std::mem::size_of::<((u8, u64), usize)>();
                    slot
                }
            },
        };
        for (i, v) in values.drain(..).enumerate() {
            self.fold(slot, i, v)?;
        }
        self.check_memory()
    }

    fn tick(&mut self) -> Result<()> {
        self.seen = self.seen.wrapping_add(1);
        if self.seen.is_multiple_of(1024) {
            self.vars.check_deadline()?;
        }
        Ok(())
    }

    /// The slot of the group `id` belongs to, made when it is new. Group
    /// keys equal under the collation share a group (the first key seen
    /// names it).
    fn slot_for(&mut self, id: Bson) -> Result<usize> {
        let vars = self.vars;
        self.key.clear();
        match vars.coll() {
            Some(c) => encode_value(&collation_key(&id, c), &mut self.key),
            None => encode_value(&id, &mut self.key),
        }
        if let Some(&slot) = self.index.get(&self.key) {
            return Ok(slot);
        }
        let mut accs = Vec::with_capacity(self.group.accs.len());
        for ((_, op, _), spec) in self.group.accs.iter().zip(&self.group.n_specs) {
            accs.push(match spec {
                Some(spec) => Acc::N(Box::new(spec.start(&id, vars)?)),
                None => init(op),
            });
        }
        self.held += self.key.len();
        self.order.push((id, accs));
        self.index.insert(self.key.clone(), self.order.len() - 1);
        Ok(self.order.len() - 1)
    }

    /// Folds one evaluated argument into accumulator `i` of group `slot`.
    fn fold(&mut self, slot: usize, i: usize, v: Option<Bson>) -> Result<()> {
        let op = &self.group.accs[i].1;
        let acc = &mut self.order[slot].1[i];
        if let (Acc::List(_), Some(x)) = (&*acc, &v) {
            let mut scratch = Vec::new();
            encode_value(x, &mut scratch);
            self.held += scratch.len();
        }
        accumulate(acc, op, v, self.vars)
    }

    fn check_memory(&self) -> Result<()> {
        if self.vars.no_disk_use && self.held > crate::query::sort::SORT_MEMORY_LIMIT {
            return Err(Error::new(
                ErrorCode::QueryExceededMemoryLimitNoDiskUseAllowed,
                "Exceeded memory limit for $group, but didn't allow external sort. Pass allowDiskUse:true to opt in.",
            ));
        }
        Ok(())
    }

    fn into_docs(self) -> Vec<Document> {
        let group = self.group;
        self.order
            .into_iter()
            .map(|(id, accs)| {
                let mut out = Document::new();
                out.insert("_id", id);
                for ((acc, (name, op, _)), spec) in
                    accs.into_iter().zip(group.accs.iter()).zip(&group.n_specs)
                {
                    let v = match acc {
                        Acc::Sum(s) => s.to_bson(),
                        Acc::Avg(_, 0, _) => Bson::Null,
                        Acc::Avg(t, n, None) => Bson::Double(t / n as f64),
                        Acc::Avg(t, n, Some(d)) => decimal_mean(d, t, n),
                        Acc::Pick(v) => v.unwrap_or(Bson::Null),
                        Acc::List(l) => Bson::Array(l),
                        Acc::Merge(m) => Bson::Document(m),
                        Acc::Samples(xs) => std_dev(&xs, op == "$stdDevSamp"),
                        Acc::N(st) => spec.as_ref().map_or(Bson::Null, |s| s.finish(*st)),
                    };
                    out.insert(name.clone(), v);
                }
                out
            })
            .collect()
    }
}

impl Absorb for GroupState<'_> {
    fn add(&mut self, d: Document) -> Result<()> {
        let id = eval(
            &self.group.id,
            &Scope {
                root: &d,
                vars: self.vars,
            },
        )?
        .unwrap_or(Bson::Null);
        self.add_keyed(id, &d)
    }

    fn reads_raw(&self) -> bool {
        self.group.raw.is_some()
    }

    fn add_raw(&mut self, d: &RawDocument) -> Result<()> {
        let Some(plan) = &self.group.raw else {
            return self.add(crate::value::to_document(d)?);
        };
        let mut values = std::mem::take(&mut self.values);
        values.clear();
        let r = with_found(d.as_bytes(), &plan.paths, |found| {
            // The arguments first: a value that does not convert leaves no
            // group half-folded.
            let key = plan.read(found, &mut values)?;
            Some(self.add_values(key, &mut values))
        });
        values.clear();
        self.values = values;
        match r {
            Some(r) => r,
            // An array on a path: the decoded document answers.
            None => self.add(crate::value::to_document(d)?),
        }
    }

    fn finish(self: Box<Self>) -> Result<Vec<Document>> {
        Ok(self.into_docs())
    }
}

/// A `$group` whose key and accumulator arguments are all field paths or
/// constants (no N accumulators), read straight from an input's bytes.
struct RawPlan {
    /// The distinct field paths, read in one walk per input.
    paths: Vec<RawPath>,
    id: RawArg,
    args: Vec<RawArg>,
}

enum RawArg {
    /// Index into `RawPlan::paths`.
    Path(usize),
    Const(Bson),
}

/// A group key read from an input's stored bytes.
enum RawKey<'a> {
    Bson(Bson),
    /// A stored number, by type and bits (see `GroupState::number_slots`).
    Number((u8, u64), Value<'a>),
}

impl RawPlan {
    fn of(
        id: &Bson,
        accs: &[(String, String, Bson)],
        n_specs: &[Option<NSpec>],
    ) -> Option<RawPlan> {
        if n_specs.iter().any(Option::is_some) {
            return None;
        }
        let mut names: Vec<String> = Vec::new();
        let mut paths: Vec<RawPath> = Vec::new();
        let mut arg = |e: &Bson| -> Option<RawArg> {
            match e {
                Bson::String(s) if s.starts_with("$$") => None,
                Bson::String(s) => match s.strip_prefix('$') {
                    Some(p) => match names.iter().position(|n| n == p) {
                        Some(i) => Some(RawArg::Path(i)),
                        None => {
                            paths.push(RawPath::parse(p)?);
                            names.push(p.to_string());
                            Some(RawArg::Path(names.len() - 1))
                        }
                    },
                    None => Some(RawArg::Const(e.clone())),
                },
                Bson::Int32(_)
                | Bson::Int64(_)
                | Bson::Double(_)
                | Bson::Boolean(_)
                | Bson::Null
                | Bson::Decimal128(_) => Some(RawArg::Const(e.clone())),
                _ => None,
            }
        };
        let id = arg(id)?;
        let args = accs
            .iter()
            .map(|(_, op, e)| {
                if op == "$count" {
                    Some(RawArg::Const(Bson::Int32(1)))
                } else {
                    arg(e)
                }
            })
            .collect::<Option<Vec<_>>>()?;
        Some(RawPlan { paths, id, args })
    }

    /// Reads the arguments into `values` and then the key (a missing one
    /// is null, as `eval` gives it) from what the paths found; None when
    /// the decoded document must answer (an array on a path, or a value
    /// that does not decode).
    fn read<'a>(&self, found: &[Found<'a>], values: &mut Vec<Option<Bson>>) -> Option<RawKey<'a>> {
        for a in &self.args {
            values.push(match a {
                RawArg::Const(v) => Some(v.clone()),
                RawArg::Path(i) => match found[*i] {
                    Found::Missing => None,
                    Found::Value(v) => Some(v.to_bson()?),
                    Found::Decode => return None,
                },
            });
        }
        Some(match &self.id {
            RawArg::Const(v) => RawKey::Bson(v.clone()),
            RawArg::Path(i) => match found[*i] {
                Found::Missing => RawKey::Bson(Bson::Null),
                Found::Value(v) => match v.number_bits() {
                    Some(bits) => RawKey::Number(bits, v),
                    None => RawKey::Bson(v.to_bson()?),
                },
                Found::Decode => return None,
            },
        })
    }
}

enum Acc {
    Sum(Sum),
    /// The total of the non-decimal inputs, their count and the exact total
    /// of the decimal ones (once there is one).
    Avg(f64, u64, Option<Decimal>),
    Pick(Option<Bson>),
    List(Vec<Bson>),
    Merge(Document),
    Samples(Vec<f64>),
    N(Box<super::group_n::NState>),
}

fn init(op: &str) -> Acc {
    match op {
        "$sum" | "$count" => Acc::Sum(Sum::default()),
        "$avg" => Acc::Avg(0.0, 0, None),
        "$push" | "$addToSet" => Acc::List(Vec::new()),
        "$mergeObjects" => Acc::Merge(Document::new()),
        "$stdDevPop" | "$stdDevSamp" => Acc::Samples(Vec::new()),
        _ => Acc::Pick(None),
    }
}

impl Stage for Group {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut state = GroupState::new(self, vars);
        for d in input {
            state.add(d)?;
        }
        Ok(state.into_docs())
    }

    fn absorber<'s>(&'s self, vars: &'s Vars) -> Option<Box<dyn Absorb + 's>> {
        Some(Box::new(GroupState::new(self, vars)))
    }
}

/// Adds one evaluated value to an accumulator of the base set.
fn accumulate(acc: &mut Acc, op: &str, v: Option<Bson>, vars: &Vars) -> Result<()> {
    match (acc, op) {
        (Acc::Sum(s), _) => match &v {
            Some(x) if is_number(x) => *s = s.with(x),
            _ => {}
        },
        (Acc::Avg(total, n, decimal), _) => {
            if let Some(x) = v.as_ref().filter(|x| is_number(x)) {
                match x {
                    Bson::Decimal128(d) => {
                        *decimal = Some(
                            decimal
                                .unwrap_or(crate::value::decimal::ZERO)
                                .add(&Decimal::from(d)),
                        );
                    }
                    _ => *total += as_f64(x).unwrap_or(0.0),
                }
                *n += 1;
            }
        }
        (Acc::Pick(cur), "$first") => {
            if cur.is_none() {
                *cur = Some(v.unwrap_or(Bson::Null));
            }
        }
        (Acc::Pick(cur), "$last") => *cur = Some(v.unwrap_or(Bson::Null)),
        (Acc::Pick(cur), m) => {
            if let Some(x) = v.filter(|x| !matches!(x, Bson::Null | Bson::Undefined)) {
                let want = if m == "$min" {
                    Ordering::Less
                } else {
                    Ordering::Greater
                };
                if cur
                    .as_ref()
                    .is_none_or(|c| compare_with(&x, c, vars.coll()) == want)
                {
                    *cur = Some(x);
                }
            }
        }
        (Acc::List(list), "$addToSet") => {
            if let Some(x) = v {
                if !list.iter().any(|e| values_equal_with(e, &x, vars.coll())) {
                    list.push(x);
                }
            }
        }
        (Acc::List(list), _) => {
            if let Some(x) = v {
                list.push(x);
            }
        }
        (Acc::Merge(m), _) => match v {
            None | Some(Bson::Null) => {}
            Some(Bson::Document(d)) => m.extend(d),
            Some(other) => {
                return Err(Error::new(
                    ErrorCode::Location(40400),
                    format!(
                        "$mergeObjects requires object inputs, but input {other} is of type {}",
                        crate::value::type_name(&other)
                    ),
                ))
            }
        },
        (Acc::Samples(xs), _) => {
            if let Some(x) = v.as_ref().filter(|x| is_number(x)).and_then(as_f64) {
                xs.push(x);
            }
        }
        // group_n.rs accumulators never reach here.
        (Acc::N(_), _) => {}
    }
    Ok(())
}

/// Population or sample standard deviation; null when undefined.
fn std_dev(xs: &[f64], sample: bool) -> Bson {
    let n = xs.len() as f64;
    if xs.is_empty() || (sample && xs.len() < 2) {
        return Bson::Null;
    }
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / if sample { n - 1.0 } else { n };
    Bson::Double(var.sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    #[test]
    fn accumulators() {
        let g = Group::parse(&bson!({"_id": null, "m": {"$mergeObjects": "$o"}, "sd": {"$stdDevPop": "$v"}, "ss": {"$stdDevSamp": "$v"}})).unwrap();
        let out = g
            .apply(
                vec![doc! {"o": {"a": 1}, "v": 2}, doc! {"o": {"b": 2}, "v": 4}],
                &Vars::new(),
            )
            .unwrap();
        assert_eq!(out[0].get_document("m").unwrap(), &doc! {"a": 1, "b": 2});
        assert_eq!(out[0].get_f64("sd").unwrap(), 1.0);
        assert!((out[0].get_f64("ss").unwrap() - 2f64.sqrt()).abs() < 1e-12);
    }

    #[test]
    fn decimal_sums_and_averages() {
        let dec = |s: &str| Bson::Decimal128(s.parse().unwrap());
        let g =
            Group::parse(&bson!({"_id": null, "s": {"$sum": "$v"}, "a": {"$avg": "$v"}})).unwrap();
        // (inputs, $sum, $avg)
        let cases: Vec<(Vec<Bson>, Bson, Bson)> = vec![
            (vec![dec("1.5"), dec("2.25")], dec("3.75"), dec("1.875")),
            // Integers join the decimal total exactly.
            (vec![bson!(1), dec("1.5"), bson!(2)], dec("4.5"), dec("1.5")),
            (
                vec![dec("1.0"), dec("2.0"), dec("4.0")],
                dec("7.0"),
                dec("2.333333333333333333333333333333333"),
            ),
            // The decimal total starts from zero with exponent 0.
            (vec![dec("1E+5")], dec("100000"), dec("100000")),
            // A double total joins with all 34 digits.
            (
                vec![bson!(0.1), dec("0.2")],
                dec("0.3000000000000000055511151231257827"),
                dec("0.1500000000000000027755575615628914"),
            ),
            (vec![dec("NaN"), bson!(1)], dec("NaN"), dec("NaN")),
            // 0 + -0 is +0.
            (vec![bson!("x"), dec("-0")], dec("0"), dec("0")),
            // No decimal: the types are as before.
            (vec![bson!(1), bson!(2)], bson!(3), bson!(1.5)),
            (vec![bson!(1), bson!(0.5)], bson!(1.5), bson!(0.75)),
        ];
        for (vals, sum, avg) in cases {
            let docs = vals.iter().map(|v| doc! {"v": v.clone()}).collect();
            let out = g.apply(docs, &Vars::new()).unwrap();
            assert_eq!(out[0].get("s"), Some(&sum), "$sum of {vals:?}");
            assert_eq!(out[0].get("a"), Some(&avg), "$avg of {vals:?}");
        }
    }

    #[test]
    fn n_accumulators_per_group() {
        // `n` sees the fields of a document group key.
        let g = Group::parse(&bson!({
            "_id": {"g": "$g"},
            "f": {"$firstN": {"n": {"$cond": [{"$eq": ["$g", "x"]}, 1, 2]}, "input": "$v"}},
            "t": {"$top": {"output": "$v", "sortBy": {"v": -1}}},
            "m": {"$median": {"input": "$v", "method": "approximate"}},
        }))
        .unwrap();
        let docs = vec![
            doc! {"g": "x", "v": 1},
            doc! {"g": "y", "v": 5},
            doc! {"g": "x", "v": 2},
            doc! {"g": "y", "v": 4},
        ];
        let out = g.apply(docs, &Vars::new()).unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"_id": {"g": "x"}, "f": [1], "t": 2, "m": 1.0},
                doc! {"_id": {"g": "y"}, "f": [5, 4], "t": 5, "m": 4.0},
            ]
        );
        let bad = Group::parse(&bson!({"_id": null, "f": {"$firstN": {"n": 0, "input": "$v"}}}))
            .unwrap()
            .apply(vec![doc! {}], &Vars::new())
            .unwrap_err();
        assert_eq!(bad.code.code(), 5787908);
        let bad = Group::parse(&bson!({"_id": null, "c": {"$count": 1}}));
        assert!(bad.is_err_and(|e| e.code == ErrorCode::TypeMismatch));
    }
}
