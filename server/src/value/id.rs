//! mongod's rules for `_id` values: what an insert, a replacement and an
//! upsert refuse to store as a document's `_id`.

use crate::error::{Error, ErrorCode, Result};
use bson::Bson;

/// mongod's rules for `_id` values.
pub fn check_id(id: &Bson) -> Result<()> {
    match id {
        Bson::Array(_) => Err(Error::bad_value("The '_id' value cannot be of type array")),
        Bson::RegularExpression(_) => Err(Error::bad_value("can't use a regex for _id")),
        Bson::Undefined => Err(Error::bad_value("can't use a undefined for _id")),
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
