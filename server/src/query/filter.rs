//! Filter parsing and matching. A filter document is parsed once into a
//! [`Filter`] tree (so parse errors are reported even when no document is
//! examined, as in mongod) and then evaluated against each document.

use super::json_schema::JsonSchema;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval, Scope, Vars};
use crate::value::collation::{Coll, Collation};
use crate::value::compare::{bracket, compare_with, values_equal_with};
use crate::value::decimal::Decimal;
use crate::value::path::{collect, split};
use crate::value::regex::MongoRegex;
use crate::value::{as_f64, as_i64, is_number, type_name};
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

    /// Whether `doc` matches. Fails only when an `$expr` fails to evaluate.
    pub fn matches(&self, doc: &Document) -> Result<bool> {
        self.eval(Root::Doc(doc), None)
    }

    /// Whether the value (a document, for `$elemMatch`) matches.
    pub fn matches_value(&self, root: &Bson) -> Result<bool> {
        self.eval(Root::Val(root), None)
    }

    fn eval(&self, root: Root<'_>, coll: Option<&Collation>) -> Result<bool> {
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
            Filter::JsonSchema(schema) => root.doc().is_some_and(|d| schema.matches(d)),
            Filter::Expr(e, vars) => match root.doc() {
                Some(d) => eval(e, &Scope { root: d, vars })?
                    .as_ref()
                    .is_some_and(crate::value::truthy),
                None => false,
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

/// What a filter is evaluated against: a top-level document (not copied
/// into a value) or a value such as an `$elemMatch` element.
#[derive(Clone, Copy)]
enum Root<'a> {
    Doc(&'a Document),
    Val(&'a Bson),
}

impl<'a> Root<'a> {
    /// The values a path reaches, as [`collect`] finds them from a value.
    fn collect(self, path: &[String], out: &mut Vec<Option<&'a Bson>>) {
        match (self, path.first()) {
            (Root::Val(v), _) => collect(v, path, out),
            (Root::Doc(d), Some(first)) => match d.get(first) {
                Some(x) => collect(x, &path[1..], out),
                None => out.push(None),
            },
            (Root::Doc(_), None) => out.push(None),
        }
    }

    fn doc(self) -> Option<&'a Document> {
        match self {
            Root::Doc(d) | Root::Val(Bson::Document(d)) => Some(d),
            Root::Val(_) => None,
        }
    }
}

fn path_matches(root: Root<'_>, path: &[String], op: &Op, coll: Option<&Collation>) -> bool {
    let mut vals = Vec::new();
    root.collect(path, &mut vals);
    values_match(&vals, op, coll)
}

/// Applies `op` to the values a path reached. Operators that combine other
/// predicates ($all, several operators on one path) apply each predicate to
/// the whole set of values, as mongod's AND of path expressions does.
fn values_match(vals: &[Option<&Bson>], op: &Op, coll: Option<&Collation>) -> bool {
    match op {
        Op::AllOf(ops) => ops
            .iter()
            .all(|(o, negated)| values_match(vals, o, coll) != *negated),
        Op::All(ops) => !ops.is_empty() && ops.iter().all(|o| values_match(vals, o, coll)),
        _ => vals.iter().any(|v| value_matches(*v, op, coll)),
    }
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

/// Whether `op` holds for a missing field, which mongod's comparisons see
/// as an empty (EOO) element: equal to null, above MinKey and below MaxKey.
fn matches_missing(op: &Op) -> bool {
    match op {
        Op::Eq(Bson::Null) => true,
        Op::Cmp(_, true, Bson::Null) => true,
        Op::Cmp(Ordering::Greater, _, Bson::MinKey) => true,
        Op::Cmp(Ordering::Less, _, Bson::MaxKey) => true,
        Op::In(vals, _) => vals.iter().any(|v| matches!(v, Bson::Null)),
        Op::Exists(want) => !*want,
        Op::AllOf(ops) => ops.iter().all(|(o, neg)| matches_missing(o) != *neg),
        Op::All(ops) => !ops.is_empty() && ops.iter().all(matches_missing),
        _ => false,
    }
}

/// Equality without array traversal: same canonical type and equal value
/// (so null never equals undefined, as of mongod 8.0).
fn equal_to(v: &Bson, target: &Bson, coll: Option<&Collation>) -> bool {
    bracket(v) == bracket(target) && values_equal_with(v, target, coll)
}

fn op_matches(v: &Bson, op: &Op, coll: Option<&Collation>) -> bool {
    match op {
        Op::Eq(target) => equal_to(v, target, coll),
        Op::Cmp(ord, or_equal, target) => {
            if bracket(v) != bracket(target) {
                // No type bracketing for MinKey and MaxKey operands: every
                // other value is above MinKey and below MaxKey.
                return match target {
                    Bson::MinKey => *ord == Ordering::Greater,
                    Bson::MaxKey => *ord == Ordering::Less,
                    _ => false,
                };
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
            vals.iter().any(|t| equal_to(v, t, coll)) || regexes.iter().any(|re| re.matches(v))
        }
        Op::Exists(want) => *want,
        Op::Type(specs) => specs.iter().any(|s| match s {
            TypeSpec::Number => is_number(v),
            TypeSpec::Code(c) => crate::value::type_code(v) == *c,
        }),
        Op::Regex(re) => re.matches(v),
        Op::Size(n) => matches!(v, Bson::Array(a) if a.len() as i64 == *n),
        Op::Mod(d, r) => mod_dividend(v).is_some_and(|x| x.wrapping_rem(*d) == *r),
        Op::All(ops) => !ops.is_empty() && ops.iter().all(|o| value_matches(Some(v), o, coll)),
        // Elements that are documents or arrays are matched as documents
        // (ElemMatchObjectMatchExpression): an array element is seen as the
        // object BSON stores it as, keyed "0", "1", ..., so `{"0": 1}` sees
        // into [1, 2] but `{b: 1}` does not traverse [{b: 1}].
        Op::ElemMatchDoc(f) => match v {
            Bson::Array(a) => a.iter().any(|e| match e {
                Bson::Document(_) => f.eval(Root::Val(e), coll).unwrap_or(false),
                Bson::Array(inner) => {
                    let as_doc: Document = inner
                        .iter()
                        .enumerate()
                        .map(|(i, x)| (i.to_string(), x.clone()))
                        .collect();
                    f.eval(Root::Val(&Bson::Document(as_doc)), coll)
                        .unwrap_or(false)
                }
                _ => false,
            }),
            _ => false,
        },
        // Each element as a whole: no look into nested arrays.
        Op::ElemMatchValue(ops) => match v {
            Bson::Array(a) => a
                .iter()
                .any(|e| ops.iter().all(|(o, neg)| op_matches(e, o, coll) != *neg)),
            _ => false,
        },
        Op::AllOf(ops) => ops.iter().all(|(o, neg)| op_matches(v, o, coll) != *neg),
        Op::Bits(test, positions) => bits_match(v, *test, positions),
    }
}

/// The 64-bit dividend `$mod` uses: integers as they are, doubles and
/// decimals truncated toward zero; NaN, infinities and values outside the
/// int64 range never match (ModMatchExpression).
fn mod_dividend(v: &Bson) -> Option<i64> {
    match v {
        Bson::Int32(i) => Some(*i as i64),
        Bson::Int64(i) => Some(*i),
        Bson::Double(d) => f64_to_i64_trunc(*d),
        Bson::Decimal128(d) => decimal_to_i64_trunc(&Decimal::from(d)),
        _ => None,
    }
}

/// A finite double truncated toward zero, if the result fits in an i64.
fn f64_to_i64_trunc(d: f64) -> Option<i64> {
    const TWO_63: f64 = 9_223_372_036_854_775_808.0;
    let t = d.trunc();
    (d.is_finite() && (-TWO_63..TWO_63).contains(&t)).then_some(t as i64)
}

/// A finite decimal truncated toward zero, if the result fits in an i64.
fn decimal_to_i64_trunc(d: &Decimal) -> Option<i64> {
    let Decimal::Finite {
        negative,
        coefficient,
        exponent,
    } = *d
    else {
        return None;
    };
    let magnitude = if exponent >= 0 {
        coefficient.checked_mul(10u128.checked_pow(exponent as u32)?)?
    } else {
        match 10u128.checked_pow(exponent.unsigned_abs()) {
            Some(p) => coefficient / p,
            None => 0,
        }
    };
    let m = i128::try_from(magnitude).ok()?;
    i64::try_from(if negative { -m } else { m }).ok()
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
        // A numeric bitmask must be a non-negative integer that fits in an
        // int64 (parseIntegerElementToNonNegativeLong: FailedToParse).
        _ if is_number(arg) => match as_i64(arg) {
            Some(n) if n >= 0 => Ok((0..63).filter(|i| n & (1i64 << i) != 0).collect()),
            Some(_) => Err(Error::failed_to_parse(format!(
                "Expected a positive number in: {op}: {arg}"
            ))),
            None => Err(Error::failed_to_parse(format!(
                "Expected an integer that fits in 64 bits: {op}: {arg}"
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

fn type_alias(name: &str) -> Option<TypeSpec> {
    match name {
        "number" => Some(TypeSpec::Number),
        _ => crate::value::type_number(name).map(TypeSpec::Code),
    }
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
                neg.push(eq_op(arg)?)
            }
            "$nin" => neg.push(in_op(arg, "$nin")?),
            "$exists" if !crate::value::truthy(arg) => neg.push(Op::Exists(true)),
            "$not" => match arg {
                Bson::RegularExpression(r) => neg.push(Op::Regex(regex_pred(r)?)),
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
                    ops.push(single_op("$elemMatch", d.get("$elemMatch").unwrap(), path)?)
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

/// `$mod`'s divisor or remainder as an int64: numbers truncated toward
/// zero; NaN, infinities and values outside the int64 range are refused
/// (BSONElement::tryCoerce, since 5.1).
fn mod_arg(v: &Bson, what: &str) -> Result<i64> {
    let n = match v {
        Bson::Int32(i) => Some(*i as i64),
        Bson::Int64(i) => Some(*i),
        Bson::Double(d) => f64_to_i64_trunc(*d),
        Bson::Decimal128(d) => decimal_to_i64_trunc(&Decimal::from(d)),
        _ => {
            return Err(Error::bad_value(format!(
                "malformed mod, {what} not a number"
            )))
        }
    };
    n.ok_or_else(|| {
        Error::bad_value(format!(
            "malformed mod, {what} value is invalid :: caused by :: Out of bounds coercing to integral value"
        ))
    })
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
