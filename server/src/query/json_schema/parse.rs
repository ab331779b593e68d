//! Parsing a `$jsonSchema` document into a [`Schema`], keyword group by
//! keyword group in mongod's order (scalar, array, encryption, object,
//! logical), so that a schema with several mistakes reports the one mongod
//! reports, with its code and message.

use super::kw;
use super::types::{bson_type_alias, json_type_alias, type_set};
use super::{
    Additional, Allowed, Bound, Count, Dependencies, Dependency, Items, Pattern, PatternProperty,
    Schema, TypeKeyword,
};
use crate::error::{Error, Result};
use crate::value::regex::MongoRegex;
use crate::value::{is_number, type_name};
use bson::{Bson, Document};

const KEYWORDS: &[&str] = &[
    "additionalItems",
    "additionalProperties",
    "allOf",
    "anyOf",
    "bsonType",
    "dependencies",
    "description",
    "encrypt",
    "encryptMetadata",
    "enum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "items",
    "maxItems",
    "maxLength",
    "maxProperties",
    "maximum",
    "minItems",
    "minLength",
    "minProperties",
    "minimum",
    "multipleOf",
    "not",
    "oneOf",
    "pattern",
    "patternProperties",
    "properties",
    "required",
    "title",
    "type",
    "uniqueItems",
];

/// JSON Schema keywords mongod names as deliberately unsupported.
const UNSUPPORTED: &[&str] = &["$ref", "$schema", "default", "definitions", "format", "id"];

/// Parses one (sub)schema. `root` is true for the `$jsonSchema` argument
/// itself.
pub(super) fn parse_schema(schema: &Document, root: bool) -> Result<Schema> {
    for key in schema.keys() {
        if KEYWORDS.contains(&key.as_str()) {
            continue;
        }
        return Err(Error::failed_to_parse(
            if UNSUPPORTED.contains(&key.as_str()) {
                kw(key, "is not currently supported")
            } else {
                format!("Unknown $jsonSchema keyword: {key}")
            },
        ));
    }
    let get = |k: &str| schema.get(k);
    let mut s = Schema {
        description: metadata(get("description"), "description")?,
        title: metadata(get("title"), "title")?,
        ..Schema::default()
    };

    let (ty, bson_ty, encrypt) = (get("type"), get("bsonType"), get("encrypt"));
    if ty.is_some() && bson_ty.is_some() {
        return Err(Error::failed_to_parse(
            "Cannot specify both $jsonSchema keywords 'type' and 'bsonType'",
        ));
    }
    for (name, present) in [("type", ty.is_some()), ("bsonType", bson_ty.is_some())] {
        if present && encrypt.is_some() {
            return Err(Error::failed_to_parse(format!(
                "$jsonSchema keyword 'encrypt' cannot be used in conjunction with '{name}', \
                 'encrypt' implies type 'bsonType::BinData'"
            )));
        }
    }
    if let Some(t) = ty {
        s.types = Some(TypeKeyword {
            keyword: "type",
            spec: t.clone(),
            set: type_set("type", t, json_type_alias)?,
        });
    } else if let Some(t) = bson_ty {
        s.types = Some(TypeKeyword {
            keyword: "bsonType",
            spec: t.clone(),
            set: type_set("bsonType", t, bson_type_alias)?,
        });
    }

    scalar_keywords(schema, root, &mut s)?;
    array_keywords(schema, &mut s)?;
    super::encrypt::encryption_keywords(schema, &mut s)?;
    object_keywords(schema, &mut s)?;
    logical_keywords(schema, &mut s)?;
    Ok(s)
}

fn metadata(v: Option<&Bson>, name: &str) -> Result<Option<String>> {
    match v {
        None => Ok(None),
        Some(Bson::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Error::type_mismatch(kw(name, "must be of type string"))),
    }
}

/// How mongod prints an element in parse errors (`name: value`).
fn element_string(name: &str, v: &Bson) -> String {
    let value = match v {
        Bson::Double(d) => {
            let s = format!("{d}");
            if s.contains(['.', 'e', 'E', 'N']) || !d.is_finite() {
                s
            } else {
                format!("{s}.0")
            }
        }
        Bson::String(s) => format!("\"{s}\""),
        Bson::Int32(i) => i.to_string(),
        Bson::Int64(i) => i.to_string(),
        Bson::Decimal128(d) => d.to_string(),
        Bson::Boolean(b) => b.to_string(),
        Bson::Null => "null".to_string(),
        other => other.to_string(),
    };
    format!("{name}: {value}")
}

