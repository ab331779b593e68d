//! Parsing of the filter language into a [`Filter`] tree, with mongod's
//! messages and codes: the top-level operators (`$and`, `$or`, `$nor`,
//! `$expr`, `$jsonSchema`...), field paths with their operator lists, and
//! each path operator. Errors come out at parse time, before any document
//! is examined.

use super::operands::{bit_positions, mod_arg, parse_type_spec};
use super::{BitTest, Filter, Op, RegexPred};
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::query::json_schema::JsonSchema;
use crate::value::collation::Coll;
use crate::value::path::split;
use crate::value::regex::MongoRegex;
use crate::value::{as_f64, as_i64, is_number};
use bson::{Bson, Document, Regex as BsonRegex};
use std::cmp::Ordering;
use std::sync::Arc;

impl Filter {
    /// Parses a filter document.
    pub fn parse(filter: &Document) -> Result<Filter> {
        Self::parse_with_vars(filter, &Arc::new(Vars::new()))
    }

    /// Parses a filter document to be matched under a collation.
    pub fn parse_collated(filter: &Document, collation: Coll) -> Result<Filter> {
        Self::parse_with_vars(filter, &Arc::new(Vars::with_collation(collation)))
    }

    /// Parses a filter document whose `$expr` may use `let` variables.
    pub fn parse_with_vars(filter: &Document, vars: &Arc<Vars>) -> Result<Filter> {
        let mut parts = Vec::new();
        for (k, v) in filter {
            if let Some(op) = k.strip_prefix('$') {
                match op {
                    "and" | "or" | "nor" => {
                        let arr = match v {
                            Bson::Array(a) if !a.is_empty() => a,
                            _ => {
                                return Err(Error::bad_value(format!(
                                    "${op} must be a nonempty array"
                                )))
                            }
                        };
                        let mut subs = Vec::with_capacity(arr.len());
                        for e in arr {
                            match e {
                                Bson::Document(d) => subs.push(Filter::parse_with_vars(d, vars)?),
                                _ => {
                                    return Err(Error::bad_value(format!(
                                        "${op} argument's entries must be objects"
                                    )))
                                }
                            }
                        }
                        parts.push(match op {
                            "and" => Filter::And(subs),
                            "or" => Filter::Or(subs),
                            _ => Filter::Nor(subs),
                        });
                    }
                    "comment" => {}
                    "where" => {
                        return Err(Error::not_implemented(
                            "$where is not supported: SecantusDB runs no server-side JavaScript",
                        ))
                    }
                    "expr" => {
                        // Evaluate once against an empty document to reject
                        // unknown operators and bad arity up front.
                        let probe = Document::new();
                        if let Err(e) = eval(v, &Scope { root: &probe, vars }) {
                            if e.code == ErrorCode::InvalidPipelineOperator || e.code == ErrorCode::Location(16020) || e.code == ErrorCode::Location(15983) {
                                return Err(e);
                            }
                        }
                        parts.push(Filter::Expr(v.clone(), vars.clone()));
                    }
                    "jsonSchema" => match v {
                        Bson::Document(schema) => {
                            parts.push(Filter::JsonSchema(Arc::new(JsonSchema::parse(schema)?)));
                        }
                        _ => {
                            return Err(Error::type_mismatch("$jsonSchema must be an object"))
                        }
                    },
                    // `$sampleRate: x` keeps each document with probability x.
                    "sampleRate" => {
                        let e = crate::expr::sample_rate_expr(v)?;
                        parts.push(Filter::Expr(e, vars.clone()));
                    }
                    "alwaysTrue" | "alwaysFalse" => {
                        if as_f64(v) != Some(1.0) {
                            return Err(Error::failed_to_parse(format!(
                                "${op} must be an integer value of 1"
                            )));
                        }
                        // An empty $and holds; an empty $or does not.
                        parts.push(if op == "alwaysTrue" {
                            Filter::And(Vec::new())
                        } else {
                            Filter::Or(Vec::new())
                        });
                    }
                    "text" => {
                        return Err(Error::not_implemented(
                            "$text needs a text index, which is not implemented yet",
                        ))
                    }
                    _ => {
                        return Err(Error::bad_value(format!(
                            "unknown top level operator: ${op}. If you have a field name that starts with a '$' symbol, consider using $getField or $setField."
                        )))
                    }
                }
                continue;
            }
            parts.push(parse_field(k, v)?);
        }
        let f = if parts.len() == 1 {
            parts.pop().unwrap()
        } else {
            Filter::And(parts)
        };
        Ok(match &vars.collation {
            Some(c) => Filter::Collated(Box::new(f), c.clone()),
            None => f,
        })
    }
}

