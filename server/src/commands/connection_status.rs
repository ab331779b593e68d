//! `connectionStatus`: who this connection is authenticated as. Without
//! authentication enabled that is nobody, with no roles.

use crate::commands::Ctx;
use crate::error::Result;
use bson::{doc, Bson, Document};

pub fn run(_ctx: &mut Ctx<'_>, cmd: &Document) -> Result<Document> {
    let mut info = doc! {
        "authenticatedUsers": Vec::<Bson>::new(),
        "authenticatedUserRoles": Vec::<Bson>::new(),
    };
    if cmd.get("showPrivileges").is_some_and(crate::value::truthy) {
        info.insert("authenticatedUserPrivileges", Vec::<Bson>::new());
    }
    Ok(doc! { "authInfo": info })
}
