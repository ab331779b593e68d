//! `$lookup`: joins each document with the documents of another collection
//! of the same database — by `localField`/`foreignField` equality (array
//! values match by element, missing matches null), by a sub-`pipeline` with
//! `let` variables, or both.

use super::Stage;
use crate::agg::expr::{eval_value, Scope, Vars};
use crate::agg::{Loader, Pipeline};
use crate::error::{Error, ErrorCode, Result};
use crate::index::keyenc::encode_value;
use crate::query::collation::Collation;
use crate::query::compare::collation_key;
use crate::query::path::{collect, split};
use crate::query::Filter;
use crate::update::set_path;
use bson::{doc, Bson, Document};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub struct Lookup {
    foreign: Vec<Document>,
    local_field: Option<String>,
    foreign_field: Option<String>,
    lets: Document,
    pipeline: Option<Vec<Bson>>,
    as_field: String,
    base_vars: Arc<Vars>,
    /// The loader's data for sub-pipelines that read further collections.
    nested: Vec<(String, Vec<Document>)>,
    /// For the equality form: the foreign documents by the encoded key of
    /// each `foreignField` value (a hash join, built on first use), so each
    /// input document costs a lookup rather than a pass over the collection.
    by_key: OnceLock<HashMap<Vec<u8>, Vec<usize>>>,
}

fn err(code: i32, m: &str) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

impl Lookup {
    pub fn parse(arg: &Bson, vars: &Arc<Vars>, loader: Option<&Loader<'_>>) -> Result<Lookup> {
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
        let loader =
            loader.ok_or_else(|| Error::not_implemented("$lookup is not available here"))?;
        let foreign = match &from {
            Some(f) => loader(f)?,
            None => return Err(err(40321, "$lookup requires a 'from' field")),
        };
        // Sub-pipelines may themselves read collections: load those now.
        let mut nested = Vec::new();
        if let Some(p) = &pipeline {
            for name in referenced_collections(p) {
                nested.push((name.clone(), loader(&name)?));
            }
            // Validate the sub-pipeline once.
            let probe: &Loader<'_> = &|_: &str| Ok(Vec::new());
            Pipeline::parse_with(p, vars.clone(), Some(probe))?;
        }
        Ok(Lookup {
            foreign,
            local_field,
            foreign_field,
            lets,
            pipeline,
            as_field,
            base_vars: vars.clone(),
            nested,
            by_key: OnceLock::new(),
        })
    }
}

/// Collections named by `$lookup.from`/`$graphLookup.from`/`$unionWith`
/// inside a pipeline.
fn referenced_collections(p: &[Bson]) -> Vec<String> {
    let mut out = Vec::new();
    for st in p {
        if let Bson::Document(d) = st {
            for (k, v) in d {
                match (k.as_str(), v) {
                    ("$lookup", Bson::Document(s)) => {
                        if let Ok(f) = s.get_str("from") {
                            out.push(f.to_string());
                        }
                        if let Ok(sub) = s.get_array("pipeline") {
                            out.extend(referenced_collections(sub));
                        }
                    }
                    ("$graphLookup", Bson::Document(s)) => {
                        if let Ok(f) = s.get_str("from") {
                            out.push(f.to_string());
                        }
                    }
                    ("$unionWith", Bson::String(c)) => out.push(c.clone()),
                    ("$unionWith", Bson::Document(s)) => {
                        if let Ok(c) = s.get_str("coll") {
                            out.push(c.to_string());
                        }
                        if let Ok(sub) = s.get_array("pipeline") {
                            out.extend(referenced_collections(sub));
                        }
                    }
                    ("$facet", Bson::Document(f)) => {
                        for (_, sub) in f {
                            if let Bson::Array(sub) = sub {
                                out.extend(referenced_collections(sub));
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
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
        let root = Bson::Document(d.clone());
        let mut found = Vec::new();
        collect(&root, &path, &mut found);
        let mut keys = Vec::new();
        for v in found {
            match v {
                None => keys.push(join_key(&Bson::Null, coll)),
                Some(Bson::Array(a)) => {
                    keys.extend(a.iter().map(|e| join_key(e, coll)));
                    keys.push(join_key(&Bson::Array(a.clone()), coll));
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

impl Stage for Lookup {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let nested = self.nested.clone();
        let loader = move |name: &str| -> Result<Vec<Document>> {
            Ok(nested
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, d)| d.clone())
                .unwrap_or_default())
        };
        let mut out = Vec::with_capacity(input.len());
        for d in input {
            let mut candidates: Vec<Document> = match (&self.local_field, &self.foreign_field) {
                (Some(lf), Some(ff)) => {
                    let root = Bson::Document(d.clone());
                    let mut found = Vec::new();
                    collect(&root, &split(lf), &mut found);
                    let mut values: Vec<Bson> = Vec::new();
                    for v in found {
                        match v {
                            None => values.push(Bson::Null),
                            Some(Bson::Array(a)) => values.extend(a.iter().cloned()),
                            Some(v) => values.push(v.clone()),
                        }
                    }
                    if values
                        .iter()
                        .any(|v| matches!(v, Bson::RegularExpression(_)))
                    {
                        // A regex local value matches by pattern, as in $in.
                        let filter = Filter::parse_collated(
                            &doc! { ff.clone(): { "$in": values } },
                            vars.collation.clone(),
                        )?;
                        let mut hits = Vec::new();
                        for f in &self.foreign {
                            if filter.matches(f)? {
                                hits.push(f.clone());
                            }
                        }
                        hits
                    } else {
                        let index = self
                            .by_key
                            .get_or_init(|| hash_foreign(&self.foreign, ff, vars.coll()));
                        let mut at: Vec<usize> = values
                            .iter()
                            .filter_map(|v| index.get(&join_key(v, vars.coll())))
                            .flatten()
                            .copied()
                            .collect();
                        at.sort_unstable();
                        at.dedup();
                        at.into_iter().map(|i| self.foreign[i].clone()).collect()
                    }
                }
                _ => self.foreign.clone(),
            };
            if let Some(p) = &self.pipeline {
                let mut sub_vars: Vars = (*self.base_vars).clone();
                sub_vars.extend(vars.iter().map(|(k, v)| (k.clone(), v.clone())));
                let scope = Scope { root: &d, vars };
                for (k, e) in &self.lets {
                    sub_vars.insert(k.clone(), eval_value(e, &scope)?);
                }
                let pipeline = Pipeline::parse_with(p, Arc::new(sub_vars), Some(&loader))?;
                candidates = pipeline.run(candidates)?;
            }
            let mut nd = d.clone();
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
