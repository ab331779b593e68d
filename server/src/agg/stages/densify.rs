//! `$densify`: fills gaps in a sequence of numbers or dates. Documents are
//! sorted by `partitionByFields` then `field` (only by `field` for "full"
//! bounds), and for each partition a document is generated at every step
//! of a grid no document sits on: from the lower bound ("full": the
//! smallest value of all partitions, "partition": the partition's
//! smallest, or the explicit lower bound) up to the upper bound (the
//! largest value of all partitions, inclusive; the partition's largest;
//! or the explicit upper bound, exclusive). Generated documents hold the
//! partition fields and the value. Documents whose field is null or
//! missing pass through. As in mongod, the generation past a partition's
//! last document for "full" and explicit bounds comes after all input.

use super::window::{add_numbers, check_field_path, date_add, parse_time_unit};
use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::index::keyenc::encode_value;
use crate::query::sort::SortSpec;
use crate::value::compare::{collation_key, compare};
use crate::value::path::set_path;
use crate::value::{as_f64, as_i64, is_number, type_name};
use bson::{Bson, Document};
use std::cmp::Ordering;
use std::collections::HashMap;

const STAGE: &str = "$densify";
/// mongod's default `internalQueryMaxAllowedDensifyDocs`.
const MAX_GENERATED: usize = 500_000;

#[derive(Debug, Clone, PartialEq)]
enum Bounds {
    Full,
    Partition,
    /// `[lower, upper)`.
    Explicit(Box<(Bson, Bson)>),
}

pub struct Densify {
    field: String,
    partitions: Vec<String>,
    step: Bson,
    unit: Option<&'static str>,
    bounds: Bounds,
}

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// `range`: `{step, bounds, unit?}`, checked as mongod's RangeStatement.
fn parse_range(range: &Document) -> Result<(Bson, Option<&'static str>, Bounds)> {
    const CTX: &str = "$densify.range";
    let (mut step, mut bounds, mut unit) = (None, None, None);
    for (k, v) in range {
        match (k.as_str(), v) {
            ("step", _) => step = Some(v.clone()),
            ("bounds", _) => bounds = Some(v),
            ("unit", Bson::String(u)) => unit = Some(u.as_str()),
            ("unit", _) => return Err(crate::value::field_type_error(CTX, k, v, "string")),
            _ => return Err(Error::unknown_field(CTX, k)),
        }
    }
    let step = step.ok_or_else(|| Error::missing_field(CTX, "step"))?;
    let bounds = bounds.ok_or_else(|| Error::missing_field(CTX, "bounds"))?;
    if !is_number(&step) || !as_f64(&step).is_some_and(|s| s > 0.0) {
        return Err(err(
            5733401,
            "The step parameter in a range statement must be a strictly positive numeric value",
        ));
    }
    let unit = match unit {
        Some(u) => {
            if as_i64(&step).is_none() {
                return Err(err(6586400, "The step parameter in a range statement must be a whole number when densifying a date range"));
            }
            Some(parse_time_unit(u)?)
        }
        None => None,
    };
    let bounds = match bounds {
        Bson::Array(a) => {
            if a.len() != 2 {
                return Err(err(
                    5733403,
                    "A bounding array in a range statement must have exactly two elements",
                ));
            }
            let (lo, hi) = (&a[0], &a[1]);
            if compare(lo, hi) == Ordering::Greater {
                return Err(err(5733402, "A bounding array must be an ascending array of either two dates or two numbers"));
            }
            let both = "A bounding array must contain either both dates or both numeric types";
            if is_number(lo) {
                if unit.is_some() {
                    return Err(err(5733409, "Numeric bounds may not have unit parameter"));
                }
                if !is_number(hi) {
                    return Err(err(5733406, both));
                }
                if type_name(lo) != type_name(hi) || type_name(lo) != type_name(&step) {
                    return Err(err(
                        5876900,
                        "Upper bound, lower bound, and step must all have the same type",
                    ));
                }
            } else if matches!(lo, Bson::DateTime(_)) {
                if !matches!(hi, Bson::DateTime(_)) {
                    return Err(err(5733405, both));
                }
                if unit.is_none() {
                    return Err(err(5733410, "A bounding array of dates must specify a unit"));
                }
            } else {
                return Err(err(5946800, "Explicit bounds must be numeric or dates"));
            }
            Bounds::Explicit(Box::new((lo.clone(), hi.clone())))
        }
        Bson::String(s) if s == "full" => Bounds::Full,
        Bson::String(s) if s == "partition" => Bounds::Partition,
        Bson::String(_) => {
            return Err(err(
                5946802,
                "Bounds string must either be 'full' or 'partition'",
            ))
        }
        _ => return Err(err(5733404, "The bounds in a range statement must be the string 'full', 'partition', or an ascending array of two numbers or two dates")),
    };
    Ok((step, unit, bounds))
}

