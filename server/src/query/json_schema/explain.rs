//! Why a document fails a schema, in the shape of mongod's document
//! validation errors (`errInfo.details` of error 121): one entry per failing
//! keyword, in the order mongod evaluates them, each with `operatorName`
//! and, depending on the keyword, `specifiedAs`, `reason`,
//! `consideredValue`, `missingProperties`, `propertiesNotSatisfied` or
//! nested `details`.

use super::eval::{
    additional_properties, bound_ok, dependency_ok, first_duplicate, items_count_ok, length_ok,
    properties_count_ok,
};
use super::{Additional, Allowed, Bound, Count, Dependency, Items, Schema, Val};
use bson::{doc, Bson, Document};

/// The details for the top-level schema.
pub(super) fn root_details(root: &Schema, source: &Document, doc: &Document) -> Document {
    if root.root_always_false() {
        return doc! {
            "operatorName": "$jsonSchema",
            "specifiedAs": { "$jsonSchema": source.clone() },
            "reason": "expression always evaluates to false",
        };
    }
    let mut out = doc! { "operatorName": "$jsonSchema" };
    annotate(&mut out, &root.title, &root.description);
    out.insert("schemaRulesNotSatisfied", root.explain(Val::Doc(doc), true));
    out
}

/// Adds a schema's `title` and `description`, which mongod repeats next to
/// the errors of the schema they annotate.
fn annotate(out: &mut Document, title: &Option<String>, description: &Option<String>) {
    if let Some(t) = title {
        out.insert("title", t.clone());
    }
    if let Some(d) = description {
        out.insert("description", d.clone());
    }
}

fn keyword_error(name: &str, spec: Bson, reason: &str, v: Val) -> Bson {
    Bson::Document(doc! {
        "operatorName": name,
        "specifiedAs": { name: spec },
        "reason": reason,
        "consideredValue": v.to_bson(),
    })
}

fn count_error(name: &str, c: &Count, reason: &str, v: Val) -> Bson {
    keyword_error(name, c.spec.clone(), reason, v)
}

fn bound_error(name: &str, b: &Bound, v: Val) -> Bson {
    let mut spec = doc! { name: b.value.clone() };
    if b.exclusive {
        let flag = if name == "maximum" {
            "exclusiveMaximum"
        } else {
            "exclusiveMinimum"
        };
        spec.insert(flag, true);
    }
    Bson::Document(doc! {
        "operatorName": name,
        "specifiedAs": spec,
        "reason": "comparison failed",
        "consideredValue": v.to_bson(),
    })
}

/// `{index, title?, description?, details}` for a failing member of
/// `allOf`/`anyOf`/`oneOf`.
fn indexed_schema_errors(list: &[Schema], v: Val, failing: impl Fn(&Schema) -> bool) -> Vec<Bson> {
    list.iter()
        .enumerate()
        .filter(|(_, s)| failing(s))
        .map(|(i, s)| {
            let mut d = doc! { "index": i as i32 };
            annotate(&mut d, &s.title, &s.description);
            d.insert("details", s.explain(v, false));
            Bson::Document(d)
        })
        .collect()
}

impl Schema {
    /// The errors of every failing keyword for a present value. `root` is
    /// true when `v` is the document itself.
    pub(super) fn explain(&self, v: Val, root: bool) -> Vec<Bson> {
        let mut out = Vec::new();
        self.explain_scalar(v, &mut out);
        self.explain_array(v, &mut out);
        self.explain_encrypt(v, &mut out);
        self.explain_object(v, &mut out);
        self.explain_logical(v, root, &mut out);
        // mongod checks the type last, and not at the top level, where the
        // value is always an object.
        if let Some(t) = &self.types {
            if !root && !t.set.matches(v) {
                out.push(Bson::Document(doc! {
                    "operatorName": t.keyword,
                    "specifiedAs": { t.keyword: t.spec.clone() },
                    "reason": "type did not match",
                    "consideredValue": v.to_bson(),
                    "consideredType": v.type_name(),
                }));
            }
        }
        out
    }

