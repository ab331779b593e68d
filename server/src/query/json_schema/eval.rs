//! Evaluating a parsed schema against a value. Each keyword has its own
//! check (true = satisfied) so that `explain` can report exactly the
//! keywords that fail; a keyword whose type does not apply to the value is
//! satisfied.

use super::{Additional, Allowed, Bound, Count, Dependency, Items, Schema, Val};
use crate::value::compare::{cmp_num, compare, num_key, values_equal};
use bson::{spec::BinarySubtype, Bson, Document};
use std::cmp::Ordering;

impl Schema {
    pub(super) fn matches(&self, v: Val) -> bool {
        self.pattern_ok(v)
            && self
                .max_length
                .as_ref()
                .is_none_or(|c| length_ok(v, c, true))
            && self
                .min_length
                .as_ref()
                .is_none_or(|c| length_ok(v, c, false))
            && self.multiple_of_ok(v)
            && self.maximum.as_ref().is_none_or(|b| bound_ok(v, b, true))
            && self.minimum.as_ref().is_none_or(|b| bound_ok(v, b, false))
            && self
                .min_items
                .as_ref()
                .is_none_or(|c| items_count_ok(v, c, false))
            && self
                .max_items
                .as_ref()
                .is_none_or(|c| items_count_ok(v, c, true))
            && self.unique_items_ok(v)
            && self.items_ok(v)
            && self.additional_items_ok(v)
            && self.encrypt_ok(v)
            && self.properties_ok(v)
            && self.allowed.as_ref().is_none_or(|a| allowed_ok(v, a))
            && self.missing_required(v).is_empty()
            && self
                .min_properties
                .as_ref()
                .is_none_or(|c| properties_count_ok(v, c, false))
            && self
                .max_properties
                .as_ref()
                .is_none_or(|c| properties_count_ok(v, c, true))
            && self.dependencies_ok(v)
            && self
                .all_of
                .as_ref()
                .is_none_or(|l| l.iter().all(|s| s.matches(v)))
            && self
                .any_of
                .as_ref()
                .is_none_or(|l| l.iter().any(|s| s.matches(v)))
            && self
                .one_of
                .as_ref()
                .is_none_or(|l| l.iter().filter(|s| s.matches(v)).count() == 1)
            && self.not.as_ref().is_none_or(|s| !s.matches(v))
            && self.enum_ok(v)
            && self.types.as_ref().is_none_or(|t| t.set.matches(v))
    }

    pub(super) fn pattern_ok(&self, v: Val) -> bool {
        match (&self.pattern, v.string()) {
            (Some(p), Some(s)) => p.regex.as_ref().is_none_or(|r| r.is_match(s)),
            _ => true,
        }
    }

    pub(super) fn multiple_of_ok(&self, v: Val) -> bool {
        match (&self.multiple_of, v.number()) {
            (Some(m), Some(n)) => is_multiple(n, m),
            _ => true,
        }
    }

    pub(super) fn unique_items_ok(&self, v: Val) -> bool {
        !self.unique_items || v.array().is_none_or(|a| first_duplicate(a).is_none())
    }

    /// The index of the first element that fails `items`, if any.
    pub(super) fn items_failure(&self, v: Val) -> Option<usize> {
        let array = v.array()?;
        match self.items.as_ref()? {
            Items::All(s) => array.iter().position(|e| !s.matches(Val::of(e))),
            Items::Tuple(list) => array
                .iter()
                .zip(list)
                .position(|(e, s)| !s.matches(Val::of(e))),
        }
    }

    fn items_ok(&self, v: Val) -> bool {
        self.items_failure(v).is_none()
    }

    /// `additionalItems` applies only after an `items` array of schemas;
    /// returns the index of the first element it rejects.
    pub(super) fn additional_items_failure(&self, v: Val) -> Option<usize> {
        let array = v.array()?;
        let Some(Items::Tuple(list)) = &self.items else {
            return None;
        };
        let start = list.len();
        match self.additional_items.as_ref()? {
            Additional::Bool(true) => None,
            Additional::Bool(false) => (array.len() > start).then_some(start),
            Additional::Schema(s) => array
                .iter()
                .skip(start)
                .position(|e| !s.matches(Val::of(e)))
                .map(|i| i + start),
        }
    }

