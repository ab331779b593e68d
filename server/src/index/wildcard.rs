//! Wildcard (`$**`) indexes: their spec rules and their keys. `createIndexes`
//! checks a spec with [`validate`] and [`check_options`]; `storage` writes
//! the keys [`keys`] generates (through `keys::keys_for`) on every insert,
//! update, delete and index build; the planner asks [`WildcardSpec::covers`]
//! whether a query path is in the index.
//!
//! As in mongod, `{"$**": 1}` indexes every field but `_id`, `{"a.b.$**": 1}`
//! the subtree under `a.b`, and `{"$**": 1}` with a `wildcardProjection`
//! the paths that projection keeps. The document is projected first (like a
//! find projection, except that arrays nested in arrays are not descended)
//! and then walked: each leaf gives one key, the dotted path (array
//! positions left out) followed by the value. Objects are descended into,
//! array elements are expanded (objects inside them descended, arrays inside
//! them stored whole as values), an empty object is stored as `{}` and an
//! empty array as `undefined`, and fields whose names contain a dot are
//! skipped (no query can name them). A document without leaves has no keys.
//!
//! A compound wildcard index (mongod 7.0) adds regular fields around the
//! wildcard component; each key is the regular fields' values with one
//! (path, value) pair in the wildcard's place. The regular fields index a
//! missing field as null and may not hold arrays; a document without
//! wildcard leaves still gets one key (MinKey as its path and value), so
//! every document is in the index once per leaf, or once.

use super::keyenc::encode_component;
use super::IndexMeta;
use crate::error::{Error, ErrorCode, Result};
use crate::value::compare::collation_key;
use bson::{Bson, Document};
use std::collections::BTreeMap;

/// Whether a key pattern field is a wildcard component (`$**`, `a.b.$**`).
pub fn is_wildcard_field(f: &str) -> bool {
    f == "$**" || f.ends_with(".$**")
}

/// A projection as a tree of path components; a node without children
/// selects the whole value at its path.
#[derive(Debug, Clone, Default, PartialEq)]
struct Tree(BTreeMap<String, Tree>);

impl Tree {
    fn is_leaf(&self) -> bool {
        self.0.is_empty()
    }
}

/// What the wildcard component of an index indexes.
#[derive(Debug, Clone, PartialEq)]
enum Proj {
    /// Only the paths in the tree.
    Include(Tree),
    /// Everything but the leaves of the tree.
    Exclude(Tree),
}

/// The parsed wildcard part of an index spec.
#[derive(Debug, Clone, PartialEq)]
pub struct WildcardSpec {
    /// The wildcard component's position in the key pattern.
    pub pos: usize,
    proj: Proj,
}

impl WildcardSpec {
    /// The wildcard part of a stored (already validated) spec, if its key
    /// pattern has a wildcard component.
    pub fn from_spec(key: &Document, spec: &Document) -> Option<WildcardSpec> {
        // `{"$**": "text"}` is a text index.
        if key.values().any(|v| matches!(v, Bson::String(_))) {
            return None;
        }
        let (pos, field) = key.keys().enumerate().find(|(_, f)| is_wildcard_field(f))?;
        let proj = match field.strip_suffix(".$**") {
            // A subtree index projects just its subtree.
            Some(root) => Proj::Include(Tree::default().with_path(root)),
            None => match spec.get_document("wildcardProjection") {
                Ok(p) => parse_projection(p).unwrap_or_else(|_| default_projection()),
                Err(_) => default_projection(),
            },
        };
        Some(WildcardSpec { pos, proj })
    }

    /// Whether every value a query path reaches in a document is indexed
    /// under that path (the planner may then answer the path's predicates
    /// from this index). Paths with numeric components are not: the keys
    /// leave array positions out.
    pub fn covers(&self, path: &str) -> bool {
        let parts: Vec<&str> = path.split('.').collect();
        if parts
            .iter()
            .any(|p| p.is_empty() || p.bytes().all(|b| b.is_ascii_digit()))
        {
            return false;
        }
        let (mut node, include) = match &self.proj {
            Proj::Include(t) => (t, true),
            Proj::Exclude(t) => (t, false),
        };
        for p in parts {
            match node.0.get(p) {
                // Not named by the projection: an exclusion keeps it.
                None => return !include,
                // At or under a named leaf: an inclusion keeps all of it.
                Some(t) if t.is_leaf() => return include,
                Some(t) => node = t,
            }
        }
        // A prefix of named paths: an inclusion keeps only parts of its
        // values (a scalar there is dropped), an exclusion keeps scalars
        // and indexes what is left of objects under the path itself.
        !include
    }

