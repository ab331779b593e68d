//! Positional update paths: `$` (the array element the query matched),
//! `$[]` (every element) and `$[<id>]` (the elements an `arrayFilters`
//! entry selects). A path with them expands, per document, into the
//! concrete paths (with numeric indexes) the operator then updates.

use crate::error::{Error, Result};
use crate::query::positional::matched_index;
use crate::query::Filter;
use bson::{doc, Bson, Document};

/// Parsed `arrayFilters`: identifier → filter over `{<id>: element}`.
#[derive(Debug, Clone, Default)]
pub struct ArrayFilters(pub Vec<(String, Filter)>);

impl ArrayFilters {
    pub fn parse(filters: &[Bson]) -> Result<ArrayFilters> {
        let mut out: Vec<(String, Filter)> = Vec::new();
        for f in filters {
            let Bson::Document(d) = f else {
                return Err(Error::type_mismatch("arrayFilters entries must be objects"));
            };
            let mut ident: Option<String> = None;
            for k in d.keys() {
                let top = k.split('.').next().unwrap_or_default().to_string();
                if top.is_empty()
                    || !top.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    || !top.chars().all(|c| c.is_ascii_alphanumeric())
                {
                    return Err(Error::bad_value(format!(
                        "Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found '{top}'"
                    )));
                }
                match &ident {
                    Some(i) if *i != top => {
                        return Err(Error::failed_to_parse(format!(
                            "Error parsing array filter :: caused by :: Expected a single top-level field name, found '{i}' and '{top}'"
                        )))
                    }
                    _ => ident = Some(top),
                }
            }
            let Some(ident) = ident else {
                return Err(Error::failed_to_parse(
                    "Cannot use an expression without a top-level field name in arrayFilters",
                ));
            };
            if out.iter().any(|(i, _)| *i == ident) {
                return Err(Error::failed_to_parse(format!(
                    "Found multiple array filters with the same top-level field name {ident}"
                )));
            }
            out.push((ident, Filter::parse(d)?));
        }
        Ok(ArrayFilters(out))
    }

    fn get(&self, ident: &str) -> Option<&Filter> {
        self.0.iter().find(|(i, _)| i == ident).map(|(_, f)| f)
    }
}

/// Whether a path has a positional component.
pub fn is_positional(path: &str) -> bool {
    path.split('.')
        .any(|c| c == "$" || (c.starts_with("$[") && c.ends_with(']')))
}

/// The identifiers `$[<id>]` a path uses.
pub fn identifiers(path: &str) -> Vec<String> {
    path.split('.')
        .filter_map(|c| c.strip_prefix("$[").and_then(|c| c.strip_suffix(']')))
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

/// Expands a positional path against `doc` into concrete paths.
pub fn expand(
    doc: &Document,
    path: &str,
    query: &Document,
    filters: &ArrayFilters,
) -> Result<Vec<String>> {
    let parts: Vec<&str> = path.split('.').collect();
    let mut out = Vec::new();
    walk(
        doc,
        Some(&Bson::Document(doc.clone())),
        "",
        &parts,
        path,
        query,
        filters,
        &mut out,
    )?;
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn walk(
    root: &Document,
    v: Option<&Bson>,
    prefix: &str,
    parts: &[&str],
    full: &str,
    query: &Document,
    filters: &ArrayFilters,
    out: &mut Vec<String>,
) -> Result<()> {
    let Some(p) = parts.first() else {
        out.push(prefix.to_string());
        return Ok(());
    };
    let join = |c: &str| {
        if prefix.is_empty() {
            c.to_string()
        } else {
            format!("{prefix}.{c}")
        }
    };
    let is_all = *p == "$[]";
    let ident = p
        .strip_prefix("$[")
        .and_then(|c| c.strip_suffix(']'))
        .filter(|c| !c.is_empty());
    if *p == "$" || is_all || ident.is_some() {
        let Some(Bson::Array(arr)) = v else {
            return Err(Error::bad_value(format!(
                "The path '{prefix}' must exist in the document in order to apply array updates."
            )));
        };
        let indexes: Vec<usize> = if *p == "$" {
            vec![matched_index(root, prefix, arr, query)?]
        } else if is_all {
            (0..arr.len()).collect()
        } else {
            let ident = ident.unwrap();
            let f = filters.get(ident).ok_or_else(|| {
                Error::bad_value(format!(
                    "No array filter found for identifier '{ident}' in path '{full}'"
                ))
            })?;
            let mut hits = Vec::new();
            for (i, e) in arr.iter().enumerate() {
                if f.matches(&doc! { ident: e.clone() })? {
                    hits.push(i);
                }
            }
            hits
        };
        for i in indexes {
            walk(
                root,
                arr.get(i),
                &join(&i.to_string()),
                &parts[1..],
                full,
                query,
                filters,
                out,
            )?;
        }
        return Ok(());
    }
    let child = match v {
        Some(Bson::Document(d)) => d.get(*p),
        Some(Bson::Array(a)) => p.parse::<usize>().ok().and_then(|i| a.get(i)),
        _ => None,
    };
    walk(
        root,
        child,
        &join(p),
        &parts[1..],
        full,
        query,
        filters,
        out,
    )
}
