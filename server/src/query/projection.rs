//! Find projections: inclusion and exclusion of (dotted) fields and
//! sub-projections, with mongod's `_id` rule (included unless excluded or
//! only parts of it are named), the find operators ($slice, $elemMatch,
//! positional `$`), computed fields, and projection_parser.cpp's errors.
//! Array values are projected element by element.

use crate::error::{Error, ErrorCode, Result};
use crate::query::Filter;
use crate::value::truthy;
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

/// mongod's FieldPath rules for a projected path: not empty, no empty
/// component, no trailing dot, no component starting with '$' (but the
/// DBRef fields).
fn check_field_path(path: &str) -> Result<()> {
    if path.is_empty() {
        return Err(Error::new(
            code(40352),
            "FieldPath cannot be constructed with empty string",
        ));
    }
    if path.ends_with('.') {
        return Err(Error::new(
            code(40353),
            "FieldPath must not end with a '.'.",
        ));
    }
    for part in path.split('.') {
        if part.is_empty() {
            return Err(Error::new(
                code(15998),
                "FieldPath field names may not be empty strings.",
            ));
        }
        if part.starts_with('$') && !matches!(part, "$id" | "$ref" | "$db") {
            return Err(Error::new(code(16410), "FieldPath field names may not start with '$'. Consider using $getField or $setField."));
        }
    }
    Ok(())
}

/// `safeNumberInt`: a number truncated toward zero and clamped to int32
/// (NaN is 0).
fn safe_int(v: &Bson) -> i64 {
    match v {
        Bson::Int32(i) => *i as i64,
        Bson::Int64(i) => (*i).clamp(i32::MIN as i64, i32::MAX as i64),
        _ => {
            let d = crate::value::as_f64(v).unwrap_or(0.0);
            if d.is_nan() {
                0
            } else {
                d.trunc().clamp(i32::MIN as f64, i32::MAX as f64) as i64
            }
        }
    }
}

/// The find `$slice` argument: a count, or `[skip, limit]`.
fn parse_slice(arg: &Bson) -> Result<(i64, Option<i64>)> {
    match arg {
        Bson::Array(a) if a.len() == 2 => {
            if !crate::value::is_number(&a[0]) || !crate::value::is_number(&a[1]) {
                return Err(Error::new(
                    code(28724),
                    "First argument to $slice must be an array",
                ));
            }
            let n = safe_int(&a[1]);
            if n <= 0 {
                return Err(Error::new(code(28724), "$slice limit must be positive"));
            }
            Ok((safe_int(&a[0]), Some(n)))
        }
        _ if crate::value::is_number(arg) => Ok((safe_int(arg), None)),
        _ => Err(Error::new(
            code(28667),
            "$slice only supports numbers and [skip, limit] arrays",
        )),
    }
}

/// Adds a projected path to the tree of every path the projection names,
/// with mongod's collision errors: a path below a named one is 31249, a
/// path already named (or above a named one) 31250.
fn add_path(tree: &mut Node, k: &str) -> Result<()> {
    let mut node = tree;
    let parts: Vec<&str> = k.split('.').collect();
    for (i, p) in parts.iter().enumerate() {
        if node.leaf {
            let rest = parts[i..].join(".");
            return Err(Error::new(
                code(31249),
                format!("Path collision at {k} remaining portion {rest}"),
            ));
        }
        node = node.child(p);
        if i + 1 == parts.len() {
            if node.leaf || !node.children.is_empty() {
                return Err(Error::new(code(31250), format!("Path collision at {k}")));
            }
            node.leaf = true;
        }
    }
    Ok(())
}

/// State while parsing a projection (projection_parser.cpp's ParseContext).
#[derive(Default)]
struct ParseCtx {
    /// Some(true) once the projection is known to be an inclusion.
    kind: Option<bool>,
    /// Every path named so far, for collision errors.
    named: Node,
    has_positional: bool,
    has_elem_match: bool,
    has_slice: bool,
    /// A top-level `_id: <flag>`.
    id_flag: Option<bool>,
    /// A top-level `_id` or `_id.<sub>` entry.
    id_specified: bool,
}

