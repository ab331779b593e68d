//! Collations through the driver: per-command collations on find, sort,
//! count, distinct, updates, deletes and aggregation; collection default
//! collations inherited by commands and indexes; unique indexes under a
//! case-insensitive collation.

mod common;

use bson::{doc, Bson, Document};
use futures_util::TryStreamExt;
use mongodb::options::Collation;

fn ci() -> Collation {
    Collation::builder()
        .locale("en")
        .strength(mongodb::options::CollationStrength::Secondary)
        .build()
}

async fn ids(cursor: mongodb::Cursor<Document>) -> Vec<Bson> {
    let docs: Vec<Document> = cursor.try_collect().await.unwrap();
    docs.into_iter()
        .map(|d| d.get("_id").unwrap().clone())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn command_collations() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("c");
    coll.insert_many(vec![
        doc! { "_id": 1, "s": "apple" },
        doc! { "_id": 2, "s": "Apple" },
        doc! { "_id": 3, "s": "äpple" },
        doc! { "_id": 4, "s": "banana" },
        doc! { "_id": 5, "s": "10" },
        doc! { "_id": 6, "s": "9" },
    ])
    .await
    .unwrap();

    // Strength 2: case-insensitive, accent-sensitive.
    let found = ids(coll
        .find(doc! {"s": "APPLE"})
        .collation(ci())
        .await
        .unwrap())
    .await;
    assert_eq!(found, vec![Bson::Int32(1), Bson::Int32(2)]);
    // Without a collation the comparison is binary.
    let found = ids(coll.find(doc! {"s": "APPLE"}).await.unwrap()).await;
    assert!(found.is_empty());
    // Range comparisons use the collation order too.
    let n = coll
        .count_documents(doc! {"s": {"$gt": "b"}})
        .collation(ci())
        .await
        .unwrap();
    assert_eq!(n, 1, "only banana sorts after b in English");

    // numericOrdering sorts digit runs by value.
    let numeric = Collation::builder()
        .locale("en")
        .numeric_ordering(true)
        .build();
    let sorted = ids(coll
        .find(doc! {"_id": {"$gte": 5}})
        .sort(doc! {"s": 1})
        .collation(numeric)
        .await
        .unwrap())
    .await;
    assert_eq!(sorted, vec![Bson::Int32(6), Bson::Int32(5)]);

    // distinct merges values that are equal under the collation.
    let values = coll
        .distinct("s", doc! {"_id": {"$lte": 3}})
        .collation(ci())
        .await
        .unwrap();
    assert_eq!(values.len(), 2, "{values:?}");

    // $group keys and $eq in expressions follow the aggregate's collation.
    let groups: Vec<Document> = coll
        .aggregate(vec![
            doc! {"$match": {"_id": {"$lte": 3}}},
            doc! {"$group": {"_id": "$s", "n": {"$sum": 1}}},
            doc! {"$sort": {"n": -1}},
        ])
        .collation(ci())
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].get_i32("n").unwrap(), 2);

    // Writes select documents through the collation.
    let r = coll
        .update_many(doc! {"s": "APPLE"}, doc! {"$set": {"hit": true}})
        .collation(ci())
        .await
        .unwrap();
    assert_eq!(r.matched_count, 2);
    let r = coll
        .delete_many(doc! {"s": "BANANA"})
        .collation(ci())
        .await
        .unwrap();
    assert_eq!(r.deleted_count, 1);

    // Bad specs answer with mongod's codes.
    let err = client
        .database("t")
        .run_command(doc! {"find": "c", "collation": {"locale": "en", "strength": 9}})
        .await
        .unwrap_err();
    assert!(err.to_string().contains("strength"), "{err}");
    let err = client
        .database("t")
        .run_command(doc! {"find": "c", "collation": {"locale": "xx_YY"}})
        .await
        .unwrap_err();
    assert!(err.to_string().contains("BadValue"), "{err}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_collation_and_indexes() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    db.create_collection("people")
        .collation(ci())
        .await
        .unwrap();
    let coll = db.collection::<Document>("people");

    // listCollections shows the resolved default collation.
    let reply = db
        .run_command(doc! {"listCollections": 1, "filter": {"name": "people"}})
        .await
        .unwrap();
    let info = common::first_batch(&reply)[0]
        .as_document()
        .unwrap()
        .clone();
    let spec = info
        .get_document("options")
        .unwrap()
        .get_document("collation")
        .unwrap();
    assert_eq!(spec.get_str("locale").unwrap(), "en");
    assert_eq!(spec.get_i32("strength").unwrap(), 2);
    assert_eq!(spec.get_str("version").unwrap(), "57.1");

    coll.insert_many(vec![
        doc! {"_id": 1, "name": "Zoë"},
        doc! {"_id": 2, "name": "ZOË"},
    ])
    .await
    .unwrap();
    // Queries without a collation inherit the collection's.
    let found = ids(coll.find(doc! {"name": "zoë"}).await.unwrap()).await;
    assert_eq!(found.len(), 2);
    // An explicit simple collation overrides it.
    let simple = Collation::builder().locale("simple").build();
    let found = ids(coll
        .find(doc! {"name": "zoë"})
        .collation(simple)
        .await
        .unwrap())
    .await;
    assert!(found.is_empty());

    // A unique index inherits the default collation: case variants collide.
    let other = db.collection::<Document>("emails");
    other
        .create_index(
            mongodb::IndexModel::builder()
                .keys(doc! {"e": 1})
                .options(
                    mongodb::options::IndexOptions::builder()
                        .unique(true)
                        .collation(ci())
                        .build(),
                )
                .build(),
        )
        .await
        .unwrap();
    other.insert_one(doc! {"e": "a@x.org"}).await.unwrap();
    let err = other.insert_one(doc! {"e": "A@X.ORG"}).await.unwrap_err();
    assert!(err.to_string().contains("E11000"), "{err}");
    // The same keys may be indexed again under another collation.
    other
        .create_index(
            mongodb::IndexModel::builder()
                .keys(doc! {"e": 1})
                .options(
                    mongodb::options::IndexOptions::builder()
                        .name("e_fr".to_string())
                        .collation(Collation::builder().locale("fr").build())
                        .build(),
                )
                .build(),
        )
        .await
        .unwrap();
    let names = other.list_index_names().await.unwrap();
    assert_eq!(names.len(), 3, "{names:?}");
    server.stop().await;
}
