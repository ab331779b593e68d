//! Views, as mongod keeps them: a read-only namespace defined by a source
//! (`viewOn`, a collection or another view) and a pipeline, stored as a
//! document `{_id: "<db>.<view>", viewOn, pipeline[, collation]}` in the
//! database's `system.views` collection (so its writes are in the oplog,
//! and change streams report them as `create`/`modify`/`drop` of a view).
//!
//! Reads of a view (`find`, `aggregate`, `count`, `distinct`, and
//! `$lookup`/`$unionWith`/`$graphLookup` from one) run as an aggregation
//! over the underlying collection with the views' pipelines in front;
//! writes, index commands and change streams on a view are refused with
//! `CommandNotSupportedOnView`, as mongod refuses them.

use crate::error::{Error, ErrorCode, Result};
use crate::storage::Engine;
use bson::{doc, Bson, Document};

/// The collection that holds a database's view definitions.
pub const SYSTEM_VIEWS: &str = "system.views";

/// How many views may stand on one another (mongod's limit).
const MAX_DEPTH: usize = 20;

/// One view's definition.
#[derive(Debug, Clone)]
pub struct View {
    pub view_on: String,
    pub pipeline: Vec<Bson>,
    pub collation: Option<Document>,
}

impl View {
    fn from_doc(d: &Document) -> View {
        View {
            view_on: d.get_str("viewOn").unwrap_or_default().to_string(),
            pipeline: d.get_array("pipeline").cloned().unwrap_or_default(),
            collation: d.get_document("collation").ok().cloned(),
        }
    }

    /// The definition as `listCollections` shows it in `options`.
    pub fn options(&self) -> Document {
        let mut o = doc! { "viewOn": &self.view_on, "pipeline": self.pipeline.clone() };
        if let Some(c) = &self.collation {
            o.insert("collation", c.clone());
        }
        o
    }
}

/// A view resolved down to the collection under it.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The collection the views stand on (it may not exist).
    pub coll: String,
    /// Every view's pipeline, innermost first.
    pub pipeline: Vec<Bson>,
    /// The view's default collation.
    pub collation: Option<Document>,
}

/// The view `db.name`, if there is one.
pub fn get(engine: &Engine, db: &str, name: &str) -> Result<Option<View>> {
    if name == SYSTEM_VIEWS {
        return Ok(None);
    }
    let Some(meta) = engine.collection(db, SYSTEM_VIEWS) else {
        return Ok(None);
    };
    let mut txn = engine.begin()?;
    let found = txn.find_by_id(&meta, &Bson::String(format!("{db}.{name}")))?;
    Ok(found.map(|(_, d)| View::from_doc(&d)))
}

/// Every view of a database, by name.
pub fn list(engine: &Engine, db: &str) -> Result<Vec<(String, View)>> {
    let Some(meta) = engine.collection(db, SYSTEM_VIEWS) else {
        return Ok(Vec::new());
    };
    let prefix = format!("{db}.");
    let mut out = Vec::new();
    let mut txn = engine.begin()?;
    txn.scan(&meta, i64::MIN, |_, d| {
        if let Some(name) = d
            .get_str("_id")
            .ok()
            .and_then(|id| id.strip_prefix(&prefix))
        {
            out.push((name.to_string(), View::from_doc(&d)));
        }
        Ok(std::ops::ControlFlow::Continue(()))
    })?;
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// `name` resolved through its views to a collection, or None when `name`
/// is no view.
pub fn resolve(engine: &Engine, db: &str, name: &str) -> Result<Option<Resolved>> {
    if engine.collection(db, name).is_some() {
        return Ok(None);
    }
    let Some(first) = get(engine, db, name)? else {
        return Ok(None);
    };
    let collation = first.collation.clone();
    let mut pipeline = first.pipeline.clone();
    let mut on = first.view_on.clone();
    let mut depth = 1;
    while let Some(inner) = get(engine, db, &on)? {
        depth += 1;
        if depth > MAX_DEPTH {
            return Err(depth_exceeded());
        }
        let mut p = inner.pipeline.clone();
        p.extend(pipeline);
        pipeline = p;
        on = inner.view_on.clone();
    }
    Ok(Some(Resolved {
        coll: on,
        pipeline,
        collation,
    }))
}

fn depth_exceeded() -> Error {
    Error::new(
        ErrorCode::ViewDepthLimitExceeded,
        format!("View depth too deep or view cycle detected. Maximum depth is {MAX_DEPTH}"),
    )
}

/// mongod's refusal of a command that needs a collection, not a view.
pub fn not_a_collection(db: &str, name: &str) -> Error {
    Error::new(
        ErrorCode::CommandNotSupportedOnView,
        format!("Namespace {db}.{name} is a view, not a collection"),
    )
}

/// Refuses the command when `db.name` is a view.
pub fn refuse_view(engine: &Engine, db: &str, name: &str) -> Result<()> {
    if engine.collection(db, name).is_none() && get(engine, db, name)?.is_some() {
        return Err(not_a_collection(db, name));
    }
    Ok(())
}

/// Checks a view definition as mongod's `create`/`collMod` do: the source
/// is a name, the pipeline an array of stages without `$out`, `$merge` or
/// `$changeStream`, and the views do not loop or stand more than 20 deep.
pub fn check_definition(
    engine: &Engine,
    db: &str,
    name: &str,
    view_on: &Bson,
    pipeline: Option<&Bson>,
) -> Result<View> {
    let view_on = match view_on {
        Bson::String(s) if !s.is_empty() => s.clone(),
        Bson::String(_) => {
            return Err(Error::bad_value("invalid name for 'viewOn': ''"));
        }
        v => {
            return Err(crate::value::field_type_error(
                "create", "viewOn", v, "string",
            ))
        }
    };
    let pipeline = match pipeline {
        None => Vec::new(),
        Some(Bson::Array(a)) => a.clone(),
        Some(v) => {
            return Err(crate::value::field_type_error(
                "create", "pipeline", v, "array",
            ))
        }
    };
    for stage in &pipeline {
        let Some(d) = stage.as_document() else {
            return Err(Error::type_mismatch(
                "Each element of the 'pipeline' array must be an object",
            ));
        };
        for banned in ["$out", "$merge", "$changeStream"] {
            if d.contains_key(banned) {
                return Err(Error::new(
                    ErrorCode::OptionNotSupportedOnView,
                    format!("{banned} cannot be used in a view definition"),
                ));
            }
        }
    }
    crate::agg::Pipeline::parse(&pipeline, std::sync::Arc::new(crate::expr::Vars::new()))?;
    // Follow the sources: a loop back to this view, or too many levels,
    // is refused.
    let mut chain = vec![format!("{db}.{name}"), format!("{db}.{view_on}")];
    let mut on = view_on.clone();
    while let Some(inner) = get(engine, db, &on)? {
        if inner.view_on == name {
            chain.push(format!("{db}.{name}"));
            return Err(Error::new(
                ErrorCode::GraphContainsCycle,
                format!("View cycle detected: [{}]", chain.join(" => ")),
            ));
        }
        chain.push(format!("{db}.{}", inner.view_on));
        if chain.len() > MAX_DEPTH + 1 {
            return Err(depth_exceeded());
        }
        on = inner.view_on;
    }
    Ok(View {
        view_on,
        pipeline,
        collation: None,
    })
}

/// The `system.views` document of a view.
pub fn definition_doc(db: &str, name: &str, v: &View) -> Document {
    let mut d = doc! { "_id": format!("{db}.{name}") };
    d.extend(v.options());
    d
}
