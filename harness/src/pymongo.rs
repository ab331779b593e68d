//! The pymongo runner: pymongo's unmodified synchronous test suite from the
//! pinned sdist, run with pytest against ephemeral SecantusDB servers.
//!
//! pymongo's tests reuse database and collection names, so two pytest
//! processes never share a server: the selected modules are split into
//! `--workers` shards, each shard gets its own server and its own pytest
//! process (`DB_IP`/`DB_PORT` point it at the server, which
//! `test/helpers_shared.py` reads at import). Each shard writes a
//! pytest-json-report file; they are merged into one [`SuiteResults`].

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::paths;
use crate::project::Project;
use crate::results::{Outcome, Suite, SuiteResults, TestResult};
use crate::server::EphemeralServer;
use crate::specs;

/// Options of the `pymongo` and `client-only` subcommands.
#[derive(Clone, Debug, clap::Args)]
pub struct Args {
    /// Run only the modules of the quick subset (specs/quick.txt).
    #[arg(long)]
    pub quick: bool,
    /// Run the asynchronous suite (`test/asynchronous/`, AsyncMongoClient)
    /// instead of the synchronous one: module names and node ids get the
    /// `asynchronous/` prefix, and the exclusions of `specs/` apply to the
    /// asynchronous twin of each excluded module or test.
    #[arg(long)]
    pub asynchronous: bool,
    /// Which project's suite: pymongo's (default) or Motor's.
    #[arg(long, value_enum, default_value_t)]
    pub project: crate::project::Name,
    /// Run only these modules (comma-separated, e.g. test_collection.py).
    #[arg(long, value_delimiter = ',')]
    pub modules: Vec<String>,
    /// Parallel pytest processes, each with its own server.
    #[arg(long, default_value_t = 2)]
    pub workers: usize,
    /// An already running server (mongodb://host:port) instead of ephemeral ones
    /// (default: the SECANTUS_TARGET environment variable).
    #[arg(long)]
    pub target: Option<String>,
    /// Where to write the merged results.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Per-test timeout in seconds (pytest-timeout).
    #[arg(long, default_value_t = 180)]
    pub timeout: u64,
    /// The virtualenv made by scripts/pymongo-venv.sh.
    #[arg(long)]
    pub venv: Option<PathBuf>,
    /// Extra arguments passed to pytest as they are (after `--`).
    #[arg(last = true)]
    pub pytest_args: Vec<String>,
}

/// What pytest's clean environment keeps from the caller's: what Python
/// and pytest need to run, and pymongo's own switches for a run against
/// another deployment (COMPRESSORS, MONGODB_API_VERSION).
const PASSED_THROUGH: [&str; 8] = [
    "PATH",
    "HOME",
    "LANG",
    "LC_ALL",
    "TMPDIR",
    "TZ",
    "COMPRESSORS",
    "MONGODB_API_VERSION",
];

/// Longest failure message kept per test (pymongo's OperationFailure
/// echoes the server's whole reply; the report needs its code name).
const MAX_MESSAGE: usize = 2000;

/// Where pytest should find the server of one shard.
#[derive(Clone, Debug)]
struct Endpoint {
    host: String,
    port: u16,
    /// From a `--target` URI: its user name and password (decoded) and its
    /// query string, which `harness/pytest/secantus_defaults.py` applies to
    /// every client the suite makes.
    user: Option<String>,
    password: Option<String>,
    options: Option<String>,
}

impl Endpoint {
    fn local(port: u16) -> Self {
        Endpoint {
            host: "127.0.0.1".into(),
            port,
            user: None,
            password: None,
            options: None,
        }
    }
}

