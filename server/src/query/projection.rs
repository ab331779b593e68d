//! Find projections: inclusion and exclusion of (dotted) fields, with mongod's
//! `_id` rule (included unless excluded) and its errors for mixing the two
//! kinds. Array values are projected element by element.

use crate::bsonutil::truthy;
use crate::error::{Error, ErrorCode, Result};
use crate::query::Filter;
use bson::{Bson, Document};

#[derive(Debug, Clone, Default)]
struct Node {
    children: Vec<(String, Node)>,
    leaf: bool,
}

impl Node {
    fn child(&mut self, name: &str) -> &mut Node {
        if let Some(i) = self.children.iter().position(|(n, _)| n == name) {
            return &mut self.children[i].1;
        }
        self.children.push((name.to_string(), Node::default()));
        &mut self.children.last_mut().unwrap().1
    }
}

/// A parsed projection.
#[derive(Debug, Clone)]
pub struct Projection {
    inclusion: bool,
    tree: Node,
    include_id: bool,
    /// `{a: {$slice: n | [skip, n]}}`.
    slices: Vec<(String, i64, Option<i64>)>,
    /// `{a: {$elemMatch: filter}}`: the first matching element only.
    elem_matches: Vec<(String, Filter)>,
    /// `{"a.$": 1}`: the element the query matched.
    positional: Option<String>,
    /// `{a: <expression>}` (4.4+ find projections).
    computed: Vec<(String, Bson)>,
    /// The query, for the positional operator.
    query: Document,
}

fn code(n: i32) -> ErrorCode {
    ErrorCode::Location(n)
}

enum Entry {
    Flag(bool),
    Slice(i64, Option<i64>),
    ElemMatch(Filter),
    Positional,
    Computed(Bson),
}

fn classify(k: &str, v: &Bson) -> Result<Entry> {
    if let Some(prefix) = k.strip_suffix(".$") {
        if prefix.is_empty() || prefix.contains('$') {
            return Err(Error::new(code(31394), format!("As of 4.4, it's illegal to specify positional operator in the middle of a path.Positional projection may only be used at the end, for example: a.b.$. If the query previously used a form like a.b.$.d, remove the parts following the '$' and the results will be equivalent.: {k}")));
        }
        return Ok(Entry::Positional);
    }
    Ok(match v {
        Bson::Boolean(_)
        | Bson::Int32(_)
        | Bson::Int64(_)
        | Bson::Double(_)
        | Bson::Decimal128(_) => Entry::Flag(truthy(v)),
        Bson::Document(d) if d.len() == 1 && d.contains_key("$slice") => {
            let arg = d.get("$slice").unwrap();
            match arg {
                Bson::Array(a) if a.len() == 2 => {
                    let (Some(skip), Some(n)) = (
                        crate::bsonutil::as_i64(&a[0]),
                        crate::bsonutil::as_i64(&a[1]),
                    ) else {
                        return Err(Error::new(
                            code(28724),
                            "First argument to $slice must be an array",
                        ));
                    };
                    if n <= 0 {
                        return Err(Error::new(code(28724), "$slice limit must be positive"));
                    }
                    Entry::Slice(skip, Some(n))
                }
                _ if crate::bsonutil::is_number(arg) => {
                    Entry::Slice(crate::bsonutil::as_i64(arg).unwrap_or(0), None)
                }
                _ => {
                    return Err(Error::new(
                        code(28667),
                        "$slice only supports numbers and [skip, limit] arrays",
                    ))
                }
            }
        }
        Bson::Document(d) if d.len() == 1 && d.contains_key("$elemMatch") => {
            match d.get("$elemMatch") {
                Some(Bson::Document(f)) => {
                    if k.contains('.') {
                        return Err(Error::new(
                            code(31275),
                            "Cannot use $elemMatch projection on a nested field.",
                        ));
                    }
                    Entry::ElemMatch(Filter::parse(f)?)
                }
                _ => {
                    return Err(Error::new(
                        code(31274),
                        "elemMatch: Invalid argument, object required.",
                    ))
                }
            }
        }
        Bson::Document(d) if d.len() == 1 && d.contains_key("$meta") => {
            return Err(Error::not_implemented(
                "$meta projections are not implemented yet",
            ))
        }
        other => Entry::Computed(other.clone()),
    })
}

fn add_path(tree: &mut Node, k: &str) -> Result<()> {
    let mut node = tree;
    let parts: Vec<&str> = k.split('.').collect();
    for (i, p) in parts.iter().enumerate() {
        if node.leaf {
            return Err(Error::new(code(31250), format!("Path collision at {k}")));
        }
        node = node.child(p);
        if i + 1 == parts.len() {
            if !node.children.is_empty() {
                return Err(Error::new(code(31250), format!("Path collision at {k}")));
            }
            node.leaf = true;
        }
    }
    Ok(())
}

impl Projection {
    /// Parses a projection; `None` when it projects nothing away.
    pub fn parse(spec: &Document) -> Result<Option<Projection>> {
        Self::parse_with_query(spec, &Document::new())
    }