    fn additional_items_ok(&self, v: Val) -> bool {
        self.additional_items_failure(v).is_none()
    }

    /// `None` when `encrypt` is satisfied; otherwise whether the value was
    /// encrypted at all (so the failure is the encrypted value's type).
    pub(super) fn encrypt_failure(&self, v: Val) -> Option<bool> {
        let enc = self.encrypt.as_ref()?;
        let Val::Other(Bson::Binary(bin)) = v else {
            return Some(false);
        };
        if bin.subtype != BinarySubtype::Encrypted {
            return Some(false);
        }
        let Some(types) = &enc.types else {
            return None;
        };
        // The FLE blob header: a subtype byte (1 = deterministic, 2 =
        // random), the 16-byte key UUID, then the original BSON type.
        let original_ok = bin.bytes.len() >= 18
            && matches!(bin.bytes[0], 1 | 2)
            && types.has_code(bin.bytes[17] as i8 as i32);
        (!original_ok).then_some(true)
    }

    fn encrypt_ok(&self, v: Val) -> bool {
        self.encrypt_failure(v).is_none()
    }

    fn properties_ok(&self, v: Val) -> bool {
        let Some(doc) = v.doc() else { return true };
        self.properties
            .iter()
            .all(|(name, s)| doc.get(name).is_none_or(|x| s.matches(Val::of(x))))
    }

    /// The required properties the value (if an object) lacks, in sorted
    /// order.
    pub(super) fn missing_required(&self, v: Val) -> Vec<String> {
        match (&self.required, v.doc()) {
            (Some((_, names)), Some(doc)) => names
                .iter()
                .filter(|n| !doc.contains_key(n.as_str()))
                .cloned()
                .collect(),
            _ => Vec::new(),
        }
    }

    fn dependencies_ok(&self, v: Val) -> bool {
        let (Some(deps), Some(doc)) = (&self.dependencies, v.doc()) else {
            return true;
        };
        deps.entries
            .iter()
            .all(|(name, dep)| dependency_ok(v, doc, name, dep))
    }

    pub(super) fn enum_ok(&self, v: Val) -> bool {
        self.enumeration
            .as_ref()
            .is_none_or(|(_, values)| values.iter().any(|e| val_equal(v, e)))
    }
}

pub(super) fn length_ok(v: Val, c: &Count, is_max: bool) -> bool {
    // Lengths are in code points, as mongod counts them.
    v.string().is_none_or(|s| {
        let len = s.chars().count() as i64;
        if is_max {
            len <= c.n
        } else {
            len >= c.n
        }
    })
}

pub(super) fn items_count_ok(v: Val, c: &Count, is_max: bool) -> bool {
    v.array().is_none_or(|a| {
        let len = a.len() as i64;
        if is_max {
            len <= c.n
        } else {
            len >= c.n
        }
    })
}

pub(super) fn properties_count_ok(v: Val, c: &Count, is_max: bool) -> bool {
    v.doc().is_none_or(|d| {
        let len = d.len() as i64;
        if is_max {
            len <= c.n
        } else {
            len >= c.n
        }
    })
}

/// `minimum`/`maximum` on a number. As in mongod's comparison operators,
/// NaN compares equal only to NaN and fails every other comparison.
pub(super) fn bound_ok(v: Val, b: &Bound, is_max: bool) -> bool {
    let Some(n) = v.number() else { return true };
    let (Some(x), Some(y)) = (num_key(n), num_key(&b.value)) else {
        return true;
    };
    if x.approx.is_nan() || y.approx.is_nan() {
        return !b.exclusive && x.approx.is_nan() && y.approx.is_nan();
    }
    match (cmp_num(x, y), is_max) {
        (Ordering::Equal, _) => !b.exclusive,
        (Ordering::Less, max) => max,
        (Ordering::Greater, max) => !max,
    }
}