/// Runs the suite and writes the merged results; returns them.
pub fn run(args: &Args) -> Result<SuiteResults, String> {
    let project = Project::new(args.project, args.asynchronous)?;
    let suite = project.suite.name();
    let out = args.out.clone().unwrap_or_else(|| {
        paths::results_dir().join(if args.quick {
            format!("{suite}-quick.json")
        } else {
            format!("{suite}.json")
        })
    });
    let target = args
        .target
        .clone()
        .or_else(paths::target_uri)
        .filter(|t| !t.trim().is_empty());
    let results = run_shards(
        args,
        &project,
        &out,
        |shard| match &target {
            Some(uri) => Ok((parse_target(uri)?, None)),
            None => {
                let server = EphemeralServer::start(
                    &paths::server_bin(),
                    &format!("{suite}/shard-{shard}"),
                )?;
                let endpoint = Endpoint::local(server.port());
                eprintln!(
                    "[pymongo {shard}] server pid {} on {}",
                    server.pid(),
                    server.address
                );
                Ok((endpoint, Some(server)))
            }
        },
        target.is_some(),
    )?;
    results.write(&out).map_err(|e| e.to_string())?;
    let t = results.totals();
    println!(
        "pymongo: {} passed, {} failed, {} errors, {} skipped -> {}",
        t.passed,
        t.failed,
        t.errors,
        t.skipped,
        out.display()
    );
    Ok(results)
}

/// Runs the suite against a port where nothing listens and writes the ids of
/// the tests that passed to `specs/pymongo-client-only.txt`.
pub fn client_only(args: &Args) -> Result<(), String> {
    let out = paths::results_dir().join("pymongo-no-server.json");
    let results = run_shards(
        args,
        &Project::new(args.project, args.asynchronous)?,
        &out,
        |_| {
            let port = closed_port()?;
            Ok((Endpoint::local(port), None))
        },
        false,
    )?;
    let mut text = String::from(
        "# pymongo tests that pass with no server at all (client-only unit tests).\n\
         # Generated by `secantus-harness client-only` against a closed port; the report\n\
         # leaves them out of the \"tests that need a server\" pass rate.\n",
    );
    for r in results
        .tests
        .iter()
        .filter(|r| r.outcome == Outcome::Passed)
    {
        text.push_str(&r.id);
        text.push('\n');
    }
    let path = paths::specs_dir().join("pymongo-client-only.txt");
    std::fs::write(&path, text).map_err(|e| e.to_string())?;
    println!(
        "client-only: {} tests -> {}",
        results.totals().passed,
        path.display()
    );
    Ok(())
}

fn run_shards(
    args: &Args,
    project: &Project,
    out: &Path,
    endpoint_for: impl Fn(usize) -> Result<(Endpoint, Option<EphemeralServer>), String> + Sync,
    shared_target: bool,
) -> Result<SuiteResults, String> {
    crate::server::stop_servers_on_signal();
    let sdist = project.sdist.clone();
    if !sdist.join("test").is_dir() {
        return Err(format!("{} missing: run `make specs`", sdist.display()));
    }
    let venv = args.venv.clone().unwrap_or_else(|| project.venv.clone());
    let python = venv.join("bin/python");
    if !python.exists() {
        return Err(format!(
            "{} missing: run `{}`",
            python.display(),
            project.venv_target
        ));
    }
    let modules = select_modules(args, project)?;
    let workers = if shared_target {
        1
    } else {
        args.workers.max(1)
    };
    let shards = partition(&modules, workers, &sdist);
    // `--deselect=…` for the exclusions, then the project's own options.
    let mut project_args: Vec<String> = project
        .deselect()
        .iter()
        .map(|d| format!("--deselect={d}"))
        .collect();
    project_args.extend(project.pytest_args.iter().map(|a| (*a).to_string()));
    // pytest runs inside the sdist, so its report paths must be absolute.
    let out = std::path::absolute(out).map_err(|e| e.to_string())?;
    let shard_dir = out.with_extension("shards");
    let _ = std::fs::remove_dir_all(&shard_dir);
    std::fs::create_dir_all(&shard_dir).map_err(|e| e.to_string())?;
    eprintln!(
        "pymongo: {} modules in {} shard(s), per-test timeout {} s",
        modules.len(),
        shards.len(),
        args.timeout
    );

    let merged = std::thread::scope(|scope| {
        let handles: Vec<_> = shards
            .iter()
            .enumerate()
            .map(|(i, shard)| {
                let report = shard_dir.join(format!("shard-{i}.json"));
                let (python, sdist, project_args, endpoint_for) =
                    (&python, &sdist, &project_args, &endpoint_for);
                scope.spawn(move || -> Result<SuiteResults, String> {
                    let (endpoint, server) = endpoint_for(i)?;
                    let status = run_pytest(
                        i,
                        python,
                        sdist,
                        &endpoint,
                        shard,
                        project_args,
                        &report,
                        args,
                    );
                    let log = server.as_ref().map(|s| s.log.clone());
                    drop(server);
                    let mut results = collect(&report, shard, status)?;
                    // The report links the shard's server log from its failing tests.
                    for t in results.tests.iter_mut().filter(|t| t.outcome.is_failing()) {
                        t.log.clone_from(&log);
                    }
                    Ok(results)
                })
            })
            .collect();
        let mut all = SuiteResults::new(Suite::Pymongo);
        for h in handles {
            all.tests.extend(
                h.join()
                    .map_err(|_| "shard thread panicked".to_string())??
                    .tests,
            );
        }
        Ok::<_, String>(all)
    })?;
    let mut merged = merged;
    merged.suite = project.suite;
    merged.normalize();
    Ok(merged)
}

