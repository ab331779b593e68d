//! Sort specifications and sort keys with mongod's array semantics: a field
//! holding an array sorts by its smallest element ascending and its largest
//! descending; a missing field sorts as null.

use super::collation::{Coll, Collation};
use super::compare::{collation_key, compare};
use super::path::{collect, split};
use crate::bsonutil::as_f64;
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};
use std::cmp::Ordering;

/// mongod's default `internalQueryMaxBlockingSortMemoryUsageBytes`.
pub const SORT_MEMORY_LIMIT: usize = 100 * 1024 * 1024;

/// A parsed sort specification.
#[derive(Debug, Clone, Default)]
pub struct SortSpec {
    pub fields: Vec<(Vec<String>, bool)>,
    /// Strings sort by their collation keys under a non-simple collation.
    pub collation: Coll,
}

impl SortSpec {
    pub fn parse(spec: &Document) -> Result<SortSpec> {
        let mut fields = Vec::new();
        for (k, v) in spec {
            if k.is_empty() {
                return Err(Error::bad_value(
                    "FieldPath cannot be constructed with empty string",
                ));
            }
            let dir = match v {
                Bson::Document(d) if d.contains_key("$meta") => {
                    return Err(Error::not_implemented("$meta sort is not implemented yet"))
                }
                _ => as_f64(v),
            };
            let desc = match dir {
                Some(1.0) => false,
                Some(-1.0) => true,
                _ => {
                    return Err(Error::new(
                        ErrorCode::Location(15975),
                        "$sort key ordering must be 1 (for ascending) or -1 (for descending)",
                    ))
                }
            };
            fields.push((split(k), desc));
        }
        Ok(SortSpec {
            fields,
            collation: None,
        })
    }

    /// The same sort under a collation.
    pub fn with_collation(mut self, collation: Coll) -> SortSpec {
        self.collation = collation;
        self
    }

    /// `{$natural: 1}`: insertion order, which a scan gives anyway.
    pub fn is_natural_ascending(&self) -> bool {
        self.fields.len() == 1 && self.fields[0].0 == ["$natural"] && !self.fields[0].1
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The sort key of a document: one value per sort field.
    pub fn key(&self, doc: &Document) -> Vec<Bson> {
        let root = Bson::Document(doc.clone());
        self.fields
            .iter()
            .map(|(path, desc)| field_key(&root, path, *desc, self.collation.as_deref()))
            .collect()
    }

    /// Compares two sort keys made by [`SortSpec::key`].
    pub fn compare_keys(&self, a: &[Bson], b: &[Bson]) -> Ordering {
        for ((x, y), (_, desc)) in a.iter().zip(b.iter()).zip(self.fields.iter()) {
            let c = compare(x, y);
            let c = if *desc { c.reverse() } else { c };
            if c != Ordering::Equal {
                return c;
            }
        }
        Ordering::Equal
    }

    /// mongod's limit for an in-memory sort when the command opted out of
    /// spilling to disk (`allowDiskUse: false`): QueryExceededMemoryLimit-
    /// NoDiskUseAllowed (292) once the documents to sort exceed 100 MB.
    pub fn check_memory<'a>(docs: impl Iterator<Item = &'a Document>) -> Result<()> {
        let mut total = 0usize;
        for d in docs {
            total += crate::bsonutil::doc_size(d);
            if total > SORT_MEMORY_LIMIT {
                return Err(Error::new(
                    ErrorCode::QueryExceededMemoryLimitNoDiskUseAllowed,
                    format!("Sort exceeded memory limit of {SORT_MEMORY_LIMIT} bytes, but did not opt in to external sorting."),
                ));
            }
        }
        Ok(())
    }

    /// Sorts documents in place (stable, so ties keep their scan order).
    pub fn sort(&self, docs: &mut Vec<Document>) {
        if self.fields.len() == 1 && self.fields[0].0 == ["$natural"] {
            // Natural order is the scan order; descending reverses it.
            if self.fields[0].1 {
                docs.reverse();
            }
            return;
        }
        let mut keyed: Vec<(Vec<Bson>, Document)> =
            docs.drain(..).map(|d| (self.key(&d), d)).collect();
        keyed.sort_by(|a, b| self.compare_keys(&a.0, &b.0));
        docs.extend(keyed.into_iter().map(|(_, d)| d));
    }
}

fn field_key(root: &Bson, path: &[String], desc: bool, coll: Option<&Collation>) -> Bson {
    let mut vals = Vec::new();
    collect(root, path, &mut vals);
    let mut best: Option<Bson> = None;
    let mut consider = |v: Bson| {
        let v = match coll {
            Some(c) => collation_key(&v, c),
            None => v,
        };
        let better = match &best {
            None => true,
            Some(b) => {
                let c = compare(&v, b);
                if desc {
                    c == Ordering::Greater
                } else {
                    c == Ordering::Less
                }
            }
        };
        if better {
            best = Some(v);
        }
    };
    for v in vals {
        match v {
            None => consider(Bson::Null),
            Some(Bson::Array(a)) if a.is_empty() => consider(Bson::Undefined),
            Some(Bson::Array(a)) => a.iter().for_each(|e| consider(e.clone())),
            Some(v) => consider(v.clone()),
        }
    }
    best.unwrap_or(Bson::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    #[test]
    fn sorts_with_array_semantics() {
        let spec = SortSpec::parse(&doc! {"a": 1}).unwrap();
        let mut docs = vec![doc! {"a": 3}, doc! {"a": [5, 0]}, doc! {}, doc! {"a": "x"}];
        spec.sort(&mut docs);
        assert_eq!(
            docs,
            vec![doc! {}, doc! {"a": [5, 0]}, doc! {"a": 3}, doc! {"a": "x"}]
        );
        let spec = SortSpec::parse(&doc! {"a": -1}).unwrap();
        let mut docs = vec![doc! {"a": 3}, doc! {"a": [5, 0]}];
        spec.sort(&mut docs);
        assert_eq!(docs[0], doc! {"a": [5, 0]});
    }

    #[test]
    fn rejects_bad_direction() {
        assert!(SortSpec::parse(&doc! {"a": 2}).is_err());
        assert!(SortSpec::parse(&doc! {"a": "x"}).is_err());
    }
}
