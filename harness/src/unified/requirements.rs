//! runOnRequirements: what the server under test is, and whether a case's
//! requirements admit it.

use bson::{doc, Bson, Document};
use mongodb::Client;

use super::matcher;
use super::model::{parse_version, RunOnRequirement};

/// What the runner learned about the server once per server.
#[derive(Clone, Debug)]
pub struct ServerInfo {
    pub version: (u32, u32, u32),
    /// `single` or `replicaset`.
    pub topology: String,
    pub parameters: Document,
}

impl ServerInfo {
    /// Asks the server: buildInfo, hello, getParameter.
    pub async fn probe(uri: &str) -> Result<Self, String> {
        let client = Client::with_uri_str(uri).await.map_err(|e| e.to_string())?;
        let admin = client.database("admin");
        let build = admin
            .run_command(doc! {"buildInfo": 1})
            .await
            .map_err(|e| format!("buildInfo: {e}"))?;
        let version = build
            .get_str("version")
            .ok()
            .and_then(parse_version)
            .ok_or("buildInfo without a version")?;
        let hello = admin
            .run_command(doc! {"hello": 1})
            .await
            .map_err(|e| format!("hello: {e}"))?;
        let topology = if hello.get_str("setName").is_ok() {
            "replicaset"
        } else if hello.get_str("msg").ok() == Some("isdbgrid") {
            "sharded"
        } else {
            "single"
        };
        let parameters = admin
            .run_command(doc! {"getParameter": "*"})
            .await
            .unwrap_or_default();
        client.shutdown().await;
        Ok(ServerInfo {
            version,
            topology: topology.into(),
            parameters,
        })
    }

    fn admits(&self, r: &RunOnRequirement) -> Result<(), String> {
        if let Some(min) = r.min_server_version.as_deref().and_then(parse_version) {
            if self.version < min {
                return Err(format!(
                    "needs server >= {}",
                    r.min_server_version.as_deref().unwrap_or_default()
                ));
            }
        }
        if let Some(max) = r.max_server_version.as_deref().and_then(parse_version) {
            if self.version > max {
                return Err(format!(
                    "needs server <= {}",
                    r.max_server_version.as_deref().unwrap_or_default()
                ));
            }
        }
        if let Some(topologies) = &r.topologies {
            if !topologies.iter().any(|t| t == &self.topology) {
                return Err(format!("needs topology {}", topologies.join("/")));
            }
        }
        if let Some(params) = &r.server_parameters {
            for (k, v) in params {
                matcher::matches_root(v, self.parameters.get(k), &matcher::NoEntities)
                    .map_err(|_| format!("needs server parameter {k} = {v}"))?;
            }
        }
        if r.auth == Some(true) || r.auth_mechanism.is_some() {
            return Err("needs authentication".into());
        }
        if r.serverless.as_deref() == Some("require") {
            return Err("needs serverless".into());
        }
        if matches!(r.csfle, Some(Bson::Boolean(true) | Bson::Document(_))) {
            return Err("needs client-side encryption (out of scope)".into());
        }
        Ok(())
    }

    /// Whether a case this replica-set member cannot run (file-level and
    /// case-level requirements, `reqs`) would run on a standalone server of
    /// the same build: the runner then runs it on one started with
    /// `--standalone` instead of skipping it.
    pub fn wants_standalone(&self, reqs: &[&[RunOnRequirement]]) -> bool {
        if self.topology != "replicaset" || reqs.iter().all(|r| self.check(r).is_ok()) {
            return false;
        }
        let single = ServerInfo {
            topology: "single".into(),
            ..self.clone()
        };
        reqs.iter().all(|r| single.check(r).is_ok())
    }

    /// Ok when any requirement admits this server; otherwise the skip reason.
    pub fn check(&self, reqs: &[RunOnRequirement]) -> Result<(), String> {
        if reqs.is_empty() {
            return Ok(());
        }
        let mut why = Vec::new();
        for r in reqs {
            match self.admits(r) {
                Ok(()) => return Ok(()),
                Err(e) => why.push(e),
            }
        }
        why.sort();
        why.dedup();
        Err(format!("runOnRequirements not met: {}", why.join("; ")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> ServerInfo {
        ServerInfo {
            version: (8, 0, 0),
            topology: "replicaset".into(),
            parameters: doc! {"enableTestCommands": true},
        }
    }

    #[test]
    fn requirements() {
        let r = |d: Document| -> RunOnRequirement { bson::deserialize_from_document(d).unwrap() };
        assert!(info().check(&[r(doc! {"minServerVersion": "4.4"})]).is_ok());
        assert!(info()
            .check(&[r(doc! {"maxServerVersion": "6.99"})])
            .is_err());
        assert!(info()
            .check(&[r(doc! {"topologies": ["sharded", "load-balanced"]})])
            .is_err());
        assert!(info()
            .check(&[
                r(doc! {"topologies": ["sharded"]}),
                r(doc! {"topologies": ["replicaset"]})
            ])
            .is_ok());
        assert!(info()
            .check(&[r(doc! {"serverParameters": {"enableTestCommands": true}})])
            .is_ok());
        assert!(info().check(&[r(doc! {"auth": true})]).is_err());
    }

    #[test]
    fn standalone_only_cases_go_to_a_standalone_server() {
        let r = |d: Document| -> RunOnRequirement { bson::deserialize_from_document(d).unwrap() };
        let single = [r(doc! {"topologies": ["single"]})];
        let either = [r(doc! {"topologies": ["single", "replicaset"]})];
        let sharded = [r(doc! {"topologies": ["sharded"]})];
        let old = [r(
            doc! {"topologies": ["single"], "maxServerVersion": "4.0"},
        )];
        assert!(info().wants_standalone(&[&single]));
        assert!(info().wants_standalone(&[&either, &single]));
        assert!(!info().wants_standalone(&[&either]));
        assert!(!info().wants_standalone(&[&sharded]));
        assert!(!info().wants_standalone(&[&old]));
        let standalone = ServerInfo {
            topology: "single".into(),
            ..info()
        };
        assert!(!standalone.wants_standalone(&[&single]));
    }
}
