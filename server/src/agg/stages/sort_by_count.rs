//! `$sortByCount`: groups by an expression and sorts the groups by their
//! size, largest first.

use super::Stage;
use crate::error::{Error, ErrorCode, Result};
use crate::expr::{eval_value, Scope, Vars};
use crate::index::keyenc::encode_value;
use bson::{doc, Bson, Document};
use std::collections::HashMap;

pub struct SortByCount(Bson);

impl SortByCount {
    pub fn parse(arg: &Bson) -> Result<SortByCount> {
        match arg {
            Bson::String(s) if s.starts_with('$') => Ok(SortByCount(arg.clone())),
            Bson::Document(d) if d.keys().next().is_some_and(|k| k.starts_with('$')) => {
                Ok(SortByCount(arg.clone()))
            }
            _ => Err(Error::new(
                ErrorCode::Location(40148),
                "the sortByCount field must be defined as a $-prefixed path or an expression",
            )),
        }
    }
}

impl Stage for SortByCount {
    fn apply(&self, input: Vec<Document>, vars: &Vars) -> Result<Vec<Document>> {
        let mut groups: Vec<(Bson, i32)> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        for d in &input {
            let v = eval_value(&self.0, &Scope { root: d, vars })?;
            let mut key = Vec::new();
            encode_value(&v, &mut key);
            let i = *index.entry(key).or_insert_with(|| {
                groups.push((v, 0));
                groups.len() - 1
            });
            groups[i].1 += 1;
        }
        groups.sort_by_key(|g| std::cmp::Reverse(g.1));
        Ok(groups
            .into_iter()
            .map(|(id, n)| doc! { "_id": id, "count": n })
            .collect())
    }
}
