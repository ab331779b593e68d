//! Find projections: inclusion and exclusion of (dotted) fields, with mongod's
//! `_id` rule (included unless excluded) and its errors for mixing the two
//! kinds. Array values are projected element by element.

use crate::bsonutil::truthy;
use crate::error::{Error, ErrorCode, Result};
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
}

fn code(n: i32) -> ErrorCode {
    ErrorCode::Location(n)
}

impl Projection {
    /// Parses a projection; `None` when it projects nothing away.
    pub fn parse(spec: &Document) -> Result<Option<Projection>> {
        if spec.is_empty() {
            return Ok(None);
        }
        let mut inclusion: Option<bool> = None;
        let mut include_id = true;
        let mut tree = Node::default();
        for (k, v) in spec {
            let include = match v {
                Bson::Boolean(_) | Bson::Int32(_) | Bson::Int64(_) | Bson::Double(_) | Bson::Decimal128(_) => truthy(v),
                _ => {
                    return Err(Error::not_implemented(format!(
                        "projection of field '{k}' with an expression or operator is not implemented yet"
                    )))
                }
            };
            if k.starts_with('$') {
                return Err(Error::new(code(16410), "FieldPath field names may not start with '$'. Consider using $getField or $setField."));
            }
            if k == "_id" {
                include_id = include;
                if include {
                    // {_id: 1} alone is an inclusion projection.
                    continue;
                }
                continue;
            }
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
            let mut node = &mut tree;
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
        }
        let inclusion = match inclusion {
            Some(b) => b,
            // Only _id was given: {_id: 0} excludes it, {_id: 1} keeps only it.
            None => spec.get("_id").map(truthy).unwrap_or(true),
        };
        Ok(Some(Projection {
            inclusion,
            tree,
            include_id,
        }))
    }

    /// Applies the projection to one document.
    pub fn apply(&self, doc: &Document) -> Document {
        let mut out = if self.inclusion {
            include(doc, &self.tree)
        } else {
            exclude(doc, &self.tree)
        };
        if self.inclusion && self.include_id {
            if let Some(id) = doc.get("_id") {
                let mut with_id = Document::new();
                with_id.insert("_id", id.clone());
                with_id.extend(out);
                out = with_id;
            }
        } else if !self.include_id {
            out.remove("_id");
        }
        out
    }
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
        Projection::parse(&spec).unwrap().unwrap().apply(&d)
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
    fn mixing_is_an_error() {
        let e = Projection::parse(&doc! {"a": 1, "b": 0}).unwrap_err();
        assert_eq!(e.code.code(), 31254);
        let e = Projection::parse(&doc! {"a": 0, "b": 1}).unwrap_err();
        assert_eq!(e.code.code(), 31253);
        let e = Projection::parse(&doc! {"a": 1, "a.b": 1}).unwrap_err();
        assert_eq!(e.code.code(), 31250);
    }
}
