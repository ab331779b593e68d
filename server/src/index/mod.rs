//! Index keys: what `storage` writes into an index table for a document.
//! Key generation for the `_id` index and for user indexes (single-field and
//! compound, with multikey expansion over arrays), wildcard (`$**`) index
//! keys, the order-preserving byte encoding of those keys, and the payload
//! an entry carries for covered queries.

pub mod keyenc;
pub mod keys;
mod meta;
pub mod payload;
pub mod wildcard;

pub use meta::IndexMeta;
