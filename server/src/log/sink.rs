//! Where log lines go: standard output, or a `--logpath` file (appended to
//! with `--logappend`, else replaced — mongod renames an existing file
//! aside first). One writer thread owns the output; lines reach it through
//! a bounded queue, so logging never blocks a command (a line that finds
//! the queue full is counted and dropped rather than stalling the server
//! behind a reader that stopped reading). The last lines are also kept in
//! memory for `getLog: "global"`.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

#[derive(Debug, Clone, Default)]
pub enum Destination {
    #[default]
    Stdout,
    File {
        path: PathBuf,
        append: bool,
    },
}

/// `logRotate`'s two ways (mongod's `systemLog.logRotate`): rename the file
/// aside and start a new one, or reopen it in place after an outside tool
/// moved it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RotateMode {
    Rename,
    Reopen,
}

/// How many recent lines `getLog` can return (mongod keeps 1024).
const RECENT: usize = 1024;
/// Lines waiting for the writer (a bounded channel allocates its slots up
/// front, so this also bounds what an idle server keeps resident).
const QUEUE: usize = 1024;

enum Msg {
    Line(String),
    Flush(SyncSender<()>),
    Rotate(RotateMode, SyncSender<Result<(), String>>),
}

struct Sink {
    tx: SyncSender<Msg>,
}

static SINK: OnceLock<Sink> = OnceLock::new();
static RECENT_LINES: Mutex<VecDeque<String>> = Mutex::new(VecDeque::new());

/// Opens the destination and starts the writer thread.
pub(super) fn open(dest: &Destination) -> Result<(), String> {
    let out = Output::open(dest)?;
    let (tx, rx) = sync_channel::<Msg>(QUEUE);
    std::thread::Builder::new()
        .name("logWriter".into())
        .spawn(move || {
            let mut out = out;
            for msg in rx {
                match msg {
                    Msg::Line(l) => out.line(&l),
                    Msg::Flush(done) => {
                        out.flush();
                        let _ = done.send(());
                    }
                    Msg::Rotate(mode, done) => {
                        let _ = done.send(out.rotate(mode));
                    }
                }
            }
        })
        .map_err(|e| format!("cannot start the log writer: {e}"))?;
    SINK.set(Sink { tx })
        .map_err(|_| "the log is already open".to_string())
}

/// Queues a line for the writer and keeps it for `getLog`.
pub(super) fn write(line: String) {
    {
        let mut recent = RECENT_LINES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if recent.len() == RECENT {
            recent.pop_front();
        }
        recent.push_back(line.clone());
    }
    if let Some(s) = SINK.get() {
        let _ = s.tx.try_send(Msg::Line(line));
    }
}

pub(super) fn flush() {
    if let Some(s) = SINK.get() {
        let (tx, rx) = sync_channel(1);
        if s.tx.send(Msg::Flush(tx)).is_ok() {
            let _ = rx.recv_timeout(Duration::from_secs(2));
        }
    }
}

/// The lines logged most recently, oldest first (empty when the process
/// did not install the log, as an embedding test does not).
pub fn recent_lines() -> Vec<String> {
    RECENT_LINES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .iter()
        .cloned()
        .collect()
}

/// `logRotate`: Ok(false) when the log is not a file (nothing to rotate).
pub fn rotate(mode: RotateMode) -> Result<bool, String> {
    let Some(s) = SINK.get() else {
        return Ok(false);
    };
    let (tx, rx) = sync_channel(1);
    s.tx.send(Msg::Rotate(mode, tx))
        .map_err(|_| "the log writer has stopped".to_string())?;
    match rx.recv_timeout(Duration::from_secs(10)) {
        Ok(Ok(())) => Ok(true),
        Ok(Err(e)) => Err(e),
        Err(_) => Err("the log writer did not answer".into()),
    }
}

enum Output {
    Stdout(std::io::Stdout),
    File { path: PathBuf, file: File },
}

impl Output {
    fn open(dest: &Destination) -> Result<Output, String> {
        match dest {
            Destination::Stdout => Ok(Output::Stdout(std::io::stdout())),
            Destination::File { path, append } => {
                if !append && path.exists() {
                    // mongod keeps the previous log: it renames it aside
                    // rather than truncating it.
                    rename_aside(path)?;
                }
                Ok(Output::File {
                    path: path.clone(),
                    file: open_file(path)?,
                })
            }
        }
    }

    fn line(&mut self, l: &str) {
        match self {
            Output::Stdout(o) => {
                let mut o = o.lock();
                let _ = o.write_all(l.as_bytes());
                let _ = o.write_all(b"\n");
                let _ = o.flush();
            }
            Output::File { file, .. } => {
                let mut buf = Vec::with_capacity(l.len() + 1);
                buf.extend_from_slice(l.as_bytes());
                buf.push(b'\n');
                let _ = file.write_all(&buf);
            }
        }
    }

    fn flush(&mut self) {
        match self {
            Output::Stdout(o) => {
                let _ = o.flush();
            }
            Output::File { file, .. } => {
                let _ = file.flush();
            }
        }
    }

    fn rotate(&mut self, mode: RotateMode) -> Result<(), String> {
        let Output::File { path, file } = self else {
            return Ok(());
        };
        if mode == RotateMode::Rename {
            rename_aside(path)?;
        }
        *file = open_file(path)?;
        Ok(())
    }
}

fn open_file(path: &Path) -> Result<File, String> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| format!("Failed to open {}: {e}", path.display()))
}

/// mongod's rename: `<path>.<UTC time as YYYY-MM-DDTHH-MM-SS>`, with a
/// counter when that name is taken (two rotations in one second).
fn rename_aside(path: &Path) -> Result<(), String> {
    let stamp = chrono::Utc::now().format("%Y-%m-%dT%H-%M-%S").to_string();
    let mut target = PathBuf::from(format!("{}.{stamp}", path.display()));
    let mut n = 1;
    while target.exists() {
        target = PathBuf::from(format!("{}.{stamp}.{n}", path.display()));
        n += 1;
    }
    std::fs::rename(path, &target).map_err(|e| {
        format!(
            "Failed to rename {} to {}: {e}",
            path.display(),
            target.display()
        )
    })
}
