//! mongod's rules for a wildcard index spec: the key pattern, the options
//! wildcard indexes refuse, and the `wildcardProjection` (parsed into the
//! projection the index applies, with the stricter checks a compound
//! wildcard index adds).

use super::{is_wildcard_field, Proj, Tree};
use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};

fn cannot_create(why: impl Into<String>) -> Error {
    Error::new(ErrorCode::CannotCreateIndex, why)
}

/// mongod's key pattern and `wildcardProjection` rules for an index whose
/// key pattern has a wildcard component or whose spec has a projection.
/// The messages are the reasons only: `createIndexes` puts them in its
/// "Error in specification" context.
pub fn validate(spec: &Document, key: &Document) -> Result<()> {
    let wild: Vec<&String> = key.keys().filter(|f| is_wildcard_field(f)).collect();
    let plugin_string = key.values().find_map(|v| v.as_str());
    let is_wildcard = !wild.is_empty() && plugin_string.is_none();
    if let Some(proj) = spec.get("wildcardProjection") {
        if !is_wildcard {
            return Err(Error::bad_value(
                "The field 'wildcardProjection' is only allowed in 'wildcard' indexes",
            ));
        }
        if !matches!(proj, Bson::Document(_)) {
            return Err(Error::type_mismatch(format!(
                "The field 'wildcardProjection' must be a non-empty object, but got {}",
                crate::value::type_name(proj)
            )));
        }
    }
    if !is_wildcard {
        return Ok(());
    }
    if wild.len() > 1 {
        return Err(Error::new(
            ErrorCode::Location(7246201),
            "Index Key can contain only one wildcard index field",
        ));
    }
    // The wildcard component's subtree may not contain a regular field.
    if let Some(root) = wild[0].strip_suffix(".$**") {
        for f in key.keys().filter(|f| !is_wildcard_field(f)) {
            if is_prefix_or_equal(root, f) {
                return Err(Error::new(
                    ErrorCode::Location(7246204),
                    format!("A wildcard index field should not overlap with and index key fields if wildcard projection is empty, however '{f}' is overlapping with the wildcard index field."),
                ));
            }
        }
    }
    let compound = key.len() > 1;
    let proj = match spec.get("wildcardProjection") {
        Some(Bson::Document(p)) => p,
        _ if compound && wild[0] == "$**" => return Err(cannot_create(
            "Compound wildcard indexes on all fields must also specify 'wildcardProjection' option",
        )),
        _ => return Ok(()),
    };
    if !key.contains_key("$**") {
        return Err(Error::failed_to_parse(
            "The field 'wildcardProjection' is only allowed when 'key' is {\"$**\": ±1} or {\"$**\": \"columnstore\"}",
        ));
    }
    if proj.is_empty() {
        return Err(Error::failed_to_parse(
            "The 'wildcardProjection' field can't be an empty object",
        ));
    }
    if compound {
        validate_compound_projection(key, proj)?;
    }
    parse_projection(proj).map(|_| ()).map_err(|e| {
        Error::new(
            e.code,
            format!(
                "Failed to parse projection: wildcardProjection :: caused by :: {}",
                e.message
            ),
        )
    })
}

/// What wildcard indexes refuse (mongod reports these without the spec).
pub fn check_options(spec: &Document) -> Result<()> {
    let invalid = |opt: &str| format!("Index type 'wildcard' does not support the '{opt}' option");
    if spec.get("sparse").is_some_and(crate::value::truthy) {
        return Err(cannot_create(invalid("sparse")));
    }
    if spec.get("unique").is_some_and(crate::value::truthy) {
        return Err(cannot_create(invalid("unique")));
    }
    if spec.contains_key("expireAfterSeconds") {
        return Err(cannot_create(format!(
            "cannot make a TTL index :: caused by :: {}",
            invalid("expireAfterSeconds")
        )));
    }
    match spec.get("v").and_then(crate::value::as_f64) {
        Some(1.0) => Err(cannot_create(
            "Index type 'wildcard' is not allowed with index version v: 1",
        )),
        Some(v) if v != 2.0 => Err(cannot_create(format!(
            "Invalid index specification {spec}; cannot create an index with v={v}"
        ))),
        _ => Ok(()),
    }
}

