//! The positional operator's match: which element of an array the query
//! matched, as `$` means it in an update path and in a find projection.

use crate::error::{Error, ErrorCode, Result};
use crate::query::Filter;
use bson::{Bson, Document};

/// The index of the first element of the array at `prefix` that satisfies
/// the query's conditions on that array (what `$` refers to).
pub fn matched_index(
    root: &Document,
    prefix: &str,
    arr: &[Bson],
    query: &Document,
) -> Result<usize> {
    let mut conds = Document::new();
    collect_conditions(query, prefix, &mut conds);
    let not_found = || {
        Error::new(
            ErrorCode::BadValue,
            "The positional operator did not find the match needed from the query.",
        )
    };
    if conds.is_empty() {
        return Err(not_found());
    }
    let filter = Filter::parse(&conds)?;
    for (i, e) in arr.iter().enumerate() {
        let mut probe = root.clone();
        crate::value::path::set_path(&mut probe, prefix, Bson::Array(vec![e.clone()]))?;
        if filter.matches(&probe)? {
            return Ok(i);
        }
    }
    Err(not_found())
}

fn collect_conditions(query: &Document, prefix: &str, out: &mut Document) {
    for (k, v) in query {
        if k == "$and" {
            if let Bson::Array(a) = v {
                for e in a {
                    if let Bson::Document(d) = e {
                        collect_conditions(d, prefix, out);
                    }
                }
            }
        } else if k == prefix || k.starts_with(&format!("{prefix}.")) {
            out.insert(k.clone(), v.clone());
        }
    }
}