/// One module to run: its name and the node ids to run in it (none: all).
type Selection = (String, Vec<String>);

/// The test modules to run: `test/test_*.py`, or the quick subset, or
/// `--modules`, minus whole-module exclusions.
fn select_modules(args: &Args, project: &Project) -> Result<Vec<Selection>, String> {
    let sdist = &project.sdist;
    let mut modules: Vec<Selection> = if !args.modules.is_empty() {
        args.modules
            .iter()
            .map(|m| (m.clone(), Vec::new()))
            .collect()
    } else if args.quick && project.suite != Suite::Motor {
        let pre = project.twin_prefix.unwrap_or("");
        // The async suite runs the whole modules of the selection only
        // (`specs::Quick::covers` says why).
        specs::load_quick(&paths::specs_dir())?
            .pymongo_modules()
            .into_iter()
            .filter(|(_, nodes)| pre.is_empty() || nodes.is_empty())
            .map(|(m, nodes)| {
                (
                    format!("{pre}{m}"),
                    nodes.iter().map(|n| format!("{pre}{n}")).collect(),
                )
            })
            .filter(|(m, _)| sdist.join("test").join(m).is_file())
            .collect()
    } else {
        let mut all = Vec::new();
        for sub in project.dirs {
            let dir = sdist.join("test").join(sub);
            for entry in std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
                let name = entry.map_err(|e| e.to_string())?.file_name();
                let name = name.to_string_lossy().to_string();
                if name.starts_with("test_") && name.ends_with(".py") {
                    all.push((format!("{sub}{name}"), Vec::new()));
                }
            }
        }
        all
    };
    modules.retain(|(m, _)| {
        let name = project.excluded_name(m);
        let excluded = project
            .excludes
            .iter()
            .any(|s| !s.pattern.contains("::") && specs::glob_match(&s.pattern, name));
        !excluded
    });
    modules.sort();
    modules.dedup_by(|a, b| a.0 == b.0);
    Ok(modules)
}

/// Splits modules into at most `n` shards of similar weight (number of test
/// functions, or of selected nodes), largest first, so the shards finish at
/// about the same time.
fn partition(modules: &[Selection], n: usize, sdist: &Path) -> Vec<Vec<Selection>> {
    let mut weighted: Vec<(usize, &Selection)> = modules
        .iter()
        .map(|sel| {
            let weight = if sel.1.is_empty() {
                let text =
                    std::fs::read_to_string(sdist.join("test").join(&sel.0)).unwrap_or_default();
                text.matches("def test").count()
            } else {
                sel.1.len()
            };
            (weight.max(1), sel)
        })
        .collect();
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let mut shards: Vec<(usize, Vec<Selection>)> =
        vec![(0, Vec::new()); n.min(modules.len()).max(1)];
    for (w, m) in weighted {
        let lightest = shards
            .iter_mut()
            .min_by_key(|(load, _)| *load)
            .expect("at least one shard");
        lightest.0 += w;
        lightest.1.push(m.clone());
    }
    shards
        .into_iter()
        .map(|(_, mut ms)| {
            ms.sort();
            ms
        })
        .filter(|ms| !ms.is_empty())
        .collect()
}

