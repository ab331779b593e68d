use super::JsonSchema;
use crate::error::ErrorCode;
use bson::{bson, doc, spec::BinarySubtype, Binary, Bson, Decimal128, Document};
use std::str::FromStr;

fn dec(s: &str) -> Bson {
    Bson::Decimal128(Decimal128::from_str(s).unwrap())
}

/// Encrypted BinData whose FLE header names `original_type`.
fn encrypted(original_type: u8) -> Bson {
    let mut bytes = vec![1u8];
    bytes.extend([0u8; 16]);
    bytes.push(original_type);
    bytes.extend([0xAB; 8]);
    Bson::Binary(Binary {
        subtype: BinarySubtype::Encrypted,
        bytes,
    })
}

fn check(schema: Document, doc: Document, expected: bool) {
    let parsed = JsonSchema::parse(&schema)
        .unwrap_or_else(|e| panic!("schema {schema} failed to parse: {e}"));
    assert_eq!(
        parsed.matches(&doc),
        expected,
        "schema {schema} against {doc}"
    );
}

/// A property schema `s` on field `a`, tried against `a: value`.
fn prop(s: Document, value: Bson, expected: bool) -> (Document, Document, bool) {
    (
        doc! { "properties": { "a": s } },
        doc! { "a": value },
        expected,
    )
}

