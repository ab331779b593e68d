//! Where things are: the workspace root, the unpacked specs, the server binary
//! and the raw results. Every path can be overridden from the environment so
//! the harness also runs from an installed location.

use std::path::{Path, PathBuf};

/// The pymongo version pinned in `specs/sources.txt`.
pub const PYMONGO_VERSION: &str = "4.20.1";
/// The Motor version pinned in `specs/sources.txt`.
pub const MOTOR_VERSION: &str = "3.7.1";

/// The workspace root (`SECANTUS_ROOT`, else the parent of this crate).
pub fn root() -> PathBuf {
    if let Some(dir) = std::env::var_os("SECANTUS_ROOT") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("harness crate lives inside the workspace")
        .to_path_buf()
}

/// `specs/` in the workspace.
pub fn specs_dir() -> PathBuf {
    root().join("specs")
}

/// The unpacked pymongo sdist (`SECANTUS_PYMONGO_DIR` overrides).
pub fn pymongo_sdist() -> PathBuf {
    sdist("SECANTUS_PYMONGO_DIR", "pymongo", PYMONGO_VERSION)
}

/// The unpacked Motor sdist (`SECANTUS_MOTOR_DIR` overrides).
pub fn motor_sdist() -> PathBuf {
    sdist("SECANTUS_MOTOR_DIR", "motor", MOTOR_VERSION)
}

/// `target/specs/NAME-VERSION`, where `make specs` unpacks a pinned sdist,
/// unless the environment variable `var` names another directory.
fn sdist(var: &str, name: &str, version: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os(var) {
        return PathBuf::from(dir);
    }
    root()
        .join("target/specs")
        .join(format!("{name}-{version}"))
}

/// The server binary (`SECANTUS_SERVER_BIN` overrides).
pub fn server_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("SECANTUS_SERVER_BIN") {
        return PathBuf::from(bin);
    }
    root().join("target/debug/secantusdb-rs")
}

/// Directory for raw results (`SECANTUS_RESULTS_DIR` overrides).
pub fn results_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SECANTUS_RESULTS_DIR") {
        return PathBuf::from(dir);
    }
    root().join("target/conformance")
}

/// `SECANTUS_TARGET`: an already running server to test instead of ephemeral ones.
pub fn target_uri() -> Option<String> {
    std::env::var("SECANTUS_TARGET")
        .ok()
        .filter(|s| !s.trim().is_empty())
}

/// Where ephemeral servers write their logs (`SECANTUS_LOG_DIR`, else
/// `logs/` in the results directory).
pub fn log_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("SECANTUS_LOG_DIR") {
        return PathBuf::from(dir);
    }
    results_dir().join("logs")
}

/// `path` relative to the workspace root when it lies inside it, so the
/// report names the same file on every checkout.
pub fn relative_to_root(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let root = std::path::absolute(root()).unwrap_or_else(|_| root());
    abs.strip_prefix(&root)
        .map_or_else(|_| abs.display().to_string(), |p| p.display().to_string())
}
