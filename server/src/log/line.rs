//! One log line in mongod's JSON format. The key order is mongod's: `t`,
//! `s`, `c`, `id`, `ctx`, `msg`, then `attr` when there is any; as mongod's
//! formatter does, the severity, component and id are padded with spaces
//! after their comma to 5, 11 and 8 characters, so the columns line up.

use serde_json::{Map, Value};

/// `--timeStampFormat`: mongod writes local time with its offset by default
/// (`iso8601-local`), or UTC with a `Z` (`iso8601-utc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimeFormat {
    #[default]
    Local,
    Utc,
}

impl TimeFormat {
    /// mongod's option values; `ctime` is refused since 4.4, as here.
    pub fn parse(s: &str) -> Option<TimeFormat> {
        match s {
            "iso8601-local" => Some(TimeFormat::Local),
            "iso8601-utc" => Some(TimeFormat::Utc),
            _ => None,
        }
    }

    pub fn now(self) -> String {
        match self {
            TimeFormat::Local => chrono::Local::now()
                .format("%Y-%m-%dT%H:%M:%S%.3f%:z")
                .to_string(),
            TimeFormat::Utc => chrono::Utc::now()
                .format("%Y-%m-%dT%H:%M:%S%.3fZ")
                .to_string(),
        }
    }
}

/// The parts of a line, as the layer collects them from an event.
#[derive(Debug, Default)]
pub struct Line {
    pub severity: &'static str,
    pub component: String,
    pub id: i64,
    pub ctx: String,
    pub msg: String,
    pub attr: Map<String, Value>,
}

impl Line {
    pub fn to_json(&self, time: &str) -> String {
        let mut out = String::with_capacity(160);
        out.push_str("{\"t\":{\"$date\":");
        push_str(&mut out, time);
        out.push_str("},\"s\":");
        padded(&mut out, &quoted(self.severity), 5);
        out.push_str("\"c\":");
        padded(&mut out, &quoted(&self.component), 11);
        out.push_str("\"id\":");
        padded(&mut out, &self.id.to_string(), 8);
        out.push_str("\"ctx\":");
        push_str(&mut out, &self.ctx);
        out.push_str(",\"msg\":");
        push_str(&mut out, &self.msg);
        if !self.attr.is_empty() {
            out.push_str(",\"attr\":");
            out.push_str(&serde_json::to_string(&self.attr).unwrap_or_else(|_| "{}".into()));
        }
        out.push('}');
        out
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn push_str(out: &mut String, s: &str) {
    out.push_str(&quoted(s));
}

/// A value, its comma, and the spaces that bring the value to `width`.
fn padded(out: &mut String, value: &str, width: usize) {
    out.push_str(value);
    out.push(',');
    for _ in value.chars().count()..width {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_mongods_shape() {
        let mut attr = Map::new();
        attr.insert("port".into(), Value::from(27017));
        let line = Line {
            severity: "I",
            component: "NETWORK".into(),
            id: 23016,
            ctx: "listener".into(),
            msg: "Waiting for connections".into(),
            attr,
        };
        assert_eq!(
            line.to_json("2020-05-01T15:16:17.180+00:00"),
            r#"{"t":{"$date":"2020-05-01T15:16:17.180+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017}}"#
        );
    }

    #[test]
    fn time_formats() {
        // 2020-05-01T15:16:17.180Z and 2020-05-01T15:16:17.180+00:00
        assert_eq!(TimeFormat::Utc.now().len(), 24);
        assert!(TimeFormat::Utc.now().ends_with('Z'));
        let local = TimeFormat::Local.now();
        assert_eq!(local.len(), 29);
        assert!(matches!(&local[23..24], "+" | "-"), "{local}");
        assert_eq!(TimeFormat::parse("ctime"), None);
    }
}