#[test]
fn matching() {
    let cases: Vec<(Document, Document, bool)> = vec![
        // bsonType / type, at the top level (the document is an object).
        (doc! { "bsonType": "object" }, doc! { "a": 1 }, true),
        (doc! { "type": "object" }, doc! { "a": 1 }, true),
        (doc! { "bsonType": "array" }, doc! { "a": 1 }, false),
        (doc! { "type": "string" }, doc! { "a": 1 }, false),
        (doc! { "bsonType": ["object", "null"] }, doc! {}, true),
        // bsonType on a property.
        prop(doc! { "bsonType": "int" }, bson!(1), true),
        prop(doc! { "bsonType": "int" }, bson!(1.0), false),
        prop(doc! { "bsonType": "int" }, bson!("x"), false),
        prop(doc! { "bsonType": "long" }, Bson::Int64(5), true),
        prop(doc! { "bsonType": "number" }, bson!(1.5), true),
        prop(doc! { "bsonType": "number" }, dec("1.5"), true),
        prop(doc! { "bsonType": "number" }, bson!("1"), false),
        prop(doc! { "bsonType": ["string", "null"] }, Bson::Null, true),
        prop(doc! { "bsonType": ["string", "null"] }, bson!(1), false),
        prop(doc! { "bsonType": "bool" }, bson!(true), true),
        prop(doc! { "bsonType": "object" }, bson!({"x": 1}), true),
        prop(doc! { "bsonType": "array" }, bson!([1]), true),
        // bsonType does not look inside arrays, unlike $type.
        prop(doc! { "bsonType": "int" }, bson!([1, 2]), false),
        // JSON types.
        prop(doc! { "type": "number" }, Bson::Int64(3), true),
        prop(doc! { "type": "boolean" }, bson!(false), true),
        prop(doc! { "type": "null" }, Bson::Null, true),
        prop(doc! { "type": "array" }, bson!({"x": 1}), false),
        prop(doc! { "type": ["string", "object"] }, bson!({}), true),
        // A missing property satisfies its schema.
        (
            doc! { "properties": { "a": { "bsonType": "int" } } },
            doc! {},
            true,
        ),
        // enum: numbers equal across types, objects regardless of field order.
        prop(
            doc! { "enum": [1, "x", {"b": 1, "c": 2}] },
            bson!(1.0),
            true,
        ),
        prop(
            doc! { "enum": [1, "x", {"b": 1, "c": 2}] },
            bson!({"c": 2, "b": 1}),
            true,
        ),
        prop(doc! { "enum": [1, "x", {"b": 1, "c": 2}] }, bson!(2), false),
        prop(doc! { "enum": [[1, 2]] }, bson!([1, 2]), true),
        prop(doc! { "enum": [[1, 2]] }, bson!([2, 1]), false),
        (doc! { "enum": [{"a": 1}] }, doc! { "a": 1 }, true),
        (doc! { "enum": [{"a": 1}] }, doc! { "a": 2 }, false),
        (doc! { "enum": [1, "a"] }, doc! { "a": 1 }, false),
        // required.
        (
            doc! { "required": ["a", "b"] },
            doc! { "a": 1, "b": Bson::Null },
            true,
        ),
        (doc! { "required": ["a", "b"] }, doc! { "a": 1 }, false),
        prop(doc! { "required": ["x"] }, bson!({"x": 1}), true),
        prop(doc! { "required": ["x"] }, bson!({}), false),
        prop(doc! { "required": ["x"] }, bson!(5), true),
        prop(doc! { "required": ["x"] }, bson!([{}]), true),
        // properties, nested.
        (
            doc! { "properties": { "a": { "properties": { "b": { "bsonType": "string" } } } } },
            doc! { "a": { "b": 1 } },
            false,
        ),
        (
            doc! { "properties": { "a": { "properties": { "b": { "bsonType": "string" } } } } },
            doc! { "a": { "b": "x" } },
            true,
        ),
        // additionalProperties.
        (
            doc! { "properties": { "_id": {}, "a": {} }, "additionalProperties": false },
            doc! { "_id": 1, "a": 1 },
            true,
        ),
        (
            doc! { "properties": { "_id": {}, "a": {} }, "additionalProperties": false },
            doc! { "_id": 1, "a": 1, "b": 1 },
            false,
        ),
        (
            doc! { "properties": { "a": {} }, "additionalProperties": false },
            doc! { "_id": 1, "a": 1 },
            false,
        ),
        (
            doc! { "properties": { "_id": {} }, "additionalProperties": { "bsonType": "string" } },
            doc! { "_id": 1, "x": "s" },
            true,
        ),
        (
            doc! { "properties": { "_id": {} }, "additionalProperties": { "bsonType": "string" } },
            doc! { "_id": 1, "x": 1 },
            false,
        ),
        (doc! { "additionalProperties": true }, doc! { "x": 1 }, true),
        // patternProperties (unanchored regexes on field names).
        (
            doc! { "patternProperties": { "^s_": { "bsonType": "string" } } },
            doc! { "s_a": "x", "n": 1 },
            true,
        ),
        (
            doc! { "patternProperties": { "^s_": { "bsonType": "string" } } },
            doc! { "s_a": 1 },
            false,
        ),
        (
            doc! { "patternProperties": { "a": { "bsonType": "int" } } },
            doc! { "xay": "no" },
            false,
        ),
        (
            doc! {
                "properties": { "_id": {} },
                "patternProperties": { "^x": {} },
                "additionalProperties": false,
            },
            doc! { "_id": 1, "xa": 1 },
            true,
        ),
        (
            doc! {
                "properties": { "_id": {} },
                "patternProperties": { "^x": {} },
                "additionalProperties": false,
            },
            doc! { "_id": 1, "y": 1 },
            false,
        ),
        // A listed property that also matches a pattern must satisfy it.
        (
            doc! { "properties": { "xa": {} }, "patternProperties": { "^x": { "bsonType": "int" } } },
            doc! { "xa": "s" },
            false,
        ),
        // minProperties / maxProperties.
        (doc! { "minProperties": 2 }, doc! { "a": 1 }, false),
        (doc! { "minProperties": 2 }, doc! { "a": 1, "b": 1 }, true),
        (doc! { "maxProperties": 1 }, doc! { "a": 1, "b": 1 }, false),
        prop(doc! { "maxProperties": 1 }, bson!({"x": 1, "y": 2}), false),
        prop(doc! { "maxProperties": 1 }, bson!("not an object"), true),
        // minimum / maximum, across numeric types.
        prop(doc! { "minimum": 5 }, bson!(5), true),
        prop(doc! { "minimum": 5 }, bson!(4), false),
        prop(doc! { "minimum": 5 }, bson!(5.5), true),
        prop(doc! { "minimum": 5 }, Bson::Int64(6), true),
        prop(doc! { "minimum": 5 }, dec("4.9"), false),
        prop(doc! { "minimum": 5 }, bson!("x"), true),
        prop(
            doc! { "minimum": 5, "exclusiveMinimum": true },
            bson!(5),
            false,
        ),
        prop(
            doc! { "minimum": 5, "exclusiveMinimum": true },
            bson!(5.01),
            true,
        ),
        prop(
            doc! { "minimum": 5, "exclusiveMinimum": false },
            bson!(5),
            true,
        ),
        prop(doc! { "maximum": 2.5 }, bson!(2), true),
        prop(doc! { "maximum": 2.5 }, bson!(3), false),
        prop(
            doc! { "maximum": 2, "exclusiveMaximum": true },
            Bson::Int64(2),
            false,
        ),
        prop(doc! { "minimum": 0 }, bson!(f64::NAN), false),
        prop(doc! { "maximum": 0 }, bson!(f64::NAN), false),
        // A bound on a number says nothing about arrays of numbers.
        prop(doc! { "minimum": 5 }, bson!([1]), true),
        // multipleOf, in decimal arithmetic as mongod does it.
        prop(doc! { "multipleOf": 2 }, bson!(4), true),
        prop(doc! { "multipleOf": 2 }, bson!(3), false),
        prop(doc! { "multipleOf": 2 }, bson!(4.0), true),
        prop(doc! { "multipleOf": 2 }, dec("4.0"), true),
        prop(doc! { "multipleOf": 2 }, bson!(0), true),
        prop(doc! { "multipleOf": 0.1 }, bson!(0.3), true),
        prop(doc! { "multipleOf": 0.01 }, bson!(19.99), true),
        prop(doc! { "multipleOf": 0.01 }, bson!(19.995), false),
        prop(
            doc! { "multipleOf": 3 },
            Bson::Int64(9_000_000_000_000_000_001),
            false,
        ),
        prop(
            doc! { "multipleOf": 3 },
            Bson::Int64(9_000_000_000_000_000_003),
            true,
        ),
        prop(doc! { "multipleOf": 1e-300 }, bson!(2.0), true),
        prop(doc! { "multipleOf": 1e300 }, bson!(2.0), false),
        prop(doc! { "multipleOf": 2 }, bson!(f64::INFINITY), false),
        prop(doc! { "multipleOf": 3 }, bson!("x"), true),
        // minLength / maxLength count code points.
        prop(doc! { "minLength": 2 }, bson!("é"), false),
        prop(doc! { "minLength": 2 }, bson!("ab"), true),
        prop(doc! { "maxLength": 2 }, bson!("日本"), true),
        prop(doc! { "maxLength": 2 }, bson!("abc"), false),
        prop(doc! { "maxLength": 2 }, bson!(12345), true),
        // pattern: unanchored, strings only.
        prop(doc! { "pattern": "^a" }, bson!("abc"), true),
        prop(doc! { "pattern": "^a" }, bson!("bc"), false),
        prop(doc! { "pattern": "b" }, bson!("abc"), true),
        prop(doc! { "pattern": "^a" }, bson!(5), true),
        // items as one schema, and as a list.
        prop(doc! { "items": { "bsonType": "int" } }, bson!([1, 2]), true),
        prop(
            doc! { "items": { "bsonType": "int" } },
            bson!([1, "x"]),
            false,
        ),
        prop(
            doc! { "items": { "bsonType": "int" } },
            bson!("not an array"),
            true,
        ),
        prop(
            doc! { "items": { "items": { "minimum": 0 } } },
            bson!([[1], [-1]]),
            false,
        ),
        prop(
            doc! { "items": [{ "bsonType": "int" }, { "bsonType": "string" }] },
            bson!([1, "a", true]),
            true,
        ),
        prop(
            doc! { "items": [{ "bsonType": "int" }, { "bsonType": "string" }] },
            bson!([1, 2]),
            false,
        ),
        prop(
            doc! { "items": [{ "bsonType": "int" }, { "bsonType": "string" }] },
            bson!([1]),
            true,
        ),
        // additionalItems applies only after a list of item schemas.
        prop(
            doc! { "items": [{}], "additionalItems": false },
            bson!([1]),
            true,
        ),
        prop(
            doc! { "items": [{}], "additionalItems": false },
            bson!([1, 2]),
            false,
        ),
        prop(
            doc! { "items": [{}], "additionalItems": { "bsonType": "string" } },
            bson!([1, "a"]),
            true,
        ),
        prop(
            doc! { "items": [{}], "additionalItems": { "bsonType": "string" } },
            bson!([1, 2]),
            false,
        ),
        prop(
            doc! { "items": {}, "additionalItems": false },
            bson!([1, 2]),
            true,
        ),
        prop(doc! { "additionalItems": false }, bson!([1, 2]), true),
        // minItems / maxItems.
        prop(doc! { "minItems": 2 }, bson!([1]), false),
        prop(doc! { "minItems": 2 }, bson!([1, 2]), true),
        prop(doc! { "maxItems": 1 }, bson!([1, 2]), false),
        prop(doc! { "maxItems": 1 }, bson!({"0": 1, "1": 2}), true),
        // uniqueItems.
        prop(doc! { "uniqueItems": true }, bson!([1, 2]), true),
        prop(doc! { "uniqueItems": true }, bson!([1, 1.0]), false),
        prop(
            doc! { "uniqueItems": true },
            bson!([{"a": 1, "b": 2}, {"b": 2, "a": 1}]),
            false,
        ),
        prop(doc! { "uniqueItems": true }, bson!([[1], [1]]), false),
        prop(doc! { "uniqueItems": true }, bson!([[1, 2], [2, 1]]), true),
        prop(doc! { "uniqueItems": false }, bson!([1, 1]), true),
        // Logical keywords.
        (
            doc! { "allOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! { "a": 1, "b": 1 },
            true,
        ),
        (
            doc! { "allOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! { "a": 1 },
            false,
        ),
        (
            doc! { "anyOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! { "b": 1 },
            true,
        ),
        (
            doc! { "anyOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! { "c": 1 },
            false,
        ),
        (
            doc! { "oneOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! { "a": 1 },
            true,
        ),
        (
            doc! { "oneOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! { "a": 1, "b": 1 },
            false,
        ),
        (
            doc! { "oneOf": [{ "required": ["a"] }, { "required": ["b"] }] },
            doc! {},
            false,
        ),
        (doc! { "not": { "required": ["a"] } }, doc! { "b": 1 }, true),
        (
            doc! { "not": { "required": ["a"] } },
            doc! { "a": 1 },
            false,
        ),
        prop(doc! { "not": { "bsonType": "string" } }, bson!(1), true),
        prop(
            doc! { "anyOf": [{ "bsonType": "string" }, { "minimum": 10 }] },
            bson!(12),
            true,
        ),
        // dependencies.
        (
            doc! { "dependencies": { "a": ["b"] } },
            doc! { "a": 1 },
            false,
        ),
        (
            doc! { "dependencies": { "a": ["b"] } },
            doc! { "a": 1, "b": 1 },
            true,
        ),
        (
            doc! { "dependencies": { "a": ["b"] } },
            doc! { "b": 1 },
            true,
        ),
        (
            doc! { "dependencies": { "a": { "required": ["c"] } } },
            doc! { "a": 1 },
            false,
        ),
        (
            doc! { "dependencies": { "a": { "required": ["c"] } } },
            doc! { "a": 1, "c": 1 },
            true,
        ),
        (
            doc! { "dependencies": { "title": "t", "a": ["b"] } },
            doc! { "a": 1, "b": 2 },
            true,
        ),
        prop(
            doc! { "dependencies": { "x": ["y"] } },
            bson!({"x": 1}),
            false,
        ),
        // Scalar and array keywords cannot apply to the document itself.
        (
            doc! { "minLength": 5, "minimum": 3, "items": { "bsonType": "int" }, "minItems": 3 },
            doc! { "a": 1 },
            true,
        ),
        // Annotations change nothing.
        (
            doc! { "title": "t", "description": "d", "required": ["a"] },
            doc! { "a": 1 },
            true,
        ),
        // encrypt: encrypted BinData, optionally of a given original type.
        prop(
            doc! { "encrypt": { "bsonType": "string" } },
            encrypted(2),
            true,
        ),
        prop(
            doc! { "encrypt": { "bsonType": "string" } },
            encrypted(16),
            false,
        ),
        prop(doc! { "encrypt": {} }, encrypted(16), true),
        prop(doc! { "encrypt": {} }, bson!("plain"), false),
        (
            doc! { "properties": { "a": { "encrypt": {} } } },
            doc! {},
            true,
        ),
        (doc! { "encrypt": {} }, doc! {}, false),
    ];
    assert!(cases.len() >= 60);
    for (schema, doc, expected) in cases {
        check(schema, doc, expected);
    }
}

#[test]
fn parse_errors() {
    use ErrorCode::*;
    let cases: Vec<(Document, ErrorCode, &str)> = vec![
        (doc! { "$ref": "#/x" }, FailedToParse, "$jsonSchema keyword '$ref' is not currently supported"),
        (doc! { "format": "email" }, FailedToParse, "$jsonSchema keyword 'format' is not currently supported"),
        (doc! { "properties": { "a": { "default": 1 } } }, FailedToParse, "keyword 'default' is not currently supported"),
        (doc! { "foo": 1 }, FailedToParse, "Unknown $jsonSchema keyword: foo"),
        (doc! { "properties": { "a": { "foo": 1 } } }, FailedToParse, "Unknown $jsonSchema keyword: foo"),
        (doc! { "title": 1 }, TypeMismatch, "$jsonSchema keyword 'title' must be of type string"),
        (doc! { "description": [] }, TypeMismatch, "keyword 'description' must be of type string"),
        (doc! { "type": "integer" }, FailedToParse, "$jsonSchema type 'integer' is not currently supported."),
        (doc! { "bsonType": ["integer"] }, FailedToParse, "type 'integer' is not currently supported"),
        (doc! { "type": "int" }, BadValue, "Unknown type name alias: int"),
        (doc! { "bsonType": "foo" }, BadValue, "Unknown type name alias: foo"),
        (doc! { "bsonType": "missing" }, BadValue, "'missing' is not a legal type name"),
        (doc! { "bsonType": 1 }, TypeMismatch, "$jsonSchema keyword 'bsonType' must be either a string or an array of strings"),
        (doc! { "bsonType": [1] }, TypeMismatch, "$jsonSchema keyword 'bsonType' array elements must be strings"),
        (doc! { "bsonType": [] }, FailedToParse, "$jsonSchema keyword 'bsonType' must name at least one type"),
        (doc! { "type": ["string", "string"] }, FailedToParse, "$jsonSchema keyword 'type' has duplicate value: string"),
        (doc! { "type": "object", "bsonType": "object" }, FailedToParse, "Cannot specify both $jsonSchema keywords 'type' and 'bsonType'"),
        (doc! { "minLength": -1 }, FailedToParse, "Expected a non-negative number in: minLength: -1"),
        (doc! { "maxLength": 1.5 }, FailedToParse, "Expected an integer: maxLength: 1.5"),
        (doc! { "minItems": "a" }, FailedToParse, "Expected a number in: minItems: \"a\""),
        (doc! { "maxProperties": f64::NAN }, FailedToParse, "Expected an integer, but found NaN"),
        (doc! { "minProperties": 1e300 }, FailedToParse, "Cannot represent as a 64-bit integer"),
        (doc! { "minimum": "a" }, TypeMismatch, "$jsonSchema keyword 'minimum' must be a number"),
        (doc! { "maximum": true }, TypeMismatch, "$jsonSchema keyword 'maximum' must be a number"),
        (doc! { "exclusiveMinimum": true }, FailedToParse, "$jsonSchema keyword 'minimum' must be a present if exclusiveMinimum is present"),
        (doc! { "maximum": 1, "exclusiveMaximum": 1 }, TypeMismatch, "$jsonSchema keyword 'exclusiveMaximum' must be a boolean"),
        (doc! { "multipleOf": 0 }, FailedToParse, "$jsonSchema keyword 'multipleOf' must have a positive value"),
        (doc! { "multipleOf": -2.5 }, FailedToParse, "must have a positive value"),
        (doc! { "multipleOf": "2" }, TypeMismatch, "$jsonSchema keyword 'multipleOf' must be a number"),
        (doc! { "pattern": 1 }, TypeMismatch, "$jsonSchema keyword 'pattern' must be a string"),
        (doc! { "properties": { "a": { "pattern": "(" } } }, Location(51091), "Regular expression is invalid"),
        (doc! { "required": [] }, FailedToParse, "$jsonSchema keyword 'required' cannot be an empty array"),
        (doc! { "required": "a" }, TypeMismatch, "$jsonSchema keyword 'required' must be an array, but found an element of type string"),
        (doc! { "required": [1] }, TypeMismatch, "must be an array of strings, but found an element of type: int"),
        (doc! { "required": ["a", "a"] }, FailedToParse, "'required' array cannot contain duplicate values"),
        (doc! { "properties": 1 }, TypeMismatch, "$jsonSchema keyword 'properties' must be an object"),
        (doc! { "properties": { "a": 1 } }, TypeMismatch, "Nested schema for $jsonSchema property 'a' must be an object"),
        (doc! { "patternProperties": [] }, TypeMismatch, "$jsonSchema keyword 'patternProperties' must be an object"),
        (doc! { "patternProperties": { "^a": 1 } }, TypeMismatch, "$jsonSchema keyword 'patternProperties' has property '^a' which is not an object"),
        (doc! { "additionalProperties": 1 }, TypeMismatch, "$jsonSchema keyword 'additionalProperties' must be an object or a boolean"),
        (doc! { "items": 1 }, TypeMismatch, "$jsonSchema keyword 'items' must be an array or an object, not int"),
        (doc! { "items": [1] }, TypeMismatch, "requires that each element of the array is an object, but found a int"),
        (doc! { "additionalItems": 1 }, TypeMismatch, "'additionalItems' must be either an object or a boolean, but got a int"),
        (doc! { "uniqueItems": 1 }, TypeMismatch, "$jsonSchema keyword 'uniqueItems' must be a boolean"),
        (doc! { "allOf": [] }, BadValue, "$jsonSchema keyword 'allOf' must be a non-empty array"),
        (doc! { "anyOf": {} }, TypeMismatch, "$jsonSchema keyword 'anyOf' must be an array"),
        (doc! { "oneOf": [1] }, TypeMismatch, "'oneOf' must be an array of objects, but found an element of type int"),
        (doc! { "not": [] }, TypeMismatch, "$jsonSchema keyword 'not' must be an object, but found an element of type array"),
        (doc! { "enum": [] }, FailedToParse, "$jsonSchema keyword 'enum' cannot be an empty array"),
        (doc! { "enum": 1 }, TypeMismatch, "$jsonSchema keyword 'enum' must be an array, but found an element of type int"),
        (doc! { "enum": [1, 1.0] }, FailedToParse, "$jsonSchema keyword 'enum' array cannot contain duplicate values."),
        (doc! { "enum": [{"a": 1, "b": 2}, {"b": 2, "a": 1}] }, FailedToParse, "cannot contain duplicate values"),
        (doc! { "dependencies": 1 }, TypeMismatch, "$jsonSchema keyword 'dependencies' must be an object"),
        (doc! { "dependencies": { "a": [] } }, FailedToParse, "property 'a' in $jsonSchema keyword 'dependencies' cannot be an empty array"),
        (doc! { "dependencies": { "a": [1] } }, TypeMismatch, "array 'a' in $jsonSchema keyword 'dependencies' can only contain strings, but found element of type: int"),
        (doc! { "dependencies": { "a": ["b", "b"] } }, FailedToParse, "contains duplicate element: b"),
        (doc! { "dependencies": { "a": 1 } }, TypeMismatch, "property 'a' in $jsonSchema keyword 'dependencies' must be either an object or an array"),
        (doc! { "encrypt": {}, "bsonType": "string" }, FailedToParse, "$jsonSchema keyword 'encrypt' cannot be used in conjunction with 'bsonType', 'encrypt' implies type 'bsonType::BinData'"),
        (doc! { "encrypt": {}, "type": "string" }, FailedToParse, "cannot be used in conjunction with 'type'"),
        (doc! { "encrypt": 1 }, TypeMismatch, "$jsonSchema keyword 'encrypt' must be an object"),
        (doc! { "encrypt": { "foo": 1 } }, IDLUnknownField, "BSON field 'encrypt.foo' is an unknown field."),
        (doc! { "encrypt": { "algorithm": "rot13" } }, BadValue, "Enumeration value 'rot13' for field 'encrypt.algorithm' is not a valid value."),
        (doc! { "encrypt": { "algorithm": 1 } }, TypeMismatch, "BSON field 'encrypt.algorithm' is the wrong type 'int'"),
        (doc! { "encrypt": { "keyId": "key" } }, Location(51065), "JSONPointer must start with a '/'"),
        (doc! { "encrypt": { "keyId": [1] } }, Location(51088), "Array elements must have type BinData"),
        (doc! { "encrypt": { "bsonType": "integer" } }, FailedToParse, "type 'integer' is not currently supported"),
        (doc! { "encrypt": {}, "encryptMetadata": { "keyId": "/k" } }, FailedToParse, "Cannot specify both $jsonSchema keywords 'encrypt' and 'encryptMetadata'"),
        (doc! { "encryptMetadata": {} }, FailedToParse, "$jsonSchema keyword 'encryptMetadata' cannot be an empty object"),
        (doc! { "encryptMetadata": { "bsonType": "string" } }, IDLUnknownField, "BSON field 'encryptMetadata.bsonType' is an unknown field."),
    ];
    for (schema, code, message) in cases {
        let err = JsonSchema::parse(&schema).expect_err(&format!("{schema} should not parse"));
        assert_eq!(err.code, code, "{schema}: {}", err.message);
        assert!(
            err.message.contains(message),
            "{schema}: {:?} does not contain {message:?}",
            err.message
        );
    }
}

#[test]
fn accepted_schemas() {
    for schema in [
        // mongod never compiles a top-level pattern: it cannot apply.
        doc! { "pattern": "(" },
        doc! { "minLength": 2.0, "maxItems": Bson::Int64(3), "minProperties": dec("1") },
        doc! { "multipleOf": f64::NAN },
        doc! { "dependencies": { "title": "t", "description": "d" } },
        doc! { "encryptMetadata": { "algorithm": "AEAD_AES_256_CBC_HMAC_SHA_512-Random", "keyId": "/key" } },
        doc! { "properties": { "ssn": { "encrypt": { "bsonType": ["string", "int"], "algorithm": "AEAD_AES_256_CBC_HMAC_SHA_512-Deterministic", "keyId": [Bson::Binary(Binary { subtype: BinarySubtype::Uuid, bytes: vec![0; 16] })] } } } },
        doc! { "items": [], "additionalItems": true, "uniqueItems": false },
    ] {
        if let Err(e) = JsonSchema::parse(&schema) {
            panic!("{schema} should parse: {e}");
        }
    }
}

fn details(schema: Document, doc: Document) -> Document {
    let s = JsonSchema::parse(&schema).unwrap();
    assert!(!s.matches(&doc), "{doc} should fail {schema}");
    s.failure_details(&doc)
}

fn rules(schema: Document, doc: Document) -> Vec<Bson> {
    details(schema, doc)
        .get_array("schemaRulesNotSatisfied")
        .unwrap()
        .clone()
}

#[test]
fn details_required_and_properties() {
    // Missing properties are reported sorted; a missing property's schema
    // adds nothing.
    let d = details(
        doc! {
            "title": "Student",
            "required": ["name", "gpa"],
            "properties": {
                "name": { "bsonType": "string" },
                "gpa": { "bsonType": "double", "description": "must be a double" },
            },
        },
        doc! { "_id": 1, "gpa": 3 },
    );
    assert_eq!(
        d,
        doc! {
            "operatorName": "$jsonSchema",
            "title": "Student",
            "schemaRulesNotSatisfied": [
                {
                    "operatorName": "properties",
                    "propertiesNotSatisfied": [{
                        "propertyName": "gpa",
                        "description": "must be a double",
                        "details": [{
                            "operatorName": "bsonType",
                            "specifiedAs": { "bsonType": "double" },
                            "reason": "type did not match",
                            "consideredValue": 3,
                            "consideredType": "int",
                        }],
                    }],
                },
                {
                    "operatorName": "required",
                    "specifiedAs": { "required": ["name", "gpa"] },
                    "missingProperties": ["name"],
                },
            ],
        }
    );
}

#[test]
fn details_keywords() {
    let r = rules(
        doc! { "properties": { "a": { "minimum": 5, "exclusiveMinimum": true, "multipleOf": 2 } } },
        doc! { "a": 3 },
    );
    assert_eq!(
        r,
        vec![Bson::Document(doc! {
            "operatorName": "properties",
            "propertiesNotSatisfied": [{
                "propertyName": "a",
                "details": [
                    {
                        "operatorName": "multipleOf",
                        "specifiedAs": { "multipleOf": 2 },
                        "reason": "considered value is not a multiple of the specified value",
                        "consideredValue": 3,
                    },
                    {
                        "operatorName": "minimum",
                        "specifiedAs": { "minimum": 5, "exclusiveMinimum": true },
                        "reason": "comparison failed",
                        "consideredValue": 3,
                    },
                ],
            }],
        })]
    );

    let r = rules(
        doc! { "properties": { "_id": {} }, "additionalProperties": false, "minProperties": 3 },
        doc! { "_id": 1, "x": 1 },
    );
    assert_eq!(
        r,
        vec![
            Bson::Document(doc! {
                "operatorName": "additionalProperties",
                "specifiedAs": { "additionalProperties": false },
                "additionalProperties": ["x"],
            }),
            Bson::Document(doc! {
                "operatorName": "minProperties",
                "specifiedAs": { "minProperties": 3 },
                "reason": "specified number of properties was not satisfied",
                "numberOfProperties": 2,
            }),
        ]
    );

    let r = rules(
        doc! { "oneOf": [{ "required": ["a"] }, { "required": ["b"] }], "not": { "required": ["a"] } },
        doc! { "a": 1, "b": 1 },
    );
    assert_eq!(
        r,
        vec![
            Bson::Document(doc! {
                "operatorName": "oneOf",
                "reason": "more than one subschema matched",
                "matchingSchemaIndexes": [0, 1],
            }),
            Bson::Document(doc! { "operatorName": "not", "reason": "child expression matched" }),
        ]
    );

    let r = rules(
        doc! { "anyOf": [{ "required": ["a"] }], "dependencies": { "c": ["d", "e"] } },
        doc! { "c": 1, "e": 1 },
    );
    assert_eq!(
        r,
        vec![
            Bson::Document(doc! {
                "operatorName": "dependencies",
                "failingDependencies": [{ "conditionalProperty": "c", "missingProperties": ["d"] }],
            }),
            Bson::Document(doc! {
                "operatorName": "anyOf",
                "schemasNotSatisfied": [{
                    "index": 0,
                    "details": [{
                        "operatorName": "required",
                        "specifiedAs": { "required": ["a"] },
                        "missingProperties": ["a"],
                    }],
                }],
            }),
        ]
    );
}

#[test]
fn details_arrays_and_enum() {
    let r = rules(
        doc! { "properties": { "a": {
            "items": { "bsonType": "int" },
            "maxItems": 1,
            "uniqueItems": true,
            "enum": [[1]],
        } } },
        doc! { "a": [1, "x", 1] },
    );
    let expected = doc! {
        "operatorName": "properties",
        "propertiesNotSatisfied": [{
            "propertyName": "a",
            "details": [
                {
                    "operatorName": "maxItems",
                    "specifiedAs": { "maxItems": 1 },
                    "reason": "array did not match specified length",
                    "consideredValue": [1, "x", 1],
                    "numberOfItems": 3,
                },
                {
                    "operatorName": "uniqueItems",
                    "specifiedAs": { "uniqueItems": true },
                    "reason": "found a duplicate item",
                    "consideredValue": [1, "x", 1],
                    "duplicatedValue": 1,
                },
                {
                    "operatorName": "items",
                    "reason": "At least one item did not match the sub-schema",
                    "itemIndex": 1,
                    "details": [{
                        "operatorName": "bsonType",
                        "specifiedAs": { "bsonType": "int" },
                        "reason": "type did not match",
                        "consideredValue": "x",
                        "consideredType": "string",
                    }],
                },
                {
                    "operatorName": "enum",
                    "specifiedAs": { "enum": [[1]] },
                    "reason": "value was not found in enum",
                    "consideredValue": [1, "x", 1],
                },
            ],
        }],
    };
    assert_eq!(r, vec![Bson::Document(expected)]);

    let r = rules(
        doc! { "properties": { "a": { "items": [{}], "additionalItems": false } } },
        doc! { "a": [1, 2, 3] },
    );
    assert_eq!(
        r[0].as_document()
            .unwrap()
            .get_array("propertiesNotSatisfied")
            .unwrap()[0]
            .as_document()
            .unwrap()
            .get_array("details")
            .unwrap()[0],
        Bson::Document(doc! {
            "operatorName": "additionalItems",
            "specifiedAs": { "additionalItems": false },
            "reason": "found additional items",
            "additionalItems": [2, 3],
        })
    );
}

#[test]
fn details_top_level_special_cases() {
    // A top-level type without "object" matches nothing.
    let schema = doc! { "bsonType": "array" };
    assert_eq!(
        details(schema.clone(), doc! { "a": 1 }),
        doc! {
            "operatorName": "$jsonSchema",
            "specifiedAs": { "$jsonSchema": schema },
            "reason": "expression always evaluates to false",
        }
    );
    // A top-level enum is compared with the whole document; scalar entries
    // can never match.
    assert_eq!(
        rules(doc! { "enum": [{ "a": 2 }] }, doc! { "a": 1 }),
        vec![Bson::Document(doc! {
            "operatorName": "enum",
            "specifiedAs": { "enum": [{ "a": 2 }] },
            "reason": "value was not found in enum",
            "consideredValue": { "a": 1 },
        })]
    );
    assert_eq!(
        rules(doc! { "enum": [1] }, doc! { "a": 1 }),
        vec![Bson::Document(doc! {
            "operatorName": "enum",
            "specifiedAs": { "enum": [1] },
            "reason": "expression always evaluates to false",
        })]
    );
    // Pattern properties report the regex and the first failing field.
    assert_eq!(
        rules(
            doc! { "patternProperties": { "^n": { "bsonType": "int" } } },
            doc! { "n1": 1, "n2": "x" }
        ),
        vec![Bson::Document(doc! {
            "operatorName": "patternProperties",
            "details": [{
                "propertyName": "n2",
                "regexMatched": "^n",
                "details": [{
                    "operatorName": "bsonType",
                    "specifiedAs": { "bsonType": "int" },
                    "reason": "type did not match",
                    "consideredValue": "x",
                    "consideredType": "string",
                }],
            }],
        })]
    );
}

#[test]
fn schema_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + Clone + std::fmt::Debug>() {}
    assert_send_sync::<JsonSchema>();
}