/// `a` is `b` or a path prefix of it (`a.b` of `a.b.c`, not of `a.bc`).
fn is_prefix_or_equal(a: &str, b: &str) -> bool {
    b == a || b.strip_prefix(a).is_some_and(|rest| rest.starts_with('.'))
}

/// mongod's rules for the projection of a compound wildcard index: its
/// paths do not overlap, it includes none of the regular fields or excludes
/// all of them, and it mixes inclusion and exclusion only for `_id`.
fn validate_compound_projection(key: &Document, proj: &Document) -> Result<()> {
    let mut regular: Vec<&str> = key
        .keys()
        .filter(|f| !is_wildcard_field(f))
        .map(String::as_str)
        .collect();
    let mut flat = Vec::new();
    compound_paths(proj, "", &mut flat)?;
    let (mut inc, mut exc) = (Vec::new(), Vec::new());
    for (path, include) in &flat {
        if *include {
            inc.push(path.as_str());
        } else {
            exc.push(path.as_str());
        }
    }
    for set in [&inc, &exc] {
        for (i, a) in set.iter().enumerate() {
            if let Some(b) = set[i + 1..]
                .iter()
                .find(|b| is_prefix_or_equal(a, b) || is_prefix_or_equal(b, a))
            {
                return Err(Error::new(
                    ErrorCode::Location(7246200),
                    format!("Fields in Wildcard Projection cannot overlap, however '{a}' is overlapped with '{b}"),
                ));
            }
        }
    }
    // Inclusions and exclusions mix only through `_id`; an `_id` on the
    // minority side takes no part in the checks below.
    if !inc.is_empty() && !exc.is_empty() {
        if inc == ["_id"] {
            inc.clear();
        } else if exc == ["_id"] {
            exc.clear();
        } else {
            return Err(Error::new(
                ErrorCode::Location(7246211),
                "Inclusion and exclusion statements cannot combine in the wildcardProjection with an exception of explicitly including _id field",
            ));
        }
    }
    // Paths order by their components, as mongod's FieldRef does.
    let by_parts = |a: &&str, b: &&str| a.split('.').cmp(b.split('.'));
    regular.sort_unstable_by(by_parts);
    inc.sort_unstable_by(by_parts);
    exc.sort_unstable_by(by_parts);
    for f in &regular {
        if let Some(p) = inc.iter().find(|p| is_prefix_or_equal(p, f)) {
            return Err(Error::new(
                ErrorCode::Location(7246208),
                format!("Index Key and Wildcard Projection cannot contain overlapping fields, however '{f}' index field is ovverlapping with '{p}' wildcardProjection path."),
            ));
        }
    }
    if !exc.is_empty() {
        // Every regular field must be excluded (at or under an excluded
        // path). mongod walks both sorted lists and reports a field sorting
        // before the next exclusion with 7246209, one after them all with
        // 7246210.
        let mut next = 0;
        for f in &regular {
            loop {
                match exc.get(next) {
                    Some(p) if is_prefix_or_equal(p, f) => break,
                    Some(p) if by_parts(p, f).is_lt() => next += 1,
                    Some(_) => {
                        return Err(Error::new(
                            ErrorCode::Location(7246209),
                            format!("wildcardProjection paths must exclude all regular index fields, however '{f}'is not excluded."),
                        ))
                    }
                    None => {
                        return Err(Error::new(
                            ErrorCode::Location(7246210),
                            format!("wildcardProjection paths must exclude all regular index fields, however '{f}'is not excluded."),
                        ))
                    }
                }
            }
        }
    }
    Ok(())
}

/// The (path, included) entries of a compound index's projection; nested
/// objects name dotted paths.
fn compound_paths(d: &Document, prefix: &str, out: &mut Vec<(String, bool)>) -> Result<()> {
    for (k, v) in d {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Bson::Document(sub) if !sub.is_empty() && !sub.keys().any(|k| k.starts_with('$')) => {
                compound_paths(sub, &path, out)?;
            }
            Bson::Double(_)
            | Bson::Int32(_)
            | Bson::Int64(_)
            | Bson::Decimal128(_)
            | Bson::Boolean(_) => out.push((path, crate::value::truthy(v))),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(7246207),
                    format!(
                        "Fields in wildcardProjection must be numbers, however '{k}: {v}' is a {}.",
                        crate::value::type_name(v)
                    ),
                ))
            }
        }
    }
    Ok(())
}

