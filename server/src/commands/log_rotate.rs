//! `logRotate`: with `--logpath`, renames the log file aside
//! (`<path>.<UTC time>`) and opens a new one, or with `--logRotate reopen`
//! reopens the file an outside tool moved, as mongod does. A log written to
//! standard output has nothing to rotate.

use crate::commands::Ctx;
use crate::error::{Error, ErrorCode, Result};
use crate::log::RotateMode;
use bson::{Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    // mongod 5.0+: `logRotate: 1` or a log type ("server", "audit").
    let kind = match cmd.get("logRotate") {
        Some(Bson::String(s)) => Some(s.as_str()),
        _ => None,
    };
    if let Some(k) = kind {
        if k != "server" {
            return Err(Error::new(
                ErrorCode::NoSuchKey,
                format!("Unknown log type for rotate: {k}"),
            ));
        }
    }
    let mode = if ctx.state.config.log_rotate_reopen {
        RotateMode::Reopen
    } else {
        RotateMode::Rename
    };
    let suffix = chrono::Utc::now().format("%Y-%m-%dT%H-%M-%S").to_string();
    tracing::info!(target: "CONTROL", id = 23166, ctx = %format_args!("conn{}", ctx.conn.id),
        suffix = %suffix, logType = kind.unwrap_or("server"), "Log rotation initiated");
    crate::log::rotate(mode).map_err(|e| Error::new(ErrorCode::FileRenameFailed, e))?;
    Ok(Document::new())
}