    /// The (path, value) leaves of a document, in document order.
    fn leaves(&self, doc: &Document) -> Vec<(String, Bson)> {
        let mut out = Vec::new();
        match &self.proj {
            // The default projection ({_id: 0}) needs no copy.
            Proj::Exclude(t) if *t == Tree::default().with_path("_id") => {
                walk_doc(doc, "", true, &mut out);
            }
            Proj::Include(t) => walk_doc(&project_doc(doc, t, true), "", false, &mut out),
            Proj::Exclude(t) => walk_doc(&project_doc(doc, t, false), "", false, &mut out),
        }
        out
    }
}

impl Tree {
    fn with_path(mut self, path: &str) -> Tree {
        let mut node = &mut self;
        for p in path.split('.') {
            node = node.0.entry(p.to_string()).or_default();
        }
        self
    }
}

/// mongod's default wildcard projection, `{_id: 0}`: `_id` has its own index.
fn default_projection() -> Proj {
    Proj::Exclude(Tree::default().with_path("_id"))
}

/// A document under a projection: an inclusion keeps the named paths (the
/// objects along them, even when nothing under them is left), an exclusion
/// drops them.
fn project_doc(d: &Document, node: &Tree, include: bool) -> Document {
    let mut out = Document::new();
    for (k, v) in d {
        match node.0.get(k) {
            None if include => {}
            None => {
                out.insert(k, v.clone());
            }
            Some(t) if t.is_leaf() => {
                if include {
                    out.insert(k, v.clone());
                }
            }
            Some(t) => {
                if let Some(pv) = project_value(v, t, include) {
                    out.insert(k, pv);
                }
            }
        }
    }
    out
}

/// A value below a partly projected path: objects are projected, arrays
/// element by element (arrays inside them are not descended: an inclusion
/// drops them, an exclusion keeps them), and other values are what is left
/// after an exclusion and nothing after an inclusion.
fn project_value(v: &Bson, node: &Tree, include: bool) -> Option<Bson> {
    match v {
        Bson::Document(d) => Some(Bson::Document(project_doc(d, node, include))),
        Bson::Array(a) => Some(Bson::Array(
            a.iter()
                .filter_map(|e| match e {
                    Bson::Array(_) if include => None,
                    Bson::Array(_) => Some(e.clone()),
                    _ => project_value(e, node, include),
                })
                .collect(),
        )),
        _ if include => None,
        _ => Some(v.clone()),
    }
}

fn walk_doc(d: &Document, path: &str, skip_id: bool, out: &mut Vec<(String, Bson)>) {
    for (k, v) in d {
        // A field name with a dot cannot be named by a query path.
        if k.contains('.') || (skip_id && k == "_id") {
            continue;
        }
        let p = if path.is_empty() {
            k.clone()
        } else {
            format!("{path}.{k}")
        };
        walk_value(v, p, false, out);
    }
}

fn walk_value(v: &Bson, path: String, in_array: bool, out: &mut Vec<(String, Bson)>) {
    match v {
        // An array inside an array is indexed as a value, not traversed.
        Bson::Array(_) if in_array => out.push((path, v.clone())),
        // An empty array is indexed as undefined, as regular indexes do.
        Bson::Array(a) if a.is_empty() => out.push((path, Bson::Undefined)),
        Bson::Array(a) => {
            for e in a {
                walk_value(e, path.clone(), true, out);
            }
        }
        Bson::Document(d) if d.is_empty() => out.push((path, v.clone())),
        Bson::Document(d) => walk_doc(d, &path, false, out),
        _ => out.push((path, v.clone())),
    }
}

