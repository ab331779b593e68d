//! `$lookup`: joins each document with the documents of another collection
//! of the same database — by `localField`/`foreignField` equality (array
//! values match by element, missing matches null), by a sub-`pipeline` with
//! `let` variables, or both. The foreign collection is read through the
//! pipeline's [`Foreign`] when the stage runs: the equality form probes an
//! index on `foreignField` for each batch of input documents when one fits,
//! and otherwise joins through a hash of the whole collection's
//! `foreignField` values.

#[path = "lookup_pipeline.rs"]
mod pipeline;

use super::Stage;
use crate::agg::foreign::PROBE_VALUES;
use crate::agg::{Foreign, Pipeline};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::index::keyenc::encode_value;
use crate::planner::bounds::indexable;
use crate::value::collation::Collation;
use crate::value::compare::collation_key;
use crate::value::path::set_path;
use crate::value::path::{collect, split};
use bson::{Bson, Document};
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

pub struct Lookup {
    from: String,
    foreign: Arc<dyn Foreign>,
    local_field: Option<String>,
    foreign_field: Option<String>,
    lets: Document,
    pipeline: Option<Vec<Bson>>,
    as_field: String,
    base_vars: Arc<Vars>,
    /// The whole foreign collection, read when first needed.
    all: OnceLock<Arc<Vec<Document>>>,
    /// For the equality form without an index: the foreign documents by
    /// the encoded key of each `foreignField` value (a hash join, built on
    /// first use), so each input document costs a lookup rather than a
    /// pass over the collection.
    by_key: OnceLock<HashMap<Vec<u8>, Vec<usize>>>,
    /// Cleared when a probe finds no index to use, so later batches go
    /// straight to the hash join.
    probing: AtomicBool,
}

fn err(code: i32, m: &str) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

impl Lookup {
    pub fn parse(
        arg: &Bson,
        vars: &Arc<Vars>,
        foreign: Option<&Arc<dyn Foreign>>,
    ) -> Result<Lookup> {
        let Bson::Document(spec) = arg else {
            return Err(err(40319, "the $lookup specification must be an Object"));
        };
        let str_field = |k: &str| -> Result<Option<String>> {
            match spec.get(k) {
                None => Ok(None),
                Some(Bson::String(s)) => Ok(Some(s.clone())),
                Some(_) => Err(err(
                    4570,
                    &format!("$lookup argument '{k}' must be a string"),
                )),
            }
        };
        for k in spec.keys() {
            if !matches!(
                k.as_str(),
                "from" | "localField" | "foreignField" | "as" | "let" | "pipeline"
            ) {
                return Err(err(17038, &format!("unknown argument to $lookup: {k}")));
            }
        }
        let from = str_field("from")?;
        let as_field =
            str_field("as")?.ok_or_else(|| err(40449, "$lookup requires an 'as' field"))?;
        let local_field = str_field("localField")?;
        let foreign_field = str_field("foreignField")?;
        if local_field.is_some() != foreign_field.is_some() {
            return Err(err(40450, "$lookup requires both or neither of 'localField' and 'foreignField' to be specified"));
        }
        let pipeline = match spec.get("pipeline") {
            None => None,
            Some(Bson::Array(a)) => Some(a.clone()),
            Some(_) => return Err(err(51047, "$lookup 'pipeline' must be an array")),
        };
        if pipeline.is_none() && local_field.is_none() {
            return Err(err(40451, "$lookup requires either 'pipeline' or both 'localField' and 'foreignField' to be specified"));
        }
        let lets = match spec.get("let") {
            None => Document::new(),
            Some(Bson::Document(d)) => d.clone(),
            Some(_) => return Err(err(40322, "$lookup 'let' must be an object")),
        };
        let foreign =
            foreign.ok_or_else(|| Error::not_implemented("$lookup is not available here"))?;
        let Some(from) = from else {
            return Err(err(40321, "$lookup requires a 'from' field"));
        };
        if let Some(p) = &pipeline {
            // Validate the sub-pipeline once (it is parsed again with each
            // input document's `let` values when it runs).
            Pipeline::parse_with(p, vars.clone(), Some(foreign))?;
        }
        Ok(Lookup {
            from,
            foreign: foreign.clone(),
            local_field,
            foreign_field,
            lets,
            pipeline,
            as_field,
            base_vars: vars.clone(),
            all: OnceLock::new(),
            by_key: OnceLock::new(),
            probing: AtomicBool::new(true),
        })
    }
}