    fn explain_scalar(&self, v: Val, out: &mut Vec<Bson>) {
        if let Some(p) = &self.pattern {
            if !self.pattern_ok(v) {
                out.push(keyword_error(
                    "pattern",
                    Bson::String(p.source.clone()),
                    "regular expression did not match",
                    v,
                ));
            }
        }
        const LENGTH: &str = "specified string length was not satisfied";
        if let Some(c) = self.max_length.as_ref().filter(|c| !length_ok(v, c, true)) {
            out.push(count_error("maxLength", c, LENGTH, v));
        }
        if let Some(c) = self.min_length.as_ref().filter(|c| !length_ok(v, c, false)) {
            out.push(count_error("minLength", c, LENGTH, v));
        }
        if let Some(m) = &self.multiple_of {
            if !self.multiple_of_ok(v) {
                out.push(keyword_error(
                    "multipleOf",
                    m.clone(),
                    "considered value is not a multiple of the specified value",
                    v,
                ));
            }
        }
        if let Some(b) = self.maximum.as_ref().filter(|b| !bound_ok(v, b, true)) {
            out.push(bound_error("maximum", b, v));
        }
        if let Some(b) = self.minimum.as_ref().filter(|b| !bound_ok(v, b, false)) {
            out.push(bound_error("minimum", b, v));
        }
    }

    fn explain_array(&self, v: Val, out: &mut Vec<Bson>) {
        let Some(array) = v.array() else { return };
        for (name, count, is_max) in [
            ("minItems", &self.min_items, false),
            ("maxItems", &self.max_items, true),
        ] {
            if let Some(c) = count.as_ref().filter(|c| !items_count_ok(v, c, is_max)) {
                let mut e = doc! {
                    "operatorName": name,
                    "specifiedAs": { name: c.spec.clone() },
                    "reason": "array did not match specified length",
                    "consideredValue": array.to_vec(),
                };
                e.insert("numberOfItems", array.len() as i32);
                out.push(Bson::Document(e));
            }
        }
        if self.unique_items {
            if let Some(i) = first_duplicate(array) {
                out.push(Bson::Document(doc! {
                    "operatorName": "uniqueItems",
                    "specifiedAs": { "uniqueItems": true },
                    "reason": "found a duplicate item",
                    "consideredValue": array.to_vec(),
                    "duplicatedValue": array[i].clone(),
                }));
            }
        }
        match &self.items {
            Some(Items::All(s)) => {
                if let Some(i) = self.items_failure(v) {
                    let mut e = doc! { "operatorName": "items" };
                    annotate(&mut e, &s.title, &s.description);
                    e.insert("reason", "At least one item did not match the sub-schema");
                    e.insert("itemIndex", i as i32);
                    e.insert("details", s.explain(Val::of(&array[i]), false));
                    out.push(Bson::Document(e));
                }
            }
            Some(Items::Tuple(list)) => {
                let details: Vec<Bson> = array
                    .iter()
                    .zip(list)
                    .enumerate()
                    .filter(|(_, (e, s))| !s.matches(Val::of(e)))
                    .map(|(i, (e, s))| {
                        // mongod reports this index as a long, unlike the
                        // other itemIndex fields.
                        Bson::Document(doc! {
                            "itemIndex": i as i64,
                            "details": s.explain(Val::of(e), false),
                        })
                    })
                    .collect();
                if !details.is_empty() {
                    out.push(Bson::Document(
                        doc! { "operatorName": "items", "details": details },
                    ));
                }
            }
            None => {}
        }
        if let Some(i) = self.additional_items_failure(v) {
            match &self.additional_items {
                Some(Additional::Schema(s)) => {
                    let mut e = doc! { "operatorName": "additionalItems" };
                    annotate(&mut e, &s.title, &s.description);
                    e.insert(
                        "reason",
                        "At least one additional item did not match the sub-schema",
                    );
                    e.insert("itemIndex", i as i32);
                    e.insert("details", s.explain(Val::of(&array[i]), false));
                    out.push(Bson::Document(e));
                }
                _ => out.push(Bson::Document(doc! {
                    "operatorName": "additionalItems",
                    "specifiedAs": { "additionalItems": false },
                    "reason": "found additional items",
                    "additionalItems": array[i..].to_vec(),
                })),
            }
        }
    }

