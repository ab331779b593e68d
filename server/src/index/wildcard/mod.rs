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

mod keygen;
mod spec;
#[cfg(test)]
mod tests;

pub use keygen::keys;
pub use spec::{check_options, validate};

use bson::{Bson, Document};
use spec::parse_projection;
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
