//! `$jsonSchema`: MongoDB's dialect of JSON Schema (a draft 4 subset plus
//! `bsonType` and `encrypt`). The query filter calls [`JsonSchema::parse`]
//! when it meets `$jsonSchema` and [`JsonSchema::matches`] per document;
//! document validation uses the same two and, when a write is rejected
//! (`DocumentValidationFailure`, 121), [`JsonSchema::failure_details`] for
//! the reply's `errInfo.details`.
//!
//! mongod translates a schema into internal match expressions; here the
//! parsed keywords are evaluated against a value directly, with mongod's
//! semantics:
//!
//! - a keyword that constrains one type (`minLength`, `minimum`, `items`,
//!   `properties`, ...) says nothing about values of other types;
//! - a nested schema under `properties` applies only when the property is
//!   present (absence is `required`'s business);
//! - at the top level the value is the document itself, so scalar and array
//!   keywords never fail there, `enum` only considers its object entries and
//!   a `type`/`bsonType` without "object" matches nothing.
//!
//! Not supported, as in mongod: `$ref`, `$schema`, `default`, `definitions`,
//! `format`, `id` and the `integer` type.

mod encrypt;
mod eval;
mod explain;
mod parse;
#[cfg(test)]
mod tests;
mod types;

use crate::error::Result;
use crate::value::regex::MongoRegex;
use bson::{Bson, Document};
use types::TypeSet;

/// The message of an error about one keyword, as mongod words it.
pub(super) fn kw(keyword: &str, rest: &str) -> String {
    format!("$jsonSchema keyword '{keyword}' {rest}")
}

/// A parsed `$jsonSchema` argument.
#[derive(Debug, Clone)]
pub struct JsonSchema {
    root: Schema,
    source: Document,
}

impl JsonSchema {
    /// Parses the argument of `$jsonSchema`, with mongod's parse errors and
    /// codes (mostly `FailedToParse` and `TypeMismatch`).
    pub fn parse(schema: &bson::Document) -> Result<JsonSchema> {
        Ok(JsonSchema {
            root: parse::parse_schema(schema, true)?,
            source: schema.clone(),
        })
    }

    /// True when the document satisfies the schema.
    pub fn matches(&self, doc: &bson::Document) -> bool {
        self.root.matches(Val::Doc(doc))
    }

    /// mongod's `errInfo.details` for a document that fails validation:
    /// `{operatorName: "$jsonSchema", schemaRulesNotSatisfied: [...]}` (the
    /// caller adds `failingDocumentId`).
    pub fn failure_details(&self, doc: &bson::Document) -> bson::Document {
        explain::root_details(&self.root, &self.source, doc)
    }
}

/// A value a schema is applied to: the top-level document, or a value found
/// inside it (a nested document is a `Doc` too).
#[derive(Debug, Clone, Copy)]
enum Val<'a> {
    Doc(&'a Document),
    Other(&'a Bson),
}

impl<'a> Val<'a> {
    fn of(v: &'a Bson) -> Val<'a> {
        match v {
            Bson::Document(d) => Val::Doc(d),
            other => Val::Other(other),
        }
    }

    fn doc(self) -> Option<&'a Document> {
        match self {
            Val::Doc(d) => Some(d),
            Val::Other(_) => None,
        }
    }

    fn array(self) -> Option<&'a [Bson]> {
        match self {
            Val::Other(Bson::Array(a)) => Some(a),
            _ => None,
        }
    }

    fn string(self) -> Option<&'a str> {
        match self {
            Val::Other(Bson::String(s)) => Some(s),
            _ => None,
        }
    }

    /// The value if it is a number of any BSON numeric type.
    fn number(self) -> Option<&'a Bson> {
        match self {
            Val::Other(v) if crate::value::is_number(v) => Some(v),
            _ => None,
        }
    }

    fn to_bson(self) -> Bson {
        match self {
            Val::Doc(d) => Bson::Document(d.clone()),
            Val::Other(v) => v.clone(),
        }
    }

    fn type_name(self) -> &'static str {
        match self {
            Val::Doc(_) => "object",
            Val::Other(v) => crate::value::type_name(v),
        }
    }

    /// The BSON type code, as `$type` numbers them.
    fn type_code(self) -> i32 {
        match self {
            Val::Doc(_) => 3,
            Val::Other(v) => crate::value::type_code(v),
        }
    }
}

