//! `$redact`: evaluates an expression on each document and, recursively, on
//! each embedded document (also inside arrays). The expression answers
//! `$$KEEP` (keep this level as it is), `$$PRUNE` (drop it) or `$$DESCEND`
//! (keep its plain fields and decide again for each embedded document).
//! Those three variables exist only inside `$redact`, as in mongod; field
//! paths and `$$CURRENT` refer to the level being decided, `$$ROOT` to the
//! whole document.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use bson::{Bson, Document};

pub struct Redact(Bson);

const DESCEND: &str = "descend";
const PRUNE: &str = "prune";
const KEEP: &str = "keep";

impl Redact {
    pub fn parse(arg: &Bson) -> Result<Redact> {
        Ok(Redact(arg.clone()))
    }

    fn object(&self, d: &Document, vars: &Vars) -> Result<Option<Document>> {
        let r = eval(&self.0, &Scope { root: d, vars })?;
        match r.as_ref() {
            Some(Bson::String(s)) if s == KEEP => Ok(Some(d.clone())),
            Some(Bson::String(s)) if s == PRUNE => Ok(None),
            Some(Bson::String(s)) if s == DESCEND => {
                let mut out = Document::new();
                for (k, v) in d {
                    if let Some(v) = self.value(v, vars)? {
                        out.insert(k.clone(), v);
                    }
                }
                Ok(Some(out))
            }
            _ => Err(Error::new(
                ErrorCode::Location(17053),
                format!(
                    "$redact's expression should not return anything aside from the variables $$KEEP, $$DESCEND, and $$PRUNE, but returned {}",
                    r.map_or_else(|| "MISSING".to_string(), |v| v.to_string())
                ),
            )),
        }
    }

    /// A field value under `$$DESCEND`: embedded documents are decided
    /// again (and dropped when pruned), arrays element by element.
    fn value(&self, v: &Bson, vars: &Vars) -> Result<Option<Bson>> {
        Ok(match v {
            Bson::Document(d) => self.object(d, vars)?.map(Bson::Document),
            Bson::Array(a) => {
                let mut out = Vec::with_capacity(a.len());
                for e in a {
                    if let Some(e) = self.value(e, vars)? {
                        out.push(e);
                    }
                }
                Some(Bson::Array(out))
            }
            other => Some(other.clone()),
        })
    }
}

impl Stage for Redact {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut vars = vars.clone();
        for (name, value) in [("DESCEND", DESCEND), ("PRUNE", PRUNE), ("KEEP", KEEP)] {
            vars.insert(name.to_string(), Bson::String(value.to_string()));
        }
        let mut out = Vec::with_capacity(input.len());
        for d in input {
            // Nested levels are evaluated with themselves as the current
            // document; `$$ROOT` must still be the whole document.
            vars.insert("ROOT".to_string(), Bson::Document(d.clone()));
            if let Some(r) = self.object(&d, &vars)? {
                out.push(r);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn run(e: Bson, docs: Vec<Document>) -> Result<Vec<Document>> {
        Redact::parse(&e)?.apply(docs, &Vars::new())
    }

    #[test]
    fn levels() {
        // Keep the levels whose tags intersect the user's.
        let by_tags = bson!({"$cond": [
            {"$gt": [{"$size": {"$setIntersection": [{"$ifNull": ["$tags", []]}, ["a"]]}}, 0]},
            "$$DESCEND", "$$PRUNE"]});
        let d = doc! {"_id": 1, "tags": ["a"], "x": 1,
        "sub": {"tags": ["b"], "y": 2},
        "arr": [{"tags": ["a"], "z": 3}, {"tags": ["c"]}, 7, [{"tags": ["b"]}]]};
        let out = run(by_tags, vec![d, doc! {"tags": ["b"]}]).unwrap();
        assert_eq!(
            out,
            vec![doc! {"_id": 1, "tags": ["a"], "x": 1, "arr": [{"tags": ["a"], "z": 3}, 7, []]}]
        );
        // $$ROOT is the whole document at every level.
        let root = bson!({"$cond": [{"$eq": ["$$ROOT.level", 1]}, "$$DESCEND", "$$PRUNE"]});
        let d = doc! {"level": 1, "sub": {"level": 2, "deep": {"level": 3}}};
        assert_eq!(run(root, vec![d.clone()]).unwrap(), vec![d]);
        let cur = bson!({"$cond": [{"$eq": ["$level", 3]}, "$$PRUNE", "$$DESCEND"]});
        let d = doc! {"level": 1, "sub": {"level": 2, "deep": {"level": 3}}};
        assert_eq!(
            run(cur, vec![d]).unwrap(),
            vec![doc! {"level": 1, "sub": {"level": 2}}]
        );
        assert_eq!(run(bson!("$$KEEP"), vec![doc! {"a": 1}]).unwrap().len(), 1);
    }

    #[test]
    fn errors() {
        assert_eq!(
            run(bson!("x"), vec![doc! {}]).unwrap_err().code.code(),
            17053
        );
        assert_eq!(
            run(bson!("$a"), vec![doc! {}]).unwrap_err().code.code(),
            17053
        );
    }
}
