//! `$graphLookup`: a breadth-first search over another collection of the
//! database (read through the pipeline's [`Foreign`], as `$lookup` does). It
//! starts from the `startWith` values, finds the documents whose
//! `connectToField` equals a frontier value, and continues from their
//! `connectFromField` values, up to `maxDepth`. Each document is visited
//! once (by `_id`); the visited documents, optionally with their depth in
//! `depthField`, go into the `as` array in the order they were found
//! (natural order within one depth). Each depth's frontier is looked up
//! through an index on `connectToField` when one fits; otherwise the whole
//! collection (read once, on first use) is searched.

use super::Stage;
use crate::agg::foreign::PROBE_VALUES;
use crate::agg::Foreign;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::index::keyenc::encode_value;
use crate::planner::bounds::indexable;
use crate::query::Filter;
use crate::value::compare::values_equal_with;
use crate::value::path::set_path;
use crate::value::path::{collect, split};
use crate::value::type_name;
use bson::{Bson, Document};
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

pub struct GraphLookup {
    from: String,
    foreign: Arc<dyn Foreign>,
    /// The whole collection, read when a frontier cannot use an index.
    all: OnceLock<Arc<Vec<Document>>>,
    /// Cleared when a probe finds no index on `connectToField`.
    probing: AtomicBool,
    start_with: Bson,
    connect_from: Vec<String>,
    connect_to: Vec<String>,
    as_field: String,
    depth_field: Option<String>,
    max_depth: Option<i64>,
    restrict: Option<Filter>,
}

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// A field path argument, checked as mongod's FieldPath checks it.
fn field_path(p: &str) -> Result<()> {
    for part in p.split('.') {
        if part.is_empty() {
            return Err(err(
                15998,
                "FieldPath field names may not be empty strings.",
            ));
        }
        if part.starts_with('$') {
            return Err(err(
                16410,
                "FieldPath field names may not start with '$'. Consider using $getField or $setField.",
            ));
        }
    }
    Ok(())
}

impl GraphLookup {
    pub fn parse(
        arg: &Bson,
        vars: &Arc<Vars>,
        foreign: Option<&Arc<dyn Foreign>>,
    ) -> Result<GraphLookup> {
        let Bson::Document(spec) = arg else {
            return Err(Error::failed_to_parse(format!(
                "the $graphLookup stage specification must be an object, but found {}",
                type_name(arg)
            )));
        };
        let from = match spec.get("from") {
            None => {
                return Err(Error::failed_to_parse(format!(
                    "missing 'from' option to $graphLookup stage specification: {spec}"
                )))
            }
            Some(Bson::String(f)) if f.is_empty() || f.contains('\0') || f.starts_with('.') => {
                return Err(Error::new(
                    ErrorCode::InvalidNamespace,
                    format!("invalid $graphLookup namespace: {f}"),
                ))
            }
            Some(Bson::String(f)) => f.clone(),
            Some(v) => {
                return Err(Error::failed_to_parse(format!(
                    "$graphLookup 'from' field must be a string, but found {}",
                    type_name(v)
                )))
            }
        };
        let foreign = foreign.cloned();
        let mut g = GraphLookup {
            from,
            // Without one the stage is refused below, once the spec has
            // been checked.
            foreign: match &foreign {
                Some(f) => f.clone(),
                None => Arc::new(crate::agg::foreign::Memory::default()),
            },
            all: OnceLock::new(),
            probing: AtomicBool::new(true),
            start_with: Bson::Null,
            connect_from: Vec::new(),
            connect_to: Vec::new(),
            as_field: String::new(),
            depth_field: None,
            max_depth: None,
            restrict: None,
        };
        let mut start_with = None;
        for (k, v) in spec {
            match k.as_str() {
                "startWith" => start_with = Some(v.clone()),
                "maxDepth" => {
                    let Some(d) = crate::value::as_f64(v).filter(|_| crate::value::is_number(v))
                    else {
                        return Err(err(
                            40100,
                            format!("maxDepth must be numeric, found type: {}", type_name(v)),
                        ));
                    };
                    let n = d as i64;
                    if n < 0 {
                        return Err(err(
                            40101,
                            format!("maxDepth requires a nonnegative argument, found: {n}"),
                        ));
                    }
                    if n as f64 != d {
                        return Err(err(
                            40102,
                            format!("maxDepth could not be represented as a long long: {n}"),
                        ));
                    }
                    g.max_depth = Some(n);
                }
                "restrictSearchWithMatch" => {
                    let Bson::Document(m) = v else {
                        return Err(err(
                            40185,
                            format!(
                                "restrictSearchWithMatch must be an object, found {}",
                                type_name(v)
                            ),
                        ));
                    };
                    g.restrict = Some(Filter::parse_with_vars(m, vars)?);
                }
                "from" | "as" | "connectFromField" | "connectToField" | "depthField" => {
                    let Bson::String(s) = v else {
                        return Err(err(
                            40103,
                            format!(
                                "expected string as argument for {k}, found: {}",
                                type_name(v)
                            ),
                        ));
                    };
                    match k.as_str() {
                        "as" => g.as_field = s.clone(),
                        "connectFromField" => g.connect_from = split(s),
                        "connectToField" => g.connect_to = split(s),
                        "depthField" => {
                            field_path(s)?;
                            g.depth_field = Some(s.clone());
                        }
                        _ => {}
                    }
                }
                _ => return Err(err(40104, format!("Unknown argument to $graphLookup: {k}"))),
            }
        }
        let missing = g.as_field.is_empty()
            || g.connect_from.concat().is_empty()
            || g.connect_to.concat().is_empty();
        let Some(start_with) = start_with.filter(|_| !missing) else {
            return Err(err(40105, "$graphLookup requires 'from', 'as', 'startWith', 'connectFromField', and 'connectToField' to be specified."));
        };
        field_path(&g.as_field)?;
        field_path(&g.connect_from.join("."))?;
        field_path(&g.connect_to.join("."))?;
        g.start_with = start_with;
        if foreign.is_none() {
            return Err(Error::not_implemented("$graphLookup is not available here"));
        }
        Ok(g)
    }