/// `type` or `bsonType` as written (for `specifiedAs`) and parsed.
#[derive(Debug, Clone)]
struct TypeKeyword {
    keyword: &'static str,
    spec: Bson,
    set: TypeSet,
}

/// A non-negative count keyword (`minLength`, `maxItems`, ...).
#[derive(Debug, Clone)]
struct Count {
    spec: Bson,
    n: i64,
}

/// `minimum`/`maximum` with its `exclusive*` flag.
#[derive(Debug, Clone)]
struct Bound {
    value: Bson,
    exclusive: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    source: String,
    /// `None` at the top level, where mongod never compiles it (the keyword
    /// cannot apply to a document).
    regex: Option<MongoRegex>,
}

#[derive(Debug, Clone)]
enum Items {
    /// `items: {schema}`: every element.
    All(Box<Schema>),
    /// `items: [schemas]`: element i against schema i.
    Tuple(Vec<Schema>),
}

/// `additionalItems` and `additionalProperties`.
#[derive(Debug, Clone)]
enum Additional {
    Bool(bool),
    Schema(Box<Schema>),
}

#[derive(Debug, Clone)]
struct PatternProperty {
    source: String,
    regex: MongoRegex,
    schema: Schema,
}

/// `patternProperties` and `additionalProperties`, which mongod checks
/// together: a field matching a pattern must satisfy that pattern's schema;
/// a field named by neither `properties` nor a pattern must satisfy
/// `additionalProperties`.
#[derive(Debug, Clone)]
struct Allowed {
    properties: Vec<String>,
    patterns: Vec<PatternProperty>,
    additional: Option<Additional>,
}

#[derive(Debug, Clone)]
enum Dependency {
    /// `{a: ["b", "c"]}`: if `a` is present, so must `b` and `c` be.
    Properties(Vec<String>),
    /// `{a: {schema}}`: if `a` is present, the object must match the schema.
    Schema(Box<Schema>),
}

#[derive(Debug, Clone)]
struct Dependencies {
    entries: Vec<(String, Dependency)>,
    /// `title`/`description` strings inside the `dependencies` object, which
    /// mongod accepts and reports with the keyword's errors.
    title: Option<String>,
    description: Option<String>,
}

/// `encrypt`: the value must be encrypted BinData (subtype 6), and if
/// `bsonType` is given the encrypted value's original type must be one of
/// those.
#[derive(Debug, Clone)]
struct Encrypt {
    types: Option<TypeSet>,
}

/// One (sub)schema, keyword by keyword.
#[derive(Debug, Clone, Default)]
struct Schema {
    title: Option<String>,
    description: Option<String>,
    types: Option<TypeKeyword>,
    encrypt: Option<Encrypt>,

    pattern: Option<Pattern>,
    max_length: Option<Count>,
    min_length: Option<Count>,
    multiple_of: Option<Bson>,
    maximum: Option<Bound>,
    minimum: Option<Bound>,

    min_items: Option<Count>,
    max_items: Option<Count>,
    unique_items: bool,
    items: Option<Items>,
    additional_items: Option<Additional>,

    properties: Vec<(String, Schema)>,
    allowed: Option<Allowed>,
    /// As written (for `specifiedAs`) and the names, sorted as mongod
    /// reports missing ones.
    required: Option<(Bson, Vec<String>)>,
    min_properties: Option<Count>,
    max_properties: Option<Count>,
    dependencies: Option<Dependencies>,

    all_of: Option<Vec<Schema>>,
    any_of: Option<Vec<Schema>>,
    one_of: Option<Vec<Schema>>,
    not: Option<Box<Schema>>,
    /// As written and its values.
    enumeration: Option<(Bson, Vec<Bson>)>,
}

impl Schema {
    /// A top-level schema whose type excludes objects (including `encrypt`,
    /// which implies BinData) can match no document; mongod replaces it with
    /// an always-false expression and reports it as such.
    fn root_always_false(&self) -> bool {
        self.encrypt.is_some() || self.types.as_ref().is_some_and(|t| !t.set.has_code(3))
    }
}
