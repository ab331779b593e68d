//! Dotted-path lookup with mongod's implicit array traversal, as the query
//! matcher sees a document: `a.b` reaches `b` in `a` when `a` is a document,
//! and in every document element when `a` is an array; a numeric component
//! also selects an array element by position.

use bson::Bson;

/// Collects what `path` reaches from `v`: `Some(value)` for each value found,
/// `None` where the path is missing.
pub fn collect<'a>(v: &'a Bson, path: &[String], out: &mut Vec<Option<&'a Bson>>) {
    let Some(first) = path.first() else {
        out.push(Some(v));
        return;
    };
    match v {
        Bson::Document(d) => match d.get(first) {
            Some(x) => collect(x, &path[1..], out),
            None => out.push(None),
        },
        Bson::Array(a) => {
            let before = out.len();
            if let Ok(i) = first.parse::<usize>() {
                if let Some(x) = a.get(i) {
                    collect(x, &path[1..], out);
                }
            }
            for e in a {
                if matches!(e, Bson::Document(_)) {
                    collect(e, path, out);
                }
            }
            if out.len() == before {
                out.push(None);
            }
        }
        _ => out.push(None),
    }
}

/// Splits a dotted path into its components.
pub fn split(path: &str) -> Vec<String> {
    path.split('.').map(str::to_string).collect()
}

/// The value at a dotted path without array traversal (used by sort keys on
/// documents, `$group` field paths and projections): array elements are only
/// reached by numeric components.
pub fn get_plain<'a>(v: &'a Bson, path: &[&str]) -> Option<&'a Bson> {
    let mut cur = v;
    for p in path {
        cur = match cur {
            Bson::Document(d) => d.get(*p)?,
            Bson::Array(a) => a.get(p.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}
