//! Index keys: what `storage` writes into an index table for a document.
//! Key generation for the `_id` index and for user indexes (single-field and
//! compound, with multikey expansion over arrays), wildcard (`$**`) index
//! keys, and the order-preserving byte encoding of those keys.

pub mod keyenc;
pub mod keys;
pub mod wildcard;