/// The join key of a value: its order-preserving encoding (equal numbers of
/// any type, and null/missing, encode alike), under the collation.
fn join_key(v: &Bson, coll: Option<&Collation>) -> Vec<u8> {
    let mut out = Vec::new();
    match coll {
        Some(c) => encode_value(&collation_key(v, c), &mut out),
        None => encode_value(v, &mut out),
    }
    out
}

/// The values at `path` in a foreign document (None where it is missing),
/// read in place.
fn field_values<'a>(d: &'a Document, path: &[String]) -> Vec<Option<&'a Bson>> {
    let mut found = Vec::new();
    match d.get(&path[0]) {
        Some(v) => collect(v, &path[1..], &mut found),
        None => found.push(None),
    }
    found
}

/// The local values of an input document: each element of an array, null
/// for a missing field — and null when there is no value at all (an empty
/// array), as mongod's `makeMatchStageFromInput` does.
fn local_values(d: &Document, path: &[String]) -> Vec<Bson> {
    let mut values = Vec::new();
    for v in field_values(d, path) {
        match v {
            None => values.push(Bson::Null),
            Some(Bson::Array(a)) => values.extend(a.iter().cloned()),
            Some(v) => values.push(v.clone()),
        }
    }
    if values.is_empty() {
        values.push(Bson::Null);
    }
    values
}

/// The foreign documents by the keys of their `field` values: each array
/// element and the whole array, null for a missing field.
fn hash_foreign(
    foreign: &[Document],
    field: &str,
    coll: Option<&Collation>,
) -> HashMap<Vec<u8>, Vec<usize>> {
    let path = split(field);
    let mut map: HashMap<Vec<u8>, Vec<usize>> = HashMap::new();
    for (i, d) in foreign.iter().enumerate() {
        let mut keys = Vec::new();
        for v in field_values(d, &path) {
            match v {
                None => keys.push(join_key(&Bson::Null, coll)),
                Some(a @ Bson::Array(elems)) => {
                    keys.extend(elems.iter().map(|e| join_key(e, coll)));
                    keys.push(join_key(a, coll));
                }
                Some(v) => keys.push(join_key(v, coll)),
            }
        }
        keys.sort();
        keys.dedup();
        for k in keys {
            map.entry(k).or_default().push(i);
        }
    }
    map
}

/// The positions of the hashed documents that match any of `values`, in
/// ascending order (the foreign documents' natural order).
fn hash_matches(
    map: &HashMap<Vec<u8>, Vec<usize>>,
    values: &[Bson],
    coll: Option<&Collation>,
) -> Vec<usize> {
    let mut at: Vec<usize> = values
        .iter()
        .filter_map(|v| map.get(&join_key(v, coll)))
        .flatten()
        .copied()
        .collect();
    at.sort_unstable();
    at.dedup();
    at
}

impl Lookup {
    /// The whole foreign collection, read on first use.
    fn all(&self) -> Result<&Arc<Vec<Document>>> {
        if let Some(all) = self.all.get() {
            return Ok(all);
        }
        let all = self.foreign.collection(&self.from)?;
        Ok(self.all.get_or_init(|| all))
    }