/// `patternProperties` and `additionalProperties` on an object.
pub(super) fn allowed_ok(v: Val, a: &Allowed) -> bool {
    let Some(doc) = v.doc() else { return true };
    doc.iter().all(|(name, value)| {
        let mut matched = false;
        for p in &a.patterns {
            if p.regex.is_match(name) {
                matched = true;
                if !p.schema.matches(Val::of(value)) {
                    return false;
                }
            }
        }
        matched || a.properties.contains(name) || additional_ok(a, value)
    })
}

fn additional_ok(a: &Allowed, value: &Bson) -> bool {
    match &a.additional {
        None | Some(Additional::Bool(true)) => true,
        Some(Additional::Bool(false)) => false,
        Some(Additional::Schema(s)) => s.matches(Val::of(value)),
    }
}

/// The fields of `doc` that neither `properties` nor a pattern names.
pub(super) fn additional_properties<'a>(doc: &'a Document, a: &Allowed) -> Vec<&'a String> {
    doc.keys()
        .filter(|k| !a.properties.contains(k) && !a.patterns.iter().any(|p| p.regex.is_match(k)))
        .collect()
}

pub(super) fn dependency_ok(v: Val, doc: &Document, name: &str, dep: &Dependency) -> bool {
    if !doc.contains_key(name) {
        return true;
    }
    match dep {
        Dependency::Properties(names) => names.iter().all(|n| doc.contains_key(n.as_str())),
        Dependency::Schema(s) => s.matches(v),
    }
}

/// Equality as mongod's `enum` and `uniqueItems` use it: numbers equal
/// across types, and objects equal regardless of field order (at any depth).
pub(super) fn bson_equal(a: &Bson, b: &Bson) -> bool {
    match (a, b) {
        (Bson::Document(x), Bson::Document(y)) => docs_equal(x, y),
        (Bson::Array(x), Bson::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| bson_equal(p, q))
        }
        (Bson::Document(_) | Bson::Array(_), _) | (_, Bson::Document(_) | Bson::Array(_)) => false,
        _ => values_equal(a, b),
    }
}

fn docs_equal(x: &Document, y: &Document) -> bool {
    x.len() == y.len()
        && x.iter()
            .all(|(k, v)| y.get(k).is_some_and(|w| bson_equal(v, w)))
}

fn val_equal(v: Val, b: &Bson) -> bool {
    match (v, b) {
        (Val::Doc(d), Bson::Document(e)) => docs_equal(d, e),
        (Val::Doc(_), _) => false,
        (Val::Other(x), _) => bson_equal(x, b),
    }
}

/// The value with every document's fields sorted by name, so that mongod's
/// total order puts field-order variants of one object side by side.
fn canonical(v: &Bson) -> Bson {
    match v {
        Bson::Document(d) => {
            let mut fields: Vec<(&String, &Bson)> = d.iter().collect();
            fields.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            Bson::Document(
                fields
                    .into_iter()
                    .map(|(k, v)| (k.clone(), canonical(v)))
                    .collect(),
            )
        }
        Bson::Array(a) => Bson::Array(a.iter().map(canonical).collect()),
        other => other.clone(),
    }
}

/// The index of the first element equal (in [`bson_equal`]'s sense) to an
/// earlier one: the value mongod reports as `duplicatedValue`.
pub(super) fn first_duplicate(values: &[Bson]) -> Option<usize> {
    if values.len() < 2 {
        return None;
    }
    let keys: Vec<Bson> = values.iter().map(canonical).collect();
    let mut order: Vec<usize> = (0..values.len()).collect();
    // Stable, so each run of equal values lists its indexes in order and
    // its second index is where the first repeat happens.
    order.sort_by(|&i, &j| compare(&keys[i], &keys[j]));
    order
        .windows(2)
        .filter(|w| compare(&keys[w[0]], &keys[w[1]]) == Ordering::Equal)
        .map(|w| w[1])
        .min()
}

