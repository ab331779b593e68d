//! mongod's rules for `_id` values: what an insert, a replacement and an
//! upsert refuse to store as a document's `_id`.

use crate::error::{Error, ErrorCode, Result};
use bson::Bson;

/// mongod's rules for `_id` values.
pub fn check_id(id: &Bson) -> Result<()> {
    match id {
        // mongod 8.0 (validIdField): the same code and wording for an
        // insert, a replacement and an upsert.
        Bson::Array(_) | Bson::RegularExpression(_) | Bson::Undefined => Err(Error::new(
            ErrorCode::InvalidIdField,
            format!(
                "The '_id' value cannot be of type {}",
                crate::value::type_name(id)
            ),
        )),
        Bson::Document(d) => {
            for k in d.keys() {
                if k.starts_with('$') {
                    return Err(Error::new(
                        ErrorCode::DollarPrefixedFieldName,
                        format!("_id fields may not contain '$'-prefixed fields: {k} is not valid for storage."),
                    ));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
