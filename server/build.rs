//! Links the server binary as a position-dependent executable: its
//! relative relocations are resolved at link time instead of at every
//! start, so a process start does not write to (and keep resident) the
//! 1.4 MB of `.data.rel.ro` nor read the 1.2 MB of relocation records —
//! part of what keeps an idle in-memory server under 10 MB resident
//! (`make bench`, reports/bench-startup.md). The library and the tests are
//! unaffected.
fn main() {
    println!("cargo:rustc-link-arg-bins=-no-pie");
    println!("cargo:rerun-if-changed=build.rs");
}