    fn explain_encrypt(&self, v: Val, out: &mut Vec<Bson>) {
        if let Some(encrypted) = self.encrypt_failure(v) {
            let reason = if encrypted {
                "encrypted value has wrong type"
            } else {
                "value was not encrypted"
            };
            out.push(Bson::Document(
                doc! { "operatorName": "encrypt", "reason": reason },
            ));
        }
    }

    fn explain_object(&self, v: Val, out: &mut Vec<Bson>) {
        let Some(doc) = v.doc() else { return };
        let failing: Vec<Bson> = self
            .properties
            .iter()
            .filter_map(|(name, s)| {
                let value = Val::of(doc.get(name)?);
                if s.matches(value) {
                    return None;
                }
                let mut e = doc! { "propertyName": name.clone() };
                annotate(&mut e, &s.title, &s.description);
                e.insert("details", s.explain(value, false));
                Some(Bson::Document(e))
            })
            .collect();
        if !failing.is_empty() {
            out.push(Bson::Document(doc! {
                "operatorName": "properties",
                "propertiesNotSatisfied": failing,
            }));
        }
        if let Some(a) = &self.allowed {
            explain_allowed(doc, a, out);
        }
        if let Some((spec, _)) = &self.required {
            let missing = self.missing_required(v);
            if !missing.is_empty() {
                out.push(Bson::Document(doc! {
                    "operatorName": "required",
                    "specifiedAs": { "required": spec.clone() },
                    "missingProperties": missing,
                }));
            }
        }
        for (name, count, is_max) in [
            ("minProperties", &self.min_properties, false),
            ("maxProperties", &self.max_properties, true),
        ] {
            if let Some(c) = count
                .as_ref()
                .filter(|c| !properties_count_ok(v, c, is_max))
            {
                out.push(Bson::Document(doc! {
                    "operatorName": name,
                    "specifiedAs": { name: c.spec.clone() },
                    "reason": "specified number of properties was not satisfied",
                    "numberOfProperties": doc.len() as i32,
                }));
            }
        }
        if let Some(deps) = &self.dependencies {
            let failing: Vec<Bson> = deps
                .entries
                .iter()
                .filter(|(name, dep)| !dependency_ok(v, doc, name, dep))
                .map(|(name, dep)| {
                    let mut e = doc! { "conditionalProperty": name.clone() };
                    match dep {
                        Dependency::Properties(names) => {
                            let missing: Vec<&String> = names
                                .iter()
                                .filter(|n| !doc.contains_key(n.as_str()))
                                .collect();
                            e.insert("missingProperties", missing);
                        }
                        Dependency::Schema(s) => {
                            e.insert("details", s.explain(v, false));
                        }
                    }
                    Bson::Document(e)
                })
                .collect();
            if !failing.is_empty() {
                let mut e = doc! { "operatorName": "dependencies" };
                annotate(&mut e, &deps.title, &deps.description);
                e.insert("failingDependencies", failing);
                out.push(Bson::Document(e));
            }
        }
    }

