//! SecantusDB: a single-node server that speaks the MongoDB wire protocol
//! and stores its data in WiredTiger.
//!
//! The request path, top to bottom, each floor using only floors beneath
//! it (the README's "Architecture"; `scripts/check-structure.py` holds the
//! table): `net` (connections) → `dispatch` (envelope, fail points,
//! transaction routing, the command table) → `commands` (one per command,
//! with `Ctx` and the argument readers) and `ttl` → `agg` (pipelines) and
//! `state` → `planner` / `cursor` / `session` → `storage` (catalog, record
//! and index stores, transactions) → `update` / `index` → `query` (filters,
//! projection, sort) → `expr` (aggregation expressions), `failpoint` and
//! `wire` (framing) → `value` (the BSON value rules), `wt` (the WiredTiger
//! wrapper, the only `unsafe` code), `config`, `threads` (the command
//! threads) → `error`.

// Unit tests are tables of cases, one row a line; only the server's own
// functions are held to the length limit.
#![cfg_attr(test, allow(clippy::too_many_lines))]

pub mod agg;
pub mod commands;
pub mod concern;
pub mod config;
pub mod cursor;
pub mod dispatch;
pub mod error;
pub mod expr;
pub mod failpoint;
pub mod index;
pub mod ingress;
pub mod interrupt;
pub mod log;
pub mod memory;
pub mod net;
pub mod ops;
pub mod options;
pub mod planner;
pub mod query;
pub mod repl;
pub mod server;
pub mod session;
pub mod state;
pub mod storage;
pub mod threads;
pub mod ttl;
pub mod update;
pub mod value;
pub mod wire;
mod wt;

pub use config::Config;
pub use server::Server;