    /// The equality form's matches for each input document, in natural
    /// order as mongod's collection scan gives them.
    fn equality_matches(
        &self,
        input: &[Document],
        local: &str,
        field: &str,
        vars: &Vars,
    ) -> Result<Vec<Vec<Document>>> {
        let coll = vars.coll();
        let path = split(local);
        let locals: Vec<Vec<Bson>> = input.iter().map(|d| local_values(d, &path)).collect();
        let mut out: Vec<Option<Vec<Document>>> = vec![None; input.len()];
        // Index probes for the documents whose every value can be looked
        // up, in batches of at most PROBE_VALUES distinct values.
        let mut batch: Vec<usize> = Vec::new();
        let mut values: Vec<Bson> = Vec::new();
        let mut keys: HashSet<Vec<u8>> = HashSet::new();
        for (i, vals) in locals.iter().enumerate() {
            if !self.probing.load(Ordering::Relaxed) {
                break;
            }
            if vals.is_empty() {
                // An empty local array matches nothing (an `$in` of no
                // values).
                out[i] = Some(Vec::new());
                continue;
            }
            if !vals.iter().all(indexable) {
                continue;
            }
            let new: Vec<(Vec<u8>, &Bson)> = vals
                .iter()
                .map(|v| (join_key(v, coll), v))
                .filter(|(k, _)| !keys.contains(k))
                .collect();
            if !batch.is_empty() && values.len() + new.len() > PROBE_VALUES {
                self.probe_batch(field, &values, &batch, &locals, vars, &mut out)?;
                batch.clear();
                values.clear();
                keys.clear();
                if !self.probing.load(Ordering::Relaxed) {
                    break;
                }
                // Every value of this document is new to the next batch.
                for v in vals {
                    if keys.insert(join_key(v, coll)) {
                        values.push(v.clone());
                    }
                }
            } else {
                for (k, v) in new {
                    if keys.insert(k) {
                        values.push(v.clone());
                    }
                }
            }
            batch.push(i);
        }
        if !batch.is_empty() && self.probing.load(Ordering::Relaxed) {
            self.probe_batch(field, &values, &batch, &locals, vars, &mut out)?;
        }
        // The rest join against the whole collection.
        let mut result = Vec::with_capacity(input.len());
        for (i, found) in out.into_iter().enumerate() {
            if let Some(found) = found {
                result.push(found);
                continue;
            }
            let vals = &locals[i];
            let all = self.all()?;
            // Local values compare literally, regexes included (mongod
            // matches them with $eq, not as patterns).
            let map = self.by_key.get_or_init(|| hash_foreign(all, field, coll));
            result.push(
                hash_matches(map, vals, coll)
                    .into_iter()
                    .map(|at| all[at].clone())
                    .collect(),
            );
        }
        Ok(result)
    }

    /// Looks one batch's values up through an index and fills in the
    /// matches of the batch's documents; without a usable index, turns
    /// probing off and leaves them to the hash join.
    fn probe_batch(
        &self,
        field: &str,
        values: &[Bson],
        batch: &[usize],
        locals: &[Vec<Bson>],
        vars: &Vars,
        out: &mut [Option<Vec<Document>>],
    ) -> Result<()> {
        let Some(mut found) = self
            .foreign
            .probe(&self.from, field, values, &vars.collation)?
        else {
            self.probing.store(false, Ordering::Relaxed);
            return Ok(());
        };
        // The candidates in natural (record id) order, each once, then
        // checked by the same keys as the hash join so the results are the
        // same with or without the index. (mongod lists the matches in the
        // order its plan reads them, index order through an index; natural
        // order is what a collection scan gives, which is what drivers'
        // tests compare `as` arrays against.)
        found.sort_unstable_by_key(|(rid, _)| *rid);
        found.dedup_by_key(|(rid, _)| *rid);
        let docs: Vec<Document> = found.into_iter().map(|(_, d)| d).collect();
        let map = hash_foreign(&docs, field, vars.coll());
        for &i in batch {
            out[i] = Some(
                hash_matches(&map, &locals[i], vars.coll())
                    .into_iter()
                    .map(|at| docs[at].clone())
                    .collect(),
            );
        }
        Ok(())
    }
}