impl Densify {
    pub fn parse(arg: &Bson) -> Result<Densify> {
        let Bson::Document(spec) = arg else {
            return Err(Error::failed_to_parse(format!(
                "The {STAGE} stage specification must be an object, found {}",
                type_name(arg)
            )));
        };
        let (mut field, mut partitions, mut range) = (None, Vec::new(), None);
        for (k, v) in spec {
            match (k.as_str(), v) {
                ("field", Bson::String(f)) => field = Some(f.clone()),
                ("field", _) => return Err(crate::value::field_type_error(STAGE, k, v, "string")),
                ("partitionByFields", Bson::Array(a)) => {
                    partitions.clear();
                    for (i, p) in a.iter().enumerate() {
                        let Bson::String(p) = p else {
                            return Err(crate::value::field_type_error(
                                STAGE,
                                &format!("partitionByFields.{i}"),
                                p,
                                "string",
                            ));
                        };
                        partitions.push(p.clone());
                    }
                }
                ("partitionByFields", _) => {
                    return Err(crate::value::field_type_error(STAGE, k, v, "array"))
                }
                ("range", Bson::Document(r)) => range = Some(r),
                ("range", _) => return Err(crate::value::field_type_error(STAGE, k, v, "object")),
                _ => return Err(Error::unknown_field(STAGE, k)),
            }
        }
        let field = field.ok_or_else(|| Error::missing_field(STAGE, "field"))?;
        let range = range.ok_or_else(|| Error::missing_field(STAGE, "range"))?;
        let (step, unit, bounds) = parse_range(range)?;
        for p in &partitions {
            check_field_path(p)?;
        }
        check_field_path(&field)?;
        if bounds == Bounds::Partition && partitions.is_empty() {
            return Err(err(5733408, "One cannot specify the bounds as 'partition' without specifying a non-empty array of partitionByFields. You may have meant to specify 'full' bounds."));
        }
        Ok(Densify {
            field,
            partitions,
            step,
            unit,
            bounds,
        })
    }

    /// The document's value to densify; `None` when null or missing.
    fn value(&self, doc: &Document) -> Result<Option<Bson>> {
        let v = match nested(doc, &self.field) {
            None | Some(Bson::Null | Bson::Undefined) => return Ok(None),
            Some(v) => v,
        };
        let date = matches!(v, Bson::DateTime(_));
        if !date && !is_number(v) {
            return Err(err(5733201, "Densify field type must be numeric or a date"));
        }
        match (self.unit, date) {
            (Some(_), false) => Err(err(
                6053600,
                "Encountered numeric densify value in collection when step has a date unit.",
            )),
            (None, true) => Err(err(
                6053600,
                "Encountered date densify value in collection when step does not have a date unit.",
            )),
            _ => Ok(Some(v.clone())),
        }
    }

    /// The next value of the grid.
    fn step_from(&self, v: &Bson, vars: &Vars) -> Result<Bson> {
        match (v, self.unit) {
            (Bson::DateTime(d), Some(unit)) => {
                let amount = as_i64(&self.step).unwrap_or(1);
                Ok(Bson::DateTime(bson::DateTime::from_millis(date_add(
                    d.timestamp_millis(),
                    unit,
                    amount,
                    vars,
                )?)))
            }
            _ => Ok(add_numbers(v, &self.step)),
        }
    }

    /// The partition fields of a document, as generated documents hold them.
    fn partition_of(&self, doc: &Document) -> Result<Document> {
        let mut base = Document::new();
        for p in &self.partitions {
            if let Some(v) = nested(doc, p) {
                set_path(&mut base, p, v.clone())?;
            }
        }
        Ok(base)
    }
}

