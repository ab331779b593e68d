//! `$lookup`'s pipeline form, per input document: the sub-pipeline runs
//! over the foreign collection with the document's `let` variables bound.
//! When the sub-pipeline opens with a `$match` whose `$expr` requires
//! `{$eq: ["$field", "$$var"]}` (the usual correlated join), the foreign
//! documents come from an index on `field` when one fits, as mongod's
//! planner uses one for such a match; otherwise the collection is read
//! once (shared by every input document) and only the documents passing
//! the `$match` are copied. Either way the `$match` decides, so an index
//! only changes how many documents are looked at.

use super::Lookup;
use crate::agg::Pipeline;
use crate::error::Result;
use crate::expr::{eval_value, Scope, Vars};
use crate::planner::bounds::indexable;
use bson::{Bson, Document};
use std::sync::Arc;

impl Lookup {
    /// The sub-pipeline's output for one input document `d`.
    pub(super) fn run_pipeline(
        &self,
        p: &[Bson],
        d: &Document,
        equality: Option<Vec<Document>>,
        vars: &Vars,
    ) -> Result<Vec<Document>> {
        let mut sub_vars: Vars = (*self.base_vars).clone();
        sub_vars.extend(vars.iter().map(|(k, v)| (k.clone(), v.clone())));
        let scope = Scope { root: d, vars };
        for (k, e) in &self.lets {
            sub_vars.insert(k.clone(), eval_value(e, &scope)?);
        }
        let sub_vars = Arc::new(sub_vars);
        let pipeline = Pipeline::parse_with(p, sub_vars.clone(), Some(&self.foreign))?;
        // The equality form already chose the candidates.
        if let Some(matched) = equality {
            return pipeline.run(matched);
        }
        if let Some(found) = self.correlated_probe(p, &sub_vars)? {
            return pipeline.run(found);
        }
        let all = self.all()?.clone();
        let first = pipeline.leading_match();
        pipeline.run_streaming(first.is_some(), |emit| {
            for f in all.iter() {
                if first.map_or(Ok(true), |m| m.matches(f))? {
                    emit(f.clone())?;
                }
            }
            Ok(())
        })
    }

    /// The foreign documents an index gives for the sub-pipeline's leading
    /// `$match` on `{$expr: {$eq: ["$field", "$$var"]}}` (candidates in
    /// natural order), or None when there is no such match, the variable's
    /// value cannot be looked up, or no index fits.
    fn correlated_probe(&self, p: &[Bson], vars: &Vars) -> Result<Option<Vec<Document>>> {
        let Some((field, var)) = p
            .first()
            .and_then(Bson::as_document)
            .and_then(|s| s.get_document("$match").ok())
            .and_then(correlated_eq)
        else {
            return Ok(None);
        };
        let Some(value) = vars.get(&var) else {
            return Ok(None);
        };
        // A document value would have to equal a whole sub-document key.
        if !indexable(value) || matches!(value, Bson::Document(_)) {
            return Ok(None);
        }
        let Some(mut found) = self.foreign.probe(
            &self.from,
            &field,
            std::slice::from_ref(value),
            &vars.collation,
        )?
        else {
            return Ok(None);
        };
        found.sort_unstable_by_key(|(rid, _)| *rid);
        found.dedup_by_key(|(rid, _)| *rid);
        Ok(Some(found.into_iter().map(|(_, d)| d).collect()))
    }
}

/// The `(field, variable)` of a `$match` that requires `$expr: {$eq:
/// ["$field", "$$var"]}` (either order, possibly inside a top-level `$and`
/// of the expression or of the match).
fn correlated_eq(m: &Document) -> Option<(String, String)> {
    for (k, v) in m {
        let found = match (k.as_str(), v) {
            ("$expr", e) => expr_eq(e),
            ("$and", Bson::Array(items)) => items
                .iter()
                .filter_map(Bson::as_document)
                .find_map(correlated_eq),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

fn expr_eq(e: &Bson) -> Option<(String, String)> {
    let d = e.as_document()?;
    if d.len() != 1 {
        return None;
    }
    match d.iter().next()? {
        (op, Bson::Array(items)) if op == "$and" => items.iter().find_map(expr_eq),
        (op, Bson::Array(args)) if op == "$eq" && args.len() == 2 => {
            let side = |b: &Bson| b.as_str().map(str::to_string);
            let (a, b) = (side(&args[0])?, side(&args[1])?);
            let field = |s: &str| {
                s.strip_prefix('$')
                    .filter(|f| !f.starts_with('$'))
                    .map(str::to_string)
            };
            // A whole variable (not a path into one).
            let var = |s: &str| {
                s.strip_prefix("$$")
                    .filter(|v| !v.contains('.'))
                    .map(str::to_string)
            };
            field(&a).zip(var(&b)).or_else(|| field(&b).zip(var(&a)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    #[test]
    fn finds_correlated_equalities() {
        let m = doc! {"$expr": {"$eq": ["$k", "$$kk"]}};
        assert_eq!(correlated_eq(&m), Some(("k".into(), "kk".into())));
        let m = doc! {"$expr": {"$eq": ["$$kk", "$a.b"]}};
        assert_eq!(correlated_eq(&m), Some(("a.b".into(), "kk".into())));
        let m = doc! {"$expr": {"$and": [{"$gt": ["$x", 1]}, {"$eq": ["$k", "$$v"]}]}};
        assert_eq!(correlated_eq(&m), Some(("k".into(), "v".into())));
        let m = doc! {"$and": [{"x": 1}, {"$expr": {"$eq": ["$k", "$$v"]}}]};
        assert_eq!(correlated_eq(&m), Some(("k".into(), "v".into())));
        // A path into the variable, two fields, or another operator: no.
        for m in [
            doc! {"$expr": {"$eq": ["$k", "$$v.x"]}},
            doc! {"$expr": {"$eq": ["$k", "$j"]}},
            doc! {"$expr": {"$gte": ["$k", "$$v"]}},
            doc! {"$expr": {"$or": [{"$eq": ["$k", "$$v"]}]}},
        ] {
            assert_eq!(correlated_eq(&m), None, "{m}");
        }
    }
}
