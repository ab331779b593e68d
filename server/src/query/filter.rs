//! Filter parsing and matching. A filter document is parsed once into a
//! [`Filter`] tree (so parse errors are reported even when no document is
//! examined, as in mongod) and then evaluated against each document.

use super::collation::{Coll, Collation};
use super::compare::{bracket, compare_with, values_equal_with};
use super::json_schema::JsonSchema;
use super::path::{collect, split};
use super::regex::MongoRegex;
use crate::agg::expr::{eval, Scope, Vars};
use crate::bsonutil::{as_f64, as_i64, is_number, type_name};
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document, Regex as BsonRegex};
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
    Eq(Bson),
    Cmp(Ordering, bool, Bson),
    In(Vec<Bson>, Vec<MongoRegex>),
    Exists(bool),
    Type(Vec<TypeSpec>),
    Regex(MongoRegex),
    Size(i64),
    Mod(i64, i64),
    All(Vec<Bson>),
    ElemMatchDoc(Box<Filter>),
    ElemMatchValue(Vec<(Op, bool)>),
    /// `$bitsAllSet` and kin: the bit positions and which test applies.
    Bits(BitTest, Vec<u32>),
    /// Several operators on one path ({a: {$gt: 1, $lt: 5}}): all must hold,
    /// each on any value (mongod evaluates them independently).
    AllOf(Vec<(Op, bool)>),
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
                            parts.push(Filter::JsonSchema(Arc::new(JsonSchema::parse(schema)?)))
                        }
                        _ => {
                            return Err(Error::type_mismatch("$jsonSchema must be an object"))
                        }
                    },
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

    /// Whether `doc` matches. Fails only when an `$expr` fails to evaluate.
    pub fn matches(&self, doc: &Document) -> Result<bool> {
        // Filters see the document as a value so paths can start at the root.
        self.matches_value(&Bson::Document(doc.clone()))
    }

    /// Whether the value (a document, for `$elemMatch`) matches.
    pub fn matches_value(&self, root: &Bson) -> Result<bool> {
        self.eval(root, None)
    }

    fn eval(&self, root: &Bson, coll: Option<&Collation>) -> Result<bool> {
        Ok(match self {
            Filter::And(fs) => {
                for f in fs {
                    if !f.eval(root, coll)? {
                        return Ok(false);
                    }
                }
                true
            }
            Filter::Or(fs) => {
                for f in fs {
                    if f.eval(root, coll)? {
                        return Ok(true);
                    }
                }
                false
            }
            Filter::Nor(fs) => {
                for f in fs {
                    if f.eval(root, coll)? {
                        return Ok(false);
                    }
                }
                true
            }
            Filter::Path { path, op } => path_matches(root, path, op, coll),
            Filter::NotPath { path, op } => !path_matches(root, path, op, coll),
            Filter::Collated(f, c) => f.eval(root, Some(c))?,
            Filter::JsonSchema(schema) => match root {
                Bson::Document(d) => schema.matches(d),
                _ => false,
            },
            Filter::Expr(e, vars) => match root {
                Bson::Document(d) => eval(e, &Scope { root: d, vars })?
                    .as_ref()
                    .is_some_and(crate::bsonutil::truthy),
                _ => false,
            },
        })
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

fn path_matches(root: &Bson, path: &[String], op: &Op, coll: Option<&Collation>) -> bool {
    let mut vals = Vec::new();
    collect(root, path, &mut vals);
    if let Op::AllOf(ops) = op {
        return ops.iter().all(|(o, negated)| {
            let m = vals.iter().any(|v| value_matches(*v, o, coll));
            m != *negated
        });
    }
    vals.iter().any(|v| value_matches(*v, op, coll))
}

/// Applies `op` to one value reached by a path (None = missing), including
/// mongod's implicit match against the elements of an array value.
fn value_matches(v: Option<&Bson>, op: &Op, coll: Option<&Collation>) -> bool {
    match v {
        None => matches_missing(op),
        Some(v) => {
            if op_matches(v, op, coll) {
                return true;
            }
            match (v, op) {
                (
                    Bson::Array(_),
                    Op::Size(_)
                    | Op::ElemMatchDoc(_)
                    | Op::ElemMatchValue(_)
                    | Op::All(_)
                    | Op::Exists(_),
                ) => false,
                (Bson::Array(a), _) => a.iter().any(|e| op_matches(e, op, coll)),
                _ => false,
            }
        }
    }
}

fn matches_missing(op: &Op) -> bool {
    match op {
        Op::Eq(Bson::Null) => true,
        Op::Cmp(_, true, Bson::Null) => true,
        Op::In(vals, _) => vals.iter().any(|v| matches!(v, Bson::Null)),
        Op::Exists(want) => !*want,
        Op::AllOf(ops) => ops.iter().all(|(o, neg)| matches_missing(o) != *neg),
        _ => false,
    }
}

fn op_matches(v: &Bson, op: &Op, coll: Option<&Collation>) -> bool {
    match op {
        Op::Eq(Bson::RegularExpression(r)) => match v {
            Bson::RegularExpression(x) => x.pattern == r.pattern && x.options == r.options,
            Bson::String(s) => compile_regex(r).is_ok_and(|re| re.is_match(s)),
            _ => false,
        },
        Op::Eq(target) => bracket(v) == bracket(target) && values_equal_with(v, target, coll),
        Op::Cmp(ord, or_equal, target) => {
            if bracket(v) != bracket(target) {
                return false;
            }
            if is_number(v)
                && as_f64(v).is_some_and(f64::is_nan) != as_f64(target).is_some_and(f64::is_nan)
            {
                return false;
            }
            let c = compare_with(v, target, coll);
            c == *ord || (*or_equal && c == Ordering::Equal)
        }
        Op::In(vals, regexes) => {
            vals.iter()
                .any(|t| bracket(v) == bracket(t) && values_equal_with(v, t, coll))
                || matches!(v, Bson::String(s) if regexes.iter().any(|re| re.is_match(s)))
        }
        Op::Exists(want) => *want,
        Op::Type(specs) => specs.iter().any(|s| match s {
            TypeSpec::Number => is_number(v),
            TypeSpec::Code(c) => type_code(v) == *c,
        }),
        Op::Regex(re) => match v {
            Bson::String(s) | Bson::Symbol(s) => re.is_match(s),
            _ => false,
        },
        Op::Size(n) => matches!(v, Bson::Array(a) if a.len() as i64 == *n),
        Op::Mod(d, r) => match v {
            Bson::Double(x) if !x.is_finite() => false,
            _ if is_number(v) => {
                as_f64(v).is_some_and(|x| (x.trunc() as i64).wrapping_rem(*d) == *r)
            }
            _ => false,
        },
        Op::All(targets) => {
            if targets.is_empty() {
                return false;
            }
            targets.iter().all(|t| match t {
                Bson::Document(d) if d.keys().next().is_some_and(|k| k == "$elemMatch") => {
                    match parse_ops(d, "") {
                        Ok(op) => value_matches(Some(v), &op, coll),
                        Err(_) => false,
                    }
                }
                _ => value_matches(Some(v), &Op::Eq(t.clone()), coll),
            })
        }
        Op::ElemMatchDoc(f) => match v {
            Bson::Array(a) => a
                .iter()
                .any(|e| matches!(e, Bson::Document(_)) && f.eval(e, coll).unwrap_or(false)),
            _ => false,
        },
        Op::ElemMatchValue(ops) => match v {
            Bson::Array(a) => a.iter().any(|e| {
                ops.iter()
                    .all(|(o, neg)| (op_matches(e, o, coll) || array_elem_any(e, o, coll)) != *neg)
            }),
            _ => false,
        },
        Op::AllOf(ops) => ops.iter().all(|(o, neg)| op_matches(v, o, coll) != *neg),
        Op::Bits(test, positions) => bits_match(v, *test, positions),
    }
}

/// The bit positions of a bitwise operator's argument: a non-negative
/// integral bitmask, an array of positions, or BinData.
fn bit_positions(op: &str, arg: &Bson) -> Result<Vec<u32>> {
    match arg {
        Bson::Array(a) => a
            .iter()
            .map(|p| match as_i64(p) {
                Some(n) if n >= 0 && is_number(p) => Ok(n as u32),
                Some(_) if is_number(p) => Err(Error::bad_value(format!(
                    "bit positions cannot be negative: {p}"
                ))),
                _ => Err(Error::bad_value(format!(
                    "bit positions must be an integer but got: {p}"
                ))),
            })
            .collect(),
        Bson::Binary(b) => Ok((0..b.bytes.len() as u32 * 8)
            .filter(|i| b.bytes[(*i / 8) as usize] & (1 << (i % 8)) != 0)
            .collect()),
        _ if is_number(arg) => match as_i64(arg) {
            Some(n) if n >= 0 => Ok((0..63).filter(|i| n & (1i64 << i) != 0).collect()),
            Some(_) => Err(Error::bad_value(format!(
                "{op} cannot take a negative number: {arg}"
            ))),
            None => Err(Error::bad_value(format!(
                "{op} cannot represent the number {arg} as a 64-bit integer"
            ))),
        },
        _ => Err(Error::bad_value(format!(
            "{op} takes an Array, a number, or a BinData but received: {arg}"
        ))),
    }
}

/// Applies a bitwise test to a number (two's complement, sign-extended past
/// bit 63) or BinData; other values never match.
fn bits_match(v: &Bson, test: BitTest, positions: &[u32]) -> bool {
    let bit: Box<dyn Fn(u32) -> bool> = match v {
        Bson::Binary(b) => {
            let bytes = b.bytes.clone();
            Box::new(move |p| {
                bytes
                    .get((p / 8) as usize)
                    .is_some_and(|x| x & (1 << (p % 8)) != 0)
            })
        }
        Bson::Double(d) if d.fract() != 0.0 || !d.is_finite() => return false,
        _ if is_number(v) => match as_i64(v) {
            Some(n) => Box::new(move |p| if p < 64 { (n >> p) & 1 == 1 } else { n < 0 }),
            None => return false,
        },
        _ => return false,
    };
    match test {
        BitTest::AllSet => positions.iter().all(|p| bit(*p)),
        BitTest::AnySet => positions.iter().any(|p| bit(*p)),
        BitTest::AllClear => positions.iter().all(|p| !bit(*p)),
        BitTest::AnyClear => positions.iter().any(|p| !bit(*p)),
    }
}

fn array_elem_any(e: &Bson, o: &Op, coll: Option<&Collation>) -> bool {
    matches!(e, Bson::Array(a) if a.iter().any(|x| op_matches(x, o, coll)))
}

/// BSON type numbers as used by `$type`.
pub fn type_code(v: &Bson) -> i32 {
    match v {
        Bson::Double(_) => 1,
        Bson::String(_) => 2,
        Bson::Document(_) => 3,
        Bson::Array(_) => 4,
        Bson::Binary(_) => 5,
        Bson::Undefined => 6,
        Bson::ObjectId(_) => 7,
        Bson::Boolean(_) => 8,
        Bson::DateTime(_) => 9,
        Bson::Null => 10,
        Bson::RegularExpression(_) => 11,
        Bson::DbPointer(_) => 12,
        Bson::JavaScriptCode(_) => 13,
        Bson::Symbol(_) => 14,
        Bson::JavaScriptCodeWithScope(_) => 15,
        Bson::Int32(_) => 16,
        Bson::Timestamp(_) => 17,
        Bson::Int64(_) => 18,
        Bson::Decimal128(_) => 19,
        Bson::MinKey => -1,
        Bson::MaxKey => 127,
    }
}

fn type_alias(name: &str) -> Option<TypeSpec> {
    let code = match name {
        "number" => return Some(TypeSpec::Number),
        "double" => 1,
        "string" => 2,
        "object" => 3,
        "array" => 4,
        "binData" => 5,
        "undefined" => 6,
        "objectId" => 7,
        "bool" => 8,
        "date" => 9,
        "null" => 10,
        "regex" => 11,
        "dbPointer" => 12,
        "javascript" => 13,
        "symbol" => 14,
        "javascriptWithScope" => 15,
        "int" => 16,
        "timestamp" => 17,
        "long" => 18,
        "decimal" => 19,
        "minKey" => -1,
        "maxKey" => 127,
        _ => return None,
    };
    Some(TypeSpec::Code(code))
}

fn parse_type_spec(v: &Bson) -> Result<TypeSpec> {
    match v {
        Bson::String(s) => {
            type_alias(s).ok_or_else(|| Error::bad_value(format!("Unknown type name alias: {s}")))
        }
        _ if is_number(v) => {
            let code = as_i64(v)
                .ok_or_else(|| Error::bad_value(format!("Invalid numerical type code: {v}")))?;
            if matches!(code, -1 | 127) || (1..=19).contains(&code) {
                Ok(TypeSpec::Code(code as i32))
            } else {
                Err(Error::bad_value(format!(
                    "Invalid numerical type code: {code}"
                )))
            }
        }
        _ => Err(Error::type_mismatch(format!(
            "type must be represented as a number or a string, not {}",
            type_name(v)
        ))),
    }
}

/// Compiles a BSON regex with mongod's option letters.
pub fn compile_regex(r: &BsonRegex) -> Result<MongoRegex> {
    compile_pattern(r.pattern.as_str(), r.options.as_str())
}

fn compile_pattern(pattern: &str, options: &str) -> Result<MongoRegex> {
    MongoRegex::new(pattern, options)
}

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
            op: Op::Regex(compile_regex(r)?),
        }),
        _ => Ok(Filter::Path {
            path: path_v,
            op: Op::Eq(v.clone()),
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
            "$ne" => neg.push(eq_op(arg)?),
            "$nin" => neg.push(in_op(arg, "$nin")?),
            "$not" => match arg {
                Bson::RegularExpression(r) => neg.push(Op::Regex(compile_regex(r)?)),
                Bson::Document(nd) if !nd.is_empty() && nd.keys().all(|k| k.starts_with('$')) => {
                    neg.push(parse_ops(nd, path)?)
                }
                Bson::Document(nd) if nd.is_empty() => {
                    return Err(Error::bad_value("$not cannot be empty"))
                }
                _ => return Err(Error::bad_value("$not needs a regex or a document")),
            },
            "$options" => {}
            "$regex" => {
                let re = match arg {
                    Bson::String(p) => compile_pattern(p, options.unwrap_or(""))?,
                    Bson::RegularExpression(r) => {
                        if options.is_some() && !r.options.is_empty() {
                            return Err(Error::bad_value(
                                "options set in both $regex and $options",
                            ));
                        }
                        compile_pattern(r.pattern.as_str(), options.unwrap_or(r.options.as_str()))?
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

/// Parses an operator document used as one predicate ($not's argument,
/// $all's $elemMatch).
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

fn eq_op(arg: &Bson) -> Result<Op> {
    Ok(Op::Eq(arg.clone()))
}

fn in_op(arg: &Bson, name: &str) -> Result<Op> {
    let Bson::Array(a) = arg else {
        return Err(Error::bad_value(format!("{name} needs an array")));
    };
    let mut vals = Vec::new();
    let mut res = Vec::new();
    for e in a {
        match e {
            Bson::RegularExpression(r) => res.push(compile_regex(r)?),
            Bson::Document(d) if d.keys().next().is_some_and(|k| k.starts_with('$')) => {
                return Err(Error::bad_value("cannot nest $ under $in"))
            }
            _ => vals.push(e.clone()),
        }
    }
    Ok(Op::In(vals, res))
}

fn single_op(k: &str, arg: &Bson, path: &str) -> Result<Op> {
    Ok(match k {
        "$eq" => eq_op(arg)?,
        "$gt" => Op::Cmp(Ordering::Greater, false, arg.clone()),
        "$gte" => Op::Cmp(Ordering::Greater, true, arg.clone()),
        "$lt" => Op::Cmp(Ordering::Less, false, arg.clone()),
        "$lte" => Op::Cmp(Ordering::Less, true, arg.clone()),
        "$in" => in_op(arg, "$in")?,
        "$exists" => Op::Exists(crate::bsonutil::truthy(arg)),
        "$type" => match arg {
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
            if a.len() > 2 {
                return Err(Error::bad_value("malformed mod, too many elements"));
            }
            let (Some(d), Some(r)) = (as_f64(&a[0]), as_f64(&a[1])) else {
                return Err(Error::bad_value(
                    "malformed mod, divisor and remainder not numbers",
                ));
            };
            if d.trunc() == 0.0 {
                return Err(Error::bad_value("divisor cannot be 0"));
            }
            Op::Mod(d.trunc() as i64, r.trunc() as i64)
        }
        "$all" => match arg {
            Bson::Array(a) => Op::All(a.clone()),
            _ => return Err(Error::bad_value("$all needs an array")),
        },
        "$elemMatch" => match arg {
            Bson::Document(d) => {
                let is_value_form = d.keys().next().is_some_and(|k| {
                    k.starts_with('$')
                        && !matches!(k.as_str(), "$and" | "$or" | "$nor" | "$expr" | "$where")
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

#[cfg(test)]
mod tests {
    use super::*;
    use bson::doc;

    fn m(filter: Document, d: Document) -> bool {
        Filter::parse(&filter).unwrap().matches(&d).unwrap()
    }

    #[test]
    fn equality_and_arrays() {
        assert!(m(doc! {"a": 1}, doc! {"a": 1.0}));
        assert!(m(doc! {"a": 1}, doc! {"a": [3, 1]}));
        assert!(m(doc! {"a": [3, 1]}, doc! {"a": [3, 1]}));
        assert!(!m(doc! {"a": [1, 3]}, doc! {"a": [3, 1]}));
        assert!(m(doc! {"a.b": 2}, doc! {"a": [{"b": 1}, {"b": 2}]}));
        assert!(m(doc! {"a.1": 5}, doc! {"a": [4, 5]}));
        assert!(m(doc! {"a": null}, doc! {"b": 1}));
        assert!(!m(doc! {"a": null}, doc! {"a": 0}));
        assert!(m(doc! {"a": {"b": 1}}, doc! {"a": {"b": 1}}));
        assert!(!m(doc! {"a": {"b": 1}}, doc! {"a": {"b": 1, "c": 1}}));
    }

    #[test]
    fn comparisons_bracket_by_type() {
        assert!(m(doc! {"a": {"$gt": 1}}, doc! {"a": 2}));
        assert!(!m(doc! {"a": {"$gt": 1}}, doc! {"a": "z"}));
        assert!(m(doc! {"a": {"$gte": 2, "$lt": 3}}, doc! {"a": 2.5}));
        assert!(m(doc! {"a": {"$lt": 2}}, doc! {"a": [5, 1]}));
        assert!(m(doc! {"a": {"$lte": null}}, doc! {}));
    }

    #[test]
    fn negations() {
        assert!(m(doc! {"a": {"$ne": 1}}, doc! {"a": 2}));
        assert!(!m(doc! {"a": {"$ne": 1}}, doc! {"a": [1, 2]}));
        assert!(m(doc! {"a": {"$ne": 1}}, doc! {}));
        assert!(m(doc! {"a": {"$nin": [1, 2]}}, doc! {"a": 3}));
        assert!(!m(doc! {"a": {"$not": {"$gt": 1}}}, doc! {"a": 3}));
        assert!(m(doc! {"$nor": [{"a": 1}, {"b": 1}]}, doc! {"a": 2}));
    }

    #[test]
    fn logical_and_element() {
        assert!(m(doc! {"$or": [{"a": 1}, {"b": 1}]}, doc! {"b": 1}));
        assert!(m(
            doc! {"$and": [{"a": 1}, {"b": 1}]},
            doc! {"a": 1, "b": 1}
        ));
        assert!(m(doc! {"a": {"$exists": true}}, doc! {"a": null}));
        assert!(m(doc! {"a": {"$exists": false}}, doc! {"b": 1}));
        assert!(m(doc! {"a": {"$in": [1, null]}}, doc! {}));
        assert!(m(doc! {"a": {"$size": 2}}, doc! {"a": [1, 2]}));
        assert!(m(doc! {"a": {"$type": "string"}}, doc! {"a": "x"}));
        assert!(m(
            doc! {"a": {"$elemMatch": {"b": 1, "c": 2}}},
            doc! {"a": [{"b": 1, "c": 2}]}
        ));
        assert!(!m(
            doc! {"a": {"$elemMatch": {"b": 1, "c": 2}}},
            doc! {"a": [{"b": 1}, {"c": 2}]}
        ));
        assert!(m(
            doc! {"a": {"$elemMatch": {"$gt": 1, "$lt": 3}}},
            doc! {"a": [0, 2]}
        ));
        assert!(m(doc! {"a": {"$all": [1, 2]}}, doc! {"a": [2, 1, 3]}));
        assert!(m(
            doc! {"a": {"$regex": "^x", "$options": "i"}},
            doc! {"a": "Xy"}
        ));
    }

    #[test]
    fn bitwise() {
        assert!(m(doc! {"a": {"$bitsAllSet": 5}}, doc! {"a": 7}));
        assert!(!m(doc! {"a": {"$bitsAllSet": [0, 3]}}, doc! {"a": 7}));
        assert!(m(doc! {"a": {"$bitsAnySet": [3, 1]}}, doc! {"a": 2}));
        assert!(m(doc! {"a": {"$bitsAllClear": 8}}, doc! {"a": 7}));
        assert!(m(doc! {"a": {"$bitsAnyClear": [0, 5]}}, doc! {"a": 1}));
        assert!(m(doc! {"a": {"$bitsAllSet": [70]}}, doc! {"a": -1}));
        assert!(!m(doc! {"a": {"$bitsAllSet": 1}}, doc! {"a": 1.5}));
        assert!(!m(doc! {"a": {"$bitsAllSet": 1}}, doc! {"a": "1"}));
        assert!(Filter::parse(&doc! {"a": {"$bitsAllSet": -1}}).is_err());
    }

    #[test]
    fn parse_errors() {
        let e = Filter::parse(&doc! {"$foo": 1}).unwrap_err();
        assert_eq!(e.code, ErrorCode::BadValue);
        let e = Filter::parse(&doc! {"a": {"$in": 1}}).unwrap_err();
        assert_eq!(e.message, "$in needs an array");
        let e = Filter::parse(&doc! {"a": {"$bogus": 1}}).unwrap_err();
        assert_eq!(e.message, "unknown operator: $bogus");
        assert!(Filter::parse(&doc! {"$and": []}).is_err());
    }
}