    fn explain_logical(&self, v: Val, root: bool, out: &mut Vec<Bson>) {
        if let Some(list) = &self.all_of {
            let failing = indexed_schema_errors(list, v, |s| !s.matches(v));
            if !failing.is_empty() {
                out.push(Bson::Document(doc! {
                    "operatorName": "allOf",
                    "schemasNotSatisfied": failing,
                }));
            }
        }
        if let Some(list) = &self.any_of {
            if !list.iter().any(|s| s.matches(v)) {
                out.push(Bson::Document(doc! {
                    "operatorName": "anyOf",
                    "schemasNotSatisfied": indexed_schema_errors(list, v, |_| true),
                }));
            }
        }
        if let Some(list) = &self.one_of {
            let matching: Vec<i32> = (0..list.len())
                .filter(|&i| list[i].matches(v))
                .map(|i| i as i32)
                .collect();
            match matching.len() {
                1 => {}
                0 => out.push(Bson::Document(doc! {
                    "operatorName": "oneOf",
                    "schemasNotSatisfied": indexed_schema_errors(list, v, |_| true),
                })),
                _ => out.push(Bson::Document(doc! {
                    "operatorName": "oneOf",
                    "reason": "more than one subschema matched",
                    "matchingSchemaIndexes": matching,
                })),
            }
        }
        if self.not.as_ref().is_some_and(|s| s.matches(v)) {
            out.push(Bson::Document(doc! {
                "operatorName": "not",
                "reason": "child expression matched",
            }));
        }
        if let Some((spec, values)) = &self.enumeration {
            if !self.enum_ok(v) {
                // At the top level mongod keeps only the object entries; with
                // none left the keyword is simply false.
                let always_false = root && !values.iter().any(|e| matches!(e, Bson::Document(_)));
                let mut e = doc! {
                    "operatorName": "enum",
                    "specifiedAs": { "enum": spec.clone() },
                };
                if always_false {
                    e.insert("reason", "expression always evaluates to false");
                } else {
                    e.insert("reason", "value was not found in enum");
                    e.insert("consideredValue", v.to_bson());
                }
                out.push(Bson::Document(e));
            }
        }
    }
}

/// `additionalProperties` and `patternProperties` errors (at most one of
/// each).
fn explain_allowed(doc: &Document, a: &Allowed, out: &mut Vec<Bson>) {
    let extra = additional_properties(doc, a);
    match &a.additional {
        Some(Additional::Bool(false)) if !extra.is_empty() => {
            out.push(Bson::Document(doc! {
                "operatorName": "additionalProperties",
                "specifiedAs": { "additionalProperties": false },
                "additionalProperties": extra.iter().map(|s| Bson::String((*s).clone())).collect::<Vec<_>>(),
            }));
        }
        Some(Additional::Schema(s)) => {
            let failing = extra.iter().find(|name| {
                doc.get(name.as_str())
                    .is_some_and(|x| !s.matches(Val::of(x)))
            });
            if let Some(name) = failing {
                let mut e = doc! { "operatorName": "additionalProperties" };
                annotate(&mut e, &s.title, &s.description);
                e.insert(
                    "reason",
                    "at least one additional property did not match the subschema",
                );
                e.insert("failingProperty", (*name).clone());
                e.insert("details", s.explain(Val::of(&doc[name.as_str()]), false));
                out.push(Bson::Document(e));
            }
        }
        _ => {}
    }
    // One entry per pattern: its first matching field that fails.
    let details: Vec<Bson> = a
        .patterns
        .iter()
        .filter_map(|p| {
            let (name, value) = doc
                .iter()
                .find(|(k, x)| p.regex.is_match(k) && !p.schema.matches(Val::of(x)))?;
            let mut e = doc! { "propertyName": name.clone() };
            annotate(&mut e, &p.schema.title, &p.schema.description);
            e.insert("regexMatched", p.source.clone());
            e.insert("details", p.schema.explain(Val::of(value), false));
            Some(Bson::Document(e))
        })
        .collect();
    if !details.is_empty() {
        out.push(Bson::Document(doc! {
            "operatorName": "patternProperties",
            "details": details,
        }));
    }
}
