//! Snapshot tests of the planner's choices and explain's plan shapes: a
//! table of named cases, each a collection's indexes and a `find` command,
//! whose `queryPlanner.winningPlan` (as `explain` builds it, see
//! `planner::explain`) is rendered as relaxed extended JSON and
//! compared with `snapshots/`. Review a changed snapshot against what
//! mongod 8.0 prints for the same case before accepting it.

use crate::commands::find::command_collation;
use crate::planner::explain::{choose_plan, winning_plan};
use crate::query::sort::SortSpec;
use crate::query::Filter;
use crate::storage::{CollMeta, IndexMeta};
use bson::{doc, Bson, Document};
use std::fmt::Write;

/// An index spec: `key` named as mongod names it, with extra options.
fn ix(key: Document, options: Document) -> Document {
    let name = key
        .iter()
        .map(|(k, v)| format!("{k}_{}", v.to_string().trim_matches('"')))
        .collect::<Vec<_>>()
        .join("_");
    let mut spec = doc! { "v": 2, "key": key, "name": name };
    spec.extend(options);
    spec
}

/// A collection `test.c` with the `_id` index and `specs` (a spec with
/// `multikey: true` is an index that has seen arrays).
fn collection(specs: &[Document]) -> CollMeta {
    let id = doc! { "v": 2, "key": { "_id": 1 }, "name": "_id_" };
    let indexes = std::iter::once(id)
        .chain(specs.iter().cloned())
        .enumerate()
        .map(|(i, mut spec)| {
            // A test-only marker: the index has seen an array on a path.
            let multikey = spec.remove("multikey").is_some();
            let idx = IndexMeta::from_spec(spec, format!("table:index-{i}"));
            idx.multikey
                .store(multikey, std::sync::atomic::Ordering::Relaxed);
            idx
        })
        .collect();
    CollMeta {
        db: "test".into(),
        name: "c".into(),
        uuid: [0; 16],
        options: Document::new(),
        table: "table:collection".into(),
        indexes,
        next_rid: Default::default(),
        validator: Default::default(),
    }
}

/// The winning plan `explain` reports for the find (or count or
/// findAndModify) command `cmd` (or the planner's error), rendered for a
/// snapshot.
fn explain_find(specs: &[Document], cmd: &Document) -> String {
    let meta = collection(specs);
    let name = cmd.keys().next().cloned().unwrap_or_default();
    let filter_field = if name == "find" { "filter" } else { "query" };
    let filter_doc = cmd.get_document(filter_field).cloned().unwrap_or_default();
    let collation = command_collation(cmd, Some(&meta)).expect("collation");
    let filter = Filter::parse_collated(&filter_doc, collation.clone()).expect("filter");
    let sort = cmd
        .get_document("sort")
        .ok()
        .map(|d| SortSpec::parse(d).expect("sort").with_collation(collation));
    match choose_plan(Some(&meta), &name, cmd, &filter, sort.as_ref()) {
        Ok(plan) => {
            let winning = winning_plan(&name, cmd, &filter_doc, Some(&plan), sort.as_ref());
            let mut out = String::new();
            render(&Bson::Document(winning), 0, &mut out);
            out
        }
        Err(e) => format!("error {:?}: {}", e.code, e.message),
    }
}

/// Relaxed extended JSON, pretty-printed with fields in document order.
fn render(v: &Bson, depth: usize, out: &mut String) {
    let pad = |d: usize| "  ".repeat(d);
    match v {
        Bson::Document(d) if d.is_empty() => out.push_str("{}"),
        Bson::Document(d) => {
            out.push_str("{\n");
            for (i, (k, v)) in d.iter().enumerate() {
                let _ = write!(out, "{}{k:?}: ", pad(depth + 1));
                render(v, depth + 1, out);
                out.push_str(if i + 1 < d.len() { ",\n" } else { "\n" });
            }
            let _ = write!(out, "{}}}", pad(depth));
        }
        Bson::Array(a) if a.is_empty() => out.push_str("[]"),
        Bson::Array(a) => {
            out.push_str("[\n");
            for (i, v) in a.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                render(v, depth + 1, out);
                out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
            }
            let _ = write!(out, "{}]", pad(depth));
        }
        Bson::String(s) => {
            let _ = write!(out, "{s:?}");
        }
        Bson::Int32(i) => {
            let _ = write!(out, "{i}");
        }
        Bson::Int64(i) => {
            let _ = write!(out, "{i}");
        }
        Bson::Double(f) if f.is_finite() => {
            let _ = write!(out, "{f:?}");
        }
        Bson::Double(f) => {
            let s = if f.is_nan() {
                "NaN"
            } else if *f > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            };
            let _ = write!(out, "{{\"$numberDouble\": \"{s}\"}}");
        }
        Bson::Boolean(b) => {
            let _ = write!(out, "{b}");
        }
        Bson::Null => out.push_str("null"),
        Bson::MinKey => out.push_str("{\"$minKey\": 1}"),
        Bson::MaxKey => out.push_str("{\"$maxKey\": 1}"),
        Bson::RegularExpression(r) => {
            let _ = write!(
                out,
                "{{\"$regularExpression\": {{\"pattern\": {:?}, \"options\": {:?}}}}}",
                r.pattern.as_str(),
                r.options.as_str()
            );
        }
        other => panic!("no relaxed extended JSON rendering for {other:?} in snapshot"),
    }
}