/// Compiles a BSON regex with mongod's option letters.
pub fn compile_regex(r: &BsonRegex) -> Result<MongoRegex> {
    MongoRegex::new(r.pattern.as_str(), r.options.as_str())
}

fn regex_pred(r: &BsonRegex) -> Result<RegexPred> {
    RegexPred::new(r.pattern.as_str(), r.options.as_str())
}

/// The operators that may follow a path (parsePathAcceptingKeyword); an
/// object led by one of them is not a value to compare with.
const PATH_OPERATORS: &[&str] = &[
    "$eq",
    "$ne",
    "$gt",
    "$gte",
    "$lt",
    "$lte",
    "$in",
    "$nin",
    "$exists",
    "$type",
    "$mod",
    "$regex",
    "$options",
    "$elemMatch",
    "$all",
    "$size",
    "$bitsAllSet",
    "$bitsAllClear",
    "$bitsAnySet",
    "$bitsAnyClear",
    "$geoWithin",
    "$within",
    "$geoIntersects",
    "$near",
    "$nearSphere",
    "$geoNear",
];

fn parse_field(path: &str, v: &Bson) -> Result<Filter> {
    let path_v = split(path);
    match v {
        Bson::Document(d) if d.keys().next().is_some_and(|k| k.starts_with('$')) => {
            let mut positive = Vec::new();
            let mut negative = Vec::new();
            parse_op_list(d, path, &mut positive, &mut negative)?;
            if positive.is_empty() && negative.len() == 1 {
                return Ok(Filter::NotPath {
                    path: path_v,
                    op: negative.pop().unwrap(),
                });
            }
            if negative.is_empty() && positive.len() == 1 {
                return Ok(Filter::Path {
                    path: path_v,
                    op: positive.pop().unwrap(),
                });
            }
            let mut parts: Vec<Filter> = positive
                .into_iter()
                .map(|op| Filter::Path {
                    path: path_v.clone(),
                    op,
                })
                .collect();
            parts.extend(negative.into_iter().map(|op| Filter::NotPath {
                path: path_v.clone(),
                op,
            }));
            Ok(Filter::And(parts))
        }
        Bson::RegularExpression(r) => Ok(Filter::Path {
            path: path_v,
            op: Op::Regex(regex_pred(r)?),
        }),
        _ => Ok(Filter::Path {
            path: path_v,
            op: eq_op(v)?,
        }),
    }
}

/// Parses `{$op: arg, ...}` on one path into positive and negated predicates.
fn parse_op_list(d: &Document, path: &str, pos: &mut Vec<Op>, neg: &mut Vec<Op>) -> Result<()> {
    let options = match d.get("$options") {
        None => None,
        Some(Bson::String(s)) => Some(s.as_str()),
        Some(_) => return Err(Error::bad_value("$options has to be a string")),
    };
    if options.is_some() && !d.contains_key("$regex") {
        return Err(Error::bad_value("$options needs a $regex"));
    }
    for (k, arg) in d {
        match k.as_str() {
            "$ne" => {
                // SERVER-1705: $ne is not the negation of a regex match.
                if matches!(arg, Bson::RegularExpression(_)) {
                    return Err(Error::bad_value("Can't have regex as arg to $ne."));
                }
                neg.push(eq_op(arg)?);
            }
            "$nin" => neg.push(in_op(arg, "$nin")?),
            "$exists" if !crate::value::truthy(arg) => neg.push(Op::Exists(true)),
            "$not" => match arg {
                Bson::RegularExpression(r) => neg.push(Op::Regex(regex_pred(r)?)),
                Bson::Document(nd) if !nd.is_empty() && nd.keys().all(|k| k.starts_with('$')) => {
                    neg.push(parse_ops(nd, path)?);
                }
                Bson::Document(nd) if nd.is_empty() => {
                    return Err(Error::bad_value("$not cannot be empty"))
                }
                _ => return Err(Error::bad_value("$not needs a regex or a document")),
            },
            "$options" => {}
            "$regex" => {
                let re = match arg {
                    Bson::String(p) => RegexPred::new(p, options.unwrap_or(""))?,
                    Bson::RegularExpression(r) => {
                        if options.is_some() && !r.options.is_empty() {
                            return Err(Error::bad_value(
                                "options set in both $regex and $options",
                            ));
                        }
                        RegexPred::new(r.pattern.as_str(), options.unwrap_or(r.options.as_str()))?
                    }
                    _ => return Err(Error::bad_value("$regex has to be a string")),
                };
                pos.push(Op::Regex(re));
            }
            _ => pos.push(single_op(k, arg, path)?),
        }
    }
    Ok(())
}

