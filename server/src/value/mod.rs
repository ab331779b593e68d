//! The value floor: rules about BSON values that every engine above shares
//! and that need nothing but the values themselves (no errors, no storage).
//! It sits at the bottom of the request path, beside `error/`.

mod types;

pub use types::{as_f64, as_i64, doc_size, is_number, truthy, type_name};
