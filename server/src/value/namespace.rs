//! mongod's namespace rules: which database and collection names are
//! valid. Commands check the names they are given; storage and the
//! aggregation `$out`/`$merge` stages check the names they create.

use crate::error::{Error, ErrorCode, Result};

/// mongod's database name rules.
pub fn validate_db_name(db: &str) -> Result<()> {
    let bad = db.is_empty()
        || db.len() >= 64
        || db
            .chars()
            .any(|c| matches!(c, '/' | '\\' | '.' | ' ' | '"' | '$' | '\0'));
    if bad {
        return Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!("Invalid database name: '{db}'"),
        ));
    }
    Ok(())
}

/// mongod's collection name rules.
pub fn validate_coll_name(coll: &str) -> Result<()> {
    if coll.is_empty() {
        return Err(Error::new(
            ErrorCode::InvalidNamespace,
            "Invalid namespace specified: collection name is empty",
        ));
    }
    if coll.contains('\0') || coll.contains('$') && !coll.starts_with("$cmd") {
        return Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!("Invalid collection name: {coll}"),
        ));
    }
    if coll.starts_with('.') {
        return Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!("Invalid collection name: {coll}"),
        ));
    }
    Ok(())
}

/// mongod's longest namespace (`db.collection`) for a new collection: 255
/// bytes in a user database; in `admin`, `config` and `local` 235 (room
/// for the internal names mongod derives from them).
pub fn validate_ns_length(db: &str, coll: &str) -> Result<()> {
    let max = if matches!(db, "admin" | "config" | "local") {
        235
    } else {
        255
    };
    let len = db.len() + 1 + coll.len();
    if len > max {
        return Err(Error::new(
            ErrorCode::InvalidNamespace,
            format!("Fully qualified namespace is too long. Namespace: {db}.{coll} Max: {max}"),
        ));
    }
    Ok(())
}