impl Stage for Lookup {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut matched = match (&self.local_field, &self.foreign_field) {
            (Some(lf), Some(ff)) => Some(self.equality_matches(&input, lf, ff, vars)?.into_iter()),
            _ => None,
        };
        let mut out = Vec::with_capacity(input.len());
        for d in input {
            // Each document may run a whole sub-pipeline: the command's
            // time limit and shutdown are checked between them.
            vars.check_deadline()?;
            let equality = matched.as_mut().map(|m| m.next().unwrap_or_default());
            let candidates = match &self.pipeline {
                Some(p) => self.run_pipeline(p, &d, equality, vars)?,
                None => equality.unwrap_or_default(),
            };
            let mut nd = d;
            set_path(
                &mut nd,
                &self.as_field,
                Bson::Array(candidates.into_iter().map(Bson::Document).collect()),
            )?;
            out.push(nd);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agg::foreign::Memory;
    use bson::{bson, doc};
    use std::sync::atomic::AtomicUsize;

    fn foreign_docs() -> Vec<Document> {
        vec![
            doc! {"_id": 0, "k": 1},
            doc! {"_id": 1, "k": [1, 2]},
            doc! {"_id": 2, "k": null},
            doc! {"_id": 3},
            doc! {"_id": 4, "k": "a"},
            doc! {"_id": 5, "k": "A"},
            doc! {"_id": 6, "k": [[1, 2], 3]},
            doc! {"_id": 7, "k": 2.0},
            doc! {"_id": 8, "k": {"x": 1}},
            doc! {"_id": 9, "k": "b"},
        ]
    }

    /// Counts whole-collection reads, answering probes like [`Memory`].
    struct Counting(Memory, AtomicUsize);

    impl Foreign for Counting {
        fn collection(&self, name: &str) -> Result<Arc<Vec<Document>>> {
            self.1.fetch_add(1, Ordering::Relaxed);
            self.0.collection(name)
        }
        fn probe(
            &self,
            name: &str,
            field: &str,
            values: &[Bson],
            collation: &crate::value::collation::Coll,
        ) -> Result<Option<Vec<(i64, Document)>>> {
            self.0.probe(name, field, values, collation)
        }
    }

    /// Runs one `$lookup` over `input`, with and without an "index" on
    /// `f.k`, checks both agree, and returns the `_id`s joined to each
    /// input document and how many times the collection was read in full.
    fn join(spec: Bson, input: Vec<Document>, vars: Vars) -> (Vec<Vec<i32>>, usize) {
        let vars = Arc::new(vars);
        let mut results = Vec::new();
        for indexed in [false, true] {
            let mut mem = Memory::new(&[("f", foreign_docs())]);
            if indexed {
                mem.indexed.push(("f".into(), "k".into()));
            }
            let counting = Arc::new(Counting(mem, AtomicUsize::new(0)));
            let foreign: Arc<dyn Foreign> = counting.clone();
            let stage = Lookup::parse(&spec, &vars, Some(&foreign)).unwrap();
            assert_eq!(counting.1.load(Ordering::Relaxed), 0, "read at parse time");
            let out = stage.apply(input.clone(), &vars).unwrap();
            let ids: Vec<Vec<i32>> = out
                .iter()
                .map(|d| {
                    d.get_array("as")
                        .unwrap()
                        .iter()
                        .map(|m| m.as_document().unwrap().get_i32("_id").unwrap())
                        .collect()
                })
                .collect();
            results.push((ids, counting.1.load(Ordering::Relaxed)));
        }
        assert_eq!(results[0].0, results[1].0, "same results with an index");
        results.pop().unwrap()
    }

    #[test]
    fn correlated_pipeline_through_an_index() {
        // {$expr: {$eq: ["$k", "$$v"]}} is exact equality: arrays match
        // only as whole values, missing never equals anything.
        let spec = bson!({
            "from": "f",
            "let": {"v": "$x"},
            "pipeline": [{"$match": {"$expr": {"$eq": ["$k", "$$v"]}}}],
            "as": "as",
        });
        let input = vec![
            doc! {"x": 1},
            doc! {"x": 2},
            doc! {"x": "a"},
            doc! {"x": [1, 2]},
            doc! {"x": null},
        ];
        let (ids, _) = join(spec.clone(), input, Vars::new());
        assert_eq!(ids, vec![vec![0], vec![7], vec![4], vec![1], vec![2]]);
        // Scalars go through the index alone: the collection is never
        // read whole.
        let scalars = vec![doc! {"x": 1}, doc! {"x": "b"}, doc! {"x": 5}];
        let (ids, reads) = join(spec, scalars, Vars::new());
        assert_eq!(ids, vec![vec![0], vec![9], vec![]]);
        assert_eq!(reads, 0);
    }

    #[test]
    fn equality_join_with_and_without_an_index() {
        let spec = bson!({"from": "f", "localField": "l", "foreignField": "k", "as": "as"});
        let input = vec![
            doc! {"l": 1},
            doc! {"l": 2},
            doc! {"l": [2, 3]},
            doc! {"l": "a"},
            doc! {"l": {"x": 1}},
            doc! {"l": 7},
            doc! {"l": []},
        ];
        let (ids, reads) = join(spec.clone(), input.clone(), Vars::new());
        assert_eq!(
            ids,
            vec![
                vec![0, 1],
                vec![1, 7],
                vec![1, 6, 7],
                vec![4],
                vec![8],
                vec![],
                // An empty local array joins as null: null and missing.
                vec![2, 3],
            ]
        );
        // Every value but the empty array's null could be probed: the
        // collection was read whole once, for that one.
        assert_eq!(reads, 1);
        // Missing and null local values match null and missing foreign
        // values (and arrays holding null), an array element that is an
        // array matches it whole or as an element: these read the
        // collection.
        let (ids, reads) = join(
            spec.clone(),
            vec![
                doc! {},
                doc! {"l": null},
                doc! {"l": 1},
                doc! {"l": [[1, 2]]},
            ],
            Vars::new(),
        );
        assert_eq!(ids, vec![vec![2, 3], vec![2, 3], vec![0, 1], vec![1, 6]]);
        assert_eq!(reads, 1);
        // A regex local value compares literally (no foreign value is that
        // regex), as mongod's $eq does.
        let (ids, _) = join(
            spec.clone(),
            vec![doc! {"l": bson::Regex {
                pattern: "^[ab]$".try_into().unwrap(),
                options: "i".try_into().unwrap(),
            }}],
            Vars::new(),
        );
        assert_eq!(ids, vec![Vec::<i32>::new()]);
        // Under a case-insensitive collation "a" also finds "A".
        let collation = Collation::parse(&bson!({"locale": "en", "strength": 2})).unwrap();
        let (ids, _) = join(
            spec,
            vec![doc! {"l": "a"}, doc! {"l": ["B", 1]}],
            Vars::with_collation(collation),
        );
        assert_eq!(ids, vec![vec![4, 5], vec![0, 1, 9]]);
    }

    #[test]
    fn many_input_documents_probe_in_batches() {
        let spec = bson!({"from": "f", "localField": "l", "foreignField": "k", "as": "as"});
        let input: Vec<Document> = (0..2 * PROBE_VALUES as i32 + 5)
            .map(|i| doc! {"l": [i % 3, i + 10]})
            .collect();
        let (ids, reads) = join(spec, input, Vars::new());
        assert_eq!(reads, 0);
        for (i, found) in ids.iter().enumerate() {
            let want: &[i32] = [&[][..], &[0, 1], &[1, 7]][i % 3];
            assert_eq!(found, want, "input {i}");
        }
    }

    #[test]
    fn equality_and_pipeline_together() {
        let spec = bson!({"from": "f", "localField": "l", "foreignField": "k", "as": "as",
                          "let": {"v": "$v"},
                          "pipeline": [{"$match": {"$expr": {"$ne": ["$_id", "$$v"]}}}]});
        let (ids, _) = join(
            spec,
            vec![doc! {"l": 1, "v": 0}, doc! {"l": 2, "v": 0}],
            Vars::new(),
        );
        assert_eq!(ids, vec![vec![1], vec![1, 7]]);
    }

    #[test]
    fn parse_errors_do_not_read() {
        let foreign: Arc<dyn Foreign> = Arc::new(Memory::default());
        let vars = Arc::new(Vars::new());
        let cases = [
            (bson!(1), 40319),
            (bson!({"from": "f", "as": "a", "bogus": 1}), 17038),
            (
                bson!({"from": "f", "localField": "l", "foreignField": "k"}),
                40449,
            ),
            (bson!({"from": "f", "localField": "l", "as": "a"}), 40450),
            (bson!({"from": "f", "as": "a"}), 40451),
            (
                bson!({"localField": "l", "foreignField": "k", "as": "a"}),
                40321,
            ),
            (
                bson!({"from": 1, "localField": "l", "foreignField": "k", "as": "a"}),
                4570,
            ),
            (
                bson!({"from": "f", "pipeline": [{"$bogus": 1}], "as": "a"}),
                40324,
            ),
        ];
        for (spec, code) in cases {
            let e = Lookup::parse(&spec, &vars, Some(&foreign))
                .err()
                .unwrap_or_else(|| panic!("{spec} parsed"));
            assert_eq!(e.code.code(), code, "{spec}: {}", e.message);
        }
    }
}
