//! Updates: parsing an update specification (a replacement document or
//! update operators) and applying it to a document, plus the document an
//! upsert starts from and the `_id` rules a pipeline-style update's output
//! must keep. `update`, `findAndModify` and bulk writes share this; they
//! compose pipeline-style updates themselves (`commands/shared/
//! modification.rs`), since those run aggregation stages, which sit above
//! this floor.

mod ops;
mod positional;

use positional::ArrayFilters;

use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::values_equal;
use crate::value::path::set_path;
use bson::{Bson, Document};

/// A parsed update.
#[derive(Debug, Clone)]
pub enum UpdateSpec {
    Replacement(Document),
    Operators(Operators),
}

/// An operator update with what its positional paths need: the statement's
/// query (for `$`) and its `arrayFilters` (for `$[<id>]`).
#[derive(Debug, Clone)]
pub struct Operators {
    ops: Vec<(String, Document)>,
    query: Document,
    filters: ArrayFilters,
}

impl UpdateSpec {
    pub fn parse(u: &Document) -> Result<UpdateSpec> {
        Self::parse_with(u, &Document::new(), None)
    }

    /// Parses an update document (a replacement or update operators) of a
    /// statement with this query and `arrayFilters`.
    pub fn parse_with(
        u: &Document,
        query: &Document,
        array_filters: Option<&Bson>,
    ) -> Result<UpdateSpec> {
        let filters = parse_array_filters(array_filters)?;
        let spec = Self::parse_doc(u, query, filters.clone())?;
        // Every array filter must be used by some path.
        let used: Vec<String> = match &spec {
            UpdateSpec::Operators(o) => o
                .ops
                .iter()
                .flat_map(|(_, a)| a.keys().flat_map(|p| positional::identifiers(p)))
                .collect(),
            UpdateSpec::Replacement(_) => Vec::new(),
        };
        check_filters_used(&filters, &used, &Bson::Document(u.clone()))?;
        Ok(spec)
    }

    fn parse_doc(d: &Document, query: &Document, filters: ArrayFilters) -> Result<UpdateSpec> {
        let is_ops = d.keys().next().is_some_and(|k| k.starts_with('$'));
        if !is_ops {
            for k in d.keys() {
                if k.starts_with('$') {
                    return Err(Error::new(
                        ErrorCode::DollarPrefixedFieldName,
                        format!("The dollar ($) prefixed field '{k}' in '{k}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith."),
                    ));
                }
            }
            return Ok(UpdateSpec::Replacement(d.clone()));
        }
        let mut ops = Vec::new();
        let mut paths: Vec<String> = Vec::new();
        for (op, arg) in d {
            if !ops::is_known(op) {
                return Err(Error::failed_to_parse(format!(
                    "Unknown modifier: {op}. Expected a valid update modifier or pipeline-style update specified as an array"
                )));
            }
            let Bson::Document(args) = arg else {
                return Err(Error::failed_to_parse(format!(
                    "Modifiers operate on fields but we found type {} instead. For example: {{$mod: {{<field>: ...}}}} not {{{op}: {}}}",
                    crate::value::type_name(arg),
                    arg
                )));
            };
            for (p, v) in args {
                validate_path(p)?;
                for ident in positional::identifiers(p) {
                    if filters.0.iter().all(|(i, _)| *i != ident) {
                        return Err(Error::bad_value(format!(
                            "No array filter found for identifier '{ident}' in path '{p}'"
                        )));
                    }
                }
                if op == "$rename" && positional::is_positional(p) {
                    return Err(Error::bad_value(
                        "The source field for $rename may not be dynamic",
                    ));
                }
                paths.push(p.clone());
                if op == "$rename" {
                    if let Bson::String(to) = v {
                        if to.contains('\0') {
                            return Err(Error::bad_value(
                                "The 'to' field for $rename cannot contain an embedded null byte",
                            ));
                        }
                        validate_path(to)?;
                        // mongod: a field cannot be renamed into itself or
                        // its own parent.
                        let nested = |a: &str, b: &str| {
                            a == b
                                || a.starts_with(&format!("{b}."))
                                || b.starts_with(&format!("{a}."))
                        };
                        if nested(p, to) {
                            return Err(Error::bad_value(format!(
                                "The source and target field for $rename must not be on the same path: {p}: \"{to}\""
                            )));
                        }
                        paths.push(to.clone());
                    }
                }
            }
            ops.push((op.clone(), args.clone()));
        }
        check_conflicts(&paths)?;
        Ok(UpdateSpec::Operators(Operators {
            ops,
            query: query.clone(),
            filters,
        }))
    }

    pub fn is_replacement(&self) -> bool {
        matches!(self, UpdateSpec::Replacement(_))
    }

