//! The query language: filter parsing and matching (`filter`), projection,
//! sort and mongod's BSON comparison order. `find`, `count`, `distinct`,
//! `findAndModify`, `update`/`delete` and `$match` all share this engine.

pub mod filter;
pub mod json_schema;
pub mod positional;
pub mod projection;
pub mod sort;
pub mod top_k;

pub use filter::Filter;

#[cfg(test)]
mod tests;