#[allow(clippy::too_many_arguments)]
fn run_pytest(
    shard: usize,
    python: &Path,
    sdist: &Path,
    endpoint: &Endpoint,
    modules: &[Selection],
    project_args: &[String],
    report: &Path,
    args: &Args,
) -> Result<i32, String> {
    let plugin_dir = paths::root().join("harness/pytest");
    let mut cmd = Command::new(python);
    cmd.current_dir(sdist)
        .args([
            "-m",
            "pytest",
            "-p",
            "secantus_alarm",
            "-p",
            "secantus_defaults",
            "-p",
            "secantus_host",
            "-p",
            "secantus_progress",
            "-p",
            "no:cacheprovider",
        ])
        .arg("--json-report")
        .arg(format!("--json-report-file={}", report.display()))
        // `collectors` stays in: it is where a module that fails to import shows.
        .arg("--json-report-omit=keywords,log,streams,warnings")
        // Without this, one module that fails to import stops the whole shard.
        .arg("--continue-on-collection-errors")
        .arg(format!("--timeout={}", args.timeout))
        .arg("--tb=no")
        .arg("-rfE")
        .arg("--no-header")
        .arg("-p")
        .arg("no:randomly");
    cmd.args(project_args);
    cmd.args(&args.pytest_args);
    for (m, nodes) in modules {
        if nodes.is_empty() {
            cmd.arg(format!("test/{m}"));
        }
        for node in nodes {
            cmd.arg(format!("test/{node}"));
        }
    }
    // A clean, explicit environment: pymongo builds part of its handshake
    // metadata from the process environment (FaaS, Kubernetes and coding
    // agent variables), which test_client.py's handshake tests compare with
    // fixed expectations; whatever the calling shell exports must not
    // reach it. Only what Python and pytest need to run is passed on.
    cmd.env_clear();
    for keep in PASSED_THROUGH {
        if let Some(v) = std::env::var_os(keep) {
            cmd.env(keep, v);
        }
    }
    cmd.env("PYTHONPATH", plugin_dir.display().to_string())
        // No __pycache__ beside the harness's plugins.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("DB_IP", &endpoint.host)
        .env("DB_PORT", endpoint.port.to_string());
    for (name, value) in [
        ("DB_USER", &endpoint.user),
        ("DB_PASSWORD", &endpoint.password),
        ("SECANTUS_TARGET_OPTIONS", &endpoint.options),
    ] {
        if let Some(v) = value {
            cmd.env(name, v);
        }
    }
    cmd
        // pymongo skips its integration tests when it cannot reach the server;
        // with this set, test_client_context's check fails instead.
        .env("PYMONGO_MUST_CONNECT", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    eprintln!(
        "[pymongo {shard}] {} modules against {}:{}",
        modules.len(),
        endpoint.host,
        endpoint.port
    );
    let mut child = cmd.spawn().map_err(|e| format!("cannot run pytest: {e}"))?;
    let stderr = child.stderr.take().expect("piped");
    let err_thread = std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            eprintln!("[pymongo {shard}] {line}");
        }
    });
    let stdout = child.stdout.take().expect("piped");
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        eprintln!("[pymongo {shard}] {line}");
    }
    let _ = err_thread.join();
    let status = child.wait().map_err(|e| e.to_string())?;
    Ok(status.code().unwrap_or(-1))
}

/// Reads one shard's pytest-json-report file into results.
///
/// Nothing is dropped silently: a shard whose pytest died without a report
/// marks each of its modules as an error; a module (or class) that failed to
/// import is an error of its own; and a pytest exit status other than 0 (all
/// passed) or 1 (some tests failed) is recorded as an error of the shard's
/// modules, since the report may then be incomplete.
fn collect(
    report: &Path,
    modules: &[Selection],
    status: Result<i32, String>,
) -> Result<SuiteResults, String> {
    let mut results = SuiteResults::new(Suite::Pymongo);
    let module_errors = |results: &mut SuiteResults, why: &str| {
        for (m, _) in modules {
            results.tests.push(TestResult {
                id: format!("{m}::<session>"),
                group: m.clone(),
                outcome: Outcome::Error,
                log: None,
                message: Some(why.to_string()),
            });
        }
    };
    let text = match std::fs::read_to_string(report) {
        Ok(text) => text,
        Err(e) => {
            let why = match status {
                Ok(code) => format!("pytest exited with {code} and wrote no report ({e})"),
                Err(err) => err,
            };
            module_errors(&mut results, &why);
            return Ok(results);
        }
    };
    let json: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", report.display()))?;
    results.tests = parse_json_report(&json);
    results.tests.extend(collection_errors(&json));
    match status {
        Ok(0 | 1) => {}
        Ok(code) => module_errors(
            &mut results,
            &format!("pytest exited with status {code} (interrupted, internal or usage error)"),
        ),
        Err(err) => module_errors(&mut results, &err),
    }
    Ok(results)
}

