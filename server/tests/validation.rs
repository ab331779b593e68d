//! Document validation through the driver: validators given at create and
//! changed by collMod, validation levels and actions, bypassDocumentValidation,
//! and mongod's errInfo on DocumentValidationFailure (121).

mod common;

use bson::{doc, Document};

fn code_of(err: &mongodb::error::Error) -> i32 {
    match &*err.kind {
        mongodb::error::ErrorKind::Write(mongodb::error::WriteFailure::WriteError(e)) => e.code,
        mongodb::error::ErrorKind::Command(c) => c.code,
        other => panic!("unexpected error {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn validators() {
    let (server, client) = common::start().await;
    let db = client.database("t");
    db.run_command(doc! {
        "create": "people",
        "validator": {"$jsonSchema": {"required": ["name"], "properties": {"age": {"bsonType": "int", "minimum": 0}}}},
    })
    .await
    .unwrap();
    let coll = db.collection::<Document>("people");
    coll.insert_one(doc! {"_id": 1, "name": "Ada", "age": 36})
        .await
        .unwrap();

    let err = coll
        .insert_one(doc! {"_id": 2, "age": 3})
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 121);
    if let mongodb::error::ErrorKind::Write(mongodb::error::WriteFailure::WriteError(e)) =
        &*err.kind
    {
        let info = e.details.as_ref().expect("errInfo");
        assert_eq!(info.get_i32("failingDocumentId").unwrap(), 2);
        assert_eq!(
            info.get_document("details")
                .unwrap()
                .get_str("operatorName")
                .unwrap(),
            "$jsonSchema"
        );
    }
    // Updates are validated too, and nothing is written when they fail.
    let err = coll
        .update_one(doc! {"_id": 1}, doc! {"$set": {"age": -1}})
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 121);
    let ada = coll.find_one(doc! {"_id": 1}).await.unwrap().unwrap();
    assert_eq!(ada.get_i32("age").unwrap(), 36);

    // bypassDocumentValidation skips the validator.
    coll.insert_one(doc! {"_id": 3})
        .bypass_document_validation(true)
        .await
        .unwrap();

    // collMod: moderate lets already-invalid documents stay invalid.
    db.run_command(doc! {"collMod": "people", "validationLevel": "moderate"})
        .await
        .unwrap();
    coll.update_one(doc! {"_id": 3}, doc! {"$set": {"age": 5}})
        .await
        .unwrap();
    let err = coll
        .update_one(doc! {"_id": 1}, doc! {"$unset": {"name": 1}})
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 121);

    // warn logs instead of refusing; listCollections shows the options.
    db.run_command(doc! {"collMod": "people", "validator": {"x": {"$type": "string"}}, "validationAction": "warn"})
        .await
        .unwrap();
    coll.insert_one(doc! {"_id": 4, "x": 1}).await.unwrap();
    let reply = db
        .run_command(doc! {"listCollections": 1, "filter": {"name": "people"}})
        .await
        .unwrap();
    let info = common::first_batch(&reply)[0]
        .as_document()
        .unwrap()
        .clone();
    let options = info.get_document("options").unwrap();
    assert_eq!(options.get_str("validationAction").unwrap(), "warn");
    assert_eq!(options.get_str("validationLevel").unwrap(), "moderate");

    // Bad options and missing collections answer with mongod's codes.
    let err = db
        .run_command(doc! {"collMod": "people", "validationLevel": "sometimes"})
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 2);
    let err = db
        .run_command(doc! {"collMod": "nope", "validator": {}})
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 26);
    // Hiding an index reports the old and new state.
    coll.create_index(
        mongodb::IndexModel::builder()
            .keys(doc! {"name": 1})
            .build(),
    )
    .await
    .unwrap();
    let reply = db
        .run_command(doc! {"collMod": "people", "index": {"name": "name_1", "hidden": true}})
        .await
        .unwrap();
    assert!(!reply.get_bool("hidden_old").unwrap());
    assert!(reply.get_bool("hidden_new").unwrap());
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documents_over_16_mib_are_refused_whole() {
    let (server, client) = common::start().await;
    let coll = client.database("t").collection::<Document>("big");
    coll.insert_one(doc! {"_id": 1, "a": "x".repeat(9 * 1024 * 1024)})
        .await
        .unwrap();
    // Growing past 16 MiB fails with BSONObjectTooLarge and changes nothing,
    // through update and findAndModify alike.
    let grow = doc! {"$set": {"b": "y".repeat(9 * 1024 * 1024)}};
    let err = coll
        .update_one(doc! {"_id": 1}, grow.clone())
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 10334, "{err}");
    let err = coll
        .find_one_and_update(doc! {"_id": 1}, grow)
        .await
        .unwrap_err();
    assert_eq!(code_of(&err), 10334, "{err}");
    let d = coll.find_one(doc! {"_id": 1}).await.unwrap().unwrap();
    assert!(!d.contains_key("b"));
    server.stop().await;
}