/// The encoded keys of `doc` for a wildcard index, sorted and deduplicated
/// (the partial filter has already been applied by the caller).
pub fn keys(idx: &IndexMeta, spec: &WildcardSpec, doc: &Document) -> Result<Vec<Vec<u8>>> {
    let coll = idx.collation.as_deref();
    let value_of = |v: &Bson| match coll {
        Some(c) => collation_key(v, c),
        None => v.clone(),
    };
    // The regular fields' components, before and after the wildcard one.
    let (mut before, mut after) = (Vec::new(), Vec::new());
    for (i, (field, desc)) in idx.fields.iter().enumerate() {
        if i == spec.pos {
            continue;
        }
        let v = regular_value(doc, field)?;
        let out = if i < spec.pos {
            &mut before
        } else {
            &mut after
        };
        encode_component(&value_of(v), *desc, out);
    }
    let desc = idx.fields[spec.pos].1;
    let leaves = spec.leaves(doc);
    let mut keys = Vec::with_capacity(leaves.len().max(1));
    for (path, v) in &leaves {
        let mut k = before.clone();
        encode_component(&Bson::String(path.clone()), false, &mut k);
        encode_component(&value_of(v), desc, &mut k);
        k.extend_from_slice(&after);
        keys.push(k);
    }
    if leaves.is_empty() && idx.fields.len() > 1 {
        let mut k = before;
        encode_component(&Bson::MinKey, false, &mut k);
        encode_component(&Bson::MinKey, desc, &mut k);
        k.extend_from_slice(&after);
        keys.push(k);
    }
    keys.sort();
    keys.dedup();
    Ok(keys)
}

/// A regular field of a compound wildcard index: one value (null when
/// missing); mongod permits no multikey regular fields there.
fn regular_value<'a>(doc: &'a Document, field: &str) -> Result<&'a Bson> {
    let multikey = || {
        Error::bad_value(format!(
            "Compound wildcard index field '{field}' cannot be multikey: the regular fields of a compound wildcard index must hold single values, not arrays"
        ))
    };
    let mut parts = field.split('.');
    let mut cur = match parts.next().and_then(|p| doc.get(p)) {
        Some(v) => v,
        None => return Ok(&Bson::Null),
    };
    for p in parts {
        cur = match cur {
            Bson::Document(d) => match d.get(p) {
                Some(v) => v,
                None => return Ok(&Bson::Null),
            },
            Bson::Array(_) => return Err(multikey()),
            _ => return Ok(&Bson::Null),
        };
    }
    if matches!(cur, Bson::Array(_)) {
        return Err(multikey());
    }
    Ok(cur)
}

// ---- spec validation ---------------------------------------------------------

fn cannot_create(why: impl Into<String>) -> Error {
    Error::new(ErrorCode::CannotCreateIndex, why)
}

/// mongod's key pattern and `wildcardProjection` rules for an index whose
/// key pattern has a wildcard component or whose spec has a projection.
/// The messages are the reasons only: `createIndexes` puts them in its
/// "Error in specification" context.
pub fn validate(spec: &Document, key: &Document) -> Result<()> {
    let wild: Vec<&String> = key.keys().filter(|f| is_wildcard_field(f)).collect();
    let plugin_string = key.values().find_map(|v| v.as_str());
    let is_wildcard = !wild.is_empty() && plugin_string.is_none();
    if let Some(proj) = spec.get("wildcardProjection") {
        if !is_wildcard {
            return Err(Error::bad_value(
                "The field 'wildcardProjection' is only allowed in 'wildcard' indexes",
            ));
        }
        if !matches!(proj, Bson::Document(_)) {
            return Err(Error::type_mismatch(format!(
                "The field 'wildcardProjection' must be a non-empty object, but got {}",
                crate::value::type_name(proj)
            )));
        }
    }
    if !is_wildcard {
        return Ok(());
    }
    if wild.len() > 1 {
        return Err(Error::new(
            ErrorCode::Location(7246201),
            "Index Key can contain only one wildcard index field",
        ));
    }
    // The wildcard component's subtree may not contain a regular field.
    if let Some(root) = wild[0].strip_suffix(".$**") {
        for f in key.keys().filter(|f| !is_wildcard_field(f)) {
            if is_prefix_or_equal(root, f) {
                return Err(Error::new(
                    ErrorCode::Location(7246204),
                    format!("A wildcard index field should not overlap with and index key fields if wildcard projection is empty, however '{f}' is overlapping with the wildcard index field."),
                ));
            }
        }
    }
    let compound = key.len() > 1;
    let proj = match spec.get("wildcardProjection") {
        Some(Bson::Document(p)) => p,
        _ if compound && wild[0] == "$**" => return Err(cannot_create(
            "Compound wildcard indexes on all fields must also specify 'wildcardProjection' option",
        )),
        _ => return Ok(()),
    };
    if !key.contains_key("$**") {
        return Err(Error::failed_to_parse(
            "The field 'wildcardProjection' is only allowed when 'key' is {\"$**\": ±1} or {\"$**\": \"columnstore\"}",
        ));
    }
    if proj.is_empty() {
        return Err(Error::failed_to_parse(
            "The 'wildcardProjection' field can't be an empty object",
        ));
    }
    if compound {
        validate_compound_projection(key, proj)?;
    }
    parse_projection(proj).map(|_| ()).map_err(|e| {
        Error::new(
            e.code,
            format!(
                "Failed to parse projection: wildcardProjection :: caused by :: {}",
                e.message
            ),
        )
    })
}

