//! The `tracing` layer that turns events into mongod log lines: the event's
//! level is the severity (`E`, `W`, `I`, `D1`, `D2`), its target the
//! component when it is one of mongod's (`NETWORK`, `COMMAND`, …; a module
//! path is `-`), its `id` field the message id, its `ctx` field (or the
//! thread's name) the context, its message `msg`, its other fields `attr`.

use super::line::{Line, TimeFormat};
use serde_json::Value;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::Context;

/// Lines `--quiet` leaves out, as mongod's quiet mode does: connections
/// accepted and ended, and the client metadata of each.
const QUIET_IDS: &[i64] = &[22943, 22944, 51800];

pub struct MongoLayer {
    quiet: bool,
    time: TimeFormat,
}

impl MongoLayer {
    pub fn new(quiet: bool, time: TimeFormat) -> MongoLayer {
        MongoLayer { quiet, time }
    }
}

impl<S: Subscriber> tracing_subscriber::Layer<S> for MongoLayer {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        let meta = event.metadata();
        let mut line = Line {
            severity: severity(*meta.level()),
            component: component(meta.target()),
            ..Line::default()
        };
        event.record(&mut Fields(&mut line));
        if self.quiet && QUIET_IDS.contains(&line.id) {
            return;
        }
        if line.ctx.is_empty() {
            line.ctx = std::thread::current().name().unwrap_or("-").to_string();
        }
        super::sink::write(line.to_json(&self.time.now()));
    }
}

fn severity(level: Level) -> &'static str {
    match level {
        Level::ERROR => "E",
        Level::WARN => "W",
        Level::INFO => "I",
        Level::DEBUG => "D1",
        Level::TRACE => "D2",
    }
}

/// mongod's components are upper-case words (`NETWORK`, `REPL`, `STORAGE`,
/// `COMMAND`, `CONTROL`, …); anything else (a module path) is `-`.
fn component(target: &str) -> String {
    if !target.is_empty()
        && target
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit())
    {
        target.to_string()
    } else {
        "-".to_string()
    }
}

struct Fields<'a>(&'a mut Line);

impl Fields<'_> {
    fn put(&mut self, field: &Field, value: Value) {
        match field.name() {
            "message" => {
                self.0.msg = match value {
                    Value::String(s) => s,
                    v => v.to_string(),
                }
            }
            "id" => self.0.id = value.as_i64().unwrap_or(0),
            "ctx" => {
                self.0.ctx = match value {
                    Value::String(s) => s,
                    v => v.to_string(),
                }
            }
            name => {
                self.0.attr.insert(name.to_string(), value);
            }
        }
    }
}

impl Fields<'_> {
    /// A field holding JSON (a command, a document) is nested as JSON, as
    /// mongod nests BSON in `attr`; other text stays a string.
    fn put_text(&mut self, field: &Field, value: &str) {
        if field.name() != "message" && value.starts_with('{') {
            if let Ok(v) = serde_json::from_str::<Value>(value) {
                self.put(field, v);
                return;
            }
        }
        self.put(field, Value::from(value));
    }
}

impl Visit for Fields<'_> {
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.put(field, Value::from(value));
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.put(field, Value::from(value));
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.put(field, Value::from(value));
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.put(field, Value::from(value));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put_text(field, value);
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.put_text(field, &format!("{value:?}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_and_components() {
        assert_eq!(severity(Level::DEBUG), "D1");
        assert_eq!(component("NETWORK"), "NETWORK");
        assert_eq!(component("secantusdb::net"), "-");
    }
}
