//! Turning spec files into libtest-mimic trials, with ephemeral servers per
//! file: a file's cases run on servers started for that file only.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use libtest_mimic::{Arguments, Completion, Failed, Trial};

use super::model::{self, TestFile, SUPPORTED_SCHEMA};
use super::requirements::ServerInfo;
use super::runner::{self, Failure};
use crate::results::{Outcome, Suite, SuiteResults, TestResult};
use crate::server::EphemeralServer;
use crate::{paths, specs};

/// How long one case may take before it counts as an error.
const CASE_TIMEOUT: Duration = Duration::from_secs(60);

/// One spec file: its parsed contents and the server its cases share.
struct FileState {
    file: Result<TestFile, String>,
    /// Whether the file's cases are expected to fail (unified-test-format/valid-fail).
    expect_failure: bool,
    /// Idle servers of this file. A case takes one (or starts one when all
    /// are busy, so parallel threads never wait for each other) and puts it
    /// back when done; cases of one file never share a server at once.
    servers: Mutex<Vec<(EphemeralServer, ServerInfo)>>,
    /// The same for `--standalone` servers, started only for the cases
    /// that need a standalone topology (`ServerInfo::wants_standalone`).
    standalone_servers: Mutex<Vec<(EphemeralServer, ServerInfo)>>,
    /// Cases still to run; the server stops when it reaches zero.
    remaining: AtomicUsize,
    /// Its servers' logs, `unified/<area>/<file>[.N].log` under the log directory.
    log_name: String,
    /// The log of the server each case (by index) ran on (none against a target).
    case_logs: Mutex<std::collections::HashMap<usize, String>>,
}

/// One case to run.
struct Case {
    id: String,
    area: String,
    file: Arc<FileState>,
    index: usize,
    skip: Option<String>,
}

fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime")
    })
}

fn target_info(uri: &str) -> Result<ServerInfo, String> {
    static INFO: OnceLock<Result<ServerInfo, String>> = OnceLock::new();
    INFO.get_or_init(|| runtime().block_on(ServerInfo::probe(uri)))
        .clone()
}

/// Loads every case of every area (files sorted, cases in file order).
fn collect_cases() -> Result<Vec<Case>, String> {
    let specs_dir = paths::specs_dir();
    let areas = specs::load_areas(&specs_dir)?;
    let skips = specs::load_unified_skips(&specs_dir)?;
    let test_dir = paths::pymongo_sdist().join("test");
    if !test_dir.is_dir() {
        return Err(format!("{} missing: run `make specs`", test_dir.display()));
    }
    let mut cases: Vec<Case> = Vec::new();
    for area in &areas {
        let dir = test_dir.join(&area.dir);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for path in files {
            add_file(&mut cases, &area.area, &area.dir, &path, &skips);
        }
    }
    // Ids must be unique across files too (an area may span directories).
    let mut seen = std::collections::HashSet::new();
    for c in &mut cases {
        let base = c.id.clone();
        let mut n = 1;
        while !seen.insert(c.id.clone()) {
            n += 1;
            c.id = format!("{base} [{n}]");
        }
    }
    Ok(cases)
}

fn add_file(cases: &mut Vec<Case>, area: &str, dir: &str, path: &Path, skips: &[specs::Skip]) {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let file = model::load(path).and_then(|f| match model::parse_version(&f.schema_version) {
        Some((1, minor, _)) if minor <= SUPPORTED_SCHEMA.1 => Ok(f),
        _ => Err(format!("unsupported schemaVersion {}", f.schema_version)),
    });
    let names: Vec<String> = match &file {
        Ok(f) => f.tests.iter().map(|t| t.description.clone()).collect(),
        Err(_) => vec!["<file>".into()],
    };
    let state = Arc::new(FileState {
        file,
        expect_failure: dir.ends_with("valid-fail"),
        servers: Mutex::new(Vec::new()),
        standalone_servers: Mutex::new(Vec::new()),
        remaining: AtomicUsize::new(0),
        log_name: format!("unified/{area}/{stem}"),
        case_logs: Mutex::new(std::collections::HashMap::new()),
    });
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, name) in names.into_iter().enumerate() {
        let n = seen.entry(name.clone()).or_default();
        *n += 1;
        let id = if *n == 1 {
            format!("{area}/{stem}/{name}")
        } else {
            format!("{area}/{stem}/{name} ({n})")
        };
        let skip = specs::skip_reason(skips, &id).map(String::from);
        cases.push(Case {
            id,
            area: area.to_string(),
            file: state.clone(),
            index,
            skip,
        });
    }
}

