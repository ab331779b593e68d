//! The value floor: the rules about BSON values that every engine above
//! shares. Type names and numeric coercions, the BSON comparison order,
//! collation, regular expressions, dotted paths, exact Decimal128
//! arithmetic, the `$sum` numeric core, `_id`, nesting-depth and namespace
//! rules. It sits at the bottom of the request path, on `error/` alone:
//! `expr/`, `query/`, `update/`, `index/`, `storage/` and everything above
//! build on it.

pub mod collation;
pub mod compare;
pub mod decimal;
mod decode;
mod depth;
mod id;
mod namespace;
pub mod path;
pub mod raw_path;
pub mod regex;
pub mod sum;
mod types;

pub use decode::{decode, to_document};
pub use depth::{too_deep_for_reply, too_deep_to_store, MAX_BSON_DEPTH, MAX_STORAGE_DEPTH};
pub use id::check_id;
pub use namespace::{validate_coll_name, validate_db_name, validate_ns_length};
pub use types::{
    as_f64, as_i64, doc_size, field_type_error, is_number, same_bytes, truthy, type_code,
    type_name, type_number,
};