/// What wildcard indexes refuse (mongod reports these without the spec).
pub fn check_options(spec: &Document) -> Result<()> {
    let invalid = |opt: &str| format!("Index type 'wildcard' does not support the '{opt}' option");
    if spec.get("sparse").is_some_and(crate::value::truthy) {
        return Err(cannot_create(invalid("sparse")));
    }
    if spec.get("unique").is_some_and(crate::value::truthy) {
        return Err(cannot_create(invalid("unique")));
    }
    if spec.contains_key("expireAfterSeconds") {
        return Err(cannot_create(format!(
            "cannot make a TTL index :: caused by :: {}",
            invalid("expireAfterSeconds")
        )));
    }
    match spec.get("v").and_then(crate::value::as_f64) {
        Some(1.0) => Err(cannot_create(
            "Index type 'wildcard' is not allowed with index version v: 1",
        )),
        Some(v) if v != 2.0 => Err(cannot_create(format!(
            "Invalid index specification {spec}; cannot create an index with v={v}"
        ))),
        _ => Ok(()),
    }
}

/// `a` is `b` or a path prefix of it (`a.b` of `a.b.c`, not of `a.bc`).
fn is_prefix_or_equal(a: &str, b: &str) -> bool {
    b == a || b.strip_prefix(a).is_some_and(|rest| rest.starts_with('.'))
}

/// mongod's rules for the projection of a compound wildcard index: its
/// paths do not overlap, it includes none of the regular fields or excludes
/// all of them, and it mixes inclusion and exclusion only for `_id`.
fn validate_compound_projection(key: &Document, proj: &Document) -> Result<()> {
    let mut regular: Vec<&str> = key
        .keys()
        .filter(|f| !is_wildcard_field(f))
        .map(String::as_str)
        .collect();
    let mut flat = Vec::new();
    compound_paths(proj, "", &mut flat)?;
    let (mut inc, mut exc) = (Vec::new(), Vec::new());
    for (path, include) in &flat {
        if *include {
            inc.push(path.as_str());
        } else {
            exc.push(path.as_str());
        }
    }
    for set in [&inc, &exc] {
        for (i, a) in set.iter().enumerate() {
            if let Some(b) = set[i + 1..]
                .iter()
                .find(|b| is_prefix_or_equal(a, b) || is_prefix_or_equal(b, a))
            {
                return Err(Error::new(
                    ErrorCode::Location(7246200),
                    format!("Fields in Wildcard Projection cannot overlap, however '{a}' is overlapped with '{b}"),
                ));
            }
        }
    }
    // Inclusions and exclusions mix only through `_id`; an `_id` on the
    // minority side takes no part in the checks below.
    if !inc.is_empty() && !exc.is_empty() {
        if inc == ["_id"] {
            inc.clear();
        } else if exc == ["_id"] {
            exc.clear();
        } else {
            return Err(Error::new(
                ErrorCode::Location(7246211),
                "Inclusion and exclusion statements cannot combine in the wildcardProjection with an exception of explicitly including _id field",
            ));
        }
    }
    // Paths order by their components, as mongod's FieldRef does.
    let by_parts = |a: &&str, b: &&str| a.split('.').cmp(b.split('.'));
    regular.sort_unstable_by(by_parts);
    inc.sort_unstable_by(by_parts);
    exc.sort_unstable_by(by_parts);
    for f in &regular {
        if let Some(p) = inc.iter().find(|p| is_prefix_or_equal(p, f)) {
            return Err(Error::new(
                ErrorCode::Location(7246208),
                format!("Index Key and Wildcard Projection cannot contain overlapping fields, however '{f}' index field is ovverlapping with '{p}' wildcardProjection path."),
            ));
        }
    }
    if !exc.is_empty() {
        // Every regular field must be excluded (at or under an excluded
        // path). mongod walks both sorted lists and reports a field sorting
        // before the next exclusion with 7246209, one after them all with
        // 7246210.
        let mut next = 0;
        for f in &regular {
            loop {
                match exc.get(next) {
                    Some(p) if is_prefix_or_equal(p, f) => break,
                    Some(p) if by_parts(p, f).is_lt() => next += 1,
                    Some(_) => {
                        return Err(Error::new(
                            ErrorCode::Location(7246209),
                            format!("wildcardProjection paths must exclude all regular index fields, however '{f}'is not excluded."),
                        ))
                    }
                    None => {
                        return Err(Error::new(
                            ErrorCode::Location(7246210),
                            format!("wildcardProjection paths must exclude all regular index fields, however '{f}'is not excluded."),
                        ))
                    }
                }
            }
        }
    }
    Ok(())
}