    /// Applies the update; `inserting` is true for the document of an upsert
    /// (so `$setOnInsert` applies).
    pub fn apply(&self, old: &Document, inserting: bool) -> Result<Document> {
        let new = match self {
            UpdateSpec::Replacement(r) => {
                let mut out = Document::new();
                match (old.get("_id"), r.get("_id")) {
                    (Some(old_id), Some(new_id)) if !inserting && !same_value(old_id, new_id) => {
                        return Err(Error::new(
                            ErrorCode::ImmutableField,
                            format!("After applying the update, the (immutable) field '_id' was found to have been altered to _id: {new_id}"),
                        ));
                    }
                    (Some(old_id), _) => {
                        out.insert("_id", r.get("_id").unwrap_or(old_id).clone());
                    }
                    (None, Some(id)) => {
                        out.insert("_id", id.clone());
                    }
                    (None, None) => {}
                }
                for (k, v) in r {
                    if k != "_id" {
                        out.insert(k.clone(), v.clone());
                    }
                }
                out
            }
            UpdateSpec::Operators(o) => {
                let mut d = old.clone();
                // mongod (5.0+) applies the fields an update names in path
                // order, whatever the order of its operators and fields, so
                // new fields are appended in that order; a $rename sits at
                // its target.
                let mut steps: Vec<(&str, &str, &Bson)> = o
                    .ops
                    .iter()
                    .flat_map(|(op, args)| {
                        args.iter().map(move |(p, a)| (op.as_str(), p.as_str(), a))
                    })
                    .collect();
                let position = |&(op, path, arg): &(&str, &str, &Bson)| match (op, arg) {
                    ("$rename", Bson::String(to)) => to.clone(),
                    _ => path.to_string(),
                };
                steps.sort_by(|a, b| cmp_update_paths(&position(a), &position(b)));
                for (op, path, arg) in steps {
                    if !positional::is_positional(path) {
                        ops::apply(op, &bson::doc! { path: arg.clone() }, &mut d, inserting)?;
                        continue;
                    }
                    for concrete in positional::expand(&d.clone(), path, &o.query, &o.filters)? {
                        ops::apply(op, &bson::doc! { concrete: arg.clone() }, &mut d, inserting)?;
                    }
                }
                if !inserting {
                    if let (Some(a), b) = (old.get("_id"), d.get("_id")) {
                        if b.is_none_or(|b| a != b) {
                            return Err(Error::new(
                                ErrorCode::ImmutableField,
                                "Performing an update on the path '_id' would modify the immutable field '_id'",
                            ));
                        }
                    }
                }
                d
            }
        };
        if let Some(id) = new.get("_id") {
            crate::value::check_id(id)?;
        }
        Ok(new)
    }
}

/// The `arrayFilters` of an update statement.
fn parse_array_filters(array_filters: Option<&Bson>) -> Result<ArrayFilters> {
    match array_filters {
        None | Some(Bson::Null) => Ok(ArrayFilters::default()),
        Some(Bson::Array(a)) => ArrayFilters::parse(a),
        Some(v) => Err(crate::value::field_type_error(
            "update",
            "arrayFilters",
            v,
            "array",
        )),
    }
}

/// mongod refuses an array filter that no path of the update uses.
fn check_filters_used(filters: &ArrayFilters, used: &[String], u: &Bson) -> Result<()> {
    for (ident, _) in &filters.0 {
        if !used.contains(ident) {
            return Err(Error::failed_to_parse(format!(
                "The array filter for identifier '{ident}' was not used in the update {u}"
            )));
        }
    }
    Ok(())
}

/// Checks the shape of an update statement's `arrayFilters`.
pub fn check_array_filters(array_filters: Option<&Bson>) -> Result<()> {
    parse_array_filters(array_filters).map(|_| ())
}

/// A pipeline-style update uses no array filter, so mongod refuses any it
/// is given (the pipeline `u` is named in the message).
pub fn check_no_array_filters(array_filters: Option<&Bson>, u: &Bson) -> Result<()> {
    check_filters_used(&parse_array_filters(array_filters)?, &[], u)
}

/// The document a pipeline-style update produced, held to mongod's `_id`
/// rules: the pipeline may not change `_id` (except when inserting); when it
/// drops `_id`, the old one is put back first.
pub fn settle_pipeline_output(old: &Document, out: Document, inserting: bool) -> Result<Document> {
    let new = match (old.get("_id"), out.get("_id")) {
        (Some(a), Some(b)) if !inserting && !same_value(a, b) => {
            return Err(Error::new(
                ErrorCode::ImmutableField,
                "Performing an update on the path '_id' would modify the immutable field '_id'",
            ))
        }
        (Some(id), None) => {
            let mut with_id = Document::new();
            with_id.insert("_id", id.clone());
            with_id.extend(out);
            with_id
        }
        _ => out,
    };
    if let Some(id) = new.get("_id") {
        crate::value::check_id(id)?;
    }
    Ok(new)
}

