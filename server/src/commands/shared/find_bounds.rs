//! find's `min`/`max`: bounds on the key of the hinted index. Documents
//! whose index key falls in `[min, max)` are returned in index order — what
//! mongod's bounded index scan produces.

use crate::error::{Error, ErrorCode, Result};
use crate::index::keyenc::encode_component;
use crate::index::keys::keys_for;
use crate::storage::{CollMeta, IndexMeta};
use bson::{Bson, Document};

pub struct Bounds {
    min: Option<Document>,
    max: Option<Document>,
}

impl Bounds {
    pub fn parse(cmd: &Document) -> Result<Option<Bounds>> {
        let get = |k: &str| -> Result<Option<Document>> {
            match cmd.get(k) {
                None | Some(Bson::Null) => Ok(None),
                Some(Bson::Document(d)) if d.is_empty() => Ok(None),
                Some(Bson::Document(d)) => Ok(Some(d.clone())),
                Some(v) => Err(crate::value::field_type_error("find", k, v, "object")),
            }
        };
        let (min, max) = (get("min")?, get("max")?);
        if min.is_none() && max.is_none() {
            return Ok(None);
        }
        Ok(Some(Bounds { min, max }))
    }

    /// The hinted index the bounds apply to.
    pub fn index(&self, meta: &CollMeta, hint: Option<&Bson>) -> Result<IndexMeta> {
        let idx = match hint {
            Some(Bson::String(name)) => meta.indexes.iter().find(|i| &i.name == name),
            Some(Bson::Document(k)) if !k.is_empty() => meta.indexes.iter().find(|i| &i.key == k),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(51173),
                    "When using min()/max() a hint of which index to use must be provided",
                ))
            }
        };
        let idx = idx.ok_or_else(|| {
            Error::bad_value("error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index")
        })?;
        for b in [&self.min, &self.max].into_iter().flatten() {
            let fields: Vec<&String> = b.keys().collect();
            let want: Vec<&String> = idx.fields.iter().map(|(f, _)| f).collect();
            if fields != want {
                return Err(Error::new(
                    ErrorCode::Location(51174),
                    "The index chosen is not compatible with min/max",
                ));
            }
        }
        Ok(idx.clone())
    }

    fn encode(bound: &Document, idx: &IndexMeta) -> Vec<u8> {
        let mut out = Vec::new();
        for ((_, desc), v) in idx.fields.iter().zip(bound.values()) {
            match &idx.collation {
                Some(c) => {
                    encode_component(&crate::value::compare::collation_key(v, c), *desc, &mut out);
                }
                None => encode_component(v, *desc, &mut out),
            }
        }
        out
    }

    /// The rows whose key lies in `[min, max)`, in index order.
    pub fn select(
        &self,
        idx: &IndexMeta,
        rows: Vec<(i64, Document)>,
    ) -> Result<Vec<(i64, Document)>> {
        let lo = self.min.as_ref().map(|b| Self::encode(b, idx));
        let hi = self.max.as_ref().map(|b| Self::encode(b, idx));
        let mut keyed = Vec::new();
        for (rid, d) in rows {
            let keys = keys_for(idx, &d)?;
            let hit = keys
                .into_iter()
                .find(|k| lo.as_ref().is_none_or(|l| k >= l) && hi.as_ref().is_none_or(|h| k < h));
            if let Some(k) = hit {
                keyed.push((k, rid, d));
            }
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        Ok(keyed.into_iter().map(|(_, r, d)| (r, d)).collect())
    }
}
