//! Tests of the window functions, each parsed from its spec and computed
//! over a small sorted partition as `$setWindowFields` would.

use super::common::Ctx;
use super::spec::WindowFn;
use crate::error::{ErrorCode, Result};
use crate::expr::Vars;
use crate::query::sort::SortSpec;
use bson::{bson, doc, Bson, Document};

fn run(out: Bson, sort: Option<Document>, docs: &[Document]) -> Result<Vec<Option<Bson>>> {
    let vars = Vars::new();
    let sort = sort.map(|s| SortSpec::parse(&s).unwrap());
    let f = WindowFn::parse("out", &out, sort.as_ref(), &vars)?;
    let keys: Vec<Vec<Bson>> = match &sort {
        Some(s) => docs.iter().map(|d| s.key(d)).collect(),
        None => Vec::new(),
    };
    let sort_vals: Vec<Option<Bson>> = match &sort {
        Some(s) if s.fields.len() == 1 => docs
            .iter()
            .map(|d| crate::expr::field_path(&Bson::Document(d.clone()), &s.fields[0].0.join(".")))
            .collect(),
        _ => Vec::new(),
    };
    let ctx = Ctx {
        docs,
        keys: &keys,
        sort: sort.as_ref(),
        sort_vals: &sort_vals,
        vars: &vars,
    };
    f.compute(&ctx)
}

fn docs(xs: &[(i32, Bson)]) -> Vec<Document> {
    xs.iter()
        .map(|(t, v)| {
            let mut d = doc! {"t": *t};
            if !matches!(v, Bson::Undefined) {
                d.insert("v", v.clone());
            }
            d
        })
        .collect()
}

fn vals(v: Vec<Option<Bson>>) -> Bson {
    Bson::Array(
        v.into_iter()
            .map(|x| x.unwrap_or(bson!("MISSING")))
            .collect(),
    )
}

/// Five documents sorted by `t`, with a tie at 2 and a missing `v`.
fn sample() -> Vec<Document> {
    docs(&[
        (1, bson!(4)),
        (2, bson!(2)),
        (2, bson!(null)),
        (4, bson!(8)),
        (7, Bson::Undefined),
    ])
}

fn by_t() -> Option<Document> {
    Some(doc! {"t": 1})
}

/// Runs each (spec, sortBy, expected values) case over [`sample`].
fn check(cases: Vec<(Bson, Option<Document>, Bson)>) {
    let d = sample();
    for (spec, sort, want) in cases {
        let got = run(spec.clone(), sort, &d).unwrap_or_else(|e| panic!("{spec}: {e:?}"));
        assert_eq!(vals(got), want, "{spec}");
    }
}

#[test]
fn accumulator_functions() {
    let cases: Vec<(Bson, Option<Document>, Bson)> = vec![
        (bson!({"$sum": "$v"}), None, bson!([14, 14, 14, 14, 14])),
        (
            bson!({"$sum": "$v", "window": {"documents": ["unbounded", "current"]}}),
            by_t(),
            bson!([4, 6, 6, 14, 14]),
        ),
        (
            bson!({"$sum": "$v", "window": {"documents": [-1, 0]}}),
            by_t(),
            bson!([4, 6, 2, 8, 8]),
        ),
        (
            bson!({"$sum": "$v", "window": {"documents": [1, 2]}}),
            by_t(),
            bson!([2, 8, 8, 0, 0]),
        ),
        (
            bson!({"$count": {}, "window": {"range": [-1, 1]}}),
            by_t(),
            bson!([3, 3, 3, 1, 1]),
        ),
        (
            bson!({"$avg": "$v", "window": {"documents": ["unbounded", "current"]}}),
            by_t(),
            bson!([4.0, 3.0, 3.0, 14.0 / 3.0, 14.0 / 3.0]),
        ),
        (
            bson!({"$avg": "$v", "window": {"documents": [4, 4]}}),
            by_t(),
            bson!([null, null, null, null, null]),
        ),
        (
            bson!({"$min": "$v", "window": {"documents": [-1, 1]}}),
            by_t(),
            bson!([2, 2, 2, 8, 8]),
        ),
        (
            bson!({"$max": "$v", "window": {"documents": [-1, 1]}}),
            by_t(),
            bson!([4, 4, 8, 8, 8]),
        ),
        (
            bson!({"$push": "$v", "window": {"documents": [-1, 0]}}),
            by_t(),
            bson!([[4], [4, 2], [2, null], [null, 8], [8]]),
        ),
        (
            bson!({"$addToSet": "$t", "window": {"documents": [0, 2]}}),
            by_t(),
            bson!([[1, 2], [2, 4], [2, 4, 7], [4, 7], [7]]),
        ),
        (
            bson!({"$first": "$v", "window": {"documents": [-1, 0]}}),
            by_t(),
            bson!([4, 4, 2, null, 8]),
        ),
        (
            bson!({"$last": "$v", "window": {"documents": [0, 1]}}),
            by_t(),
            bson!([2, null, 8, "MISSING", "MISSING"]),
        ),
        (
            bson!({"$last": "$v", "window": {"documents": [5, 6]}}),
            by_t(),
            bson!([null, null, null, null, null]),
        ),
        (
            bson!({"$firstN": {"n": 2, "input": "$v"}, "window": {"documents": [0, 2]}}),
            by_t(),
            bson!([[4, 2], [2, null], [null, 8], [8, null], [null]]),
        ),
        (
            bson!({"$topN": {"n": 2, "output": "$t", "sortBy": {"v": -1}}}),
            by_t(),
            bson!([[4, 1], [4, 1], [4, 1], [4, 1], [4, 1]]),
        ),
        (
            bson!({"$median": {"input": "$v", "method": "approximate"}, "window": {"documents": ["unbounded", "current"]}}),
            by_t(),
            bson!([4.0, 2.0, 2.0, 4.0, 4.0]),
        ),
        (
            bson!({"$stdDevPop": "$v", "window": {"documents": [0, 1]}}),
            by_t(),
            bson!([1.0, 0.0, 0.0, 0.0, null]),
        ),
        (
            bson!({"$stdDevSamp": "$t", "window": {"documents": [0, 1]}}),
            by_t(),
            bson!([0.5f64.sqrt(), 0.0, 2f64.sqrt(), 4.5f64.sqrt(), null]),
        ),
        (
            bson!({"$covariancePop": ["$t", "$t"], "window": {"documents": [0, 1]}}),
            by_t(),
            bson!([0.25, 0.0, 1.0, 2.25, 0.0]),
        ),
        (
            bson!({"$covarianceSamp": ["$t", "$t"], "window": {"documents": [0, 1]}}),
            by_t(),
            bson!([0.5, 0.0, 2.0, 4.5, null]),
        ),
    ];
    check(cases);
}

