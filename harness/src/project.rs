//! The Python test suites the pytest runner (`crate::pymongo`) can run, and
//! where each one's pieces are: pymongo's synchronous suite, its
//! asynchronous twin, and Motor's suite (the asyncio/Tornado driver built on
//! pymongo, whose sdist ships its tests and runs them against a live server
//! named by `DB_IP`/`DB_PORT`, as pymongo's do).

use std::path::PathBuf;

use crate::paths;
use crate::results::Suite;
use crate::specs::{self, Skip};

/// Which suite to run (`secantus-harness pymongo --project …`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Name {
    #[default]
    Pymongo,
    Motor,
}

/// One runnable suite.
#[derive(Clone, Debug)]
pub struct Project {
    pub suite: Suite,
    /// The unpacked, verified sdist (its tests are under `test/`).
    pub sdist: PathBuf,
    /// The virtualenv that runs it, and the make target that builds it.
    pub venv: PathBuf,
    pub venv_target: &'static str,
    /// Directories under `test/` whose `test_*.py` modules make the suite
    /// (`""` is `test/` itself); module names carry the directory.
    pub dirs: &'static [&'static str],
    /// For pymongo's async suite: exclusions are written for the sync twin
    /// (`test_x.py::…`) and apply to `asynchronous/test_x.py::…` too.
    pub twin_prefix: Option<&'static str>,
    pub excludes: Vec<Skip>,
    /// pytest options the suite's own configuration needs here.
    pub pytest_args: &'static [&'static str],
}

impl Project {
    pub fn new(name: Name, asynchronous: bool) -> Result<Self, String> {
        let specs_dir = paths::specs_dir();
        Ok(match (name, asynchronous) {
            (Name::Pymongo, false) => Project {
                suite: Suite::Pymongo,
                sdist: paths::pymongo_sdist(),
                venv: paths::root().join("target/pymongo-venv"),
                venv_target: "make venv",
                dirs: &[""],
                twin_prefix: None,
                excludes: specs::load_pymongo_excludes(&specs_dir)?,
                pytest_args: &[],
            },
            (Name::Pymongo, true) => Project {
                suite: Suite::PymongoAsync,
                dirs: &["asynchronous/"],
                twin_prefix: Some("asynchronous/"),
                ..Project::new(Name::Pymongo, false)?
            },
            (Name::Motor, _) => Project {
                suite: Suite::Motor,
                sdist: paths::motor_sdist(),
                venv: paths::root().join("target/motor-venv"),
                venv_target: "make motor-venv",
                dirs: &["", "asyncio_tests/", "tornado_tests/"],
                twin_prefix: None,
                excludes: specs::load_motor_excludes(&specs_dir)?,
                // Motor's pyproject stops a session after 10 failures and
                // turns pytest-asyncio's warning about its unset loop scope
                // into an error; its own CI pins an older pytest-asyncio.
                pytest_args: &[
                    "--maxfail=1000000",
                    "-o",
                    "asyncio_default_fixture_loop_scope=function",
                ],
            },
        })
    }

    /// A module or node id as the exclusion patterns name it.
    pub fn excluded_name<'a>(&self, id: &'a str) -> &'a str {
        self.twin_prefix
            .and_then(|p| id.strip_prefix(p))
            .unwrap_or(id)
    }

    /// The `--deselect` node ids of the exclusions that name tests.
    pub fn deselect(&self) -> Vec<String> {
        self.excludes
            .iter()
            .filter(|s| s.pattern.contains("::"))
            .map(|s| format!("test/{}{}", self.twin_prefix.unwrap_or(""), s.pattern))
            .collect()
    }
}