/// Parses a `wildcardProjection` as mongod's projection parser does for
/// wildcard indexes: paths (dotted, or nested objects) with numeric or
/// boolean values, no computed fields, all inclusions or all exclusions
/// apart from `_id`, which is left out unless explicitly included.
pub(super) fn parse_projection(spec: &Document) -> Result<Proj> {
    let mut flat = Vec::new();
    flatten(spec, "", &mut flat)?;
    let mut id: Option<bool> = None;
    let mut mode: Option<bool> = None;
    let mut tree = Tree::default();
    for (path, include) in &flat {
        if path == "_id" {
            id = Some(*include);
            continue;
        }
        match mode {
            None => mode = Some(*include),
            Some(true) if !include => {
                return Err(Error::new(
                    ErrorCode::Location(31254),
                    format!("Cannot do exclusion on field {path} in inclusion projection"),
                ))
            }
            Some(false) if *include => {
                return Err(Error::new(
                    ErrorCode::Location(31253),
                    format!("Cannot do inclusion on field {path} in exclusion projection"),
                ))
            }
            _ => {}
        }
        insert_path(&mut tree, path)?;
    }
    let include = mode.unwrap_or(id == Some(true));
    let touches_id = flat.iter().any(|(p, _)| p.starts_with("_id."));
    if include && id == Some(true) {
        insert_path(&mut tree, "_id")?;
    }
    if !include && id != Some(true) && !touches_id {
        insert_path(&mut tree, "_id")?;
    }
    Ok(if include {
        Proj::Include(tree)
    } else {
        Proj::Exclude(tree)
    })
}

fn flatten(d: &Document, prefix: &str, out: &mut Vec<(String, bool)>) -> Result<()> {
    for (k, v) in d {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        for part in k.split('.') {
            if part.is_empty() {
                return Err(Error::new(
                    ErrorCode::Location(15998),
                    "FieldPath field names may not be empty strings.",
                ));
            }
            if part.starts_with('$') {
                return Err(Error::new(
                    ErrorCode::Location(16410),
                    format!("FieldPath field names may not start with '$'. Consider using $getField or $setField. (in {path})"),
                ));
            }
        }
        match v {
            Bson::Document(sub) if sub.is_empty() => {
                return Err(Error::new(
                    ErrorCode::Location(51270),
                    format!("An empty sub-projection is not a valid value. Found empty object at path {path}"),
                ))
            }
            Bson::Document(sub) if !sub.keys().any(|k| k.starts_with('$')) => {
                flatten(sub, &path, out)?;
            }
            Bson::Double(_)
            | Bson::Int32(_)
            | Bson::Int64(_)
            | Bson::Decimal128(_)
            | Bson::Boolean(_) => out.push((path, crate::value::truthy(v))),
            _ => {
                return Err(Error::new(
                    ErrorCode::Location(51271),
                    "Bad projection specification, cannot use computed fields when parsing a spec in kBanComputedFields mode",
                ))
            }
        }
    }
    Ok(())
}

/// Adds a path to a projection tree; a path at or under another one is a
/// collision, as in mongod.
fn insert_path(tree: &mut Tree, path: &str) -> Result<()> {
    let parts: Vec<&str> = path.split('.').collect();
    let mut node = tree;
    for (i, p) in parts.iter().enumerate() {
        let exists = node.0.contains_key(*p);
        let child = node.0.entry((*p).to_string()).or_default();
        if exists && child.is_leaf() {
            let at = parts[..=i].join(".");
            return Err(Error::new(
                ErrorCode::Location(31250),
                if i + 1 == parts.len() {
                    format!("Path collision at {at}")
                } else {
                    format!(
                        "Path collision at {path} remaining portion {}",
                        parts[i + 1..].join(".")
                    )
                },
            ));
        }
        if i + 1 == parts.len() && !child.is_leaf() {
            return Err(Error::new(
                ErrorCode::Location(31249),
                format!("Path collision at {path}"),
            ));
        }
        node = child;
    }
    Ok(())
}
