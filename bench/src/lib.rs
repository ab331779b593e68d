//! What both benchmark programs share: starting and watching the servers
//! they measure (`target`). `secantus-bench` (src/main.rs) is the load
//! generator, `secantus-startup-bench` (src/bin/startup.rs) the start-up
//! measurement.

pub mod target;
