//! `getLog`: recent log lines. `"*"` lists the available logs; `global`
//! returns the last lines the log wrote (mongod's JSON lines), and
//! `startupWarnings` the warnings of the start (none).

use crate::commands::Ctx;
use crate::error::{Error, Result};
use bson::{doc, Bson, Document};

pub fn run(ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    match cmd.get("getLog") {
        Some(Bson::String(s)) if s == "*" => Ok(doc! { "names": ["global", "startupWarnings"] }),
        Some(Bson::String(s)) if s == "global" || s == "startupWarnings" => {
            let recent = crate::log::recent_lines();
            let lines = if s == "global" && !recent.is_empty() {
                recent
            } else if s == "global" {
                ctx.state
                    .startup_log
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .clone()
            } else {
                Vec::new()
            };
            Ok(doc! { "totalLinesWritten": lines.len() as i32, "log": lines })
        }
        Some(Bson::String(s)) => Err(Error::bad_value(format!("No log named '{s}'"))),
        Some(v) => Err(crate::value::field_type_error(
            "getLog", "getLog", v, "string",
        )),
        None => Err(Error::bad_value("getLog needs a log name")),
    }
}
