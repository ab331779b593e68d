//! Command handlers, one file per command (or small family), named as mongod
//! names them. Each parses its arguments (rejecting unknown fields the way
//! mongod's IDL parsers do), runs over `storage`, and returns its reply body
//! or an `Error`; `dispatch` adds `ok` and the envelope fields.

pub mod admin_misc;
pub mod aggregate;
pub mod args;
pub mod auth;
pub mod build_info;
pub mod bulk_write;
pub mod coll_mod;
pub mod coll_stats;
pub mod configure_fail_point;
pub mod connection_status;
pub mod count;
pub mod create;
pub mod create_indexes;
mod ctx;
pub mod db_stats;
pub mod default_rw_concern;
pub mod delete;
pub mod distinct;
pub mod drop;
pub mod drop_database;
pub mod drop_indexes;
pub mod explain;
pub mod find;
pub mod find_and_modify;
pub mod get_cmd_line_opts;
pub mod get_log;
pub mod get_more;
pub mod get_parameter;
pub mod hello;
pub mod host_info;
pub mod insert;
pub mod kill_cursors;
pub mod list_collections;
pub mod list_databases;
pub mod list_indexes;
pub mod log_rotate;
pub mod on_view;
pub mod ping;
pub mod re_index;
pub mod rename_collection;
pub mod repl_set_get_config;
pub mod repl_set_get_status;
pub mod repl_set_initiate;
pub mod repl_set_reconfig;
pub mod search_index;
pub mod server_status;
pub mod sessions;
pub mod set_parameter;
pub mod shared;
pub mod shutdown;
pub mod test_version;
pub mod transaction;
pub mod update;
pub mod validate;
pub mod whatsmyuri;

pub use args::{
    check_batch_len, check_fields, collection_arg, required_array, split_ns, GENERIC_FIELDS,
};
pub use ctx::{app_name_of, ConnInfo, Ctx};
