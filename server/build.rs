//! Link settings for the server binary (the library and the tests are
//! unaffected). Both keep an idle in-memory server small: what a process
//! keeps resident is mostly the pages of the executable it has touched
//! (`make bench`, reports/bench-startup.md).
//!
//! - Position-dependent: relative relocations are resolved at link time
//!   instead of at every start, so a start does not write to (and keep
//!   resident) the 1.4 MB of `.data.rel.ro` nor read the 1.2 MB of
//!   relocation records.
//! - Release builds place the functions a start, a `ping` and an idle
//!   second run (`link/startup-order.txt`, written by
//!   `scripts/startup-order.sh`) next to each other. The kernel maps code
//!   in 64 KB windows around each page the process touches, so with
//!   start-up code spread over the whole text a start kept ~5.5 MB of it
//!   resident; clustered, the same code fits in a fraction of that. The
//!   list names functions without the hash Rust appends to each symbol
//!   (it moves with every dependency change); scripts/link-ordered.sh, the
//!   linker driver `.cargo/config.toml` names, matches them to this
//!   build's symbols for LLD, the linker rustc uses on x86_64 Linux. A
//!   name the build no longer has is ignored: a stale list only costs
//!   memory.
use std::path::Path;

fn main() {
    println!("cargo:rustc-link-arg-bins=-no-pie");
    println!("cargo:rerun-if-changed=build.rs");
    let release = std::env::var("PROFILE").is_ok_and(|p| p == "release");
    let lld_target = std::env::var("TARGET").is_ok_and(|t| t == "x86_64-unknown-linux-gnu");
    if release && lld_target {
        let order = Path::new(env!("CARGO_MANIFEST_DIR")).join("link/startup-order.txt");
        println!("cargo:rerun-if-changed={}", order.display());
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}