/// Parses an operator document used as one predicate ($not's argument).
fn parse_ops(d: &Document, path: &str) -> Result<Op> {
    let mut pos = Vec::new();
    let mut neg = Vec::new();
    parse_op_list(d, path, &mut pos, &mut neg)?;
    if neg.is_empty() && pos.len() == 1 {
        return Ok(pos.pop().unwrap());
    }
    let mut all: Vec<(Op, bool)> = pos.into_iter().map(|o| (o, false)).collect();
    all.extend(neg.into_iter().map(|o| (o, true)));
    Ok(Op::AllOf(all))
}

/// An equality predicate; mongod refuses to compare with undefined.
fn eq_op(arg: &Bson) -> Result<Op> {
    if matches!(arg, Bson::Undefined) {
        return Err(Error::bad_value("cannot compare to undefined"));
    }
    Ok(Op::Eq(arg.clone()))
}

/// `$gt`/`$gte`/`$lt`/`$lte`: neither a regex nor undefined may be the operand.
fn cmp_op(ord: Ordering, or_equal: bool, arg: &Bson, path: &str) -> Result<Op> {
    match arg {
        Bson::RegularExpression(_) => Err(Error::bad_value(format!(
            "Can't have RegEx as arg to predicate over field '{path}'."
        ))),
        Bson::Undefined => Err(Error::bad_value("cannot compare to undefined")),
        _ => Ok(Op::Cmp(ord, or_equal, arg.clone())),
    }
}

fn in_op(arg: &Bson, name: &str) -> Result<Op> {
    let Bson::Array(a) = arg else {
        return Err(Error::bad_value(format!("{name} needs an array")));
    };
    let mut vals = Vec::new();
    let mut res = Vec::new();
    for e in a {
        match e {
            Bson::RegularExpression(r) => res.push(regex_pred(r)?),
            Bson::Document(d) if d.keys().next().is_some_and(|k| k.starts_with('$')) => {
                return Err(Error::bad_value("cannot nest $ under $in"))
            }
            Bson::Undefined => {
                return Err(Error::bad_value(
                    "InMatchExpression equality cannot be undefined",
                ))
            }
            _ => vals.push(e.clone()),
        }
    }
    Ok(Op::In(vals, res))
}

/// `$all`: either only `$elemMatch` objects or only values (each an
/// equality, or for a regex a pattern match); operator objects are refused.
fn all_op(arg: &Bson, path: &str) -> Result<Op> {
    let Bson::Array(a) = arg else {
        return Err(Error::bad_value("$all needs an array"));
    };
    let first_key = |e: &Bson| match e {
        Bson::Document(d) => d.keys().next().cloned(),
        _ => None,
    };
    let mut ops = Vec::with_capacity(a.len());
    if a.first().and_then(first_key).as_deref() == Some("$elemMatch") {
        for e in a {
            match e {
                Bson::Document(d) if first_key(e).as_deref() == Some("$elemMatch") => {
                    ops.push(single_op("$elemMatch", d.get("$elemMatch").unwrap(), path)?);
                }
                _ => return Err(Error::bad_value("$all/$elemMatch has to be consistent")),
            }
        }
        return Ok(Op::All(ops));
    }
    for e in a {
        match e {
            Bson::RegularExpression(r) => ops.push(Op::Regex(regex_pred(r)?)),
            _ if first_key(e).is_some_and(|k| PATH_OPERATORS.contains(&k.as_str())) => {
                return Err(Error::bad_value("no $ expressions in $all"))
            }
            _ => ops.push(eq_op(e)?),
        }
    }
    Ok(Op::All(ops))
}

