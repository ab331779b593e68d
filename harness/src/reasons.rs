//! Why a test failed, in one deterministic line.
//!
//! The runners keep each failure's whole message in the raw results
//! (`target/conformance/*.json`); the report writer turns it into
//! - a *reason*: the message's first line with what differs from run to run
//!   removed (ports, object ids, timestamps, addresses, pymongo's echo of the
//!   whole server reply), so the same failure gives the same text on every
//!   run and the committed reports only change when a failure does;
//! - a *cause*: the part of the reason that failing tests share, used to
//!   group them in the report (the server's error code name and message when
//!   the failure is a server error, else the reason itself).

use std::sync::LazyLock;

use regex::Regex;

/// Longest reason kept; the raw results keep the whole message.
const MAX_REASON: usize = 240;
/// Longest cause shown in the report's table.
const MAX_CAUSE: usize = 160;

struct Rule {
    pattern: Regex,
    replacement: &'static str,
}

fn rule(pattern: &str, replacement: &'static str) -> Rule {
    Rule {
        pattern: Regex::new(pattern).expect("reason patterns are valid"),
        replacement,
    }
}

/// What varies between two runs of the same failure, and what replaces it.
static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    vec![
        // pymongo appends the server's whole reply (with $clusterTime,
        // operationTime and signatures) to OperationFailure's message.
        rule(r", full error: \{.*$", ""),
        // pymongo's topology descriptions carry an ObjectId and ports.
        rule(r"(?i), topology description: <.*$", ""),
        rule(r"ObjectId\('[0-9a-f]{24}'\)", "ObjectId(…)"),
        rule(r"\b[0-9a-f]{24}\b", "<id>"),
        rule(
            r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
            "<uuid>",
        ),
        rule(r"Timestamp\(\d+, \d+\)", "Timestamp(…)"),
        rule(r"\b0x[0-9a-f]{6,}\b", "0x…"),
        rule(
            r"\b(127\.0\.0\.1|localhost|\[::1\]|0\.0\.0\.0):\d+",
            "$1:<port>",
        ),
        rule(r"\bpid \d+", "pid <n>"),
        rule(
            r"\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?",
            "<time>",
        ),
        rule(r"\b\d+(\.\d+)? ?(ms|µs|s)\b", "<duration>"),
    ]
});

/// Error code name and message in the unified runner's form
/// ("Error code 238 (NotImplemented): …").
static DRIVER_ERROR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"Error code (\d+) \((\w+)\): (.*)$").expect("valid pattern"));

/// pymongo's OperationFailure with the reply's code name, before the reply
/// is stripped: "…OperationFailure: MSG, full error: {… 'codeName': 'X' …}".
static PYMONGO_ERROR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"([\w.]+(?:Failure|Error)): (.*?), full error: \{.*'code': (\d+), 'codeName': '(\w+)'",
    )
    .expect("valid pattern")
});

/// The deterministic one-line reason of a failure message.
pub fn reason(message: &str) -> String {
    let first = message
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("(no message)");
    let mut line = first.to_string();
    if let Some(c) = PYMONGO_ERROR.captures(first) {
        line = format!("{}: {} (code {} {})", &c[1], &c[2], &c[3], &c[4]);
    }
    for r in RULES.iter() {
        line = r.pattern.replace_all(&line, r.replacement).into_owned();
    }
    truncate(&line, MAX_REASON)
}

/// The part of a reason that tests failing the same way share.
pub fn cause(reason: &str) -> String {
    if let Some(c) = DRIVER_ERROR.captures(reason) {
        return truncate(&format!("{} ({}): {}", &c[2], &c[1], &c[3]), MAX_CAUSE);
    }
    if let Some((msg, code)) = reason
        .rsplit_once(" (code ")
        .and_then(|(head, tail)| Some((head, tail.strip_suffix(')')?)))
    {
        if let Some((num, name)) = code.split_once(' ') {
            let msg = msg.split_once(": ").map_or(msg, |(_, m)| m);
            return truncate(&format!("{name} ({num}): {msg}"), MAX_CAUSE);
        }
    }
    truncate(reason, MAX_CAUSE)
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unified_driver_error() {
        let m = "createCollection on database0: unexpected error: Command failed: Error code \
                 238 (NotImplemented): create option 'clusteredIndex' is not implemented yet";
        let r = reason(m);
        assert_eq!(r, m);
        assert_eq!(
            cause(&r),
            "NotImplemented (238): create option 'clusteredIndex' is not implemented yet"
        );
    }

    #[test]
    fn pymongo_operation_failure_drops_the_reply() {
        let m = "pymongo.errors.OperationFailure: '2d' indexes are not implemented yet, full \
                 error: {'ok': 0.0, 'errmsg': \"'2d' indexes are not implemented yet\", 'code': \
                 238, 'codeName': 'NotImplemented', '$clusterTime': {'clusterTime': \
                 Timestamp(1796650000, 3)}}\nsecond line";
        let r = reason(m);
        assert_eq!(
            r,
            "pymongo.errors.OperationFailure: '2d' indexes are not implemented yet (code 238 NotImplemented)"
        );
        assert_eq!(
            cause(&r),
            "NotImplemented (238): '2d' indexes are not implemented yet"
        );
    }

    #[test]
    fn run_specific_parts_are_replaced() {
        let a = reason(
            "ServerSelectionTimeoutError: localhost:40123: timed out after 30.5s, Topology \
             Description: <TopologyDescription id: 6b16c85264d714b391c0aaaa>",
        );
        let b = reason(
            "ServerSelectionTimeoutError: localhost:39001: timed out after 30.7s, Topology \
             Description: <TopologyDescription id: 6b16c89f64d714b391c0bbbb>",
        );
        assert_eq!(a, b);
        assert_eq!(
            a,
            "ServerSelectionTimeoutError: localhost:<port>: timed out after <duration>"
        );
        assert_eq!(
            reason("id 65f0c0ffee0123456789abcd at 0x7f00deadbeef"),
            "id <id> at 0x…"
        );
    }

    #[test]
    fn long_reasons_are_cut() {
        let r = reason(&"x".repeat(1000));
        assert_eq!(r.chars().count(), MAX_REASON + 1);
        assert!(r.ends_with('…'));
        assert_eq!(reason(""), "(no message)");
    }
}
