//! `listCommands`: generated from the dispatch table.

use crate::dispatch::{Ctx, COMMANDS};
use crate::error::Result;
use bson::{doc, Document};

pub fn run(ctx: &mut Ctx<'_>, _cmd: &Document) -> Result<Document> {
    let mut commands = Document::new();
    let mut all: Vec<(&str, &crate::dispatch::CommandSpec)> = Vec::new();
    for spec in COMMANDS {
        if spec.test_only && !ctx.state.config.enable_test_commands {
            continue;
        }
        all.push((spec.name, spec));
        for a in spec.aliases {
            all.push((a, spec));
        }
    }
    all.sort_by_key(|(n, _)| *n);
    for (name, spec) in all {
        commands.insert(
            name,
            doc! {
                "help": spec.help,
                "requiresAuth": false,
                "secondaryOk": !spec.is_write,
                "adminOnly": spec.admin_only,
                "apiVersions": [],
                "deprecatedApiVersions": [],
            },
        );
    }
    Ok(doc! { "commands": commands })
}
