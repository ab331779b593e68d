//! `$fill`: fills null and missing fields. mongod rewrites it into a
//! `$setWindowFields` (each `{method: "locf"}` output a `$locf`, each
//! `{method: "linear"}` a `$linearFill`, partitioned by `partitionBy` or
//! `partitionByFields`, sorted by `sortBy`) followed by an `$addFields`
//! that sets each `{value: <expr>}` output to `{$ifNull: ["$f", <expr>]}`;
//! this stage builds and runs the same two.

use super::add_fields::AddFields;
use super::set_window_fields::SetWindowFields;
use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::Vars;
use crate::value::type_name;
use bson::{doc, Bson, Document};

const STAGE: &str = "$fill";

pub struct Fill {
    window: Option<SetWindowFields>,
    values: Option<AddFields>,
}

fn err(code: i32, m: impl Into<String>) -> Error {
    Error::new(ErrorCode::Location(code), m)
}

/// The top-level fields of a `$fill` spec, type-checked.
struct FillSpec<'a> {
    sort_by: Option<Bson>,
    partition_by: Option<Bson>,
    partition_fields: Option<Vec<String>>,
    output: &'a Document,
}

impl FillSpec<'_> {
    /// Reads the spec's fields in order, failing at the first bad one, then
    /// checks that `output` is there and not empty.
    fn read(spec: &Document) -> Result<FillSpec<'_>> {
        let (mut sort_by, mut partition_by, mut partition_fields, mut output) =
            (None, None, None, None);
        for (k, v) in spec {
            match (k.as_str(), v) {
                ("sortBy", Bson::Document(_)) => sort_by = Some(v.clone()),
                ("sortBy", _) => return Err(crate::value::field_type_error(STAGE, k, v, "object")),
                ("partitionBy", Bson::String(_) | Bson::Document(_)) => {
                    partition_by = Some(v.clone());
                }
                ("partitionBy", _) => {
                    return Err(Error::type_mismatch(format!(
                        "BSON field '{STAGE}.partitionBy' is the wrong type '{}', expected types '[string, object]'",
                        type_name(v)
                    )))
                }
                ("partitionByFields", Bson::Array(a)) => {
                    partition_fields = Some(partition_field_names(a)?);
                }
                ("partitionByFields", _) => {
                    return Err(crate::value::field_type_error(STAGE, k, v, "array"))
                }
                ("output", Bson::Document(d)) => output = Some(d),
                ("output", _) => return Err(crate::value::field_type_error(STAGE, k, v, "object")),
                _ => return Err(Error::unknown_field(STAGE, k)),
            }
        }
        let output = output.ok_or_else(|| Error::missing_field(STAGE, "output"))?;
        if output.is_empty() {
            return Err(err(
                6050203,
                "The output field in '$fill' must contain an object with at least one element",
            ));
        }
        Ok(FillSpec {
            sort_by,
            partition_by,
            partition_fields,
            output,
        })
    }
}

/// `partitionByFields`: an array of field names.
fn partition_field_names(a: &[Bson]) -> Result<Vec<String>> {
    let mut fields = Vec::with_capacity(a.len());
    for (i, f) in a.iter().enumerate() {
        let Bson::String(f) = f else {
            return Err(crate::value::field_type_error(
                STAGE,
                &format!("partitionByFields.{i}"),
                f,
                "string",
            ));
        };
        fields.push(f.clone());
    }
    Ok(fields)
}

/// One `output` field: `{method: "locf" | "linear"}` becomes a window
/// function in `window_out`, `{value: <expr>}` an `$ifNull` in `values`.
fn add_output(
    field: &str,
    fs: &Bson,
    window_out: &mut Document,
    values: &mut Document,
) -> Result<()> {
    let Bson::Document(fs) = fs else {
        return Err(err(
            6050200,
            "Each fill output specification must be an object with exactly one field",
        ));
    };
    let (mut method, mut value) = (None, None);
    for (k, v) in fs {
        match (k.as_str(), v) {
            ("method", Bson::String(m)) => method = Some(m.as_str()),
            ("method", _) => return Err(crate::value::field_type_error(STAGE, k, v, "string")),
            ("value", _) => value = Some(v),
            _ => return Err(Error::unknown_field(STAGE, k)),
        }
    }
    let path = Bson::String(format!("${field}"));
    if let Some(m) = method {
        if value.is_some() {
            return Err(err(6050201, "Each fill output specification must have exactly one of 'method' or 'value' fields, not both"));
        }
        let function = match m {
            "locf" => "$locf",
            "linear" => "$linearFill",
            _ => return Err(err(6050202, "Method must be either locf or linear")),
        };
        let mut f = Document::new();
        f.insert(function, path.clone());
        window_out.insert(field.to_string(), f);
    }
    if let Some(v) = value {
        values.insert(field.to_string(), doc! {"$ifNull": [path, v.clone()]});
    }
    Ok(())
}