    /// The whole foreign collection, read on first use.
    fn all(&self) -> Result<&Arc<Vec<Document>>> {
        if let Some(all) = self.all.get() {
            return Ok(all);
        }
        let all = self.foreign.collection(&self.from)?;
        Ok(self.all.get_or_init(|| all))
    }

    /// The documents an index on `connectToField` gives for the frontier,
    /// in natural order, each once; None when the frontier holds values an
    /// index cannot look up or no index fits.
    fn probe(&self, frontier: &[Bson], vars: &Vars) -> Result<Option<Vec<Document>>> {
        if !self.probing.load(Ordering::Relaxed) || !frontier.iter().all(indexable) {
            return Ok(None);
        }
        let mut seen = HashSet::new();
        let values: Vec<Bson> = frontier
            .iter()
            .filter(|v| {
                let mut key = Vec::new();
                encode_value(v, &mut key);
                seen.insert(key)
            })
            .cloned()
            .collect();
        let field = self.connect_to.join(".");
        let mut found = Vec::new();
        for chunk in values.chunks(PROBE_VALUES) {
            match self
                .foreign
                .probe(&self.from, &field, chunk, &vars.collation)?
            {
                Some(docs) => found.extend(docs),
                None => {
                    self.probing.store(false, Ordering::Relaxed);
                    return Ok(None);
                }
            }
        }
        found.sort_unstable_by_key(|(rid, _)| *rid);
        found.dedup_by_key(|(rid, _)| *rid);
        Ok(Some(found.into_iter().map(|(_, d)| d).collect()))
    }

    /// Whether a foreign document's `connectToField` holds a frontier value
    /// (an array field matches through its elements, as `$in` does).
    fn connects(&self, d: &Document, frontier: &[Bson], vars: &Vars) -> bool {
        let root = Bson::Document(d.clone());
        let mut found = Vec::new();
        collect(&root, &self.connect_to, &mut found);
        let hit = |v: &Bson| {
            frontier
                .iter()
                .any(|f| values_equal_with(f, v, vars.coll()))
        };
        found.into_iter().flatten().any(|v| match v {
            Bson::Array(a) => hit(v) || a.iter().any(hit),
            _ => hit(v),
        })
    }