/// The (path, included) entries of a compound index's projection; nested
/// objects name dotted paths.
fn compound_paths(d: &Document, prefix: &str, out: &mut Vec<(String, bool)>) -> Result<()> {
    for (k, v) in d {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Bson::Document(sub) if !sub.is_empty() && !sub.keys().any(|k| k.starts_with('$')) => {
                compound_paths(sub, &path, out)?
            }
            Bson::Double(_)
            | Bson::Int32(_)
            | Bson::Int64(_)
            | Bson::Decimal128(_)
            | Bson::Boolean(_) => out.push((path, crate::value::truthy(v))),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(7246207),
                    format!(
                        "Fields in wildcardProjection must be numbers, however '{k}: {v}' is a {}.",
                        crate::value::type_name(v)
                    ),
                ))
            }
        }
    }
    Ok(())
}

/// Parses a `wildcardProjection` as mongod's projection parser does for
/// wildcard indexes: paths (dotted, or nested objects) with numeric or
/// boolean values, no computed fields, all inclusions or all exclusions
/// apart from `_id`, which is left out unless explicitly included.
fn parse_projection(spec: &Document) -> Result<Proj> {
    let mut flat = Vec::new();
    flatten(spec, "", &mut flat)?;
    let mut id: Option<bool> = None;
    let mut mode: Option<bool> = None;
    let mut tree = Tree::default();
    for (path, include) in &flat {
        if path == "_id" {
            id = Some(*include);
            continue;
        }
        match mode {
            None => mode = Some(*include),
            Some(true) if !include => {
                return Err(Error::new(
                    ErrorCode::Location(31254),
                    format!("Cannot do exclusion on field {path} in inclusion projection"),
                ))
            }
            Some(false) if *include => {
                return Err(Error::new(
                    ErrorCode::Location(31253),
                    format!("Cannot do inclusion on field {path} in exclusion projection"),
                ))
            }
            _ => {}
        }
        insert_path(&mut tree, path)?;
    }
    let include = mode.unwrap_or(id == Some(true));
    let touches_id = flat.iter().any(|(p, _)| p.starts_with("_id."));
    if include && id == Some(true) {
        insert_path(&mut tree, "_id")?;
    }
    if !include && id != Some(true) && !touches_id {
        insert_path(&mut tree, "_id")?;
    }
    Ok(if include {
        Proj::Include(tree)
    } else {
        Proj::Exclude(tree)
    })
}

fn flatten(d: &Document, prefix: &str, out: &mut Vec<(String, bool)>) -> Result<()> {
    for (k, v) in d {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        for part in k.split('.') {
            if part.is_empty() {
                return Err(Error::new(
                    ErrorCode::Location(15998),
                    "FieldPath field names may not be empty strings.",
                ));
            }
            if part.starts_with('$') {
                return Err(Error::new(
                    ErrorCode::Location(16410),
                    format!("FieldPath field names may not start with '$'. Consider using $getField or $setField. (in {path})"),
                ));
            }
        }
        match v {
            Bson::Document(sub) if sub.is_empty() => {
                return Err(Error::new(
                    ErrorCode::Location(51270),
                    format!("An empty sub-projection is not a valid value. Found empty object at path {path}"),
                ))
            }
            Bson::Document(sub) if !sub.keys().any(|k| k.starts_with('$')) => {
                flatten(sub, &path, out)?
            }
            Bson::Double(_)
            | Bson::Int32(_)
            | Bson::Int64(_)
            | Bson::Decimal128(_)
            | Bson::Boolean(_) => out.push((path, crate::value::truthy(v))),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(51271),
                    "Bad projection specification, cannot use computed fields when parsing a spec in kBanComputedFields mode",
                ))
            }
        }
    }
    Ok(())
}

