//! `validate`: checks a collection — every document decodes and every
//! index holds exactly the keys its documents produce — and reports counts.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use bson::{doc, Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let coll = super::collection_arg(cmd, "validate")?;
    super::check_fields(
        cmd,
        "validate",
        &[
            "full",
            "repair",
            "background",
            "metadata",
            "checkBSONConformance",
            "fixMultikey",
            "scandata",
        ],
    )?;
    // mongod validates in the background only from a checkpoint, which
    // cannot be combined with a full or repairing validation.
    let flag = |f: &str| cmd.get(f).is_some_and(crate::value::truthy);
    if flag("background") {
        for other in ["full", "repair"] {
            if flag(other) {
                return Err(Error::new(
                    ErrorCode::InvalidOptions,
                    format!("Running the validate command with both {{ background: true }} and {{ {other}: true }} is not supported."),
                ));
            }
        }
    }
    let ns = format!("{}.{coll}", ctx.db);
    let meta = ctx.state.engine.collection(&ctx.db, &coll).ok_or_else(|| {
        Error::new(
            ErrorCode::NamespaceNotFound,
            format!("Collection '{ns}' does not exist to validate."),
        )
    })?;
    let mut txn = ctx.state.engine.begin()?;
    let report = txn.validate(&meta)?;
    let mut keys_per_index = Document::new();
    let mut details = Document::new();
    let mut errors: Vec<Bson> = Vec::new();
    for (name, expected, actual) in &report.indexes {
        keys_per_index.insert(name.clone(), *actual as i64);
        let valid = expected == actual;
        if !valid {
            errors.push(Bson::String(format!(
                "index {name} has {actual} keys but its documents produce {expected}"
            )));
        }
        details.insert(
            name.clone(),
            doc! { "valid": valid, "keysPerIndex": *actual as i64 },
        );
    }
    let valid = errors.is_empty() && report.corrupt == 0;
    Ok(doc! {
        "ns": ns,
        "uuid": meta.uuid_bson(),
        "nInvalidDocuments": report.corrupt as i64,
        "nNonCompliantDocuments": 0_i64,
        "nrecords": report.records as i64,
        "nIndexes": meta.indexes.len() as i32,
        "keysPerIndex": keys_per_index,
        "indexDetails": details,
        "valid": valid,
        "repaired": false,
        "warnings": Vec::<Bson>::new(),
        "errors": errors,
        "extraIndexEntries": Vec::<Bson>::new(),
        "missingIndexEntries": Vec::<Bson>::new(),
        "corruptRecords": Vec::<Bson>::new(),
    })
}
