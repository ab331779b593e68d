//! JUnit XML for one suite's results, the format CI systems (GitHub Actions'
//! test reporters, GitLab, Jenkins) show natively.
//!
//! One `testsuite` per area (unified) or module (pymongo), one `testcase` per
//! test: `classname` is the area or module, `name` the rest of the test's id.
//! A failure carries its one-line reason (`crate::reasons`) as `message` and
//! the runner's whole message as text; a skip carries its reason. The report
//! writer writes them to `target/conformance/junit/<suite>.xml`.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::reasons;
use crate::results::{Outcome, SuiteResults, TestResult, Totals};

/// The XML text of `results` (sorted by group, then id).
pub fn render(results: &SuiteResults) -> String {
    let mut results = results.clone();
    results.normalize();
    let mut groups: BTreeMap<&str, Vec<&TestResult>> = BTreeMap::new();
    for t in &results.tests {
        groups.entry(t.group.as_str()).or_default().push(t);
    }
    let total = results.totals();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" {}>",
        results.suite.name(),
        counts(&total)
    );
    for (group, tests) in groups {
        let mut t = Totals::default();
        for r in &tests {
            t.add(r.outcome);
        }
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" {}>",
            escape(group),
            counts(&t)
        );
        for r in tests {
            testcase(&mut out, group, r);
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn counts(t: &Totals) -> String {
    format!(
        "tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"",
        t.ran() + t.skipped,
        t.failed,
        t.errors,
        t.skipped
    )
}

fn testcase(out: &mut String, group: &str, r: &TestResult) {
    // The id starts with its group ("crud/…", "test_client.py::…"); the
    // rest names the test within it.
    let name =
        r.id.strip_prefix(group)
            .map(|rest| rest.trim_start_matches(['/', ':']))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(&r.id);
    let open = format!(
        "    <testcase classname=\"{}\" name=\"{}\"",
        escape(group),
        escape(name)
    );
    let message = r.message.as_deref().unwrap_or("");
    let element = match r.outcome {
        Outcome::Passed => {
            let _ = writeln!(out, "{open}/>");
            return;
        }
        Outcome::Failed => "failure",
        Outcome::Error => "error",
        Outcome::Skipped => {
            let _ = writeln!(
                out,
                "{open}>\n      <skipped message=\"{}\"/>\n    </testcase>",
                escape(message.lines().next().unwrap_or(""))
            );
            return;
        }
    };
    let _ = writeln!(
        out,
        "{open}>\n      <{element} message=\"{}\">{}</{element}>\n    </testcase>",
        escape(&reasons::reason(message)),
        escape(message)
    );
}

/// Escapes text for an XML attribute or element, dropping the characters
/// XML 1.0 cannot carry at all (most C0 controls).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            escape("a<b> & \"c\" 'd'\u{1}\n"),
            "a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;\n"
        );
    }
}