#[test]
fn positional_functions() {
    let cases: Vec<(Bson, Option<Document>, Bson)> = vec![
        (bson!({"$rank": {}}), by_t(), bson!([1, 2, 2, 4, 5])),
        (bson!({"$denseRank": {}}), by_t(), bson!([1, 2, 2, 3, 4])),
        (
            bson!({"$documentNumber": {}}),
            by_t(),
            bson!([1, 2, 3, 4, 5]),
        ),
        (
            bson!({"$shift": {"output": "$v", "by": 1, "default": "none"}}),
            by_t(),
            bson!([2, null, 8, "MISSING", "none"]),
        ),
        (
            bson!({"$shift": {"output": "$t", "by": -2}}),
            by_t(),
            bson!([null, null, 1, 2, 2]),
        ),
    ];
    check(cases);
}

#[test]
fn series_and_calculus_functions() {
    let cases: Vec<(Bson, Option<Document>, Bson)> = vec![
        (bson!({"$locf": "$v"}), by_t(), bson!([4, 2, 2, 8, 8])),
        (
            bson!({"$expMovingAvg": {"input": "$t", "alpha": 0.5}}),
            by_t(),
            bson!([1.0, 1.5, 1.75, 2.875, 4.9375]),
        ),
        (
            bson!({"$integral": {"input": "$t"}, "window": {"documents": [-1, 0]}}),
            by_t(),
            bson!([0, 1.5, 0.0, 6.0, 16.5]),
        ),
        (
            bson!({"$derivative": {"input": "$t"}, "window": {"documents": [-1, 0]}}),
            by_t(),
            bson!([null, 1.0, null, 1.0, 1.0]),
        ),
    ];
    check(cases);
}

#[test]
fn sums_keep_mongod_types() {
    let d = vec![
        doc! {"v": i32::MAX},
        doc! {"v": 1},
        doc! {"v": Bson::Int64(2)},
        doc! {"v": 0.5},
    ];
    let got = run(
        bson!({"$sum": "$v", "window": {"documents": ["unbounded", "current"]}}),
        Some(doc! {"x": 1}),
        &d,
    )
    .unwrap();
    assert_eq!(
        vals(got),
        bson!([
            i32::MAX,
            Bson::Int64(i32::MAX as i64 + 1),
            Bson::Int64(i32::MAX as i64 + 3),
            (i32::MAX as f64) + 3.5
        ])
    );
}

#[test]
fn derivative_and_integral_over_dates() {
    let day = 86_400_000i64;
    let d: Vec<Document> = [(0, 0), (1, 10), (3, 40)]
        .iter()
        .map(|(t, v)| doc! {"t": bson::DateTime::from_millis(t * day), "v": *v})
        .collect();
    let by_t = || Some(doc! {"t": 1});
    let got = run(
        bson!({"$derivative": {"input": "$v", "unit": "day"}, "window": {"documents": [-1, 0]}}),
        by_t(),
        &d,
    )
    .unwrap();
    let per_day = |rise: f64, days: f64| rise / (days * day as f64) * day as f64;
    assert_eq!(
        vals(got),
        bson!([null, per_day(10.0, 1.0), per_day(30.0, 2.0)])
    );
    let got = run(
        bson!({"$integral": {"input": "$v", "unit": "day"}, "window": {"range": ["unbounded", "current"], "unit": "day"}}),
        by_t(),
        &d,
    )
    .unwrap();
    assert_eq!(vals(got), bson!([0.0, 5.0, 55.0]));
    let err = run(
        bson!({"$derivative": {"input": "$v"}, "window": {"documents": [-1, 0]}}),
        by_t(),
        &d,
    )
    .unwrap_err();
    assert_eq!(err.code.code(), 5624901);
}

