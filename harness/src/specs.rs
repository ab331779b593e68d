//! The files in `specs/`: areas in scope, skip lists with reasons, the quick
//! subset and the pymongo exclusions. All are plain text, one entry a line,
//! `#` comments; entries with a reason use `PATTERN -- REASON`.

use std::path::Path;

/// One unified area and a directory (relative to the sdist's `test/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaDir {
    pub area: String,
    pub dir: String,
}

/// A pattern with the reason it is skipped or excluded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skip {
    pub pattern: String,
    pub reason: String,
}

/// The quick subset: unified id prefixes, and pymongo modules or test node
/// ids (`test_x.py::Class::test_y`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quick {
    pub unified: Vec<String>,
    pub pymongo: Vec<String>,
}

impl Quick {
    /// Whether a run of the subset runs the test `suite:id`: the pymongo
    /// selection runs in the sync suite; its whole modules run in the async
    /// suite too (their twins: single tests are not, as the async suite
    /// names some classes differently); Motor's suite (under a minute) runs
    /// whole.
    pub fn covers(&self, prefixed: &str) -> bool {
        if let Some(id) = prefixed.strip_prefix("unified:") {
            return self.unified.iter().any(|p| id.starts_with(p.as_str()));
        }
        if prefixed.starts_with("motor:") {
            return true;
        }
        if let Some(id) = prefixed
            .strip_prefix("pymongo-async:")
            .and_then(|id| id.strip_prefix("asynchronous/"))
        {
            let module = id.split("::").next().unwrap_or(id);
            return self.pymongo.iter().any(|entry| entry == module);
        }
        let Some(id) = prefixed.strip_prefix("pymongo:") else {
            return false;
        };
        let module = id.split("::").next().unwrap_or(id);
        self.pymongo.iter().any(|entry| {
            if entry.contains("::") {
                // pytest selects a node and its parametrized variants.
                id == entry
                    || id.starts_with(&format!("{entry}["))
                    || id.starts_with(&format!("{entry}::"))
            } else {
                entry == module
            }
        })
    }

    /// The pymongo selection grouped by module: `(module, node ids)`, where
    /// no node ids means the whole module.
    pub fn pymongo_modules(&self) -> Vec<(String, Vec<String>)> {
        let mut out: std::collections::BTreeMap<String, Option<Vec<String>>> = Default::default();
        for entry in &self.pymongo {
            let module = entry.split("::").next().unwrap_or(entry).to_string();
            let slot = out.entry(module).or_insert_with(|| Some(Vec::new()));
            match (entry.contains("::"), slot.as_mut()) {
                (true, Some(nodes)) => nodes.push(entry.clone()),
                (false, _) => *slot = None,
                (true, None) => {}
            }
        }
        out.into_iter()
            .map(|(m, nodes)| (m, nodes.unwrap_or_default()))
            .collect()
    }
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn parse_areas(text: &str) -> Result<Vec<AreaDir>, String> {
    lines(text)
        .map(|l| {
            let mut parts = l.split_whitespace();
            match (parts.next(), parts.next(), parts.next()) {
                (Some(area), Some(dir), None) => Ok(AreaDir {
                    area: area.into(),
                    dir: dir.into(),
                }),
                _ => Err(format!("bad area line: {l:?}")),
            }
        })
        .collect()
}

pub fn parse_skips(text: &str) -> Result<Vec<Skip>, String> {
    lines(text)
        .map(|l| match l.split_once(" -- ") {
            Some((pattern, reason)) if !pattern.trim().is_empty() && !reason.trim().is_empty() => {
                Ok(Skip {
                    pattern: pattern.trim().into(),
                    reason: reason.trim().into(),
                })
            }
            _ => Err(format!("skip line needs `PATTERN -- REASON`: {l:?}")),
        })
        .collect()
}

pub fn parse_quick(text: &str) -> Result<Quick, String> {
    let mut quick = Quick::default();
    for l in lines(text) {
        match l.split_once(char::is_whitespace) {
            Some(("unified", p)) => quick.unified.push(p.trim().into()),
            Some(("pymongo", p)) => quick.pymongo.push(p.trim().into()),
            _ => return Err(format!("bad quick line: {l:?}")),
        }
    }
    Ok(quick)
}

pub fn load_areas(specs: &Path) -> Result<Vec<AreaDir>, String> {
    parse_areas(&read(&specs.join("unified-areas.txt"))?)
}

/// The kinds of reason a unified skip may give (see `specs/unified-skips.txt`).
pub const UNIFIED_SKIP_KINDS: [&str; 3] = ["out of scope:", "driver limit:", "runner limit:"];

pub fn load_unified_skips(specs: &Path) -> Result<Vec<Skip>, String> {
    let skips = parse_skips(&read(&specs.join("unified-skips.txt"))?)?;
    if let Some(bad) = skips
        .iter()
        .find(|s| !UNIFIED_SKIP_KINDS.iter().any(|k| s.reason.starts_with(k)))
    {
        return Err(format!(
            "unified-skips.txt: the reason of {:?} must start with one of {UNIFIED_SKIP_KINDS:?}",
            bad.pattern
        ));
    }
    Ok(skips)
}

pub fn load_pymongo_excludes(specs: &Path) -> Result<Vec<Skip>, String> {
    parse_skips(&read(&specs.join("pymongo-excludes.txt"))?)
}

pub fn load_motor_excludes(specs: &Path) -> Result<Vec<Skip>, String> {
    parse_skips(&read(&specs.join("motor-excludes.txt"))?)
}

pub fn load_quick(specs: &Path) -> Result<Quick, String> {
    parse_quick(&read(&specs.join("quick.txt"))?)
}

/// Ids of pymongo tests that pass with no server at all (may be absent).
pub fn load_client_only(specs: &Path) -> std::collections::BTreeSet<String> {
    std::fs::read_to_string(specs.join("pymongo-client-only.txt"))
        .map(|t| lines(&t).map(String::from).collect())
        .unwrap_or_default()
}

/// Glob match where `*` matches any run of characters.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for mid in &parts[1..parts.len() - 1] {
        match rest.find(mid) {
            Some(i) => rest = &rest[i + mid.len()..],
            None => return false,
        }
    }
    true
}