    fn search(&self, input: &Document, vars: &Vars) -> Result<Vec<Bson>> {
        let mut frontier = match eval(&self.start_with, &Scope { root: input, vars })? {
            None => Vec::new(),
            Some(Bson::Array(a)) => a,
            Some(v) => vec![v],
        };
        let mut seen: HashSet<Vec<u8>> = HashSet::new();
        let mut results = Vec::new();
        let mut depth: i64 = 0;
        while !frontier.is_empty() {
            let mut next = Vec::new();
            // Candidates from an index (checked like any other document
            // below, so the results do not depend on it), else everything.
            let probed = self.probe(&frontier, vars)?;
            let candidates: &[Document] = match &probed {
                Some(docs) => docs,
                None => self.all()?,
            };
            for f in candidates {
                if let Some(r) = &self.restrict {
                    if !r.matches(f)? {
                        continue;
                    }
                }
                if !self.connects(f, &frontier, vars) {
                    continue;
                }
                let Some(id) = f.get("_id") else {
                    return Err(err(40271, format!("Documents in the '{}' namespace must contain an _id for de-duplication in $graphLookup", self.from)));
                };
                let mut key = Vec::new();
                encode_value(id, &mut key);
                if !seen.insert(key) {
                    continue;
                }
                let root = Bson::Document(f.clone());
                let mut from_values = Vec::new();
                collect(&root, &self.connect_from, &mut from_values);
                for v in from_values.into_iter().flatten() {
                    match v {
                        Bson::Array(a) => next.extend(a.iter().cloned()),
                        v => next.push(v.clone()),
                    }
                }
                let mut found = f.clone();
                if let Some(df) = &self.depth_field {
                    set_path(&mut found, df, Bson::Int64(depth))?;
                }
                results.push(Bson::Document(found));
            }
            depth += 1;
            if self.max_depth.is_some_and(|m| depth > m) {
                break;
            }
            frontier = next;
        }
        Ok(results)
    }
}