/// Collectors (modules, classes) that failed: the module did not import, or
/// a class could not be collected. Each becomes an error named after it.
pub fn collection_errors(json: &Value) -> Vec<TestResult> {
    let mut out = Vec::new();
    for c in json["collectors"].as_array().into_iter().flatten() {
        if c["outcome"] != "failed" {
            continue;
        }
        let nodeid = c["nodeid"].as_str().unwrap_or("");
        let id = nodeid.strip_prefix("test/").unwrap_or(nodeid);
        let group = id.split("::").next().unwrap_or(id).to_string();
        let message = c["longrepr"]
            .as_str()
            .map(|m| m.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or(m))
            .map(|m| m.chars().take(MAX_MESSAGE).collect::<String>())
            .unwrap_or_else(|| "collection failed".into());
        out.push(TestResult {
            id: format!("{id}::<collection>"),
            group,
            outcome: Outcome::Error,
            message: Some(message),
            log: None,
        });
    }
    out
}

/// Turns pytest-json-report's `tests` array into results.
pub fn parse_json_report(json: &Value) -> Vec<TestResult> {
    let mut out = Vec::new();
    for t in json["tests"].as_array().into_iter().flatten() {
        let Some(nodeid) = t["nodeid"].as_str() else {
            continue;
        };
        let id = nodeid.strip_prefix("test/").unwrap_or(nodeid).to_string();
        let group = id.split("::").next().unwrap_or(&id).to_string();
        let outcome = match t["outcome"].as_str().unwrap_or("") {
            "passed" | "xpassed" => Outcome::Passed,
            "failed" => Outcome::Failed,
            "skipped" | "xfailed" => Outcome::Skipped,
            _ => Outcome::Error,
        };
        let message = ["setup", "call", "teardown"].iter().find_map(|stage| {
            let crash = &t[stage]["crash"]["message"];
            let longrepr = &t[stage]["longrepr"];
            crash.as_str().or_else(|| longrepr.as_str()).map(|m| {
                let m: String = m.chars().take(MAX_MESSAGE).collect();
                m
            })
        });
        out.push(TestResult {
            id,
            group,
            outcome,
            message: if outcome == Outcome::Passed {
                None
            } else {
                message
            },
            log: None,
        });
    }
    out
}

/// The endpoint of a `mongodb://[user[:password]@]host[:port][/[db]][?options]`
/// URI, keeping its credentials and options (pymongo's suite reads the
/// server's address, user and password from `DB_IP`, `DB_PORT`, `DB_USER`,
/// `DB_PASSWORD`; the options go to its clients through the
/// `secantus_defaults` plugin).
fn parse_target(uri: &str) -> Result<Endpoint, String> {
    let endpoint = split_target(uri)?;
    // Refuse to run the suite against a server nobody answers on: pymongo would
    // skip every integration test and the run would "pass".
    std::net::TcpStream::connect((endpoint.host.as_str(), endpoint.port))
        .map_err(|e| format!("target {uri} unreachable: {e}"))?;
    Ok(endpoint)
}

fn split_target(uri: &str) -> Result<Endpoint, String> {
    let rest = uri
        .strip_prefix("mongodb://")
        .ok_or_else(|| format!("target {uri}: only mongodb:// URIs are supported"))?;
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let (userinfo, hosts) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    if hosts.contains(',') {
        return Err(format!(
            "target {uri}: pymongo's suite takes one host (DB_IP/DB_PORT)"
        ));
    }
    let (host, port) = match hosts.rsplit_once(':') {
        Some((h, p)) => (h, p.parse().map_err(|_| format!("bad port in {uri}"))?),
        None => (hosts, 27017),
    };
    if host.is_empty() {
        return Err(format!("bad target {uri}"));
    }
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8()
            .map(|c| c.into_owned())
            .map_err(|_| format!("target {uri}: credentials are not UTF-8"))
    };
    let (user, password) = match userinfo {
        Some(u) => match u.split_once(':') {
            Some((user, pw)) => (Some(decode(user)?), Some(decode(pw)?)),
            None => (Some(decode(u)?), None),
        },
        None => (None, None),
    };
    let options = tail
        .split_once('?')
        .map(|(_, q)| q.to_string())
        .filter(|q| !q.is_empty());
    Ok(Endpoint {
        host: host.trim_start_matches('[').trim_end_matches(']').into(),
        port,
        user,
        password,
        options,
    })
}