/// A dotted path through embedded documents only (an array on the way
/// reads as missing, as mongod's getNestedField does).
fn nested<'a>(doc: &'a Document, path: &str) -> Option<&'a Bson> {
    let mut parts = path.split('.');
    let mut cur = doc.get(parts.next()?)?;
    for p in parts {
        match cur {
            Bson::Document(d) => cur = d.get(p)?,
            _ => return None,
        }
    }
    Some(cur)
}

/// One partition's place on the grid: the next value to generate.
struct PartitionState {
    base: Document,
    next: Bson,
}

/// Collects the output, counting generated documents against mongod's
/// limit.
struct Output {
    docs: Vec<Document>,
    generated: usize,
}

impl Output {
    fn generate(&mut self, d: &Densify, base: &Document, v: &Bson) -> Result<()> {
        self.generated += 1;
        if self.generated > MAX_GENERATED {
            return Err(err(5897900, format!("Generated {} documents in $densify, which is over the limit of {MAX_GENERATED}. Increase the 'internalQueryMaxAllowedDensifyDocs' parameter to allow more generated documents", self.generated)));
        }
        let mut doc = base.clone();
        set_path(&mut doc, &d.field, v.clone())?;
        self.docs.push(doc);
        Ok(())
    }
}

impl Stage for Densify {
    fn apply(&self, mut input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut sort = Document::new();
        if self.bounds != Bounds::Full {
            for p in &self.partitions {
                sort.insert(p.clone(), 1);
            }
        }
        sort.insert(self.field.clone(), 1);
        SortSpec::parse(&sort)?
            .with_collation(vars.collation.clone())
            .sort(&mut input);
        let values: Vec<Option<Bson>> =
            input.iter().map(|d| self.value(d)).collect::<Result<_>>()?;
        let global_min = values.iter().flatten().next().cloned();
        let global_max = values.iter().flatten().last().cloned();
        let mut states: Vec<PartitionState> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        if let (Bounds::Explicit(b), true) = (&self.bounds, self.partitions.is_empty()) {
            // Without partitions an explicit range is densified even when
            // no document has a value.
            states.push(PartitionState {
                base: Document::new(),
                next: b.0.clone(),
            });
            index.insert(Vec::new(), 0);
        }
        let mut out = Output {
            docs: Vec::with_capacity(input.len()),
            generated: 0,
        };
        for (doc, v) in input.into_iter().zip(values) {
            let Some(v) = v else {
                out.docs.push(doc);
                continue;
            };
            let base = self.partition_of(&doc)?;
            let mut key = Vec::new();
            if !self.partitions.is_empty() {
                let b = Bson::Document(base.clone());
                match vars.coll() {
                    Some(c) => encode_value(&collation_key(&b, c), &mut key),
                    None => encode_value(&b, &mut key),
                }
            }
            let slot = match index.get(&key) {
                Some(&slot) => slot,
                None => {
                    let next = match &self.bounds {
                        Bounds::Explicit(b) => b.0.clone(),
                        Bounds::Partition => v.clone(),
                        Bounds::Full => global_min.clone().unwrap_or(Bson::Null),
                    };
                    states.push(PartitionState { base, next });
                    index.insert(key, states.len() - 1);
                    states.len() - 1
                }
            };
            let st = &mut states[slot];
            let hi = match &self.bounds {
                Bounds::Explicit(b) => {
                    let (lo, hi) = &**b;
                    if compare(&v, lo) == Ordering::Less {
                        out.docs.push(doc);
                        continue;
                    }
                    Some(hi)
                }
                _ => None,
            };
            while compare(&st.next, &v) == Ordering::Less
                && hi.is_none_or(|hi| compare(&st.next, hi) == Ordering::Less)
            {
                out.generate(self, &st.base, &st.next)?;
                st.next = self.step_from(&st.next, vars)?;
            }
            if compare(&st.next, &v) == Ordering::Equal {
                st.next = self.step_from(&st.next, vars)?;
            }
            out.docs.push(doc);
        }
        // The rest of each partition's range, after all the input.
        let (end, inclusive) = match &self.bounds {
            Bounds::Explicit(b) => (Some(b.1.clone()), false),
            Bounds::Full => (global_max, true),
            Bounds::Partition => (None, false),
        };
        if let Some(end) = end {
            for st in &mut states {
                loop {
                    let c = compare(&st.next, &end);
                    if c == Ordering::Greater || (c == Ordering::Equal && !inclusive) {
                        break;
                    }
                    out.generate(self, &st.base, &st.next)?;
                    st.next = self.step_from(&st.next, vars)?;
                }
            }
        }
        Ok(out.docs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn run(spec: Bson, docs: Vec<Document>) -> Result<Vec<Document>> {
        let vars = Vars::new();
        Densify::parse(&spec)?.apply(docs, &vars)
    }

    fn coffee() -> Vec<Document> {
        vec![
            doc! {"a": 600, "v": "A", "s": 1},
            doc! {"a": 750, "v": "A", "s": 2},
            doc! {"a": 950, "v": "A", "s": 3},
            doc! {"a": 1250, "v": "G", "s": 4},
            doc! {"a": 1700, "v": "G", "s": 5},
            doc! {"a": 1600, "v": "S", "s": 6},
        ]
    }

    /// The (partition, value, generated?) of each output document.
    fn shape(docs: &[Document]) -> Vec<(String, i32, bool)> {
        docs.iter()
            .map(|d| {
                (
                    d.get_str("v").unwrap_or("-").to_string(),
                    d.get_i32("a").unwrap_or(-1),
                    !d.contains_key("s"),
                )
            })
            .collect()
    }

    #[test]
    fn partitioned_full() {
        let out = run(
            bson!({"field": "a", "partitionByFields": ["v"], "range": {"bounds": "full", "step": 200}}),
            coffee(),
        )
        .unwrap();
        let got: Vec<(String, i32, bool)> = shape(&out);
        let g = |v: &str, a: i32| (v.to_string(), a, true);
        let d = |v: &str, a: i32| (v.to_string(), a, false);
        assert_eq!(
            got,
            vec![
                d("A", 600),
                d("A", 750),
                g("A", 800),
                d("A", 950),
                g("G", 600),
                g("G", 800),
                g("G", 1000),
                g("G", 1200),
                d("G", 1250),
                g("S", 600),
                g("S", 800),
                g("S", 1000),
                g("S", 1200),
                g("S", 1400),
                d("S", 1600),
                g("G", 1400),
                g("G", 1600),
                d("G", 1700),
                g("A", 1000),
                g("A", 1200),
                g("A", 1400),
                g("A", 1600),
            ]
        );
        // Generated documents hold the partition fields, then the value.
        assert_eq!(out[2], doc! {"v": "A", "a": 800});
    }

    #[test]
    fn bounds() {
        let nums = || {
            vec![
                doc! {"a": 3, "s": 1},
                doc! {"s": 2},
                doc! {"a": 0, "s": 3},
                doc! {"a": 10, "s": 4},
            ]
        };
        let values = |docs: Vec<Document>| -> Vec<Bson> {
            docs.iter()
                .map(|d| d.get("a").cloned().unwrap_or(Bson::Null))
                .collect()
        };
        let out = run(
            bson!({"field": "a", "range": {"bounds": "full", "step": 4}}),
            nums(),
        )
        .unwrap();
        assert_eq!(
            values(out),
            bson!([null, 0, 3, 4, 8, 10]).as_array().unwrap().clone()
        );
        let out = run(
            bson!({"field": "a", "range": {"bounds": [2, 9], "step": 3}}),
            nums(),
        )
        .unwrap();
        assert_eq!(
            values(out),
            bson!([null, 0, 2, 3, 5, 8, 10]).as_array().unwrap().clone()
        );
        // An explicit range is filled even with no document in it.
        let out = run(
            bson!({"field": "a", "range": {"bounds": [0.5, 2.0], "step": 0.5}}),
            vec![],
        )
        .unwrap();
        assert_eq!(
            values(out),
            bson!([0.5, 1.0, 1.5]).as_array().unwrap().clone()
        );
        // Partition bounds stay within each partition's values.
        let out = run(
            bson!({"field": "a", "partitionByFields": ["p"], "range": {"bounds": "partition", "step": 1}}),
            vec![
                doc! {"p": 1, "a": 5},
                doc! {"p": 2, "a": 1},
                doc! {"p": 1, "a": 7},
                doc! {"p": 2, "a": 2},
            ],
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"p": 1, "a": 5},
                doc! {"p": 1, "a": 6},
                doc! {"p": 1, "a": 7},
                doc! {"p": 2, "a": 1},
                doc! {"p": 2, "a": 2},
            ]
        );
    }