/// The reason of the first skip whose pattern matches `id`.
pub fn skip_reason<'a>(skips: &'a [Skip], id: &str) -> Option<&'a str> {
    skips
        .iter()
        .find(|s| glob_match(&s.pattern, id))
        .map(|s| s.reason.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("crud/*", "crud/a/b"));
        assert!(glob_match("*/x*y/*", "a/xzy/c"));
        assert!(glob_match("a", "a"));
        assert!(!glob_match("a", "ab"));
        assert!(!glob_match("a*c*a", "aba"));
        assert!(glob_match("a*b*a", "abba"));
        assert!(!glob_match("*/foo", "a/bar"));
    }

    #[test]
    fn skips_need_reasons() {
        let s = parse_skips("# c\nx/* -- out of scope: y\n").unwrap();
        assert_eq!(s[0].pattern, "x/*");
        assert_eq!(skip_reason(&s, "x/1"), Some("out of scope: y"));
        assert!(parse_skips("x/*\n").is_err());
    }

    #[test]
    fn quick_covers_prefixes_modules_and_nodes() {
        let q = parse_quick(
            "unified crud/\npymongo test_a.py\npymongo test_b.py::T::test_x\npymongo test_a.py::T::y\n",
        )
        .unwrap();
        assert!(q.covers("unified:crud/find/x"));
        assert!(!q.covers("unified:gridfs/x"));
        assert!(q.covers("pymongo:test_a.py::Anything::test_z"));
        assert!(q.covers("pymongo:test_b.py::T::test_x"));
        assert!(q.covers("pymongo:test_b.py::T::test_x[1]"));
        assert!(!q.covers("pymongo:test_b.py::T::test_x_other"));
        assert!(q.covers("pymongo-async:asynchronous/test_a.py::AsyncT::test_z"));
        assert!(!q.covers("pymongo-async:asynchronous/test_b.py::T::test_x"));
        assert!(q.covers("motor:tornado_tests/test_motor_basic.py::T::t"));
        assert_eq!(
            q.pymongo_modules(),
            vec![
                ("test_a.py".to_string(), vec![]),
                (
                    "test_b.py".to_string(),
                    vec!["test_b.py::T::test_x".to_string()]
                )
            ]
        );
    }

    #[test]
    fn committed_specs_parse() {
        let dir = crate::paths::specs_dir();
        assert!(!load_areas(&dir).unwrap().is_empty());
        load_unified_skips(&dir).unwrap();
        load_pymongo_excludes(&dir).unwrap();
        let q = load_quick(&dir).unwrap();
        assert!(!q.unified.is_empty() && !q.pymongo.is_empty());
    }
}
