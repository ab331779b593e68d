//! The unified-format spec runner as a libtest-mimic test binary: one trial
//! per spec case, named `area/file/case`. See `secantus_harness::unified`.

fn main() -> std::process::ExitCode {
    secantus_harness::unified::main()
}
