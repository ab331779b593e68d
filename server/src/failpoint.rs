//! Fail points (test-only, behind `--enable-test-commands`): the `failCommand`
//! fail point that drivers' test suites configure with `configureFailPoint`
//! to make the next matching commands fail, block, close the connection or
//! report a write-concern error. `dispatch` consults it before running a
//! command.

use crate::error::{Error, ErrorCode, Result};
use bson::{Bson, Document};
use std::sync::Mutex;

/// How often an armed fail point fires.
#[derive(Debug, Clone)]
enum Mode {
    AlwaysOn,
    /// Fires this many more times.
    Times(i64),
    /// Lets this many matching commands pass, then fires always.
    Skip(i64),
    /// Fires with this probability each time.
    Random(f64),
}

#[derive(Debug, Clone)]
struct FailCommand {
    mode: Mode,
    commands: Vec<String>,
    error_code: Option<i32>,
    error_labels: Option<Vec<String>>,
    close_connection: bool,
    block_ms: Option<u64>,
    write_concern_error: Option<Document>,
    app_name: Option<String>,
}

impl FailCommand {
    /// failCommand's `data`, for a fail point turned on in `mode`.
    fn parse(mode: Mode, data: &Document) -> Result<FailCommand> {
        let commands = match data.get("failCommands") {
            Some(Bson::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            // Without failCommands the fail point is on but matches nothing.
            None => Vec::new(),
            _ => {
                return Err(Error::bad_value(
                    "'failCommands' must be an array of command names",
                ))
            }
        };
        let error_labels = match data.get("errorLabels") {
            Some(Bson::Array(a)) => Some(
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ),
            _ => None,
        };
        let block = data
            .get("blockConnection")
            .is_some_and(crate::value::truthy);
        Ok(FailCommand {
            mode,
            commands,
            error_code: data
                .get("errorCode")
                .and_then(crate::value::as_i64)
                .map(|c| c as i32),
            error_labels,
            close_connection: data
                .get("closeConnection")
                .is_some_and(crate::value::truthy),
            block_ms: if block {
                Some(
                    data.get("blockTimeMS")
                        .and_then(crate::value::as_i64)
                        .unwrap_or(0)
                        .max(0) as u64,
                )
            } else {
                None
            },
            write_concern_error: data.get_document("writeConcernError").ok().cloned(),
            app_name: data.get_str("appName").ok().map(str::to_string),
        })
    }
}

/// What a fired fail point does to the command.
#[derive(Debug, Default)]
pub struct Action {
    pub block_ms: Option<u64>,
    pub close_connection: bool,
    pub error: Option<Error>,
    pub write_concern_error: Option<Document>,
    /// `errorLabels`: the reply's labels, instead of the server's own.
    pub error_labels: Option<Vec<String>>,
}

#[derive(Default)]
pub struct FailPoints {
    fail_command: Mutex<Option<FailCommand>>,
    /// `maxTimeAlwaysTimeOut`: every operation with a time limit times out.
    max_time_always_time_out: Mutex<Option<Mode>>,
    /// `onPrimaryTransactionalWrite`: a retryable write fails around its commit.
    on_primary_transactional_write: Mutex<Option<(Mode, Document)>>,
    /// `failGetMoreAfterCursorCheckout`: a getMore fails with `errorCode`
    /// once it holds its cursor.
    fail_get_more: Mutex<Option<(Mode, Document)>>,
    /// `panicInCommand` (this server's own, for its robustness tests): a
    /// matching command panics after its writes, before they commit.
    panic_in_command: Mutex<Option<(Mode, Vec<String>)>>,
    /// How many times each fail point fired since it was last configured
    /// (mongod's `timesEntered`, which `configureFailPoint` answers as
    /// `count`).
    entered: Mutex<std::collections::HashMap<&'static str, i64>>,
}

/// What `onPrimaryTransactionalWrite` does to a retryable write. Its
/// `closeConnection` defaults to true, so by default the client sees a
/// network error whether or not the write committed.
#[derive(Debug, Clone)]
pub enum TransactionalWriteFault {
    /// Fail with this code before the write commits (nothing is written),
    /// and close the connection instead of answering when asked.
    FailBeforeCommit { code: i32, close_connection: bool },
    /// Commit the write, then drop the connection without replying.
    CloseAfterCommit,
}

/// `mode` as mongod's `FailPoint::parseBSON` reads it, with its errors.
fn parse_mode(cmd: &Document) -> Result<Option<Mode>> {
    let Some(v) = cmd.get("mode") else {
        return Err(Error::new(
            ErrorCode::IllegalOperation,
            "When setting a failpoint, you must supply a 'mode'",
        ));
    };
    match v {
        Bson::String(s) if s == "off" => Ok(None),
        Bson::String(s) if s == "alwaysOn" => Ok(Some(Mode::AlwaysOn)),
        Bson::String(s) => Err(Error::bad_value(format!("unknown mode: {s}"))),
        Bson::Document(d) => {
            if let Some(t) = d.get("times") {
                let n = count(t, "times")?;
                return Ok((n > 0).then_some(Mode::Times(n)));
            }
            if let Some(s) = d.get("skip") {
                return Ok(Some(Mode::Skip(count(s, "skip")?)));
            }
            if let Some(p) = d.get("activationProbability") {
                let p = crate::value::as_f64(p).filter(|_| crate::value::is_number(p)).ok_or_else(|| {
                    Error::type_mismatch(
                        "the 'activationProbability' option to 'mode' must be a double between 0 and 1",
                    )
                })?;
                if !(0.0..=1.0).contains(&p) {
                    return Err(Error::bad_value(format!(
                        "activationProbability must be between 0.0 and 1.0; found {p}"
                    )));
                }
                return Ok(Some(Mode::Random(p)));
            }
            Err(Error::bad_value(
                "'mode' must be one of 'off', 'alwaysOn', '{times:n}', '{skip:n}' or '{activationProbability:p}'",
            ))
        }
        _ => Err(Error::type_mismatch(
            "'mode' must be a string or JSON object",
        )),
    }
}

/// The `times` or `skip` count of a mode: an integer from 0 to 2^31-1.
fn count(v: &Bson, field: &str) -> Result<i64> {
    let n = match v {
        Bson::Int32(n) => i64::from(*n),
        Bson::Int64(n) => *n,
        Bson::Double(f) if f.fract() == 0.0 => *f as i64,
        other => {
            return Err(Error::type_mismatch(format!(
                "\"{field}\" had the wrong type. Expected long, found {}",
                crate::value::type_name(other)
            )))
        }
    };
    if n < 0 {
        return Err(Error::bad_value(format!(
            "'{field}' option to 'mode' must be positive"
        )));
    }
    if n > i64::from(i32::MAX) {
        return Err(Error::bad_value(format!(
            "'{field}' option to 'mode' is too large"
        )));
    }
    Ok(n)
}

impl FailPoints {
    /// Counts one firing of `name`.
    fn note(&self, name: &'static str, fired: bool) {
        if fired {
            *self
                .entered
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .entry(name)
                .or_default() += 1;
        }
    }