impl Fill {
    pub fn parse(arg: &Bson, vars: &Vars) -> Result<Fill> {
        let Bson::Document(spec) = arg else {
            return Err(Error::failed_to_parse(format!(
                "The {STAGE} stage specification must be an object, found {}",
                type_name(arg)
            )));
        };
        let FillSpec {
            sort_by,
            partition_by,
            partition_fields,
            output,
        } = FillSpec::read(spec)?;
        let (mut window_out, mut values) = (Document::new(), Document::new());
        for (field, fs) in output {
            add_output(field, fs, &mut window_out, &mut values)?;
        }
        let mut window_spec = doc! {"output": window_out};
        if let Some(s) = sort_by {
            window_spec.insert("sortBy", s);
        }
        if let Some(p) = partition_by {
            if partition_fields.is_some() {
                return Err(err(
                    6050204,
                    "Maximum one of 'partitionBy' and 'partitionByFields can be specified in '$fill'",
                ));
            }
            window_spec.insert("partitionBy", p);
        }
        if let Some(fields) = partition_fields {
            let mut p = Document::new();
            for f in fields {
                p.insert(f.clone(), format!("${f}"));
            }
            window_spec.insert("partitionBy", p);
        }
        let needs_window = window_spec
            .get_document("output")
            .is_ok_and(|o| !o.is_empty());
        let window = if needs_window {
            Some(SetWindowFields::parse(&Bson::Document(window_spec), vars)?)
        } else {
            None
        };
        let values = if values.is_empty() {
            None
        } else {
            Some(AddFields::parse("$addFields", &Bson::Document(values))?)
        };
        Ok(Fill { window, values })
    }
}

impl Stage for Fill {
    fn apply(&self, mut docs: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        if let Some(w) = &self.window {
            docs = w.apply(docs, vars)?;
        }
        if let Some(v) = &self.values {
            docs = v.apply(docs, vars)?;
        }
        Ok(docs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bson::bson;

    fn run(spec: Bson, docs: Vec<Document>) -> Result<Vec<Document>> {
        let vars = Vars::new();
        Fill::parse(&spec, &vars)?.apply(docs, &vars)
    }

    #[test]
    fn fills() {
        let docs = vec![
            doc! {"t": 3, "p": "a", "x": null, "y": 1},
            doc! {"t": 1, "p": "a", "x": 10, "y": null},
            doc! {"t": 2, "p": "b", "x": 5},
            doc! {"t": 4, "p": "a", "x": 40},
            doc! {"t": 5, "p": "b"},
        ];
        let out = run(
            bson!({
                "sortBy": {"t": 1},
                "partitionByFields": ["p"],
                "output": {"x": {"method": "linear"}, "y": {"method": "locf"}, "z": {"value": "$t"}},
            }),
            docs.clone(),
        )
        .unwrap();
        assert_eq!(
            out,
            vec![
                doc! {"t": 1, "p": "a", "x": 10, "y": null, "z": 1},
                doc! {"t": 3, "p": "a", "x": 30.0, "y": 1, "z": 3},
                doc! {"t": 4, "p": "a", "x": 40, "y": 1, "z": 4},
                doc! {"t": 2, "p": "b", "x": 5, "y": null, "z": 2},
                doc! {"t": 5, "p": "b", "x": null, "y": null, "z": 5},
            ]
        );
        // Only values: no sort, the input order stays.
        let out = run(bson!({"output": {"x": {"value": 0}}}), docs).unwrap();
        let xs: Vec<Bson> = out.iter().map(|d| d.get("x").cloned().unwrap()).collect();
        assert_eq!(xs, vec![bson!(0), bson!(10), bson!(5), bson!(40), bson!(0)]);
    }

    #[test]
    fn errors() {
        let cases: Vec<(Bson, i32)> = vec![
            (bson!(1), 9),
            (bson!({"sortBy": {"t": 1}}), 40414),
            (bson!({"output": {}}), 6050203),
            (bson!({"output": {"x": 1}}), 6050200),
            (
                bson!({"output": {"x": {"method": "locf", "value": 1}}}),
                6050201,
            ),
            (bson!({"output": {"x": {"method": "nearest"}}}), 6050202),
            (bson!({"output": {"x": {"method": 1}}}), 14),
            (bson!({"output": {"x": {"foo": 1}}}), 40415),
            (
                bson!({"partitionBy": "$p", "partitionByFields": ["p"], "output": {"x": {"value": 1}}}),
                6050204,
            ),
            (bson!({"partitionBy": 1, "output": {"x": {"value": 1}}}), 14),
            (bson!({"foo": 1, "output": {"x": {"value": 1}}}), 40415),
            (bson!({"output": {"x": {"method": "linear"}}}), 605001),
        ];
        for (spec, code) in cases {
            let e = run(spec.clone(), vec![]).expect_err(&format!("{spec}"));
            assert_eq!(e.code.code(), code, "{spec}: {}", e.message);
        }
    }
}
