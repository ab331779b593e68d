//! What an update statement does to a document: an update document (a
//! replacement or update operators, `update::UpdateSpec`) or, since 4.2, an
//! aggregation pipeline run over the document. The update commands
//! (`update`, `findAndModify`, `bulkWrite`) compose the two here, so
//! `update/` stays below `agg/`.

use crate::agg::Pipeline;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::update::{self, UpdateSpec};
use bson::{Bson, Document};
use std::sync::Arc;

/// The stages an update pipeline may use.
const UPDATE_STAGES: &[&str] = &[
    "$addFields",
    "$set",
    "$project",
    "$unset",
    "$replaceRoot",
    "$replaceWith",
];

/// A parsed update statement's `u`.
#[derive(Debug, Clone)]
pub enum Modification {
    Update(UpdateSpec),
    /// An aggregation pipeline applied to the document.
    Pipeline(Arc<Pipeline>),
}

impl Modification {
    /// Parses `u` of a statement with this query, `arrayFilters` and the
    /// command's `let` variables (which pipeline updates can use).
    pub fn parse(
        u: &Bson,
        query: &Document,
        array_filters: Option<&Bson>,
        vars: Arc<Vars>,
    ) -> Result<Modification> {
        update::check_array_filters(array_filters)?;
        match u {
            Bson::Document(d) => Ok(Modification::Update(UpdateSpec::parse_with(
                d,
                query,
                array_filters,
            )?)),
            Bson::Array(stages) => {
                let pipeline = parse_pipeline(stages, vars)?;
                update::check_no_array_filters(array_filters, u)?;
                Ok(Modification::Pipeline(pipeline))
            }
            v => Err(Error::new(
                ErrorCode::FailedToParse,
                format!(
                    "Update argument must be either an object or an array, not {}",
                    crate::value::type_name(v)
                ),
            )),
        }
    }

    pub fn is_replacement(&self) -> bool {
        matches!(self, Modification::Update(u) if u.is_replacement())
    }

    /// Applies the update; `inserting` is true for the document of an upsert
    /// (so `$setOnInsert` applies and `_id` may be set).
    pub fn apply(&self, old: &Document, inserting: bool) -> Result<Document> {
        let new = self.modify(old, inserting)?;
        // mongod's storage validation of an updated document.
        if crate::value::too_deep_to_store(&new) {
            return Err(Error::new(
                ErrorCode::Overflow,
                format!(
                    "Document exceeds maximum nesting depth of {}",
                    crate::value::MAX_STORAGE_DEPTH
                ),
            ));
        }
        Ok(new)
    }

    fn modify(&self, old: &Document, inserting: bool) -> Result<Document> {
        match self {
            Modification::Update(u) => u.apply(old, inserting),
            Modification::Pipeline(p) => {
                let out = p
                    .run(vec![old.clone()])?
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                update::settle_pipeline_output(old, out, inserting)
            }
        }
    }
}

fn parse_pipeline(stages: &[Bson], vars: Arc<Vars>) -> Result<Arc<Pipeline>> {
    for st in stages {
        if let Bson::Document(d) = st {
            if let Some(name) = d.keys().next() {
                if !UPDATE_STAGES.contains(&name.as_str()) {
                    return Err(Error::new(
                        ErrorCode::InvalidOptions,
                        format!("{name} is not allowed to be used within an update"),
                    ));
                }
            }
        }
    }
    Ok(Arc::new(Pipeline::parse(stages, vars)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::{bson, doc};

    fn parse(u: &Bson) -> Result<Modification> {
        Modification::parse(u, &Document::new(), None, Arc::new(Vars::new()))
    }

    #[test]
    fn pipeline_updates() {
        let u = bson!([{"$set": {"c": {"$add": ["$a", "$b"]}}}, {"$unset": "b"}]);
        let spec = parse(&u).unwrap();
        assert_eq!(
            spec.apply(&doc! {"_id": 1, "a": 1, "b": 2}, false).unwrap(),
            doc! {"_id": 1, "a": 1, "c": 3}
        );
        assert!(parse(&bson!([{"$group": {"_id": null}}])).is_err());
        let spec = parse(&bson!([{"$replaceWith": {"x": 1}}])).unwrap();
        assert_eq!(
            spec.apply(&doc! {"_id": 7, "a": 1}, false).unwrap(),
            doc! {"_id": 7, "x": 1}
        );
    }
}
