//! Parsing `encrypt` and `encryptMetadata` (client-side field level
//! encryption's schema keywords). mongod accepts them in `$jsonSchema` and
//! checks their fields as its IDL parser does; on the server `encrypt` only
//! means "the value is encrypted BinData" (see `Schema::encrypt_failure`).

use super::kw;
use super::types::{bson_type_alias, type_set, TypeSet};
use super::{Encrypt, Schema};
use crate::error::{Error, ErrorCode, Result};
use crate::value::type_name;
use bson::{spec::BinarySubtype, Bson, Document};

/// `encrypt` and `encryptMetadata`. Their contents are checked as mongod's
/// IDL parser checks them; only `encrypt` affects matching.
pub(super) fn encryption_keywords(schema: &Document, s: &mut Schema) -> Result<()> {
    let (encrypt, metadata) = (schema.get("encrypt"), schema.get("encryptMetadata"));
    if encrypt.is_some() && metadata.is_some() {
        return Err(Error::failed_to_parse(
            "Cannot specify both $jsonSchema keywords 'encrypt' and 'encryptMetadata'",
        ));
    }
    if let Some(m) = metadata {
        let Bson::Document(m) = m else {
            return Err(Error::type_mismatch(kw(
                "encryptMetadata",
                "must be an object ",
            )));
        };
        if m.is_empty() {
            return Err(Error::failed_to_parse(kw(
                "encryptMetadata",
                "cannot be an empty object ",
            )));
        }
        encryption_fields("encryptMetadata", m, false)?;
    }
    if let Some(e) = encrypt {
        let Bson::Document(e) = e else {
            return Err(Error::type_mismatch(kw("encrypt", "must be an object ")));
        };
        s.encrypt = Some(Encrypt {
            types: encryption_fields("encrypt", e, true)?,
        });
    }
    Ok(())
}

/// The fields of `encrypt` (with `bsonType`) or `encryptMetadata`; returns
/// the `bsonType` set.
fn encryption_fields(name: &str, d: &Document, with_type: bool) -> Result<Option<TypeSet>> {
    let mut types = None;
    for (k, v) in d {
        match k.as_str() {
            "bsonType" if with_type => types = Some(type_set("bsonType", v, bson_type_alias)?),
            "algorithm" => {
                let Bson::String(a) = v else {
                    return Err(crate::value::field_type_error(name, k, v, "string"));
                };
                if a != "AEAD_AES_256_CBC_HMAC_SHA_512-Deterministic"
                    && a != "AEAD_AES_256_CBC_HMAC_SHA_512-Random"
                {
                    return Err(Error::bad_value(format!(
                        "Enumeration value '{a}' for field '{name}.algorithm' is not a valid value."
                    )));
                }
            }
            "keyId" => key_id(v)?,
            _ => return Err(Error::unknown_field(name, k)),
        }
    }
    Ok(types)
}

/// `keyId`: a JSON pointer to the key, or an array of UUIDs.
fn key_id(v: &Bson) -> Result<()> {
    match v {
        Bson::String(p) => {
            if p.is_empty() {
                return Err(Error::new(
                    ErrorCode::Location(51064),
                    "Empty JSONPointers are not supported",
                ));
            }
            if !p.starts_with('/') {
                return Err(Error::new(
                    ErrorCode::Location(51065),
                    "JSONPointer must start with a '/'",
                ));
            }
            // Every '~' must begin an escape: "~0" or "~1".
            let b = p.as_bytes();
            for (i, c) in b.iter().enumerate() {
                if *c == b'~' && !matches!(b.get(i + 1), Some(b'0' | b'1')) {
                    return Err(Error::new(
                        ErrorCode::Location(51063),
                        "JSONPointer cannot contain unescaped ~ character",
                    ));
                }
            }
            Ok(())
        }
        Bson::Array(items) => {
            for item in items {
                let Bson::Binary(bin) = item else {
                    return Err(Error::new(
                        ErrorCode::Location(51088),
                        format!(
                            "Array elements must have type BinData, found {}",
                            type_name(item)
                        ),
                    ));
                };
                if bin.subtype != BinarySubtype::Uuid {
                    return Err(Error::new(
                        ErrorCode::Location(51084),
                        format!(
                            "Array elements must have bindata type UUID, found {}",
                            u8::from(bin.subtype)
                        ),
                    ));
                }
                if bin.bytes.len() != 16 {
                    return Err(Error::new(
                        ErrorCode::InvalidUUID,
                        "uuid must be a 16-byte binary field with UUID (4) subtype",
                    ));
                }
            }
            Ok(())
        }
        other => Err(Error::new(
            ErrorCode::Location(51085),
            format!(
                "Expected either string or array of UUID for EncryptSchemaKeyId, found {}",
                type_name(other)
            ),
        )),
    }
}