    /// Parses a find projection, whose positional `$` refers to `query`.
    pub fn parse_with_query(spec: &Document, query: &Document) -> Result<Option<Projection>> {
        if spec.is_empty() {
            return Ok(None);
        }
        let mut inclusion: Option<bool> = None;
        let mut include_id = true;
        let mut p = Projection {
            inclusion: true,
            tree: Node::default(),
            include_id: true,
            slices: Vec::new(),
            elem_matches: Vec::new(),
            positional: None,
            computed: Vec::new(),
            query: query.clone(),
        };
        for (k, v) in spec {
            if k.starts_with('$') {
                return Err(Error::new(code(16410), "FieldPath field names may not start with '$'. Consider using $getField or $setField."));
            }
            let entry = classify(k, v)?;
            if k == "_id" {
                if let Entry::Flag(b) = entry {
                    include_id = b;
                    continue;
                }
            }
            let include = match &entry {
                Entry::Flag(b) => Some(*b),
                Entry::Slice(..) => None,
                _ => Some(true),
            };
            if let Some(include) = include {
                match inclusion {
                    None => inclusion = Some(include),
                    Some(true) if !include => {
                        return Err(Error::new(
                            code(31254),
                            format!("Cannot do exclusion on field {k} in inclusion projection"),
                        ))
                    }
                    Some(false) if include => {
                        return Err(Error::new(
                            code(31253),
                            format!("Cannot do inclusion on field {k} in exclusion projection"),
                        ))
                    }
                    _ => {}
                }
            }
            match entry {
                Entry::Flag(_) => add_path(&mut p.tree, k)?,
                Entry::Slice(skip, n) => p.slices.push((k.clone(), skip, n)),
                Entry::ElemMatch(f) => p.elem_matches.push((k.clone(), f)),
                Entry::Positional => {
                    if p.positional.is_some() {
                        return Err(Error::new(
                            code(31276),
                            "Cannot specify more than one positional projection per query.",
                        ));
                    }
                    let prefix = k.trim_end_matches(".$").to_string();
                    add_path(&mut p.tree, &prefix)?;
                    p.positional = Some(prefix);
                }
                Entry::Computed(e) => p.computed.push((k.clone(), e)),
            }
        }
        p.inclusion = match inclusion {
            Some(b) => b,
            // Only $slice: everything else is kept.
            None if !p.slices.is_empty() => false,
            // Only _id was given: {_id: 0} excludes it, {_id: 1} keeps only it.
            None => spec.get("_id").map(truthy).unwrap_or(true),
        };
        p.include_id = include_id;
        if p.inclusion {
            // A sliced field is part of an inclusion projection's output.
            let sliced: Vec<String> = p.slices.iter().map(|(f, _, _)| f.clone()).collect();
            for f in sliced {
                add_path(&mut p.tree, &f)?;
            }
        }
        Ok(Some(p))
    }

    /// Applies the projection to one document.
    pub fn apply(&self, doc: &Document) -> Result<Document> {
        let mut out = if self.inclusion {
            include(doc, &self.tree)
        } else {
            exclude(doc, &self.tree)
        };
        if let Some(prefix) = &self.positional {
            let arr = match crate::update::get_path(doc, prefix) {
                Some(Bson::Array(a)) => a.clone(),
                _ => Vec::new(),
            };
            let i = crate::update::matched_index(doc, prefix, &arr, &self.query).map_err(|_| {
                Error::new(code(51246), "Executor error during find command :: caused by :: positional operator '.$' couldn't find a matching element in the array")
            })?;
            crate::update::set_path(&mut out, prefix, Bson::Array(vec![arr[i].clone()]))?;
        }
        for (field, f) in &self.elem_matches {
            if let Some(Bson::Array(a)) = doc.get(field) {
                let mut hit = None;
                for e in a {
                    if matches!(e, Bson::Document(_)) && f.matches_value(e)? {
                        hit = Some(e.clone());
                        break;
                    }
                }
                if let Some(e) = hit {
                    out.insert(field.clone(), Bson::Array(vec![e]));
                }
            }
        }
        if !self.computed.is_empty() {
            let vars = crate::agg::expr::Vars::new();
            let scope = crate::agg::expr::Scope {
                root: doc,
                vars: &vars,
            };
            for (path, e) in &self.computed {
                if let Some(v) = crate::agg::expr::eval(e, &scope)? {
                    crate::update::set_path(&mut out, path, v)?;
                }
            }
        }
        for (path, skip, n) in &self.slices {
            if let Some(Bson::Array(a)) = crate::update::get_path(&out, path).cloned() {
                crate::update::set_path(&mut out, path, Bson::Array(slice(&a, *skip, *n)))?;
            }
        }
        if self.inclusion && self.include_id {
            if let Some(id) = doc.get("_id") {
                let mut with_id = Document::new();
                with_id.insert("_id", id.clone());
                out.remove("_id");
                with_id.extend(out);
                out = with_id;
            }
        } else if !self.include_id {
            out.remove("_id");
        }
        Ok(out)
    }
}