/// The cases: a name, the collection's index specs and a find command.
fn cases() -> Vec<(&'static str, Vec<Document>, Document)> {
    let a = || ix(doc! { "a": 1 }, doc! {});
    let b = || ix(doc! { "b": 1 }, doc! {});
    let ab = || ix(doc! { "a": 1, "b": 1 }, doc! {});
    let find = |extra: Document| {
        let mut cmd = doc! { "find": "c" };
        cmd.extend(extra);
        cmd
    };
    vec![
        // Collection scans and the _id fast path.
        (
            "collscan_no_index",
            vec![],
            find(doc! { "filter": { "a": 5 } }),
        ),
        ("collscan_empty_filter", vec![a()], find(doc! {})),
        ("idhack", vec![a()], find(doc! { "filter": { "_id": 5 } })),
        (
            "collscan_unindexed_field",
            vec![a()],
            find(doc! { "filter": { "c": 5 } }),
        ),
        // Single-field indexes.
        ("eq_number", vec![a()], find(doc! { "filter": { "a": 5 } })),
        (
            "eq_string",
            vec![a()],
            find(doc! { "filter": { "a": "x" } }),
        ),
        (
            "range_gt",
            vec![a()],
            find(doc! { "filter": { "a": { "$gt": 5 } } }),
        ),
        (
            "range_lte_descending_index",
            vec![ix(doc! { "a": -1 }, doc! {})],
            find(doc! { "filter": { "a": { "$lte": 5 } } }),
        ),
        (
            "range_two_sided",
            vec![a()],
            find(doc! { "filter": { "a": { "$gte": 5, "$lt": 10 } } }),
        ),
        (
            "range_two_sided_multikey",
            vec![ix(doc! { "a": 1 }, doc! { "multikey": true })],
            find(doc! { "filter": { "a": { "$gte": 5, "$lt": 10 } } }),
        ),
        (
            "range_two_sided_descending_index",
            vec![ix(doc! { "a": -1 }, doc! {})],
            find(doc! { "filter": { "a": { "$gt": 5, "$lte": 10 } } }),
        ),
        (
            "in_points",
            vec![a()],
            find(doc! { "filter": { "a": { "$in": [3, 1, 2] } } }),
        ),
        // Compound indexes.
        (
            "compound_prefix",
            vec![ab()],
            find(doc! { "filter": { "a": 1 } }),
        ),
        (
            "compound_eq_eq",
            vec![ab()],
            find(doc! { "filter": { "a": 1, "b": 2 } }),
        ),
        (
            "compound_eq_range_mixed_directions",
            vec![ix(doc! { "a": 1, "b": -1 }, doc! {})],
            find(doc! { "filter": { "a": 1, "b": { "$lt": 5 } } }),
        ),
        (
            "compound_eq_two_sided_range",
            vec![ab()],
            find(doc! { "filter": { "a": 1, "b": { "$gt": 2, "$lte": 8 } } }),
        ),
        (
            "compound_in_in",
            vec![ab()],
            find(doc! { "filter": { "a": { "$in": [1, 2] }, "b": { "$in": [3, 4] } } }),
        ),
        (
            "compound_no_leading_field",
            vec![ab()],
            find(doc! { "filter": { "b": 2 } }),
        ),
        (
            "compound_preferred_over_prefix",
            vec![a(), ab()],
            find(doc! { "filter": { "a": 1, "b": 2 } }),
        ),
        (
            "and_of_equalities",
            vec![ab()],
            find(doc! { "filter": { "$and": [{ "a": 1 }, { "b": 2 }] } }),
        ),
        // Sorts.
        (
            "sort_provided_forward",
            vec![a()],
            find(doc! { "filter": { "a": { "$gt": 0 } }, "sort": { "a": 1 } }),
        ),
        (
            "sort_provided_backward",
            vec![a()],
            find(doc! { "filter": { "a": { "$gt": 0 } }, "sort": { "a": -1 } }),
        ),
        (
            "sort_only_uses_index",
            vec![a()],
            find(doc! { "sort": { "a": 1 } }),
        ),
        (
            "sort_after_equality_backward",
            vec![ab()],
            find(doc! { "filter": { "a": 1 }, "sort": { "b": -1 } }),
        ),
        (
            "sort_not_provided_with_limit",
            vec![a()],
            find(doc! { "filter": { "a": { "$gt": 0 } }, "sort": { "b": 1 }, "limit": 10 }),
        ),
        (
            "skip_limit_no_sort",
            vec![],
            find(doc! { "filter": { "a": 1 }, "skip": 5, "limit": 10 }),
        ),
        (
            "skip_limit_blocking_sort",
            vec![],
            find(doc! { "sort": { "a": 1 }, "skip": 5, "limit": 10 }),
        ),
        // Hints.
        (
            "hint_by_name",
            vec![a(), b()],
            find(doc! { "filter": { "a": 1, "b": 2 }, "hint": "b_1" }),
        ),
        (
            "hint_by_pattern_unbounded",
            vec![a(), b()],
            find(doc! { "filter": { "a": 1 }, "hint": { "b": 1 } }),
        ),
        (
            "hint_natural_backward",
            vec![a()],
            find(doc! { "filter": { "a": 1 }, "hint": { "$natural": -1 } }),
        ),
        (
            "hint_unknown_index",
            vec![a()],
            find(doc! { "filter": { "a": 1 }, "hint": "nope" }),
        ),
        // $or.
        (
            "or_index_per_branch",
            vec![a(), b()],
            find(doc! { "filter": { "$or": [{ "a": 1 }, { "b": 2 }] } }),
        ),
        (
            "or_branch_without_index",
            vec![a()],
            find(doc! { "filter": { "$or": [{ "a": 1 }, { "c": 2 }] } }),
        ),
        // Index options.
        (
            "partial_index_used",
            vec![ix(
                doc! { "a": 1 },
                doc! { "partialFilterExpression": { "a": { "$gt": 5 } } },
            )],
            find(doc! { "filter": { "a": { "$gt": 10 } } }),
        ),
        (
            "partial_index_not_used",
            vec![ix(
                doc! { "a": 1 },
                doc! { "partialFilterExpression": { "a": { "$gt": 5 } } },
            )],
            find(doc! { "filter": { "a": { "$gt": 1 } } }),
        ),
        (
            "sparse_index_equality",
            vec![ix(doc! { "a": 1 }, doc! { "sparse": true })],
            find(doc! { "filter": { "a": 5 } }),
        ),
        (
            "sparse_index_not_used_for_sort",
            vec![ix(doc! { "a": 1 }, doc! { "sparse": true })],
            find(doc! { "sort": { "a": 1 } }),
        ),
        (
            "hidden_index_ignored",
            vec![ix(doc! { "a": 1 }, doc! { "hidden": true })],
            find(doc! { "filter": { "a": 5 } }),
        ),
        (
            "collation_mismatch_string",
            vec![ix(
                doc! { "a": 1 },
                doc! { "collation": { "locale": "en", "strength": 2 } },
            )],
            find(doc! { "filter": { "a": "x" } }),
        ),
        (
            "collation_mismatch_number",
            vec![ix(
                doc! { "a": 1 },
                doc! { "collation": { "locale": "en", "strength": 2 } },
            )],
            find(doc! { "filter": { "a": 5 } }),
        ),
        (
            "hashed_equality",
            vec![ix(doc! { "a": "hashed" }, doc! {})],
            find(doc! { "filter": { "a": 5 } }),
        ),
        (
            "hashed_range_not_used",
            vec![ix(doc! { "a": "hashed" }, doc! {})],
            find(doc! { "filter": { "a": { "$gt": 5 } } }),
        ),
        // Wildcard indexes.
        (
            "wildcard_all_paths_equality",
            vec![ix(doc! { "$**": 1 }, doc! {})],
            find(doc! { "filter": { "x.y": 5 } }),
        ),
        (
            "wildcard_subtree_range",
            vec![ix(doc! { "a.$**": 1 }, doc! {})],
            find(doc! { "filter": { "a.b": { "$gt": 1 } } }),
        ),
        (
            "wildcard_exists",
            vec![ix(doc! { "$**": 1 }, doc! {})],
            find(doc! { "filter": { "x": { "$exists": true } } }),
        ),
        (
            "wildcard_compound",
            vec![ix(
                doc! { "c": 1, "$**": 1 },
                doc! { "wildcardProjection": { "c": 0 } },
            )],
            find(doc! { "filter": { "c": 1, "d": 2 } }),
        ),
        // Covered projections.
        (
            "covered_projection",
            vec![ab()],
            find(doc! { "filter": { "a": 1 }, "projection": { "a": 1, "b": 1, "_id": 0 } }),
        ),
        (
            "projection_needs_id_fetches",
            vec![ab()],
            find(doc! { "filter": { "a": 1 }, "projection": { "a": 1 } }),
        ),
        (
            "covered_dotted_projection",
            vec![ix(doc! { "a.b": 1 }, doc! {})],
            find(doc! { "filter": { "a.b": 1 }, "projection": { "a.b": 1, "_id": 0 } }),
        ),
        (
            "projection_with_limit",
            vec![a()],
            find(doc! { "filter": { "a": 1 }, "projection": { "a": 1 }, "limit": 3 }),
        ),
        (
            "projection_with_skip_limit",
            vec![],
            find(doc! { "projection": { "a": 1 }, "skip": 2, "limit": 3 }),
        ),
        (
            "projection_with_blocking_sort_and_limit",
            vec![],
            find(doc! { "sort": { "a": 1 }, "projection": { "a": 1 }, "limit": 3 }),
        ),
        (
            "projection_dropping_sort_field",
            vec![],
            find(doc! { "sort": { "a": 1 }, "projection": { "b": 1 } }),
        ),
        (
            "projection_with_blocking_sort",
            vec![],
            find(doc! { "sort": { "a": 1 }, "projection": { "a": 1 } }),
        ),
        // Predicates mongod answers with inexact or complemented bounds.
        (
            "exists_true",
            vec![a()],
            find(doc! { "filter": { "a": { "$exists": true } } }),
        ),
        ("eq_null", vec![a()], find(doc! { "filter": { "a": null } })),
        (
            "ne_number",
            vec![a()],
            find(doc! { "filter": { "a": { "$ne": 5 } } }),
        ),
        (
            "nin_numbers",
            vec![a()],
            find(doc! { "filter": { "a": { "$nin": [1, 2] } } }),
        ),
        (
            "elem_match_value",
            vec![a()],
            find(doc! { "filter": { "a": { "$elemMatch": { "$gt": 1, "$lt": 5 } } } }),
        ),
        (
            "elem_match_object",
            vec![ix(doc! { "arr.x": 1 }, doc! {})],
            find(doc! { "filter": { "arr": { "$elemMatch": { "x": 1 } } } }),
        ),
        // Counts and findAndModify: their stage over the plan.
        (
            "count_with_query",
            vec![a()],
            doc! { "count": "c", "query": { "a": { "$gt": 1 } } },
        ),
        ("count_whole_collection", vec![a()], doc! { "count": "c" }),
        (
            "find_and_modify_update",
            vec![a()],
            doc! { "findAndModify": "c", "query": { "a": 2 }, "update": { "$set": { "b": 1 } } },
        ),
        (
            "find_and_modify_remove",
            vec![a()],
            doc! { "findAndModify": "c", "query": { "a": 2 }, "remove": true },
        ),
    ]
}

#[test]
fn winning_plans() {
    let cases = cases();
    let mut names: Vec<&str> = cases.iter().map(|(n, _, _)| *n).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names must be unique");
    for (name, specs, cmd) in cases {
        let rendered = explain_find(&specs, &cmd);
        insta::with_settings!({ description => cmd.to_string(), omit_expression => true }, {
            insta::assert_snapshot!(name, rendered);
        });
    }
}
