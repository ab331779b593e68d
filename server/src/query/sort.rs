//! Sort specifications and sort keys with mongod's array semantics: a field
//! holding an array sorts by its smallest element ascending and its largest
//! descending; a missing field sorts as null.

use crate::error::{Error, ErrorCode, Result};
use crate::value::as_f64;
use crate::value::collation::{Coll, Collation};
use crate::value::compare::{collation_key, compare};
use crate::value::path::{collect, split};
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
            let desc =
                match v {
                    Bson::Document(d) if d.contains_key("$meta") => {
                        return Err(Error::not_implemented("$meta sort is not implemented yet"))
                    }
                    Bson::Document(_) => {
                        return Err(Error::new(
                            ErrorCode::Location(17312),
                            "$meta is the only expression supported by $sort right now",
                        ))
                    }
                    _ => match as_f64(v) {
                        Some(1.0) => false,
                        Some(-1.0) => true,
                        Some(_) => return Err(Error::new(
                            ErrorCode::Location(15975),
                            "$sort key ordering must be 1 (for ascending) or -1 (for descending)",
                        )),
                        None => {
                            return Err(Error::new(
                                ErrorCode::Location(15974),
                                format!("Illegal key in $sort specification: {k}: {v}"),
                            ))
                        }
                    },
                };
            check_field_path(k)?;
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

    /// The sort key of a document: one value per sort field. For one field
    /// that is the smallest value the path reaches (the largest when
    /// descending). For several, mongod generates keys as an index on the
    /// sort pattern would (fields through the same array take their values
    /// from the same element) and takes the smallest key in the sort's
    /// order, so {a.b: 1, a.c: -1} pairs each b with its own c.
    pub fn key(&self, doc: &Document) -> Vec<Bson> {
        let root = Bson::Document(doc.clone());
        let fields: Vec<(&[String], bool)> = self
            .fields
            .iter()
            .map(|(p, desc)| (p.as_slice(), *desc))
            .collect();
        min_key(Some(&root), &fields, self.collation.as_deref())
    }

    /// [`SortSpec::key`] without copying the document (it is lent to the
    /// key generator and given back).
    pub fn key_of(&self, doc: &mut Document) -> Vec<Bson> {
        let root = Bson::Document(std::mem::take(doc));
        let fields: Vec<(&[String], bool)> = self
            .fields
            .iter()
            .map(|(p, desc)| (p.as_slice(), *desc))
            .collect();
        let key = min_key(Some(&root), &fields, self.collation.as_deref());
        if let Bson::Document(d) = root {
            *doc = d;
        }
        key
    }

    /// A one-path sort's key from the one value the path reaches (not an
    /// array): the value, or its collation key under a collation.
    pub fn collated(&self, v: Bson) -> Bson {
        match self.collation.as_deref() {
            Some(c) => collation_key(&v, c),
            None => v,
        }
    }

    /// mongod's sort key generator refuses documents whose sort paths are
    /// ambiguous (a numeric component that is both an array position and
    /// a field of its documents): 16746.
    pub fn check<'a>(&self, docs: impl IntoIterator<Item = &'a Document>) -> Result<()> {
        for d in docs {
            for (path, _) in &self.fields {
                crate::value::path::check_ambiguous_in(d, path)?;
            }
        }
        Ok(())
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
            total += crate::value::doc_size(d);
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

/// mongod's FieldPath rules for a sort path: not empty, no empty
/// component, no trailing dot.
fn check_field_path(path: &str) -> Result<()> {
    if path.is_empty() {
        return Err(Error::new(
            ErrorCode::Location(40352),
            "FieldPath cannot be constructed with empty string",
        ));
    }
    if path.ends_with('.') {
        return Err(Error::new(
            ErrorCode::Location(40353),
            "FieldPath must not end with a '.'.",
        ));
    }
    if path.split('.').any(str::is_empty) {
        return Err(Error::new(
            ErrorCode::Location(15998),
            "FieldPath field names may not be empty strings.",
        ));
    }
    Ok(())
}

/// The values one sort path contributes from `v`: each value the path
/// reaches, an array's elements in its place, undefined for an empty array
/// and null where the path is missing.
fn path_values(v: Option<&Bson>, path: &[String]) -> Vec<Bson> {
    let Some(v) = v else {
        return vec![Bson::Null];
    };
    let mut vals = Vec::new();
    collect(v, path, &mut vals);
    let mut out = Vec::new();
    for v in vals {
        match v {
            None => out.push(Bson::Null),
            Some(Bson::Array(a)) if a.is_empty() => out.push(Bson::Undefined),
            Some(Bson::Array(a)) => out.extend(a.iter().cloned()),
            Some(v) => out.push(v.clone()),
        }
    }
    out
}

/// Compares two keys over `fields` in the sort's order.
fn cmp_keys(a: &[Bson], b: &[Bson], fields: &[(&[String], bool)]) -> Ordering {
    for ((x, y), (_, desc)) in a.iter().zip(b.iter()).zip(fields.iter()) {
        let c = compare(x, y);
        let c = if *desc { c.reverse() } else { c };
        if c != Ordering::Equal {
            return c;
        }
    }
    Ordering::Equal
}

/// The smallest, in the sort's order, of the keys a sort pattern generates
/// from `v` (one value per field, in the fields' order). Fields that go on
/// through the same array take their values from the same element; fields
/// that part ways combine freely, and the smallest combination is the
/// smallest key of each part. Strings are compared by their collation keys.
fn min_key(v: Option<&Bson>, fields: &[(&[String], bool)], coll: Option<&Collation>) -> Vec<Bson> {
    let nulls = || vec![Bson::Null; fields.len()];
    if let [(path, desc)] = fields {
        let best = path_values(v, path)
            .into_iter()
            .map(|x| match coll {
                Some(c) => collation_key(&x, c),
                None => x,
            })
            .reduce(|best, x| {
                let c = compare(&x, &best);
                let better = if *desc {
                    c == Ordering::Greater
                } else {
                    c == Ordering::Less
                };
                if better {
                    x
                } else {
                    best
                }
            });
        return vec![best.unwrap_or(Bson::Null)];
    }
    let all_below = fields.iter().all(|(p, _)| !p.is_empty());
    match v {
        None => return nulls(),
        // Fields all going on through one array: element by element (only
        // documents have fields; a numeric component indexes the array,
        // which the per-field expansion below handles).
        Some(Bson::Array(a))
            if all_below && fields.iter().all(|(p, _)| p[0].parse::<usize>().is_err()) =>
        {
            return a
                .iter()
                .filter(|e| matches!(e, Bson::Document(_)))
                .map(|e| min_key(Some(e), fields, coll))
                .reduce(|best, k| {
                    if cmp_keys(&k, &best, fields) == Ordering::Less {
                        k
                    } else {
                        best
                    }
                })
                .unwrap_or_else(nulls);
        }
        // Fields all going through one field: descend together.
        Some(Bson::Document(d))
            if all_below && fields.iter().all(|(p, _)| p[0] == fields[0].0[0]) =>
        {
            let rest: Vec<(&[String], bool)> = fields.iter().map(|(p, d)| (&p[1..], *d)).collect();
            return min_key(d.get(&fields[0].0[0]), &rest, coll);
        }
        _ => {}
    }
    // Group the fields by their next component (a field ending here stands
    // alone); the groups are independent.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, (p, _)) in fields.iter().enumerate() {
        match groups
            .iter_mut()
            .find(|g| !p.is_empty() && fields[g[0]].0.first() == p.first())
        {
            Some(g) => g.push(i),
            None => groups.push(vec![i]),
        }
    }
    if groups.len() == 1 {
        // One group that cannot descend together: each field on its own.
        groups = (0..fields.len()).map(|i| vec![i]).collect();
    }
    let mut key = nulls();
    for g in groups {
        let sub: Vec<(&[String], bool)> = g.iter().map(|&i| fields[i]).collect();
        for (j, value) in min_key(v, &sub, coll).into_iter().enumerate() {
            key[g[j]] = value;
        }
    }
    key
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
