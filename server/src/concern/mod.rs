//! Write and read concerns: parsing a command's `writeConcern` with
//! mongod's rules (`write`), and the cluster-wide defaults that apply when a
//! command gives none (`defaults`: getDefaultRWConcern/setDefaultRWConcern,
//! kept in `config.settings` as mongod keeps them). The dispatcher asks
//! both before a command runs: whether its writes wait for the journal, and
//! which write concern a writeConcernError reports.

pub mod defaults;
pub mod write;

pub use defaults::RwDefaults;
pub use write::{Provenance, WriteConcern, W};