impl ParseCtx {
    fn set_inclusion(&mut self, full: &str) -> Result<()> {
        if self.kind == Some(false) {
            return Err(Error::new(
                code(31253),
                format!("Cannot do inclusion on field {full} in exclusion projection"),
            ));
        }
        self.kind = Some(true);
        Ok(())
    }
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
        let mut ctx = ParseCtx::default();
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
            ctx.id_specified |= k == "_id" || k.starts_with("_id.");
            p.parse_element(&mut ctx, "", k, v)?;
        }
        // Without an inclusion or exclusion to decide it, the find operators
        // and _id do (computeProjectionType): a $slice is an exclusion unless
        // _id is included, an $elemMatch an inclusion, {_id: 1} an inclusion.
        p.inclusion = match ctx.kind {
            Some(b) => b,
            None if ctx.has_slice => ctx.id_flag == Some(true),
            None if ctx.has_elem_match => true,
            None => ctx.id_flag == Some(true),
        };
        p.include_id = if p.inclusion {
            // _id comes along unless excluded or only parts of it are named.
            ctx.id_flag.unwrap_or(!ctx.id_specified)
        } else {
            ctx.id_flag != Some(false)
        };
        if p.inclusion {
            // A sliced field is part of an inclusion projection's output.
            let sliced: Vec<String> = p.slices.iter().map(|(f, _, _)| f.clone()).collect();
            for f in sliced {
                add_path(&mut p.tree, &f)?;
            }
        }
        Ok(Some(p))
    }

    /// One entry of the projection (or of a sub-projection under `prefix`).
    fn parse_element(&mut self, ctx: &mut ParseCtx, prefix: &str, k: &str, v: &Bson) -> Result<()> {
        let full = if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        };
        let top_level_id = prefix.is_empty() && k == "_id";
        let positional = k.ends_with(".$");
        if k.contains(".$.") {
            return Err(Error::new(code(31394), format!("As of 4.4, it's illegal to specify positional operator in the middle of a path.Positional projection may only be used at the end, for example: a.b.$. If the query previously used a form like a.b.$.d, remove the parts following the '$' and the results will be equivalent.: {k}")));
        }
        match v {
            Bson::Document(sub) => {
                if positional {
                    return Err(Error::new(
                        code(31271),
                        "positional projection cannot be used with an expression or sub object",
                    ));
                }
                if sub.is_empty() {
                    return Err(Error::new(
                        code(51270),
                        format!("Invalid empty sub-projection: {k}"),
                    ));
                }
                check_field_path(k)?;
                let first = sub.keys().next().map(String::as_str).unwrap_or("");
                if sub.len() == 1 && first.starts_with('$') {
                    return self.parse_operator(ctx, prefix, &full, first, &sub[first]);
                }
                // A sub-projection: {b: {c: 1}} is {"b.c": 1}.
                for (k2, v2) in sub {
                    self.parse_element(ctx, &full, k2, v2)?;
                }
                Ok(())
            }
            Bson::Boolean(_)
            | Bson::Int32(_)
            | Bson::Int64(_)
            | Bson::Double(_)
            | Bson::Decimal128(_)
                if truthy(v) =>
            {
                self.parse_inclusion(ctx, k, &full, top_level_id, positional)
            }
            Bson::Boolean(_)
            | Bson::Int32(_)
            | Bson::Int64(_)
            | Bson::Double(_)
            | Bson::Decimal128(_) => self.parse_exclusion(ctx, k, &full, top_level_id, positional),
            // A literal value: a computed field.
            _ => {
                if positional {
                    return Err(Error::new(
                        code(31308),
                        "positional projection cannot be used with a literal",
                    ));
                }
                check_field_path(k)?;
                add_path(&mut ctx.named, &full)?;
                if ctx.kind == Some(false) {
                    return Err(Error::new(
                        code(31310),
                        format!("Cannot use an expression {k}: {v} in an exclusion projection"),
                    ));
                }
                ctx.kind = Some(true);
                self.computed.push((full, v.clone()));
                Ok(())
            }
        }
    }

    /// `{k: <true or non-zero number>}`: includes the field `full`, or with
    /// a trailing `.$` asks for the positional projection of its array.
    fn parse_inclusion(
        &mut self,
        ctx: &mut ParseCtx,
        k: &str,
        full: &str,
        top_level_id: bool,
        positional: bool,
    ) -> Result<()> {
        if positional {
            if ctx.has_positional {
                return Err(Error::new(
                    code(31276),
                    "Cannot specify more than one positional projection per query.",
                ));
            }
            if ctx.has_elem_match {
                return Err(Error::new(
                    code(31256),
                    "Cannot specify positional operator and $elemMatch.",
                ));
            }
            if k == ".$" {
                return Err(Error::new(
                    code(5392900),
                    format!("Projection on field {k} is invalid"),
                ));
            }
            let path = full.trim_end_matches(".$").to_string();
            check_field_path(&path)?;
            add_path(&mut ctx.named, &path)?;
            add_path(&mut self.tree, &path)?;
            self.positional = Some(path);
            ctx.has_positional = true;
        } else {
            check_field_path(k)?;
            add_path(&mut ctx.named, full)?;
            if top_level_id {
                ctx.id_flag = Some(true);
            } else {
                add_path(&mut self.tree, full)?;
            }
        }
        if !top_level_id {
            ctx.set_inclusion(full)?;
        }
        Ok(())
    }

    /// `{k: <false or zero>}`: excludes the field `full` (or `_id`).
    fn parse_exclusion(
        &mut self,
        ctx: &mut ParseCtx,
        k: &str,
        full: &str,
        top_level_id: bool,
        positional: bool,
    ) -> Result<()> {
        if positional {
            return Err(Error::new(
                code(31395),
                "positional projection cannot be used with exclusion",
            ));
        }
        check_field_path(k)?;
        add_path(&mut ctx.named, full)?;
        if top_level_id {
            ctx.id_flag = Some(false);
        } else {
            add_path(&mut self.tree, full)?;
            if ctx.kind == Some(true) {
                return Err(Error::new(
                    code(31254),
                    format!("Cannot do exclusion on field {full} in inclusion projection"),
                ));
            }
            ctx.kind = Some(false);
        }
        Ok(())
    }

    /// `{field: {$op: arg}}`: a find operator ($slice, $elemMatch) or an
    /// aggregation expression.
    fn parse_operator(
        &mut self,
        ctx: &mut ParseCtx,
        prefix: &str,
        full: &str,
        op: &str,
        arg: &Bson,
    ) -> Result<()> {
        match op {
            "$slice" => {
                let (skip, n) = parse_slice(arg)?;
                add_path(&mut ctx.named, full)?;
                self.slices.push((full.to_string(), skip, n));
                ctx.has_slice = true;
            }
            "$elemMatch" => {
                let Bson::Document(f) = arg else {
                    return Err(Error::new(
                        code(31274),
                        "elemMatch: Invalid argument, object required.",
                    ));
                };
                if ctx.has_positional {
                    return Err(Error::new(
                        code(31255),
                        "Cannot specify positional operator and $elemMatch.",
                    ));
                }
                if !prefix.is_empty() || full.contains('.') {
                    return Err(Error::new(
                        code(31275),
                        "Cannot use $elemMatch projection on a nested field.",
                    ));
                }
                // A match expression on the field: an element is kept when
                // {field: [element]} matches it.
                let mut q = Document::new();
                q.insert(full, Bson::Document(bson::doc! {"$elemMatch": f.clone()}));
                let filter = Filter::parse(&q)?;
                add_path(&mut ctx.named, full)?;
                self.elem_matches.push((full.to_string(), filter));
                ctx.has_elem_match = true;
            }
            // $meta may appear in inclusion and exclusion projections alike;
            // the expression answers (or refuses, for textScore without a
            // text query) the way mongod does.
            "$meta" => {
                add_path(&mut ctx.named, full)?;
                let mut e = Document::new();
                e.insert(op, arg.clone());
                self.computed.push((full.to_string(), Bson::Document(e)));
            }
            _ => {
                add_path(&mut ctx.named, full)?;
                if ctx.kind == Some(false) {
                    return Err(Error::new(
                        code(31252),
                        "Cannot use expression other than $meta in exclusion projection",
                    ));
                }
                ctx.kind = Some(true);
                let mut e = Document::new();
                e.insert(op, arg.clone());
                self.computed.push((full.to_string(), Bson::Document(e)));
            }
        }
        Ok(())
    }

    /// Applies the projection to one document.
    pub fn apply(&self, doc: &Document) -> Result<Document> {
        let mut out = if self.inclusion {
            include(doc, &self.tree)
        } else {
            exclude(doc, &self.tree)
        };
        if let Some(prefix) = &self.positional {
            let arr = match crate::value::path::get_path(doc, prefix) {
                Some(Bson::Array(a)) => a.clone(),
                _ => Vec::new(),
            };
            let i = crate::query::positional::matched_index(doc, prefix, &arr, &self.query).map_err(|_| {
                Error::new(code(51246), "Executor error during find command :: caused by :: positional operator '.$' couldn't find a matching element in the array")
            })?;
            crate::value::path::set_path(&mut out, prefix, Bson::Array(vec![arr[i].clone()]))?;
        }
        for (field, f) in &self.elem_matches {
            // The first element that matches, or no field at all.
            let mut hit = None;
            if let Some(Bson::Array(a)) = doc.get(field) {
                for e in a {
                    let mut one = Document::new();
                    one.insert(field.clone(), Bson::Array(vec![e.clone()]));
                    if f.matches(&one)? {
                        hit = Some(e.clone());
                        break;
                    }
                }
            }
            match hit {
                Some(e) => {
                    out.insert(field.clone(), Bson::Array(vec![e]));
                }
                None => {
                    out.remove(field);
                }
            }
        }
        if !self.computed.is_empty() {
            let vars = crate::expr::Vars::new();
            let scope = crate::expr::Scope {
                root: doc,
                vars: &vars,
            };
            for (path, e) in &self.computed {
                if let Some(v) = crate::expr::eval(e, &scope)? {
                    crate::value::path::set_path(&mut out, path, v)?;
                }
            }
        }
        for (path, skip, n) in &self.slices {
            if let Some(Bson::Array(a)) = crate::value::path::get_path(&out, path).cloned() {
                crate::value::path::set_path(&mut out, path, Bson::Array(slice(&a, *skip, *n)))?;
            }
        }
        if self.inclusion {
            // The whole _id, first; otherwise the tree chose what to keep of
            // it ({"_id.x": 1}).
            if self.include_id {
                if let Some(id) = doc.get("_id") {
                    let mut with_id = Document::new();
                    with_id.insert("_id", id.clone());
                    out.remove("_id");
                    with_id.extend(out);
                    out = with_id;
                }
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
        assert_eq!(e.code.code(), 31249);
        let e = Projection::parse(&doc! {"a.b": 1, "a": 1}).unwrap_err();
        assert_eq!(e.code.code(), 31250);
    }
}