/// Adds a path to a projection tree; a path at or under another one is a
/// collision, as in mongod.
fn insert_path(tree: &mut Tree, path: &str) -> Result<()> {
    let parts: Vec<&str> = path.split('.').collect();
    let mut node = tree;
    for (i, p) in parts.iter().enumerate() {
        let exists = node.0.contains_key(*p);
        let child = node.0.entry((*p).to_string()).or_default();
        if exists && child.is_leaf() {
            let at = parts[..=i].join(".");
            return Err(Error::new(
                ErrorCode::Location(31250),
                if i + 1 == parts.len() {
                    format!("Path collision at {at}")
                } else {
                    format!(
                        "Path collision at {path} remaining portion {}",
                        parts[i + 1..].join(".")
                    )
                },
            ));
        }
        if i + 1 == parts.len() && !child.is_leaf() {
            return Err(Error::new(
                ErrorCode::Location(31249),
                format!("Path collision at {path}"),
            ));
        }
        node = child;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::keyenc::encode_component;
    use bson::{bson, doc};

    fn index(key: Document, extra: Document) -> IndexMeta {
        let mut spec = doc! {"v": 2, "key": key, "name": "w"};
        spec.extend(extra);
        IndexMeta::from_spec(spec, "table:x".into())
    }

    /// The (path, value) pairs a single-field wildcard index stores.
    fn leaves(key: Document, extra: Document, d: Document) -> Vec<(String, Bson)> {
        let idx = index(key, extra);
        let mut got = idx.wildcard.as_ref().unwrap().leaves(&d);
        got.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| format!("{}", a.1).cmp(&format!("{}", b.1)))
        });
        got
    }

    fn pairs(v: &[(&str, Bson)]) -> Vec<(String, Bson)> {
        let mut p: Vec<(String, Bson)> =
            v.iter().map(|(a, b)| (a.to_string(), b.clone())).collect();
        p.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| format!("{}", a.1).cmp(&format!("{}", b.1)))
        });
        p
    }

    #[test]
    fn leaves_follow_mongod() {
        let all = || doc! {"$**": 1};
        type Case = (Document, Document, Document, Vec<(&'static str, Bson)>);
        let cases: Vec<Case> = vec![
            (
                all(),
                doc! {},
                doc! {"_id": 1, "a": 1, "b": {"c": "x"}},
                vec![("a", bson!(1)), ("b.c", bson!("x"))],
            ),
            // Arrays are expanded without positions; objects inside them descended.
            (
                all(),
                doc! {},
                doc! {"a": [1, {"b": 2}, [3, 4]]},
                vec![("a", bson!(1)), ("a.b", bson!(2)), ("a", bson!([3, 4]))],
            ),
            // Empty objects and arrays are values; an empty array nested in one is itself.
            (
                all(),
                doc! {},
                doc! {"e": {}, "f": [], "g": [[]]},
                vec![("e", bson!({})), ("f", Bson::Undefined), ("g", bson!([]))],
            ),
            // Dotted field names cannot be queried and are skipped.
            (
                all(),
                doc! {},
                doc! {"a": {"b.c": 1, "d": 2}},
                vec![("a.d", bson!(2))],
            ),
            // A subtree index.
            (
                doc! {"a.b.$**": 1},
                doc! {},
                doc! {"a": {"b": {"c": 1}, "x": 2}, "z": 3},
                vec![("a.b.c", bson!(1))],
            ),
            // ... keeps the objects along its path.
            (
                doc! {"a.b.$**": 1},
                doc! {},
                doc! {"a": {"x": 2}},
                vec![("a", bson!({}))],
            ),
            (
                doc! {"a.b.$**": 1},
                doc! {},
                doc! {"a": [{"b": 1}, 5, [{"b": 2}]]},
                vec![("a.b", bson!(1))],
            ),
            // Inclusion with _id.
            (
                all(),
                doc! {"wildcardProjection": {"a": 1, "_id": 1}},
                doc! {"_id": 7, "a": {"x": 1}, "b": 2},
                vec![("_id", bson!(7)), ("a.x", bson!(1))],
            ),
            // Exclusion keeps _id out unless included.
            (
                all(),
                doc! {"wildcardProjection": {"b": 0}},
                doc! {"_id": 7, "a": 1, "b": 2},
                vec![("a", bson!(1))],
            ),
            (
                all(),
                doc! {"wildcardProjection": {"b": 0, "_id": 1}},
                doc! {"_id": 7, "a": 1, "b": 2},
                vec![("_id", bson!(7)), ("a", bson!(1))],
            ),
            // Nested exclusion keeps scalars and nested arrays along the path.
            (
                all(),
                doc! {"wildcardProjection": {"a": {"b": 0}}},
                doc! {"a": [{"b": 1, "c": 2}, 3, [4]]},
                vec![("a.c", bson!(2)), ("a", bson!(3)), ("a", bson!([4]))],
            ),
        ];
        for (key, extra, d, want) in cases {
            assert_eq!(
                leaves(key.clone(), extra.clone(), d.clone()),
                pairs(&want),
                "{key} {extra} {d}"
            );
        }
    }

    #[test]
    fn keys_are_path_then_value() {
        let idx = index(doc! {"$**": 1}, doc! {});
        let ks = keys_for(&idx, &doc! {"_id": 1, "a": [2, 2, 3]});
        let key = |p: &str, v: Bson| {
            let mut k = Vec::new();
            encode_component(&Bson::String(p.into()), false, &mut k);
            encode_component(&v, false, &mut k);
            k
        };
        assert_eq!(ks, vec![key("a", bson!(2)), key("a", bson!(3))]);
        assert!(keys_for(&idx, &doc! {"_id": 1}).is_empty());
    }

    fn keys_for(idx: &IndexMeta, d: &Document) -> Vec<Vec<u8>> {
        keys(idx, idx.wildcard.as_ref().unwrap(), d).unwrap()
    }

    #[test]
    fn compound_keys_have_one_entry_per_leaf_or_a_placeholder() {
        let idx = index(
            doc! {"r": 1, "$**": 1},
            doc! {"wildcardProjection": {"r": 0}},
        );
        assert_eq!(keys_for(&idx, &doc! {"r": 1, "a": 1, "b": 2}).len(), 2);
        assert_eq!(keys_for(&idx, &doc! {"r": 1}).len(), 1);
        assert_eq!(keys_for(&idx, &doc! {}).len(), 1);
        let e = keys(&idx, idx.wildcard.as_ref().unwrap(), &doc! {"r": [1, 2]}).unwrap_err();
        assert_eq!(e.code, ErrorCode::BadValue);
    }

    #[test]
    fn coverage_of_query_paths() {
        let spec = |key: Document, extra: Document| index(key, extra).wildcard.unwrap();
        let all = spec(doc! {"$**": 1}, doc! {});
        assert!(all.covers("a") && all.covers("a.b"));
        assert!(!all.covers("_id") && !all.covers("a.0") && !all.covers("_id.x"));
        let sub = spec(doc! {"a.b.$**": 1}, doc! {});
        assert!(sub.covers("a.b") && sub.covers("a.b.c"));
        assert!(!sub.covers("a") && !sub.covers("a.bc") && !sub.covers("x"));
        let inc = spec(
            doc! {"$**": 1},
            doc! {"wildcardProjection": {"a.b": 1, "_id": 1}},
        );
        assert!(inc.covers("a.b.c") && inc.covers("_id"));
        assert!(!inc.covers("a") && !inc.covers("c"));
        let exc = spec(doc! {"$**": 1}, doc! {"wildcardProjection": {"a.b": 0}});
        assert!(exc.covers("a") && exc.covers("c") && exc.covers("a.c"));
        assert!(!exc.covers("a.b") && !exc.covers("a.b.c") && !exc.covers("_id"));
    }

    fn code_of(spec: Document) -> Option<i32> {
        let key = spec.get_document("key").unwrap().clone();
        validate(&spec, &key)
            .and_then(|_| check_options(&spec))
            .err()
            .map(|e| e.code.code())
    }

    #[test]
    fn spec_validation_codes() {
        let cases: Vec<(Document, Option<i32>)> = vec![
            (doc! {"key": {"$**": 1}}, None),
            (doc! {"key": {"$**": -1}}, None),
            (doc! {"key": {"a.$**": 1}}, None),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 1, "b": 1}},
                None,
            ),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"_id": 1, "a": 0}},
                None,
            ),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"_id": 0, "a": 1}},
                None,
            ),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"a": {"b": 1, "c": 1}}},
                None,
            ),
            (doc! {"key": {"$**": 1}, "sparse": true}, Some(67)),
            (doc! {"key": {"$**": 1}, "unique": true}, Some(67)),
            (
                doc! {"key": {"$**": 1}, "expireAfterSeconds": 3600},
                Some(67),
            ),
            (doc! {"key": {"$**": 1}, "v": 1}, Some(67)),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 1, "b": 0}},
                Some(31254),
            ),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 0, "b": 1}},
                Some(31253),
            ),
            (
                doc! {"key": {"$**": 1}, "wildcardProjection": {"a": 1, "b": "string"}},
                Some(51271),
            ),
            (doc! {"key": {"$**": 1}, "wildcardProjection": {}}, Some(9)),
            (
                doc! {"key": {"a": 1}, "wildcardProjection": {"a": 1}},
                Some(2),
            ),
            (
                doc! {"key": {"a.$**": 1}, "wildcardProjection": "string"},
                Some(14),
            ),
            (
                doc! {"key": {"a.$**": 1}, "wildcardProjection": {"a": 1}},
                Some(9),
            ),
            (doc! {"key": {"a": 1, "a.$**": 1}}, Some(7246204)),
            (doc! {"key": {"a.b.c": 1, "a.b.$**": 1}}, Some(7246204)),
            (doc! {"key": {"a.$**": 1, "b.$**": 1}}, Some(7246201)),
            (doc! {"key": {"a": 1, "$**": 1}}, Some(67)),
            (
                doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"a": 0}},
                None,
            ),
            (doc! {"key": {"a": 1, "b.$**": 1}}, None),
            (
                doc! {"key": {"$**": 1, "c": 1}, "wildcardProjection": {"a.b": 1, "a.b.c": 1}},
                Some(7246200),
            ),
            (
                doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"a": 1}},
                Some(7246208),
            ),
            (
                doc! {"key": {"_id": 1, "$**": 1}, "wildcardProjection": {"_id": 1}},
                Some(7246208),
            ),
            (
                doc! {"key": {"$**": 1, "c": 1}, "wildcardProjection": {"_id": 0, "a": 0, "b": 1}},
                Some(7246211),
            ),
            (
                doc! {"key": {"$**": 1, "c": 1}, "wildcardProjection": {"_id": 0, "b": 1}},
                None,
            ),
            (
                doc! {"key": {"$**": 1, "e": 1}, "wildcardProjection": {"_id": 1, "e": 0}},
                None,
            ),
            (
                doc! {"key": {"$**": 1, "_id": 1, "e": 1}, "wildcardProjection": {"_id": 1, "e": 0}},
                Some(7246209),
            ),
            (
                doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"_id": 0}},
                Some(7246210),
            ),
            (
                doc! {"key": {"_id": 1, "$**": 1}, "wildcardProjection": {"_id": 0}},
                None,
            ),
            (
                doc! {"key": {"a.b": 1, "$**": 1}, "wildcardProjection": {"_id": 0, "a": 0}},
                None,
            ),
            (
                doc! {"key": {"a": 1, "$**": 1}, "wildcardProjection": {"_id": 0, "a.b": 0}},
                Some(7246209),
            ),
            (
                doc! {"key": {"$**": 1, "e.c": 1}, "wildcardProjection": {"_id": 1, "e.b": 0}},
                Some(7246210),
            ),
            (
                doc! {"key": {"st": 1, "$**": 1}, "wildcardProjection": {"a": "something"}},
                Some(7246207),
            ),
        ];
        for (spec, want) in cases {
            assert_eq!(code_of(spec.clone()), want, "{spec}");
        }
    }
}
