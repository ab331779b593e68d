//! Pipeline stages, one file each. A stage consumes the documents of the
//! previous stage and produces its own.

mod add_fields;
mod bucket;
mod bucket_auto;
mod count;
mod densify;
mod facet;
mod fill;
mod granularity;
mod graph_lookup;
mod group;
mod group_n;
mod limit;
mod lookup;
mod match_;
mod project;
mod redact;
mod replace_root;
mod sample;
mod set_window_fields;
mod skip;
mod sort;
mod sort_by_count;
mod union_with;
mod unwind;
mod window;

use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::query::Filter;
use bson::{Bson, Document};

pub trait Stage: Send + Sync {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>>;
    /// The filter, when this is a `$match` stage.
    fn as_match(&self) -> Option<&Filter> {
        None
    }
    /// A blocking stage that can take its input one document at a time
    /// (`$group`): a fresh accumulator, so the pipeline's source need not
    /// be held in memory first.
    fn absorber<'s>(&'s self, _vars: &'s Vars) -> Option<Box<dyn Absorb + 's>> {
        None
    }
}

/// A blocking stage consuming its input document by document.
pub trait Absorb {
    fn add(&mut self, d: Document) -> Result<()>;
    /// Whether [`Absorb::add_raw`] reads inputs without decoding them.
    fn reads_raw(&self) -> bool {
        false
    }
    /// Adds an input given as its stored bytes.
    fn add_raw(&mut self, d: &bson::RawDocument) -> Result<()> {
        self.add(crate::value::to_document(d)?)
    }
    fn finish(self: Box<Self>) -> Result<Vec<Document>>;
}

pub fn parse(
    name: &str,
    arg: &Bson,
    vars: &std::sync::Arc<Vars>,
    foreign: Option<&std::sync::Arc<dyn crate::agg::Foreign>>,
) -> Result<Box<dyn Stage>> {
    Ok(match name {
        "$match" => Box::new(match_::Match::parse(arg, vars)?),
        "$lookup" => Box::new(lookup::Lookup::parse(arg, vars, foreign)?),
        "$graphLookup" => Box::new(graph_lookup::GraphLookup::parse(arg, vars, foreign)?),
        "$redact" => Box::new(redact::Redact::parse(arg)?),
        "$unionWith" => Box::new(union_with::UnionWith::parse(arg, vars, foreign)?),
        "$facet" => Box::new(facet::Facet::parse(arg, vars, foreign)?),
        "$sortByCount" => Box::new(sort_by_count::SortByCount::parse(arg)?),
        "$sample" => Box::new(sample::Sample::parse(arg)?),
        "$addFields" | "$set" => Box::new(add_fields::AddFields::parse(name, arg)?),
        "$replaceRoot" | "$replaceWith" => Box::new(replace_root::ReplaceRoot::parse(name, arg)?),
        "$unset" => Box::new(project::Project::parse_unset(arg)?),
        "$group" => Box::new(group::Group::parse(arg)?),
        "$bucket" => Box::new(bucket::Bucket::parse(arg, vars)?),
        "$bucketAuto" => Box::new(bucket_auto::BucketAuto::parse(arg, vars)?),
        "$skip" => Box::new(skip::Skip::parse(arg)?),
        "$limit" => Box::new(limit::Limit::parse(arg)?),
        "$sort" => Box::new(sort::Sort::parse(arg)?),
        "$project" => Box::new(project::Project::parse(arg)?),
        "$count" => Box::new(count::Count::parse(arg)?),
        "$unwind" => Box::new(unwind::Unwind::parse(arg)?),
        "$setWindowFields" => Box::new(set_window_fields::SetWindowFields::parse(arg, vars)?),
        "$densify" => Box::new(densify::Densify::parse(arg)?),
        "$fill" => Box::new(fill::Fill::parse(arg, vars)?),
        "$listSearchIndexes" | "$search" | "$searchMeta" | "$vectorSearch" => {
            return Err(Error::search_not_enabled())
        }
        "$changeStream" => {
            return Err(Error::new(
                ErrorCode::Location(40602),
                "$changeStream is only valid as the first stage in a pipeline.",
            ))
        }
        "$out" | "$merge" => {
            return Err(Error::new(
                ErrorCode::Location(40601),
                format!("{name} can only be the final stage in the pipeline"),
            ))
        }
        _ if name.starts_with('$') => {
            return Err(Error::new(
                ErrorCode::Location(40324),
                format!("Unrecognized pipeline stage name: '{name}'"),
            ))
        }
        _ => {
            return Err(Error::new(
                ErrorCode::Location(40324),
                format!("Unrecognized pipeline stage name: '{name}'"),
            ))
        }
    })
}

/// Reads a non-negative integral stage argument ($skip, $limit).
fn whole_number(stage: &str, arg: &Bson, code: i32) -> Result<i64> {
    match crate::value::as_i64(arg) {
        Some(n) if crate::value::is_number(arg) => Ok(n),
        _ => Err(Error::new(
            ErrorCode::Location(code),
            format!("invalid argument to {stage} stage: Expected an integer: {stage}: {arg}"),
        )),
    }
}
