//! The `$v: 2` update description mongod logs for an update: the
//! difference between a document's old and new versions, as nested
//! sections — `u` changed fields, `i` added fields, `d` removed fields,
//! `s<field>` a sub-document or array diff; an array diff has `a: true`,
//! `l` (its new, shorter length) and `u<index>`/`s<index>` entries.

use bson::{Bson, Document};

/// The diff from `old` to `new`.
pub fn diff(old: &Document, new: &Document) -> Document {
    let mut d = doc_diff(old, new);
    if !in_same_order(old, new) {
        // Fields moved (a replacement-like pipeline update): describe the
        // new document field by field instead of as moves.
        d = Document::new();
        let removed: Document = old
            .keys()
            .filter(|k| !new.contains_key(*k))
            .map(|k| (k.clone(), Bson::Boolean(false)))
            .collect();
        if !removed.is_empty() {
            d.insert("d", removed);
        }
        d.insert("u", new.clone());
    }
    d
}

/// Whether the fields both documents have come in the same order.
fn in_same_order(old: &Document, new: &Document) -> bool {
    let a = old.keys().filter(|k| new.contains_key(*k));
    let b = new.keys().filter(|k| old.contains_key(*k));
    a.eq(b)
}

fn doc_diff(old: &Document, new: &Document) -> Document {
    let mut removed = Document::new();
    let mut updated = Document::new();
    let mut inserted = Document::new();
    let mut subs = Document::new();
    for k in old.keys() {
        if !new.contains_key(k) {
            removed.insert(k.clone(), false);
        }
    }
    for (k, nv) in new {
        match old.get(k) {
            None => {
                inserted.insert(k.clone(), nv.clone());
            }
            Some(ov) if same(ov, nv) => {}
            Some(Bson::Document(od)) if matches!(nv, Bson::Document(nd) if in_same_order(od, nd)) =>
            {
                let Bson::Document(nd) = nv else {
                    unreachable!()
                };
                subs.insert(format!("s{k}"), doc_diff(od, nd));
            }
            Some(Bson::Array(oa)) if matches!(nv, Bson::Array(_)) => {
                let Bson::Array(na) = nv else { unreachable!() };
                subs.insert(format!("s{k}"), array_diff(oa, na));
            }
            Some(_) => {
                updated.insert(k.clone(), nv.clone());
            }
        }
    }
    let mut d = Document::new();
    for (name, section) in [("d", removed), ("u", updated), ("i", inserted)] {
        if !section.is_empty() {
            d.insert(name, section);
        }
    }
    d.extend(subs);
    d
}

fn array_diff(old: &[Bson], new: &[Bson]) -> Document {
    let mut d = Document::new();
    d.insert("a", true);
    if new.len() < old.len() {
        d.insert("l", new.len() as i64);
    }
    for (i, nv) in new.iter().enumerate() {
        match old.get(i) {
            Some(ov) if same(ov, nv) => {}
            Some(Bson::Document(od)) if matches!(nv, Bson::Document(nd) if in_same_order(od, nd)) =>
            {
                let Bson::Document(nd) = nv else {
                    unreachable!()
                };
                d.insert(format!("s{i}"), doc_diff(od, nd));
            }
            _ => {
                d.insert(format!("u{i}"), nv.clone());
            }
        }
    }
    d
}

/// Equal down to the type (1 and 1.0 differ: the stored bytes change).
fn same(a: &Bson, b: &Bson) -> bool {
    a == b
}

#[cfg(test)]
mod tests {
    use super::diff;
    use bson::doc;

    #[test]
    fn sections() {
        let old = doc! { "a": 1, "b": { "c": 1, "d": 2 }, "e": [1, 2, 3], "f": 0 };
        let new = doc! { "a": 2, "b": { "c": 1, "d": 3 }, "e": [1, 5], "g": 1 };
        assert_eq!(
            diff(&old, &new),
            doc! { "d": { "f": false }, "u": { "a": 2 }, "i": { "g": 1 },
            "sb": { "u": { "d": 3 } }, "se": { "a": true, "l": 2i64, "u1": 5 } }
        );
    }

    #[test]
    fn unchanged_is_empty() {
        let d = doc! { "a": [1, { "b": 2 }] };
        assert!(diff(&d, &d).is_empty());
    }
}