/// `$slice`: n > 0 keeps the first n, n < 0 the last -n; with a skip, skip
/// (from the end when negative) then keep n.
fn slice(a: &[Bson], skip: i64, n: Option<i64>) -> Vec<Bson> {
    let len = a.len() as i64;
    let (start, count) = match n {
        None if skip >= 0 => (0, skip),
        None => ((len + skip).max(0), -skip),
        Some(n) => {
            let start = if skip >= 0 {
                skip.min(len)
            } else {
                (len + skip).max(0)
            };
            (start, n)
        }
    };
    a.iter()
        .skip(start as usize)
        .take(count.max(0) as usize)
        .cloned()
        .collect()
}

fn include(doc: &Document, node: &Node) -> Document {
    let mut out = Document::new();
    for (k, v) in doc {
        let Some((_, child)) = node.children.iter().find(|(n, _)| n == k) else {
            continue;
        };
        if child.leaf {
            out.insert(k.clone(), v.clone());
        } else if let Some(p) = include_value(v, child) {
            out.insert(k.clone(), p);
        }
    }
    out
}

fn include_value(v: &Bson, node: &Node) -> Option<Bson> {
    match v {
        Bson::Document(d) => Some(Bson::Document(include(d, node))),
        Bson::Array(a) => Some(Bson::Array(
            a.iter()
                .filter_map(|e| match e {
                    Bson::Document(_) | Bson::Array(_) => include_value(e, node),
                    _ => None,
                })
                .collect(),
        )),
        _ => None,
    }
}

fn exclude(doc: &Document, node: &Node) -> Document {
    let mut out = Document::new();
    for (k, v) in doc {
        match node.children.iter().find(|(n, _)| n == k) {
            Some((_, child)) if child.leaf => {}
            Some((_, child)) => {
                out.insert(k.clone(), exclude_value(v, child));
            }
            None => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    out
}

fn exclude_value(v: &Bson, node: &Node) -> Bson {
    match v {
        Bson::Document(d) => Bson::Document(exclude(d, node)),
        Bson::Array(a) => Bson::Array(a.iter().map(|e| exclude_value(e, node)).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    fn p(spec: Document, d: Document) -> Document {
        Projection::parse(&spec)
            .unwrap()
            .unwrap()
            .apply(&d)
            .unwrap()
    }

    #[test]
    fn inclusion_and_exclusion() {
        let d = doc! {"_id": 1, "a": 1, "b": {"c": 1, "d": 2}, "e": [{"c": 1, "x": 0}, 5]};
        assert_eq!(p(doc! {"a": 1}, d.clone()), doc! {"_id": 1, "a": 1});
        assert_eq!(p(doc! {"a": 1, "_id": 0}, d.clone()), doc! {"a": 1});
        assert_eq!(
            p(doc! {"b.c": 1}, d.clone()),
            doc! {"_id": 1, "b": {"c": 1}}
        );
        assert_eq!(
            p(doc! {"e.c": 1}, d.clone()),
            doc! {"_id": 1, "e": [{"c": 1}]}
        );
        assert_eq!(
            p(doc! {"b.c": 0, "a": 0}, d.clone()),
            doc! {"_id": 1, "b": {"d": 2}, "e": [{"c": 1, "x": 0}, 5]}
        );
        assert_eq!(p(doc! {"_id": 0}, d.clone()).get("_id"), None);
    }

    #[test]
    fn operators() {
        let d = doc! {"_id": 1, "a": [1, 2, 3, 4], "b": [{"x": 1}, {"x": 2}], "c": 5};
        assert_eq!(
            p(doc! {"a": {"$slice": 2}}, d.clone()),
            doc! {"_id": 1, "a": [1, 2], "b": [{"x": 1}, {"x": 2}], "c": 5}
        );
        assert_eq!(
            p(doc! {"a": {"$slice": -1}, "c": 1}, d.clone()),
            doc! {"_id": 1, "a": [4], "c": 5}
        );
        assert_eq!(
            p(doc! {"a": {"$slice": [1, 2]}, "c": 0}, d.clone()),
            doc! {"_id": 1, "a": [2, 3], "b": [{"x": 1}, {"x": 2}]}
        );
        assert_eq!(
            p(doc! {"b": {"$elemMatch": {"x": 2}}}, d.clone()),
            doc! {"_id": 1, "b": [{"x": 2}]}
        );
        assert_eq!(
            p(doc! {"c2": {"$add": ["$c", 1]}, "_id": 0}, d.clone()),
            doc! {"c2": 6}
        );
        let pos = Projection::parse_with_query(&doc! {"a.$": 1}, &doc! {"a": {"$gt": 2}})
            .unwrap()
            .unwrap();
        assert_eq!(pos.apply(&d).unwrap(), doc! {"_id": 1, "a": [3]});
    }

    #[test]
    fn mixing_is_an_error() {
        let e = Projection::parse(&doc! {"a": 1, "b": 0}).unwrap_err();
        assert_eq!(e.code.code(), 31254);
        let e = Projection::parse(&doc! {"a": 0, "b": 1}).unwrap_err();
        assert_eq!(e.code.code(), 31253);
        let e = Projection::parse(&doc! {"a": 1, "a.b": 1}).unwrap_err();
        assert_eq!(e.code.code(), 31250);
    }
}