/// Interleaves files into `lanes` streams so that parallel test threads
/// mostly work on different files (and so different servers).
fn interleave(cases: Vec<Case>, lanes: usize) -> Vec<Case> {
    let mut by_file: Vec<Vec<Case>> = Vec::new();
    for c in cases {
        match by_file.last_mut() {
            Some(group) if Arc::ptr_eq(&group[0].file, &c.file) => group.push(c),
            _ => by_file.push(vec![c]),
        }
    }
    let lanes = lanes.max(1);
    let mut streams: Vec<std::collections::VecDeque<Case>> =
        (0..lanes).map(|_| Default::default()).collect();
    let mut load = vec![0usize; lanes];
    for group in by_file {
        let i = (0..lanes).min_by_key(|i| load[*i]).unwrap_or(0);
        load[i] += group.len();
        streams[i].extend(group);
    }
    let mut out = Vec::new();
    loop {
        let mut any = false;
        for s in &mut streams {
            if let Some(c) = s.pop_front() {
                out.push(c);
                any = true;
            }
        }
        if !any {
            return out;
        }
    }
}

/// Cases done out of those selected, for a progress line every
/// [`PROGRESS_EVERY`] on stderr (libtest's own lines say which case ran,
/// not how far the run is).
struct Progress {
    total: AtomicUsize,
    done: AtomicUsize,
    /// When the run started and when the last line was printed.
    times: Mutex<Option<(std::time::Instant, std::time::Instant)>>,
}

static PROGRESS: Progress = Progress {
    total: AtomicUsize::new(0),
    done: AtomicUsize::new(0),
    times: Mutex::new(None),
};

const PROGRESS_EVERY: Duration = Duration::from_secs(30);

impl Progress {
    fn tick(&self) {
        let done = self.done.fetch_add(1, Ordering::SeqCst) + 1;
        let total = self.total.load(Ordering::SeqCst);
        let now = std::time::Instant::now();
        let mut times = self
            .times
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (start, last) = times.get_or_insert((now, now));
        if now.duration_since(*last) < PROGRESS_EVERY && done != total {
            return;
        }
        *last = now;
        let spent = now.duration_since(*start).as_secs_f64();
        let left = if done > 0 {
            spent / done as f64 * total.saturating_sub(done) as f64
        } else {
            0.0
        };
        eprintln!(
            "unified progress: {done}/{total} cases, {:.1} min so far, ~{:.1} min left",
            spent / 60.0,
            left / 60.0
        );
    }
}

fn record(
    results: &Mutex<Vec<TestResult>>,
    case: &Case,
    outcome: Outcome,
    message: Option<String>,
) {
    // The report links the logs of failing tests only.
    let log = if outcome.is_failing() {
        case.file
            .case_logs
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(&case.index)
            .cloned()
    } else {
        None
    };
    results.lock().expect("results").push(TestResult {
        id: case.id.clone(),
        group: case.area.clone(),
        outcome,
        log,
        message,
    });
    PROGRESS.tick();
}

/// Runs `f`, turning a panic into an error of the case.
fn guarded(f: impl FnOnce() -> Result<(), Failure>) -> Result<(), Failure> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let text = panic
            .downcast_ref::<&str>()
            .map(std::string::ToString::to_string)
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        Err(Failure::Error(format!("runner panicked: {text}")))
    })
}

/// Runs one case on one of its file's servers (starting one as needed).
fn run_case(case: &Case, target: Option<&str>) -> Result<(), Failure> {
    let file = case
        .file
        .file
        .as_ref()
        .map_err(|e| Failure::Error(format!("spec file: {e}")))?;
    let test = &file.tests[case.index];
    let mut server = None;
    let (uri, info) = match target {
        Some(uri) => (uri.to_string(), target_info(uri).map_err(Failure::Error)?),
        None => {
            let mut standalone = false;
            let (mut s, mut info) = take_server(&case.file, false)?;
            let reqs: Vec<&[model::RunOnRequirement]> =
                [&file.run_on_requirements, &test.run_on_requirements]
                    .into_iter()
                    .flatten()
                    .map(Vec::as_slice)
                    .collect();
            if info.wants_standalone(&reqs) {
                pool(&case.file, false).push((s, info));
                (s, info) = take_server(&case.file, true)?;
                standalone = true;
            }
            let uri = s.uri();
            case.file
                .case_logs
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(case.index, s.log.clone());
            server = Some((s, info.clone(), standalone));
            (uri, info)
        }
    };
    let result = runtime().block_on(async {
        match tokio::time::timeout(CASE_TIMEOUT, runner::run_case(file, test, &uri, &info)).await {
            Ok(r) => r,
            Err(_) => Err(Failure::Error(format!(
                "timed out after {} s",
                CASE_TIMEOUT.as_secs()
            ))),
        }
    });
    if let Some((mut s, info, standalone)) = server {
        let timed_out = matches!(&result, Err(Failure::Error(m)) if m.starts_with("timed out"));
        // A hung or dead server must not take the file's other cases down with it.
        if !timed_out && s.is_alive() {
            pool(&case.file, standalone).push((s, info));
        }
    }
    result
}

