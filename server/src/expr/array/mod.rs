//! The array operators, by family: element access and membership
//! (`elements`), ranges and slices (`slices`), `$zip` (`zip`) and
//! `$sortArray` (`sort`). The set operators, which also take arrays, are in
//! `sets`; `$map`, `$filter` and `$reduce` in `higher`; `$firstN` and its
//! kin in `n_ops`.
//!
//! Part of the expression evaluator: `expr::eval` hands array operators
//! here, and [`eval_op`] passes each to the family that knows it.

mod elements;
mod slices;
mod sort;
mod zip;

use super::Scope;
use crate::error::Result;
use bson::Bson;

pub fn eval_op(op: &str, arg: &Bson, s: &Scope<'_>) -> Result<Option<Option<Bson>>> {
    type Family = fn(&str, &Bson, &Scope<'_>) -> Result<Option<Option<Bson>>>;
    let families: [Family; 4] = [
        elements::eval_op,
        slices::eval_op,
        zip::eval_op,
        sort::eval_op,
    ];
    for family in families {
        if let Some(r) = family(op, arg, s)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}