/// A finite number as `mantissa * 10^exponent`.
#[derive(Debug, Clone, Copy)]
struct Decimal {
    negative: bool,
    mantissa: u128,
    exponent: i32,
}

/// A number as mongod's `multipleOf` sees it: as a Decimal128, with doubles
/// converted at 15 significant digits (so `0.3` is a multiple of `0.1`).
/// `None` for NaN and infinities.
fn decimal(v: &Bson) -> Option<Decimal> {
    let (negative, mantissa, exponent) = match v {
        Bson::Int32(i) => (*i < 0, i.unsigned_abs() as u128, 0),
        Bson::Int64(i) => (*i < 0, i.unsigned_abs() as u128, 0),
        Bson::Double(d) => {
            if !d.is_finite() {
                return None;
            }
            let s = format!("{:.14e}", d.abs());
            let (digits, exp) = s.split_once('e')?;
            let digits: String = digits.chars().filter(|c| *c != '.').collect();
            (
                *d < 0.0,
                digits.parse().ok()?,
                exp.parse::<i32>().ok()? - 14,
            )
        }
        Bson::Decimal128(d) => parse_decimal(&d.to_string())?,
        _ => return None,
    };
    let mut dec = Decimal {
        negative,
        mantissa,
        exponent,
    };
    while dec.mantissa != 0 && dec.mantissa.is_multiple_of(10) {
        dec.mantissa /= 10;
        dec.exponent += 1;
    }
    Some(dec)
}

/// Parses Decimal128's string form ("-12.5", "1.5E+3"); `None` for NaN and
/// infinities.
fn parse_decimal(s: &str) -> Option<(bool, u128, i32)> {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (number, exp) = match s.find(['E', 'e']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = number.split_once('.').unwrap_or((number, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let digits = format!("{int}{frac}");
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((negative, digits.parse().ok()?, exp - frac.len() as i32))
}

/// Whether `multipleOf`'s argument is zero or negative (which mongod
/// rejects); NaN passes, as in mongod.
pub(super) fn not_positive(v: &Bson) -> bool {
    match decimal(v) {
        Some(d) => d.mantissa == 0 || d.negative,
        None => crate::value::as_f64(v).is_some_and(|f| f < 0.0),
    }
}

/// `value` is an integral multiple of `divisor`: the decimal remainder is
/// exactly zero.
fn is_multiple(value: &Bson, divisor: &Bson) -> bool {
    let Some(a) = decimal(value) else {
        return false;
    };
    if a.mantissa == 0 {
        return true;
    }
    let Some(b) = decimal(divisor) else {
        return false;
    };
    if b.mantissa == 0 {
        return false;
    }
    if a.exponent >= b.exponent {
        // a.mantissa * 10^k mod b.mantissa, without overflow.
        let k = (a.exponent - b.exponent) as u32;
        let m = b.mantissa;
        mul_mod(a.mantissa % m, pow10_mod(k, m), m) == 0
    } else {
        // The divisor's scaled mantissa; if it overflows it exceeds the
        // value, which then is its own non-zero remainder.
        let scale = 10u128.checked_pow((b.exponent - a.exponent) as u32);
        match scale.and_then(|s| s.checked_mul(b.mantissa)) {
            Some(m) => a.mantissa % m == 0,
            None => false,
        }
    }
}

/// `(a * b) % m` for `a, b < m < 2^127`.
fn mul_mod(mut a: u128, mut b: u128, m: u128) -> u128 {
    let mut r = 0u128;
    while b > 0 {
        if b & 1 == 1 {
            r = (r + a) % m;
        }
        a = (a << 1) % m;
        b >>= 1;
    }
    r
}

fn pow10_mod(mut k: u32, m: u128) -> u128 {
    let (mut base, mut r) = (10 % m, 1 % m);
    while k > 0 {
        if k & 1 == 1 {
            r = mul_mod(r, base, m);
        }
        base = mul_mod(base, base, m);
        k >>= 1;
    }
    r
}