/// Stops the idle servers of `file` (dropping one stops it).
fn stop_servers(file: &FileState) {
    for standalone in [false, true] {
        drop(std::mem::take(&mut *pool(file, standalone)));
    }
}

/// The idle servers of `file` (replica-set members, or standalone ones).
fn pool(
    file: &FileState,
    standalone: bool,
) -> std::sync::MutexGuard<'_, Vec<(EphemeralServer, ServerInfo)>> {
    if standalone {
        &file.standalone_servers
    } else {
        &file.servers
    }
    .lock()
    .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// An idle server of `file`, or a new one (logging under the file's name,
/// `.standalone` added for a standalone server), with what it is.
fn take_server(
    file: &FileState,
    standalone: bool,
) -> Result<(EphemeralServer, ServerInfo), Failure> {
    let idle = pool(file, standalone).pop();
    if let Some((mut s, info)) = idle {
        if s.is_alive() {
            return Ok((s, info));
        }
        s.stop();
    }
    let s = if standalone {
        EphemeralServer::start_with(
            &paths::server_bin(),
            &format!("{}.standalone", file.log_name),
            &["--standalone"],
        )
    } else {
        EphemeralServer::start(&paths::server_bin(), &file.log_name)
    }
    .map_err(Failure::Error)?;
    let info = runtime()
        .block_on(ServerInfo::probe(&s.uri()))
        .map_err(|e| Failure::Error(format!("probing the server: {e}")))?;
    Ok((s, info))
}

fn finish_case(case: &Case) {
    if case.file.remaining.fetch_sub(1, Ordering::SeqCst) == 1 {
        stop_servers(&case.file);
    }
}

fn trial(case: Case, results: Arc<Mutex<Vec<TestResult>>>, target: Option<String>) -> Trial {
    let name = case.id.clone();
    Trial::ignorable_test(name, move || run_trial(&case, &results, target.as_deref()))
}

/// The body of one trial: runs the case and records its result.
fn run_trial(
    case: &Case,
    results: &Mutex<Vec<TestResult>>,
    target: Option<&str>,
) -> Result<Completion, Failed> {
    if let Some(reason) = &case.skip {
        record(results, case, Outcome::Skipped, Some(reason.clone()));
        finish_case(case);
        return Ok(Completion::ignored_with(reason));
    }
    // A panic inside the runner must still leave a result behind: an
    // unrecorded case would vanish from the report instead of failing.
    let mut result = guarded(|| run_case(case, target));
    finish_case(case);
    if case.file.expect_failure {
        result = match result {
            Ok(()) => Err(Failure::Failed(
                "a valid-fail case passed: the runner missed a failure".into(),
            )),
            Err(Failure::Failed(_) | Failure::Error(_)) => Ok(()),
            Err(skip) => Err(skip),
        };
    }
    match result {
        Ok(()) => {
            record(results, case, Outcome::Passed, None);
            Ok(Completion::Completed)
        }
        Err(Failure::Skipped(reason)) => {
            record(results, case, Outcome::Skipped, Some(reason.clone()));
            Ok(Completion::ignored_with(reason))
        }
        Err(Failure::Failed(m)) => {
            record(results, case, Outcome::Failed, Some(m.clone()));
            Err(Failed::from(m))
        }
        Err(Failure::Error(m)) => {
            record(results, case, Outcome::Error, Some(m.clone()));
            Err(Failed::from(format!("error: {m}")))
        }
    }
}

