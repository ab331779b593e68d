//! Pieces that several command handlers share and that are no command of
//! their own: cursor batches and replies, finding the documents a write
//! targets, how an update statement modifies a document (update operators
//! or a pipeline), background index builds, find's `min`/`max` bounds, and
//! the leading stages that report on the server (`$collStats`,
//! `$indexStats`, ...).

pub mod cursor_reply;
pub mod find_bounds;
pub mod index_build;
pub mod matching;
pub mod modification;
pub mod stats_stages;
pub mod views;
