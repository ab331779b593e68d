//! Shared helpers for integration tests: an in-process ephemeral server and
//! a driver client pointed at it.

#![allow(dead_code)]

use mongodb::Client;
use secantusdb::{Config, Server};

pub async fn start() -> (Server, Client) {
    let server = Server::start(Config::ephemeral())
        .await
        .expect("server starts");
    let uri = format!("mongodb://{}/?directConnection=true", server.addr());
    let client = Client::with_uri_str(&uri).await.expect("client");
    (server, client)
}

/// The `firstBatch` of a cursor-returning command's reply.
pub fn first_batch(reply: &bson::Document) -> Vec<bson::Bson> {
    reply
        .get_document("cursor")
        .expect("cursor")
        .get_array("firstBatch")
        .expect("firstBatch")
        .clone()
}