fn closed_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    drop(listener);
    Ok(port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_keeps_its_credentials_and_options() {
        let e = split_target("mongodb://us%40er:p%3Ass@db.example:27999/admin?tls=true&appName=x")
            .unwrap();
        assert_eq!((e.host.as_str(), e.port), ("db.example", 27999));
        assert_eq!(e.user.as_deref(), Some("us@er"));
        assert_eq!(e.password.as_deref(), Some("p:ss"));
        assert_eq!(e.options.as_deref(), Some("tls=true&appName=x"));
        let plain = split_target("mongodb://127.0.0.1").unwrap();
        assert_eq!(plain.port, 27017);
        assert!(plain.user.is_none() && plain.options.is_none());
        assert_eq!(split_target("mongodb://[::1]:5/").unwrap().host, "::1");
        assert!(split_target("mongodb://a:1,b:2/").is_err());
        assert!(split_target("http://a").is_err());
    }

    #[test]
    fn parses_json_report() {
        let json: Value = serde_json::json!({
            "tests": [
                {"nodeid": "test/test_a.py::T::test_x", "outcome": "passed"},
                {"nodeid": "test/test_a.py::T::test_y", "outcome": "failed",
                 "call": {"crash": {"message": "AssertionError: 1 != 2"}}},
                {"nodeid": "test/test_b.py::test_z", "outcome": "error",
                 "setup": {"longrepr": "boom"}},
                {"nodeid": "test/test_b.py::test_w", "outcome": "xfailed"}
            ]
        });
        let r = parse_json_report(&json);
        assert_eq!(r.len(), 4);
        assert_eq!(r[0].id, "test_a.py::T::test_x");
        assert_eq!(r[0].group, "test_a.py");
        assert_eq!(r[1].outcome, Outcome::Failed);
        assert_eq!(r[1].message.as_deref(), Some("AssertionError: 1 != 2"));
        assert_eq!(r[2].outcome, Outcome::Error);
        assert_eq!(r[3].outcome, Outcome::Skipped);
    }

    #[test]
    fn import_errors_and_bad_exit_status_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("r.json");
        let json = serde_json::json!({
            "tests": [{"nodeid": "test/test_a.py::T::test_x", "outcome": "passed"}],
            "collectors": [
                {"nodeid": "test/test_a.py", "outcome": "passed"},
                {"nodeid": "test/test_b.py", "outcome": "failed",
                 "longrepr": "Traceback...\nE   ImportError: cannot import name 'x'"}
            ]
        });
        std::fs::write(&report, json.to_string()).unwrap();
        let modules = vec![
            ("test_a.py".to_string(), vec![]),
            ("test_b.py".to_string(), vec![]),
        ];
        let r = collect(&report, &modules, Ok(1)).unwrap();
        assert_eq!(r.tests.len(), 2);
        assert_eq!(r.tests[1].id, "test_b.py::<collection>");
        assert_eq!(r.tests[1].outcome, Outcome::Error);
        assert_eq!(
            r.tests[1].message.as_deref(),
            Some("E   ImportError: cannot import name 'x'")
        );
        // Interrupted: the report may be partial, so every module errs.
        let r = collect(&report, &modules, Ok(2)).unwrap();
        assert_eq!(
            r.tests
                .iter()
                .filter(|t| t.id.ends_with("::<session>"))
                .count(),
            2
        );
        // No report at all.
        let r = collect(&dir.path().join("none.json"), &modules, Ok(3)).unwrap();
        assert!(r.tests.iter().all(|t| t.outcome == Outcome::Error));
    }

    #[test]
    fn partition_balances() {
        let modules: Vec<Selection> = (0..5)
            .map(|i| (format!("test_{i}.py"), Vec::new()))
            .collect();
        let shards = partition(&modules, 2, Path::new("/nonexistent"));
        assert_eq!(shards.len(), 2);
        assert_eq!(shards.iter().map(Vec::len).sum::<usize>(), 5);
    }
}