    #[test]
    fn dates() {
        let at = |ms: i64| bson::DateTime::from_millis(ms);
        let hour = 3_600_000;
        let out = run(
            bson!({"field": "t.d", "range": {"bounds": "full", "step": 2, "unit": "hour"}}),
            vec![doc! {"t": {"d": at(0)}}, doc! {"t": {"d": at(5 * hour)}}],
        )
        .unwrap();
        let got: Vec<i64> = out
            .iter()
            .map(|d| {
                d.get_document("t")
                    .unwrap()
                    .get_datetime("d")
                    .unwrap()
                    .timestamp_millis()
            })
            .collect();
        assert_eq!(got, [0, 2 * hour, 4 * hour, 5 * hour]);
        let out = run(
            bson!({"field": "d", "range": {"bounds": [at(0), at(3 * hour)], "step": 1, "unit": "hour"}}),
            vec![doc! {"d": at(hour)}],
        )
        .unwrap();
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn errors() {
        let at = |ms: i64| Bson::DateTime(bson::DateTime::from_millis(ms));
        let range = |r: Bson| bson!({"field": "a", "range": r});
        let cases: Vec<(Bson, Vec<Document>, i32)> = vec![
            (bson!(1), vec![], 9),
            (
                bson!({"range": {"step": 1, "bounds": "full"}}),
                vec![],
                40414,
            ),
            (bson!({"field": "a"}), vec![], 40414),
            (bson!({"field": 1, "range": {}}), vec![], 14),
            (
                bson!({"field": "a", "range": {"step": 1, "bounds": "full"}, "x": 1}),
                vec![],
                40415,
            ),
            (range(bson!({"step": 1})), vec![], 40414),
            (
                range(bson!({"step": 1, "bounds": "full", "x": 1})),
                vec![],
                40415,
            ),
            (range(bson!({"step": 0, "bounds": "full"})), vec![], 5733401),
            (
                range(bson!({"step": "1", "bounds": "full"})),
                vec![],
                5733401,
            ),
            (
                range(bson!({"step": 1.5, "bounds": "full", "unit": "day"})),
                vec![],
                6586400,
            ),
            (
                range(bson!({"step": 1, "bounds": "full", "unit": "days"})),
                vec![],
                9,
            ),
            (range(bson!({"step": 1, "bounds": [1]})), vec![], 5733403),
            (range(bson!({"step": 1, "bounds": [2, 1]})), vec![], 5733402),
            (
                range(bson!({"step": 1, "bounds": [1, 2], "unit": "day"})),
                vec![],
                5733409,
            ),
            (
                range(bson!({"step": 1, "bounds": [1, 2.0]})),
                vec![],
                5876900,
            ),
            (
                range(bson!({"step": 1, "bounds": [1, at(0)]})),
                vec![],
                5733406,
            ),
            (
                range(bson!({"step": 1, "bounds": [at(0), at(1)]})),
                vec![],
                5733410,
            ),
            (
                range(bson!({"step": 1, "bounds": ["a", "b"]})),
                vec![],
                5946800,
            ),
            (range(bson!({"step": 1, "bounds": "all"})), vec![], 5946802),
            (range(bson!({"step": 1, "bounds": 1})), vec![], 5733404),
            (
                range(bson!({"step": 1, "bounds": "partition"})),
                vec![],
                5733408,
            ),
            (
                bson!({"field": "$a", "range": {"step": 1, "bounds": "full"}}),
                vec![],
                16410,
            ),
            (
                range(bson!({"step": 1, "bounds": "full"})),
                vec![doc! {"a": "x"}],
                5733201,
            ),
            (
                range(bson!({"step": 1, "bounds": "full"})),
                vec![doc! {"a": at(0)}],
                6053600,
            ),
            (
                range(bson!({"step": 1, "bounds": "full", "unit": "day"})),
                vec![doc! {"a": 1}],
                6053600,
            ),
            (
                range(bson!({"step": 1, "bounds": [0, 1_000_000]})),
                vec![],
                5897900,
            ),
        ];
        for (spec, docs, code) in cases {
            let e = run(spec.clone(), docs).expect_err(&format!("{spec}"));
            assert_eq!(e.code.code(), code, "{spec}: {}", e.message);
        }
    }
}
