//! Extended JSON → BSON that keeps the order of keys.
//!
//! Key order matters to MongoDB (a command's first key is its name, index
//! keys and sorts are ordered), and `serde_json::Value` without its
//! `preserve_order` feature sorts keys. So the spec files are read with a
//! visitor that keeps each object's keys in order; only the small objects that
//! are extended-JSON type wrappers (`{"$oid": …}`, `{"$numberLong": …}`, …) go
//! through the bson crate's extended-JSON parser.

use std::fmt;

use bson::{Bson, Document};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

/// Keys that make an object an extended-JSON type wrapper.
const EXTJSON_KEYS: &[&str] = &[
    "$oid",
    "$numberLong",
    "$numberInt",
    "$numberDouble",
    "$numberDecimal",
    "$date",
    "$binary",
    "$uuid",
    "$timestamp",
    "$regularExpression",
    "$symbol",
    "$code",
    "$scope",
    "$minKey",
    "$maxKey",
    "$undefined",
    "$dbPointer",
];

/// JSON with ordered objects.
enum Ordered {
    Null,
    Bool(bool),
    I64(i64),
    U64(u64),
    F64(f64),
    Str(String),
    Arr(Vec<Ordered>),
    Obj(Vec<(String, Ordered)>),
}

struct OrderedVisitor;

impl<'de> Visitor<'de> for OrderedVisitor {
    type Value = Ordered;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }
    fn visit_unit<E>(self) -> Result<Ordered, E> {
        Ok(Ordered::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Ordered, E> {
        Ok(Ordered::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Ordered, E> {
        Ok(Ordered::I64(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Ordered, E> {
        Ok(Ordered::U64(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Ordered, E> {
        Ok(Ordered::F64(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Ordered, E> {
        Ok(Ordered::Str(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Ordered, E> {
        Ok(Ordered::Str(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Ordered, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Seed)? {
            out.push(v);
        }
        Ok(Ordered::Arr(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ordered, A::Error> {
        let mut out = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            out.push((k, map.next_value_seed(Seed)?));
        }
        Ok(Ordered::Obj(out))
    }
}

struct Seed;

impl<'de> de::DeserializeSeed<'de> for Seed {
    type Value = Ordered;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Ordered, D::Error> {
        d.deserialize_any(OrderedVisitor)
    }
}

fn to_value(o: Ordered) -> serde_json::Value {
    match o {
        Ordered::Null => serde_json::Value::Null,
        Ordered::Bool(b) => b.into(),
        Ordered::I64(i) => i.into(),
        Ordered::U64(u) => u.into(),
        Ordered::F64(f) => f.into(),
        Ordered::Str(s) => s.into(),
        Ordered::Arr(a) => a.into_iter().map(to_value).collect(),
        Ordered::Obj(m) => m.into_iter().map(|(k, v)| (k, to_value(v))).collect(),
    }
}

fn to_bson(o: Ordered) -> Result<Bson, String> {
    Ok(match o {
        Ordered::Null => Bson::Null,
        Ordered::Bool(b) => Bson::Boolean(b),
        Ordered::I64(i) => i32::try_from(i).map(Bson::Int32).unwrap_or(Bson::Int64(i)),
        Ordered::U64(u) => match i32::try_from(u) {
            Ok(i) => Bson::Int32(i),
            Err(_) => Bson::Int64(i64::try_from(u).map_err(|_| format!("integer {u} too large"))?),
        },
        Ordered::F64(f) => Bson::Double(f),
        Ordered::Str(s) => Bson::String(s),
        Ordered::Arr(a) => Bson::Array(a.into_iter().map(to_bson).collect::<Result<_, _>>()?),
        Ordered::Obj(m) => {
            if m.first()
                .is_some_and(|(k, _)| EXTJSON_KEYS.contains(&k.as_str()))
            {
                return Bson::try_from(to_value(Ordered::Obj(m)))
                    .map_err(|e| format!("extended JSON: {e}"));
            }
            let mut d = Document::new();
            for (k, v) in m {
                d.insert(k, to_bson(v)?);
            }
            Bson::Document(d)
        }
    })
}

/// Parses extended JSON text into BSON, keeping key order.
pub fn parse(text: &str) -> Result<Bson, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let ordered = de::DeserializeSeed::deserialize(Seed, &mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    to_bson(ordered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_key_order_and_reads_extjson() {
        let b = parse(r#"{"find": "c", "batchSize": 2, "id": {"$oid": "000000000000000000000001"}, "n": {"$numberLong": "5"}, "x": 1.5}"#)
            .unwrap();
        let d = b.as_document().unwrap();
        assert_eq!(
            d.keys().collect::<Vec<_>>(),
            vec!["find", "batchSize", "id", "n", "x"]
        );
        assert!(matches!(d.get("id"), Some(Bson::ObjectId(_))));
        assert_eq!(d.get("n"), Some(&Bson::Int64(5)));
        assert_eq!(d.get("batchSize"), Some(&Bson::Int32(2)));
        assert_eq!(d.get("x"), Some(&Bson::Double(1.5)));
    }
}
