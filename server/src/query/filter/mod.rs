//! The query filter language: a filter document is parsed once into a
//! [`Filter`] tree (so parse errors are reported even when no document is
//! examined, as in mongod) and then evaluated against each document. Used
//! by find, count, distinct, findAndModify, update and delete, by the
//! `$match` and `$lookup` stages of `agg::Pipeline`, by partial indexes and
//! validators, and by the planner, which reads the tree's predicates to
//! choose index bounds.
//!
//! This file holds the tree ([`Filter`], [`Op`]) and what the planner asks
//! of it; `parse.rs` builds it, `matching.rs` evaluates it, `operands.rs`
//! holds the `$type`, `$mod` and bitwise operators' operands and tests.

mod matching;
mod operands;
mod parse;
#[cfg(test)]
mod tests;

pub use parse::compile_regex;

use super::json_schema::JsonSchema;
use crate::error::{Error, Result};
use crate::expr::Vars;
use crate::value::collation::Collation;
use crate::value::regex::MongoRegex;
use bson::Bson;
use std::cmp::Ordering;
use std::sync::Arc;

/// A parsed filter.
#[derive(Debug, Clone)]
pub enum Filter {
    And(Vec<Filter>),
    Or(Vec<Filter>),
    Nor(Vec<Filter>),
    /// True when some value at `path` satisfies `op`.
    Path {
        path: Vec<String>,
        op: Op,
    },
    /// True when no value at `path` satisfies `op` ($ne, $nin, $not).
    NotPath {
        path: Vec<String>,
        op: Op,
    },
    /// `$expr`: an aggregation expression over the document, with the
    /// command\'s `let` variables.
    Expr(Bson, Arc<Vars>),
    /// `$jsonSchema`: the document satisfies the schema.
    JsonSchema(Arc<JsonSchema>),
    /// The root of a filter parsed under a non-simple collation: string
    /// comparisons below it go through the collation.
    Collated(Box<Filter>, Arc<Collation>),
}

/// A predicate on one value.
#[derive(Debug, Clone)]
pub enum Op {
    /// Equality (`{a: v}`, `$eq`). A regex operand is compared as a value
    /// here; `{a: /re/}` parses to [`Op::Regex`] instead.
    Eq(Bson),
    Cmp(Ordering, bool, Bson),
    In(Vec<Bson>, Vec<RegexPred>),
    /// `$exists: true` (`$exists: false` parses to its negation, as in
    /// mongod, so one array element holding the field makes it false).
    Exists(bool),
    Type(Vec<TypeSpec>),
    Regex(RegexPred),
    Size(i64),
    Mod(i64, i64),
    /// `$all`: every predicate (an equality, a regex or an `$elemMatch`)
    /// holds on the path, each on its own; none at all never matches.
    All(Vec<Op>),
    ElemMatchDoc(Box<Filter>),
    ElemMatchValue(Vec<(Op, bool)>),
    /// `$bitsAllSet` and kin: the bit positions and which test applies.
    Bits(BitTest, Vec<u32>),
    /// Several operators on one path ({a: {$gt: 1, $lt: 5}}): all must hold,
    /// each on any value (mongod evaluates them independently).
    AllOf(Vec<(Op, bool)>),
}

/// A regex predicate: matches strings and symbols by pattern, and BSON regex
/// values with the same pattern and flags (RegexMatchExpression).
#[derive(Debug, Clone)]
pub struct RegexPred {
    re: MongoRegex,
    pattern: String,
    options: String,
}

impl RegexPred {
    fn new(pattern: &str, options: &str) -> Result<RegexPred> {
        if pattern.contains('\0') {
            return Err(Error::bad_value(
                "Regular expression cannot contain an embedded null byte",
            ));
        }
        Ok(RegexPred {
            re: MongoRegex::new(pattern, options)?,
            pattern: pattern.to_string(),
            options: options.to_string(),
        })
    }

    fn matches(&self, v: &Bson) -> bool {
        match v {
            Bson::String(s) | Bson::Symbol(s) => self.re.is_match(s),
            Bson::RegularExpression(r) => {
                r.pattern.as_str() == self.pattern && r.options.as_str() == self.options
            }
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BitTest {
    AllSet,
    AnySet,
    AllClear,
    AnyClear,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TypeSpec {
    Number,
    Code(i32),
}

impl Filter {
    /// Whether the filter is `{}`: every document matches, so a scan need
    /// not read them.
    pub fn matches_everything(&self) -> bool {
        match self {
            Filter::And(v) => v.is_empty(),
            Filter::Collated(inner, _) => inner.matches_everything(),
            _ => false,
        }
    }

    /// Whether the filter is nothing but `{_id: value}` (no collation): a
    /// document the `_id` index finds for that value matches it.
    pub fn is_only_id_equality(&self) -> bool {
        match self {
            Filter::And(fs) => fs.len() == 1 && id_eq(&fs[0]).is_some(),
            f => id_eq(f).is_some(),
        }
    }

    /// The equality value this filter requires for `_id`, if it is a plain
    /// `{_id: value}` (or `$eq`) lookup, so the `_id` index can answer it.
    pub fn id_equality(&self) -> Option<&Bson> {
        match self {
            Filter::And(fs) => fs.iter().find_map(id_eq),
            // Under a collation a string `_id` matches more than one key.
            Filter::Collated(f, _) => f
                .id_equality()
                .filter(|v| !matches!(v, Bson::String(_) | Bson::Symbol(_))),
            f => id_eq(f),
        }
    }
}

fn id_eq(f: &Filter) -> Option<&Bson> {
    if let Filter::Path {
        path,
        op: Op::Eq(v),
    } = f
    {
        if path.len() == 1
            && path[0] == "_id"
            && !matches!(
                v,
                Bson::Array(_) | Bson::Null | Bson::RegularExpression(_) | Bson::Document(_)
            )
        {
            return Some(v);
        }
    }
    None
}