impl Stage for GraphLookup {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut out = Vec::with_capacity(input.len());
        for mut d in input {
            vars.check_deadline()?;
            let found = self.search(&d, vars)?;
            set_path(&mut d, &self.as_field, Bson::Array(found))?;
            out.push(d);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn employees() -> Vec<Document> {
        vec![
            doc! {"_id": 1, "name": "Dev"},
            doc! {"_id": 2, "name": "Eliot", "reportsTo": "Dev"},
            doc! {"_id": 3, "name": "Ron", "reportsTo": "Eliot"},
            doc! {"_id": 4, "name": "Andrew", "reportsTo": "Eliot"},
            doc! {"_id": 5, "name": "Asya", "reportsTo": "Ron"},
            doc! {"_id": 6, "name": "Dan", "reportsTo": "Andrew", "tags": ["x"]},
        ]
    }

    fn run(spec: Bson, input: Vec<Document>) -> Result<Vec<Document>> {
        let plain = run_with(spec.clone(), input.clone(), false);
        let indexed = run_with(spec, input, true);
        match (&plain, &indexed) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "same results with an index"),
            (Err(a), Err(b)) => assert_eq!(a.code, b.code),
            _ => panic!("{plain:?} vs {indexed:?}"),
        }
        plain
    }

    /// Runs the stage over the employees, with every field "indexed" (the
    /// in-memory probe answers with all documents, newest first) or not.
    fn run_with(spec: Bson, input: Vec<Document>, indexed: bool) -> Result<Vec<Document>> {
        let mut mem = crate::agg::foreign::Memory::new(&[("emp", employees())]);
        if indexed {
            for f in ["name", "reportsTo", "b"] {
                mem.indexed.push(("emp".into(), f.into()));
            }
        }
        let foreign: Arc<dyn Foreign> = Arc::new(mem);
        let vars = Arc::new(Vars::new());
        GraphLookup::parse(&spec, &vars, Some(&foreign))?.apply(input, &vars)
    }

    fn names(d: &Document, field: &str) -> Vec<String> {
        d.get_array(field)
            .unwrap()
            .iter()
            .map(|h| {
                h.as_document()
                    .unwrap()
                    .get_str("name")
                    .unwrap()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn hierarchy() {
        let spec = bson!({"from": "emp", "startWith": "$reportsTo", "connectFromField": "reportsTo",
                          "connectToField": "name", "as": "chain", "depthField": "d"});
        let out = run(
            spec.clone(),
            vec![doc! {"name": "Asya", "reportsTo": "Ron"}],
        )
        .unwrap();
        assert_eq!(names(&out[0], "chain"), ["Ron", "Eliot", "Dev"]);
        let depths: Vec<i64> = out[0]
            .get_array("chain")
            .unwrap()
            .iter()
            .map(|h| h.as_document().unwrap().get_i64("d").unwrap())
            .collect();
        assert_eq!(depths, [0, 1, 2]);
        // Reports of Eliot, downwards, at most one level below the first.
        let down = bson!({"from": "emp", "startWith": "$name", "connectFromField": "name",
                          "connectToField": "reportsTo", "as": "team", "maxDepth": 1});
        let out = run(down.clone(), vec![doc! {"name": "Eliot"}]).unwrap();
        assert_eq!(names(&out[0], "team"), ["Ron", "Andrew", "Asya", "Dan"]);
        let zero = bson!({"from": "emp", "startWith": "$name", "connectFromField": "name",
                          "connectToField": "reportsTo", "as": "team", "maxDepth": 0,
                          "restrictSearchWithMatch": {"name": {"$ne": "Ron"}}});
        let out = run(zero, vec![doc! {"name": "Eliot"}]).unwrap();
        assert_eq!(names(&out[0], "team"), ["Andrew"]);
        // Missing startWith finds nothing; an array starts from each value.
        let out = run(spec.clone(), vec![doc! {"name": "Dev"}]).unwrap();
        assert_eq!(out[0].get_array("chain").unwrap().len(), 0);
        let out = run(spec, vec![doc! {"reportsTo": ["Dev", "Ron"]}]).unwrap();
        assert_eq!(names(&out[0], "chain"), ["Dev", "Ron", "Eliot"]);
    }

    #[test]
    fn inside_lookup_pipeline() {
        // A $lookup sub-pipeline reads the $graphLookup collection too.
        let foreign: Arc<dyn Foreign> = Arc::new(crate::agg::foreign::Memory::new(&[
            ("emp", employees()),
            ("one", vec![doc! {"_id": 0, "start": "Ron"}]),
        ]));
        let p = bson!([{"$lookup": {"from": "one", "as": "x", "pipeline": [
            {"$graphLookup": {"from": "emp", "startWith": "$start", "connectFromField": "reportsTo",
                              "connectToField": "name", "as": "up"}},
            {"$project": {"n": {"$size": "$up"}, "_id": 0}}]}}]);
        let Bson::Array(stages) = p else {
            unreachable!()
        };
        let out = crate::agg::Pipeline::parse_with(&stages, Arc::new(Vars::new()), Some(&foreign))
            .unwrap()
            .run(vec![doc! {}])
            .unwrap();
        assert_eq!(out, vec![doc! {"x": [{"n": 3}]}]);
    }

    #[test]
    fn errors() {
        let base = || doc! {"from": "emp", "startWith": "$a", "connectFromField": "a", "connectToField": "b", "as": "c"};
        let with = |k: &str, v: Bson| {
            let mut d = base();
            d.insert(k, v);
            Bson::Document(d)
        };
        let mut no_as = base();
        no_as.remove("as");
        let mut no_from = base();
        no_from.remove("from");
        let cases = [
            (bson!(1), ErrorCode::FailedToParse.code()),
            (Bson::Document(no_from), ErrorCode::FailedToParse.code()),
            (with("from", bson!(1)), ErrorCode::FailedToParse.code()),
            (with("maxDepth", bson!("1")), 40100),
            (with("maxDepth", bson!(-1)), 40101),
            (with("maxDepth", bson!(1.5)), 40102),
            (with("restrictSearchWithMatch", bson!(1)), 40185),
            (with("as", bson!(1)), 40103),
            (with("bogus", bson!(1)), 40104),
            (Bson::Document(no_as), 40105),
            (with("depthField", bson!("$d")), 16410),
        ];
        for (spec, code) in cases {
            let e = run(spec.clone(), vec![]).unwrap_err();
            assert_eq!(e.code.code(), code, "{spec}: {}", e.message);
        }
    }
}