    /// Whether any fail point is on (one whose `times` ran out is off).
    pub fn any_armed(&self) -> bool {
        fn on<T>(m: &Mutex<Option<T>>) -> bool {
            m.lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .is_some()
        }
        on(&self.fail_command)
            || on(&self.max_time_always_time_out)
            || on(&self.on_primary_transactional_write)
            || on(&self.fail_get_more)
            || on(&self.panic_in_command)
    }

    /// `configureFailPoint`. Returns how many times the fail point fired
    /// under its previous configuration (mongod's `count`), and starts
    /// counting again.
    pub fn configure(&self, cmd: &Document) -> Result<i64> {
        let name = match cmd.get("configureFailPoint") {
            Some(Bson::String(s)) => s.clone(),
            _ => String::new(),
        };
        self.apply(cmd)?;
        Ok(self
            .entered
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(name.as_str())
            .unwrap_or(0))
    }

    fn apply(&self, cmd: &Document) -> Result<()> {
        let name = match cmd.get("configureFailPoint") {
            Some(Bson::String(s)) => s.as_str(),
            _ => {
                return Err(Error::type_mismatch(
                    "configureFailPoint needs a fail point name",
                ))
            }
        };
        let mode = parse_mode(cmd)?;
        let data = match cmd.get("data") {
            Some(Bson::Document(d)) => d.clone(),
            None => Document::new(),
            Some(_) => {
                return Err(Error::type_mismatch(
                    "the 'data' option must be a JSON object",
                ))
            }
        };
        match name {
            "failCommand" => {}
            "maxTimeAlwaysTimeOut" => {
                *self
                    .max_time_always_time_out
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = mode;
                return Ok(());
            }
            "onPrimaryTransactionalWrite" => {
                *self
                    .on_primary_transactional_write
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = mode.map(|m| (m, data));
                return Ok(());
            }
            "panicInCommand" => {
                let commands = data
                    .get_array("failCommands")
                    .ok()
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                *self
                    .panic_in_command
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) =
                    mode.map(|m| (m, commands));
                return Ok(());
            }
            "failGetMoreAfterCursorCheckout" => {
                *self
                    .fail_get_more
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = mode.map(|m| (m, data));
                return Ok(());
            }
            _ => {
                return Err(Error::new(
                    ErrorCode::FailPointSetFailed,
                    format!("{name} not found"),
                ))
            }
        }
        let mut slot = self
            .fail_command
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(mode) = mode else {
            *slot = None;
            return Ok(());
        };
        *slot = Some(FailCommand::parse(mode, &data)?);
        Ok(())
    }