#[test]
fn linear_fill() {
    let d = docs(&[
        (1, bson!(null)),
        (2, bson!(10)),
        (3, bson!(null)),
        (4, Bson::Undefined),
        (6, bson!(30)),
        (7, bson!(null)),
    ]);
    let got = run(bson!({"$linearFill": "$v"}), Some(doc! {"t": 1}), &d).unwrap();
    assert_eq!(vals(got), bson!([null, 10, 15.0, 20.0, 30, null]));
    let dup = docs(&[(1, bson!(1)), (1, bson!(null))]);
    let err = run(bson!({"$linearFill": "$v"}), Some(doc! {"t": 1}), &dup).unwrap_err();
    assert_eq!(err.code.code(), 6050106);
    let bad = docs(&[(1, bson!("x"))]);
    let err = run(bson!({"$linearFill": "$v"}), Some(doc! {"t": 1}), &bad).unwrap_err();
    assert_eq!(err.code, ErrorCode::TypeMismatch);
}

#[test]
fn parse_errors() {
    let one = || Some(doc! {"t": 1});
    let two = || Some(doc! {"t": 1, "u": 1});
    let cases: Vec<(Bson, Option<Document>, i32)> = vec![
        (bson!(1), None, 9),
        (bson!({"$summ": "$v"}), None, 9),
        (bson!({"window": {}}), None, 9),
        (bson!({}), None, 9),
        (bson!({"$sum": 1, "$avg": 1}), None, 9),
        (bson!({"$sum": 1, "foo": 1}), None, 9),
        (bson!({"$count": 1}), None, 9),
        (bson!({"$first": 1, "x": 1}), None, 9),
        (bson!({"$rank": {}, "window": {}}), one(), 5371601),
        (bson!({"$rank": 1}), one(), 5371603),
        (bson!({"$rank": {}}), None, 5371602),
        (bson!({"$denseRank": {}}), two(), 5371602),
        (bson!({"$shift": {"output": 1, "by": 1}}), None, 9),
        (
            bson!({"$shift": {"output": 1, "by": 1}, "window": {}}),
            one(),
            9,
        ),
        (bson!({"$shift": {"output": 1, "by": 1.5}}), one(), 9),
        (bson!({"$shift": {"output": 1}}), one(), 9),
        (bson!({"$shift": {"by": 1}}), one(), 9),
        (
            bson!({"$shift": {"output": 1, "by": 1, "default": "$x"}}),
            one(),
            9,
        ),
        (bson!({"$shift": 1}), one(), 9),
        (bson!({"$derivative": {"input": "$v"}}), None, 9),
        (bson!({"$derivative": {"input": "$v"}}), two(), 9),
        (bson!({"$derivative": {"input": "$v"}}), one(), 9),
        (
            bson!({"$derivative": {"input": "$v", "unit": "month"}, "window": {"documents": [-1, 0]}}),
            one(),
            5490710,
        ),
        (bson!({"$integral": {"input": "$v", "unit": 1}}), one(), 9),
        (bson!({"$integral": {"unit": "day"}}), one(), 9),
        (bson!({"$integral": 1}), one(), 9),
        (bson!({"$expMovingAvg": {"input": "$v", "N": 2}}), None, 9),
        (
            bson!({"$expMovingAvg": {"input": "$v", "N": 2.5}}),
            one(),
            9,
        ),
        (bson!({"$expMovingAvg": {"input": "$v", "N": 0}}), one(), 9),
        (
            bson!({"$expMovingAvg": {"input": "$v", "alpha": 1}}),
            one(),
            9,
        ),
        (bson!({"$expMovingAvg": {"input": "$v", "x": 1}}), one(), 9),
        (
            bson!({"$expMovingAvg": {"input": "$v", "N": 2}, "window": {}}),
            one(),
            9,
        ),
        (bson!({"$locf": "$v", "window": {}}), None, 9),
        (bson!({"$linearFill": "$v"}), two(), 605001),
        (bson!({"$topN": {"n": 1, "output": 1}}), None, 5788005),
        (bson!({"$firstN": {"n": 1, "input": 1}, "x": 1}), None, 9),
        (
            bson!({"$sum": 1, "window": {"documents": [0, 1]}}),
            None,
            5339901,
        ),
    ];
    for (spec, sort, code) in cases {
        let got = run(spec.clone(), sort, &[doc! {"t": 1}]);
        let err = got.expect_err(&format!("{spec} should fail"));
        assert_eq!(err.code.code(), code, "{spec}: {}", err.message);
    }
}