/// mongod's order of update paths: component by component, numeric
/// components (array indexes, no leading zeros) by value, others bytewise;
/// a path before its extensions.
fn cmp_update_paths(a: &str, b: &str) -> std::cmp::Ordering {
    let numeric = |c: &str| {
        !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()) && (c == "0" || !c.starts_with('0'))
    };
    let (mut x, mut y) = (a.split('.'), b.split('.'));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(p), Some(q)) => {
                let o = if numeric(p) && numeric(q) {
                    p.len().cmp(&q.len()).then_with(|| p.cmp(q))
                } else {
                    p.cmp(q)
                };
                if o != std::cmp::Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// Equal values of the same type bracket (1 and 1.0 are the same `_id`).
fn same_value(a: &Bson, b: &Bson) -> bool {
    values_equal(a, b) && crate::value::compare::bracket(a) == crate::value::compare::bracket(b)
}

fn validate_path(p: &str) -> Result<()> {
    if p.is_empty() {
        return Err(Error::new(
            ErrorCode::EmptyFieldName,
            "An empty update path is not valid.",
        ));
    }
    if p.split('.').any(str::is_empty) {
        return Err(Error::new(
            ErrorCode::EmptyFieldName,
            format!("The update path '{p}' contains an empty field name, which is not allowed."),
        ));
    }
    Ok(())
}

/// Two operators may not touch the same path or a path and its prefix.
fn check_conflicts(paths: &[String]) -> Result<()> {
    for (i, a) in paths.iter().enumerate() {
        for b in &paths[i + 1..] {
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            if long == short || long.starts_with(&format!("{short}.")) {
                return Err(Error::new(
                    ErrorCode::ConflictingUpdateOperators,
                    format!("Updating the path '{b}' would create a conflict at '{short}'"),
                ));
            }
        }
    }
    Ok(())
}

/// The document an upsert starts from: the equality conditions of the
/// filter (top level and inside `$and`), set in path order — mongod keeps
/// them in a map ordered by path — with `_id` first.
pub fn upsert_seed(filter: &Document) -> Result<Document> {
    let mut equalities = Vec::new();
    collect_equalities(filter, &mut equalities);
    equalities.sort_by(|(a, _), (b, _)| a.split('.').cmp(b.split('.')));
    let mut seed = Document::new();
    for (path, value) in equalities {
        set_path(&mut seed, &path, value)?;
    }
    if let Some(id) = seed.remove("_id") {
        let mut out = Document::new();
        out.insert("_id", id);
        out.extend(seed);
        return Ok(out);
    }
    Ok(seed)
}

fn collect_equalities(filter: &Document, out: &mut Vec<(String, Bson)>) {
    for (k, v) in filter {
        if k == "$and" {
            if let Bson::Array(a) = v {
                for e in a {
                    if let Bson::Document(d) = e {
                        collect_equalities(d, out);
                    }
                }
            }
            continue;
        }
        if k.starts_with('$') {
            continue;
        }
        let value = match v {
            Bson::Document(d) if d.keys().next().is_some_and(|k| k.starts_with('$')) => {
                match d.get("$eq") {
                    Some(x) if d.len() == 1 => x.clone(),
                    _ => continue,
                }
            }
            Bson::RegularExpression(_) => continue,
            other => other.clone(),
        };
        out.push((k.clone(), value));
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod positional_tests {
    use super::*;
    use bson::{bson, doc};

    fn up(u: Document, q: Document, filters: Option<Bson>, d: Document) -> Result<Document> {
        UpdateSpec::parse_with(&u, &q, filters.as_ref())?.apply(&d, false)
    }

    #[test]
    fn positional_operators() {
        let d = doc! {"_id": 1, "a": [{"x": 1}, {"x": 5}, {"x": 9}]};
        assert_eq!(
            up(
                doc! {"$set": {"a.$.y": true}},
                doc! {"a.x": {"$gt": 3}},
                None,
                d.clone()
            )
            .unwrap(),
            doc! {"_id": 1, "a": [{"x": 1}, {"x": 5, "y": true}, {"x": 9}]}
        );
        assert_eq!(
            up(doc! {"$inc": {"a.$[].x": 1}}, doc! {}, None, d.clone()).unwrap(),
            doc! {"_id": 1, "a": [{"x": 2}, {"x": 6}, {"x": 10}]}
        );
        assert_eq!(
            up(
                doc! {"$set": {"a.$[e].x": 0}},
                doc! {},
                Some(bson!([{"e.x": {"$gte": 5}}])),
                d.clone()
            )
            .unwrap(),
            doc! {"_id": 1, "a": [{"x": 1}, {"x": 0}, {"x": 0}]}
        );
        let s = doc! {"_id": 1, "s": [1, 2, 3]};
        assert_eq!(
            up(doc! {"$set": {"s.$": 20}}, doc! {"s": 2}, None, s.clone()).unwrap(),
            doc! {"_id": 1, "s": [1, 20, 3]}
        );
        assert!(up(doc! {"$set": {"s.$": 0}}, doc! {}, None, s.clone()).is_err());
        assert!(up(doc! {"$set": {"s.$[x]": 0}}, doc! {}, None, s.clone()).is_err());
        assert!(up(doc! {"$set": {"s": 0}}, doc! {}, Some(bson!([{"x": 1}])), s).is_err());
    }
}