/// The `unified` test binary.
pub fn main() -> ExitCode {
    let args = Arguments::from_args();
    crate::server::stop_servers_on_signal();
    let enabled =
        std::env::var_os("SECANTUS_UNIFIED").is_some() || args.filter.is_some() || args.list;
    if !enabled {
        println!(
            "unified: the spec runner runs under `make conformance` (SECANTUS_UNIFIED=1) or with a filter, \
             e.g. `cargo test -p secantus-harness --test unified -- crud/`"
        );
        return ExitCode::SUCCESS;
    }
    let mut cases = match collect_cases() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("unified: {e}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::var("SECANTUS_UNIFIED_SUBSET").as_deref() == Ok("quick") {
        match specs::load_quick(&paths::specs_dir()) {
            Ok(q) => cases.retain(|c| q.unified.iter().any(|p| c.id.starts_with(p.as_str()))),
            Err(e) => {
                eprintln!("unified: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let target = paths::target_uri();
    let lanes = args.test_threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(std::num::NonZero::get)
            .unwrap_or(1)
    });
    let cases = interleave(cases, lanes);
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut files: Vec<Arc<FileState>> = Vec::new();
    let trials: Vec<Trial> = cases
        .into_iter()
        .map(|case| {
            let file = case.file.clone();
            let t = trial(case, results.clone(), target.clone());
            if !args.is_filtered_out(&t) && !args.is_ignored(&t) {
                file.remaining.fetch_add(1, Ordering::SeqCst);
                PROGRESS.total.fetch_add(1, Ordering::SeqCst);
            }
            if !files.iter().any(|f| Arc::ptr_eq(f, &file)) {
                files.push(file);
            }
            t
        })
        .collect();
    let now = std::time::Instant::now();
    *PROGRESS
        .times
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((now, now));
    let conclusion = libtest_mimic::run(&args, trials);
    for f in &files {
        stop_servers(f);
    }
    if !args.list {
        let mut suite = SuiteResults::new(Suite::Unified);
        suite.tests = std::mem::take(&mut *results.lock().expect("results"));
        let out = std::env::var_os("SECANTUS_RESULTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| paths::results_dir().join("unified.json"));
        if let Err(e) = suite.write(&out) {
            eprintln!("unified: writing {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
        let mut per_area: BTreeMap<String, crate::results::Totals> = BTreeMap::new();
        for r in &suite.tests {
            per_area.entry(r.group.clone()).or_default().add(r.outcome);
        }
        for (area, t) in per_area {
            eprintln!(
                "unified: {area}: {} passed, {} failed, {} errors, {} skipped",
                t.passed, t.failed, t.errors, t.skipped
            );
        }
        eprintln!("unified: results in {}", out.display());
    }
    conclusion.exit_code()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(id: &str, file: &Arc<FileState>) -> Case {
        Case {
            id: id.into(),
            area: "a".into(),
            file: file.clone(),
            index: 0,
            skip: None,
        }
    }

    fn file() -> Arc<FileState> {
        Arc::new(FileState {
            file: Err("unused".into()),
            expect_failure: false,
            servers: Mutex::new(Vec::new()),
            standalone_servers: Mutex::new(Vec::new()),
            remaining: AtomicUsize::new(0),
            log_name: "unified/test/unused".into(),
            case_logs: Mutex::default(),
        })
    }

    #[test]
    fn a_panicking_case_is_an_error_not_a_missing_result() {
        let r = guarded(|| panic!("boom"));
        assert!(matches!(r, Err(Failure::Error(m)) if m.contains("boom")));
        let results = Arc::new(Mutex::new(Vec::new()));
        let mut c = case("x", &file());
        c.file = Arc::new(FileState {
            file: Ok(serde_json::from_value(serde_json::json!({
                "description": "d", "schemaVersion": "1.0", "tests": []
            }))
            .unwrap()),
            expect_failure: false,
            servers: Mutex::new(Vec::new()),
            standalone_servers: Mutex::new(Vec::new()),
            remaining: AtomicUsize::new(1),
            log_name: "unified/test/d".into(),
            case_logs: Mutex::default(),
        });
        // index 0 of an empty test list: run_case panics on the lookup.
        assert!(run_trial(&c, &results, Some("mongodb://127.0.0.1:1")).is_err());
        let recorded = results.lock().unwrap();
        assert_eq!(recorded.len(), 1);
        assert_eq!(recorded[0].outcome, Outcome::Error);
    }

    #[test]
    fn interleave_alternates_files_and_keeps_every_case() {
        let (f1, f2) = (file(), file());
        let cases = vec![
            case("1a", &f1),
            case("1b", &f1),
            case("2a", &f2),
            case("2b", &f2),
        ];
        let ids: Vec<String> = interleave(cases, 2).into_iter().map(|c| c.id).collect();
        assert_eq!(ids, vec!["1a", "2a", "1b", "2b"]);
    }
}