    /// Panics when `panicInCommand` fires for `command` (a test of how
    /// the server survives a bug in a command).
    pub fn maybe_panic(&self, command: &str) {
        let mut slot = self
            .panic_in_command
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some((mode, commands)) = slot.as_mut() else {
            return;
        };
        if !commands.iter().any(|c| c == command) {
            return;
        }
        let fire = fires(mode);
        if matches!(mode, Mode::Times(n) if *n <= 0) {
            *slot = None;
        }
        drop(slot);
        self.note("panicInCommand", fire);
        if fire {
            panic!("panicInCommand fail point in {command}");
        }
    }

    /// Whether `onPrimaryTransactionalWrite` fires for a retryable write.
    pub fn transactional_write_fault(&self) -> Option<TransactionalWriteFault> {
        let mut slot = self
            .on_primary_transactional_write
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (mode, data) = slot.as_mut()?;
        let fire = fires(mode);
        let data = data.clone();
        if matches!(mode, Mode::Times(0)) {
            *slot = None;
        }
        drop(slot);
        self.note("onPrimaryTransactionalWrite", fire);
        if !fire {
            return None;
        }
        let close_connection = data.get("closeConnection").is_none_or(crate::value::truthy);
        if let Some(code) = data
            .get("failBeforeCommitExceptionCode")
            .and_then(crate::value::as_i64)
        {
            return Some(TransactionalWriteFault::FailBeforeCommit {
                code: code as i32,
                close_connection,
            });
        }
        if close_connection {
            return Some(TransactionalWriteFault::CloseAfterCommit);
        }
        None
    }

    /// The error `failGetMoreAfterCursorCheckout` makes a getMore fail with.
    pub fn get_more_fault(&self) -> Option<Error> {
        let mut slot = self
            .fail_get_more
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let (mode, data) = slot.as_mut()?;
        let fire = fires(mode);
        let code = data
            .get("errorCode")
            .and_then(crate::value::as_i64)
            .unwrap_or(ErrorCode::InternalError.code().into());
        if matches!(mode, Mode::Times(0)) {
            *slot = None;
        }
        drop(slot);
        self.note("failGetMoreAfterCursorCheckout", fire);
        fire.then(|| {
            Error::new(
                ErrorCode::from_code(code as i32),
                "Failing getMore via 'failGetMoreAfterCursorCheckout' failpoint",
            )
        })
    }

    /// Whether `maxTimeAlwaysTimeOut` makes a command with a time limit fail.
    pub fn max_time_expired(&self) -> bool {
        let mut slot = self
            .max_time_always_time_out
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let fire = slot.as_mut().is_some_and(fires);
        if matches!(slot.as_ref(), Some(Mode::Times(0))) {
            *slot = None;
        }
        drop(slot);
        self.note("maxTimeAlwaysTimeOut", fire);
        fire
    }

    /// Whether the fail point fires for the command known by `names` (its
    /// name and aliases); consumes one firing.
    pub fn check(&self, names: &[&str], app_name: Option<&str>) -> Option<Action> {
        let command = names.first().copied().unwrap_or_default();
        let mut slot = self
            .fail_command
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let fp = slot.as_mut()?;
        if !fp.commands.iter().any(|c| names.contains(&c.as_str())) {
            return None;
        }
        if let Some(app) = &fp.app_name {
            if Some(app.as_str()) != app_name {
                return None;
            }
        }
        match &mut fp.mode {
            Mode::AlwaysOn => {}
            Mode::Skip(n) if *n > 0 => {
                *n -= 1;
                return None;
            }
            Mode::Skip(_) => {}
            Mode::Times(n) => {
                *n -= 1;
            }
            Mode::Random(p) => {
                if rand::random::<f64>() >= *p {
                    return None;
                }
            }
        }
        let fp = fp.clone();
        if matches!(fp.mode, Mode::Times(0)) {
            *slot = None;
        }
        drop(slot);
        self.note("failCommand", true);
        let error = fp.error_code.map(|code| {
            Error::new(
                ErrorCode::from_code(code),
                format!("Failing command {command} via 'failCommand' failpoint"),
            )
        });
        Some(Action {
            block_ms: fp.block_ms,
            close_connection: fp.close_connection,
            error,
            write_concern_error: fp.write_concern_error,
            error_labels: fp.error_labels,
        })
    }
}

/// Consumes one activation of a fail point mode; true when it fires.
fn fires(mode: &mut Mode) -> bool {
    match mode {
        Mode::AlwaysOn => true,
        Mode::Skip(n) if *n > 0 => {
            *n -= 1;
            false
        }
        Mode::Skip(_) => true,
        Mode::Times(n) => {
            *n -= 1;
            true
        }
        Mode::Random(p) => rand::random::<f64>() < *p,
    }
}
