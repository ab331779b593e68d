//! clientBulkWrite results as the unified format shows them: the summary
//! counts and, for verbose results, one entry per successful model. Used for
//! an operation's result and for the partial result inside an expectError.

use bson::{doc, Bson, Document};

fn summary(s: &mongodb::results::SummaryBulkWriteResult) -> Document {
    doc! {
        "insertedCount": s.inserted_count,
        "upsertedCount": s.upserted_count,
        "matchedCount": s.matched_count,
        "modifiedCount": s.modified_count,
        "deletedCount": s.deleted_count,
    }
}

fn sorted<T>(m: &std::collections::HashMap<usize, T>, f: impl Fn(&T) -> Document) -> Document {
    let mut keys: Vec<&usize> = m.keys().collect();
    keys.sort();
    keys.into_iter()
        .map(|k| (k.to_string(), Bson::Document(f(&m[k]))))
        .collect()
}

/// A summary result as the unified format shows it (empty per-model maps).
pub fn summary_doc(r: &mongodb::results::SummaryBulkWriteResult) -> Document {
    let mut d = summary(r);
    d.insert("insertResults", doc! {});
    d.insert("updateResults", doc! {});
    d.insert("deleteResults", doc! {});
    d
}

/// A verbose result: the summary plus one entry per successful model.
pub fn verbose_doc(r: &mongodb::results::VerboseBulkWriteResult) -> Document {
    let mut d = summary(&r.summary);
    d.insert(
        "insertResults",
        sorted(
            &r.insert_results,
            |i| doc! {"insertedId": i.inserted_id.clone()},
        ),
    );
    d.insert(
        "updateResults",
        sorted(&r.update_results, |u| {
            let mut d = doc! {"matchedCount": u.matched_count as i64, "modifiedCount": u.modified_count as i64};
            if let Some(id) = &u.upserted_id {
                d.insert("upsertedId", id.clone());
            }
            d
        }),
    );
    d.insert(
        "deleteResults",
        sorted(
            &r.delete_results,
            |x| doc! {"deletedCount": x.deleted_count as i64},
        ),
    );
    d
}