fn single_op(k: &str, arg: &Bson, path: &str) -> Result<Op> {
    Ok(match k {
        "$eq" => eq_op(arg)?,
        "$gt" => cmp_op(Ordering::Greater, false, arg, path)?,
        "$gte" => cmp_op(Ordering::Greater, true, arg, path)?,
        "$lt" => cmp_op(Ordering::Less, false, arg, path)?,
        "$lte" => cmp_op(Ordering::Less, true, arg, path)?,
        "$in" => in_op(arg, "$in")?,
        "$exists" => Op::Exists(crate::value::truthy(arg)),
        "$type" => match arg {
            Bson::Array(a) if a.is_empty() => {
                return Err(Error::failed_to_parse(format!(
                    "{path} must match at least one type"
                )))
            }
            Bson::Array(a) => Op::Type(a.iter().map(parse_type_spec).collect::<Result<_>>()?),
            _ => Op::Type(vec![parse_type_spec(arg)?]),
        },
        "$size" => match arg {
            _ if is_number(arg) => match as_i64(arg) {
                Some(n) if n >= 0 => Op::Size(n),
                Some(_) => return Err(Error::bad_value("$size may not be negative")),
                None => return Err(Error::bad_value("$size must be a whole number")),
            },
            _ => return Err(Error::bad_value("$size needs a number")),
        },
        "$mod" => {
            let Bson::Array(a) = arg else {
                return Err(Error::bad_value("malformed mod, needs to be an array"));
            };
            if a.len() < 2 {
                return Err(Error::bad_value("malformed mod, not enough elements"));
            }
            if !is_number(&a[0]) {
                return Err(Error::bad_value("malformed mod, divisor not a number"));
            }
            if !is_number(&a[1]) {
                return Err(Error::bad_value("malformed mod, remainder not a number"));
            }
            if a.len() > 2 {
                return Err(Error::bad_value("malformed mod, too many elements"));
            }
            let d = mod_arg(&a[0], "divisor")?;
            let r = mod_arg(&a[1], "remainder")?;
            if d == 0 {
                return Err(Error::bad_value("divisor cannot be 0"));
            }
            Op::Mod(d, r)
        }
        "$all" => all_op(arg, path)?,
        "$elemMatch" => match arg {
            Bson::Document(d) => {
                // The value form applies the operators to each element; an
                // object led by a top-level operator is the object form.
                let is_value_form = d.keys().next().is_some_and(|k| {
                    k.starts_with('$')
                        && !matches!(
                            k.as_str(),
                            "$and"
                                | "$or"
                                | "$nor"
                                | "$expr"
                                | "$where"
                                | "$comment"
                                | "$jsonSchema"
                                | "$text"
                                | "$alwaysTrue"
                                | "$alwaysFalse"
                        )
                });
                if is_value_form {
                    let mut pos = Vec::new();
                    let mut neg = Vec::new();
                    parse_op_list(d, path, &mut pos, &mut neg)?;
                    let mut all: Vec<(Op, bool)> = pos.into_iter().map(|o| (o, false)).collect();
                    all.extend(neg.into_iter().map(|o| (o, true)));
                    Op::ElemMatchValue(all)
                } else {
                    Op::ElemMatchDoc(Box::new(Filter::parse(d)?))
                }
            }
            _ => return Err(Error::bad_value("$elemMatch needs an Object")),
        },
        "$comment" => Op::Exists(true),
        "$bitsAllSet" => Op::Bits(BitTest::AllSet, bit_positions(k, arg)?),
        "$bitsAnySet" => Op::Bits(BitTest::AnySet, bit_positions(k, arg)?),
        "$bitsAllClear" => Op::Bits(BitTest::AllClear, bit_positions(k, arg)?),
        "$bitsAnyClear" => Op::Bits(BitTest::AnyClear, bit_positions(k, arg)?),
        _ => {
            return Err(Error::bad_value(format!("unknown operator: {k}")));
        }
    })
}
