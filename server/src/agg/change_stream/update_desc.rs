//! An update event's `updateDescription`, read from the `$v: 2` diff the
//! oplog holds: `updatedFields` (dotted paths to new values),
//! `removedFields`, `truncatedArrays` (`{field, newSize}`), and with
//! `showExpandedEvents`, `disambiguatedPaths` for paths whose segments are
//! numeric or contain dots (so `a.0` can be told from field `"0"`).

use bson::{doc, Bson, Document};

#[derive(Default)]
struct Collected {
    updated: Document,
    removed: Vec<Bson>,
    truncated: Vec<Bson>,
    ambiguous: Document,
}

/// Builds the description from a diff.
pub fn describe(diff: &Document, expanded: bool) -> Document {
    let mut c = Collected::default();
    walk_doc(diff, &[], &mut c);
    let mut d = doc! {
        "updatedFields": c.updated,
        "removedFields": c.removed,
        "truncatedArrays": c.truncated,
    };
    if expanded {
        d.insert("disambiguatedPaths", c.ambiguous);
    }
    d
}

/// A path segment: a field name or an array index.
#[derive(Clone)]
enum Seg {
    Field(String),
    Index(usize),
}

fn dotted(path: &[Seg]) -> String {
    path.iter()
        .map(|s| match s {
            Seg::Field(f) => f.clone(),
            Seg::Index(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Records the path's parts when its dotted form is ambiguous: a field
/// that looks like a number, or that holds a dot.
fn note_ambiguous(path: &[Seg], c: &mut Collected) {
    let ambiguous = path.iter().any(|s| match s {
        Seg::Field(f) => {
            f.contains('.') || (!f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        }
        Seg::Index(_) => false,
    });
    if ambiguous {
        let parts: Vec<Bson> = path
            .iter()
            .map(|s| match s {
                Seg::Field(f) => Bson::String(f.clone()),
                Seg::Index(i) => Bson::Int32(*i as i32),
            })
            .collect();
        c.ambiguous.insert(dotted(path), parts);
    }
}

fn with(path: &[Seg], s: Seg) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(s);
    p
}

fn walk_doc(diff: &Document, path: &[Seg], c: &mut Collected) {
    for (k, v) in diff {
        match (k.as_str(), v) {
            ("d", Bson::Document(fields)) => {
                for f in fields.keys() {
                    let p = with(path, Seg::Field(f.clone()));
                    c.removed.push(Bson::String(dotted(&p)));
                    note_ambiguous(&p, c);
                }
            }
            ("u" | "i", Bson::Document(fields)) => {
                for (f, val) in fields {
                    let p = with(path, Seg::Field(f.clone()));
                    c.updated.insert(dotted(&p), val.clone());
                    note_ambiguous(&p, c);
                }
            }
            (sub, Bson::Document(inner)) if sub.starts_with('s') => {
                let p = with(path, Seg::Field(sub[1..].to_string()));
                if inner.get("a") == Some(&Bson::Boolean(true)) {
                    walk_array(inner, &p, c);
                } else {
                    walk_doc(inner, &p, c);
                }
            }
            _ => {}
        }
    }
}

fn walk_array(diff: &Document, path: &[Seg], c: &mut Collected) {
    for (k, v) in diff {
        if k == "a" {
            continue;
        }
        if k == "l" {
            note_ambiguous(path, c);
            c.truncated.push(Bson::Document(doc! {
                "field": dotted(path),
                "newSize": crate::value::as_i64(v).unwrap_or(0) as i32,
            }));
            continue;
        }
        let Ok(i) = k[1..].parse::<usize>() else {
            continue;
        };
        let p = with(path, Seg::Index(i));
        match (k.as_bytes()[0], v) {
            (b'u', val) => {
                c.updated.insert(dotted(&p), val.clone());
                note_ambiguous(&p, c);
            }
            (b's', Bson::Document(inner)) if inner.get("a") == Some(&Bson::Boolean(true)) => {
                walk_array(inner, &p, c);
            }
            (b's', Bson::Document(inner)) => walk_doc(inner, &p, c),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::describe;
    use bson::doc;

    #[test]
    fn flattens_paths() {
        let diff = doc! { "d": { "x": false }, "u": { "a": 1 }, "sb": { "i": { "c": 2 } },
        "sarr": { "a": true, "l": 1i64, "u0": 5 } };
        assert_eq!(
            describe(&diff, false),
            doc! { "updatedFields": { "a": 1, "b.c": 2, "arr.0": 5 }, "removedFields": ["x"],
            "truncatedArrays": [{ "field": "arr", "newSize": 1 }] }
        );
    }
}