/// A non-negative integral count, as mongod's
/// `parseIntegerElementToNonNegativeLong` accepts it (integral doubles and
/// decimals included).
fn count(name: &str, v: &Bson) -> Result<Count> {
    let fail = |what: &str| Error::failed_to_parse(format!("{what}{}", element_string(name, v)));
    let n = match v {
        Bson::Int32(i) => *i as i64,
        Bson::Int64(i) => *i,
        Bson::Double(d) => {
            if d.is_nan() {
                return Err(fail("Expected an integer, but found NaN in: "));
            }
            // 2^63: the first double past i64's range.
            const LIMIT: f64 = 9_223_372_036_854_775_808.0;
            if *d >= LIMIT || *d < -LIMIT {
                return Err(fail("Cannot represent as a 64-bit integer: "));
            }
            if d.fract() != 0.0 {
                return Err(fail("Expected an integer: "));
            }
            *d as i64
        }
        Bson::Decimal128(d) => match d.to_string().parse::<i64>() {
            Ok(n) => n,
            Err(_) => match crate::value::as_f64(v) {
                Some(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => f as i64,
                _ => return Err(fail("Cannot represent as a 64-bit integer: ")),
            },
        },
        _ => return Err(fail("Expected a number in: ")),
    };
    if n < 0 {
        return Err(fail("Expected a non-negative number in: "));
    }
    Ok(Count { spec: v.clone(), n })
}

fn opt_count(schema: &Document, name: &str) -> Result<Option<Count>> {
    schema.get(name).map(|v| count(name, v)).transpose()
}

fn regex(pattern: &str) -> Result<MongoRegex> {
    MongoRegex::new(pattern, "")
}

fn scalar_keywords(schema: &Document, root: bool, s: &mut Schema) -> Result<()> {
    if let Some(p) = schema.get("pattern") {
        let Bson::String(p) = p else {
            return Err(Error::type_mismatch(kw("pattern", "must be a string")));
        };
        s.pattern = Some(Pattern {
            source: p.clone(),
            regex: if root { None } else { Some(regex(p)?) },
        });
    }
    s.max_length = opt_count(schema, "maxLength")?;
    s.min_length = opt_count(schema, "minLength")?;
    if let Some(m) = schema.get("multipleOf") {
        if !is_number(m) {
            return Err(Error::type_mismatch(kw("multipleOf", "must be a number")));
        }
        if super::eval::not_positive(m) {
            return Err(Error::failed_to_parse(kw(
                "multipleOf",
                "must have a positive value",
            )));
        }
        s.multiple_of = Some(m.clone());
    }
    s.maximum = bound(schema, "maximum", "exclusiveMaximum")?;
    s.minimum = bound(schema, "minimum", "exclusiveMinimum")?;
    Ok(())
}

fn bound(schema: &Document, name: &str, exclusive_name: &str) -> Result<Option<Bound>> {
    let exclusive = schema.get(exclusive_name);
    let Some(value) = schema.get(name) else {
        if exclusive.is_some() {
            return Err(Error::failed_to_parse(kw(
                name,
                &format!("must be a present if {exclusive_name} is present"),
            )));
        }
        return Ok(None);
    };
    let exclusive = match exclusive {
        None => false,
        Some(Bson::Boolean(b)) => *b,
        Some(_) => {
            return Err(Error::type_mismatch(kw(
                exclusive_name,
                "must be a boolean",
            )))
        }
    };
    if !is_number(value) {
        return Err(Error::type_mismatch(kw(name, "must be a number")));
    }
    Ok(Some(Bound {
        value: value.clone(),
        exclusive,
    }))
}

fn array_keywords(schema: &Document, s: &mut Schema) -> Result<()> {
    s.min_items = opt_count(schema, "minItems")?;
    s.max_items = opt_count(schema, "maxItems")?;
    if let Some(u) = schema.get("uniqueItems") {
        let Bson::Boolean(u) = u else {
            return Err(Error::type_mismatch(kw("uniqueItems", "must be a boolean")));
        };
        s.unique_items = *u;
    }
    if let Some(items) = schema.get("items") {
        s.items = Some(match items {
            Bson::Document(d) => Items::All(Box::new(parse_schema(d, false)?)),
            Bson::Array(list) => {
                let mut schemas = Vec::with_capacity(list.len());
                for item in list {
                    let Bson::Document(d) = item else {
                        return Err(Error::type_mismatch(kw(
                            "items",
                            &format!(
                                "requires that each element of the array is an object, but \
                                 found a {}",
                                type_name(item)
                            ),
                        )));
                    };
                    schemas.push(parse_schema(d, false)?);
                }
                Items::Tuple(schemas)
            }
            other => {
                return Err(Error::type_mismatch(kw(
                    "items",
                    &format!("must be an array or an object, not {}", type_name(other)),
                )))
            }
        });
    }
    if let Some(additional) = schema.get("additionalItems") {
        s.additional_items = Some(match additional {
            Bson::Boolean(b) => Additional::Bool(*b),
            Bson::Document(d) => Additional::Schema(Box::new(parse_schema(d, false)?)),
            other => {
                return Err(Error::type_mismatch(kw(
                    "additionalItems",
                    &format!(
                        "must be either an object or a boolean, but got a {}",
                        type_name(other)
                    ),
                )))
            }
        });
    }
    Ok(())
}

fn object_keywords(schema: &Document, s: &mut Schema) -> Result<()> {
    if let Some(r) = schema.get("required") {
        let Bson::Array(list) = r else {
            return Err(Error::type_mismatch(kw(
                "required",
                &format!(
                    "must be an array, but found an element of type {}",
                    type_name(r)
                ),
            )));
        };
        let mut names: Vec<String> = Vec::with_capacity(list.len());
        for item in list {
            let Bson::String(name) = item else {
                return Err(Error::type_mismatch(kw(
                    "required",
                    &format!(
                        "must be an array of strings, but found an element of type: {}",
                        type_name(item)
                    ),
                )));
            };
            if names.contains(name) {
                return Err(Error::failed_to_parse(kw(
                    "required",
                    "array cannot contain duplicate values",
                )));
            }
            names.push(name.clone());
        }
        if names.is_empty() {
            return Err(Error::failed_to_parse(kw(
                "required",
                "cannot be an empty array",
            )));
        }
        // mongod checks (and reports missing) required properties in sorted
        // order.
        names.sort_unstable();
        s.required = Some((r.clone(), names));
    }

    if let Some(p) = schema.get("properties") {
        let Bson::Document(props) = p else {
            return Err(Error::type_mismatch(kw("properties", "must be an object")));
        };
        for (name, sub) in props {
            let Bson::Document(sub) = sub else {
                return Err(Error::type_mismatch(format!(
                    "Nested schema for $jsonSchema property '{name}' must be an object"
                )));
            };
            s.properties.push((name.clone(), parse_schema(sub, false)?));
        }
    }

    let (pattern_props, additional) = (
        schema.get("patternProperties"),
        schema.get("additionalProperties"),
    );
    if pattern_props.is_some() || additional.is_some() {
        let mut patterns = Vec::new();
        if let Some(pp) = pattern_props {
            let Bson::Document(pp) = pp else {
                return Err(Error::type_mismatch(kw(
                    "patternProperties",
                    "must be an object",
                )));
            };
            for (source, sub) in pp {
                let Bson::Document(sub) = sub else {
                    return Err(Error::type_mismatch(kw(
                        "patternProperties",
                        &format!("has property '{source}' which is not an object"),
                    )));
                };
                let schema = parse_schema(sub, false)?;
                patterns.push(PatternProperty {
                    source: source.clone(),
                    regex: regex(source)?,
                    schema,
                });
            }
        }
        let additional = match additional {
            None => None,
            Some(Bson::Boolean(b)) => Some(Additional::Bool(*b)),
            Some(Bson::Document(d)) => Some(Additional::Schema(Box::new(parse_schema(d, false)?))),
            Some(_) => {
                return Err(Error::type_mismatch(kw(
                    "additionalProperties",
                    "must be an object or a boolean",
                )))
            }
        };
        s.allowed = Some(Allowed {
            properties: s.properties.iter().map(|(n, _)| n.clone()).collect(),
            patterns,
            additional,
        });
    }

    s.min_properties = opt_count(schema, "minProperties")?;
    s.max_properties = opt_count(schema, "maxProperties")?;

    if let Some(d) = schema.get("dependencies") {
        s.dependencies = Some(dependencies(d)?);
    }
    Ok(())
}

fn dependencies(d: &Bson) -> Result<Dependencies> {
    let Bson::Document(d) = d else {
        return Err(Error::type_mismatch(kw(
            "dependencies",
            "must be an object",
        )));
    };
    let mut deps = Dependencies {
        entries: Vec::new(),
        title: None,
        description: None,
    };
    for (name, dep) in d {
        let dep = match dep {
            Bson::Document(sub) => Dependency::Schema(Box::new(parse_schema(sub, false)?)),
            Bson::Array(list) => {
                if list.is_empty() {
                    return Err(Error::failed_to_parse(format!(
                        "property '{name}' in $jsonSchema keyword 'dependencies' cannot be an \
                         empty array"
                    )));
                }
                let mut names: Vec<String> = Vec::with_capacity(list.len());
                for item in list {
                    let Bson::String(p) = item else {
                        return Err(Error::type_mismatch(format!(
                            "array '{name}' in $jsonSchema keyword 'dependencies' can only \
                             contain strings, but found element of type: {}",
                            type_name(item)
                        )));
                    };
                    if names.contains(p) {
                        return Err(Error::failed_to_parse(format!(
                            "array '{name}' in $jsonSchema keyword 'dependencies' contains \
                             duplicate element: {p}"
                        )));
                    }
                    names.push(p.clone());
                }
                Dependency::Properties(names)
            }
            // Annotations are allowed among the dependencies.
            Bson::String(text) if name == "title" || name == "description" => {
                if name == "title" {
                    deps.title = Some(text.clone());
                } else {
                    deps.description = Some(text.clone());
                }
                continue;
            }
            _ => {
                return Err(Error::type_mismatch(format!(
                    "property '{name}' in $jsonSchema keyword 'dependencies' must be either an \
                     object or an array"
                )))
            }
        };
        deps.entries.push((name.clone(), dep));
    }
    Ok(deps)
}

fn logical_keywords(schema: &Document, s: &mut Schema) -> Result<()> {
    s.all_of = schema
        .get("allOf")
        .map(|v| schema_list("allOf", v))
        .transpose()?;
    s.any_of = schema
        .get("anyOf")
        .map(|v| schema_list("anyOf", v))
        .transpose()?;
    s.one_of = schema
        .get("oneOf")
        .map(|v| schema_list("oneOf", v))
        .transpose()?;
    if let Some(n) = schema.get("not") {
        let Bson::Document(n) = n else {
            return Err(Error::type_mismatch(kw(
                "not",
                &format!(
                    "must be an object, but found an element of type {}",
                    type_name(n)
                ),
            )));
        };
        s.not = Some(Box::new(parse_schema(n, false)?));
    }
    if let Some(e) = schema.get("enum") {
        let Bson::Array(values) = e else {
            return Err(Error::type_mismatch(kw(
                "enum",
                &format!(
                    "must be an array, but found an element of type {}",
                    type_name(e)
                ),
            )));
        };
        if values.is_empty() {
            return Err(Error::failed_to_parse(kw(
                "enum",
                "cannot be an empty array",
            )));
        }
        if super::eval::first_duplicate(values).is_some() {
            return Err(Error::failed_to_parse(kw(
                "enum",
                "array cannot contain duplicate values.",
            )));
        }
        s.enumeration = Some((e.clone(), values.clone()));
    }
    Ok(())
}

fn schema_list(keyword: &str, v: &Bson) -> Result<Vec<Schema>> {
    let Bson::Array(list) = v else {
        return Err(Error::type_mismatch(kw(keyword, "must be an array")));
    };
    if list.is_empty() {
        return Err(Error::bad_value(kw(keyword, "must be a non-empty array")));
    }
    list.iter()
        .map(|item| match item {
            Bson::Document(d) => parse_schema(d, false),
            other => Err(Error::type_mismatch(kw(
                keyword,
                &format!(
                    "must be an array of objects, but found an element of type {}",
                    type_name(other)
                ),
            ))),
        })
        .collect()
}
