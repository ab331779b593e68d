//! The `secantusdb-rs` binary: reads mongod's command line (and `--config`
//! file), installs the log, starts a [`secantusdb::Server`] and runs it
//! until SIGINT/SIGTERM or the `shutdown` command. Once it listens, the log
//! says so as mongod does (`"id":23016,"msg":"Waiting for connections"`,
//! with the bound port in `attr.port` — how a caller of `--port 0` learns
//! the port). `--fork` starts the same program again in the background and
//! returns once it is ready.

/// The server's allocator (the library leaves the choice to the program
/// that embeds it). Every request decodes and builds many small BSON documents; glibc's
/// allocator spent a fifth of a query benchmark consolidating and
/// unlinking chunks. mimalloc's thread-local free lists avoid that.
/// It is built without transparent huge pages (`no_thp`): with them every
/// command thread's first small allocation made 2 MiB resident, and a
/// thousand connections' threads cost ~300 MB instead of ~50.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use secantusdb::options::{self, Options, Outcome};
use secantusdb::Server;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

/// Set in the environment of the background process `--fork` starts.
const FORKED_CHILD: &str = "SECANTUSDB_FORKED_CHILD";

/// mongod's exit codes: a listener that cannot be set up
/// (EXIT_NET_ERROR), and any other failure to start (EXIT_UNCAUGHT; a
/// data directory held by another server among them).
const EXIT_NET_ERROR: i32 = 48;
const EXIT_UNCAUGHT: i32 = 100;
const EXIT_FAILURE: i32 = 1;

fn print_version() {
    let info = secantusdb::commands::build_info::info();
    println!(
        "db version v{}",
        secantusdb::commands::build_info::MONGOD_VERSION
    );
    println!(
        "Build Info: {}",
        serde_json::to_string_pretty(&info).unwrap_or_default()
    );
    println!("secantusdb-rs {}", env!("CARGO_PKG_VERSION"));
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    let opts = match options::parse(argv.clone()) {
        Outcome::Run(o) => o,
        Outcome::Version => {
            print_version();
            return;
        }
        Outcome::Exit {
            code,
            stdout,
            stderr,
        } => {
            print!("{stdout}");
            eprint!("{stderr}");
            let _ = std::io::stdout().flush();
            std::process::exit(code);
        }
    };
    let forked_child = std::env::var_os(FORKED_CHILD).is_some();
    if opts.fork && !forked_child {
        fork_and_wait(&argv);
    }
    if let Err(e) = secantusdb::log::init(&opts.log) {
        // mongod's words for a log it cannot open (FileNotOpen), exit 1.
        eprintln!("Error during global initialization: FileNotOpen: Can't initialize rotatable log file :: caused by :: {e}");
        std::process::exit(EXIT_FAILURE);
    }
    std::process::exit(run(&opts, forked_child));
}

fn run(opts: &Options, forked_child: bool) -> i32 {
    let config = opts.config.clone();
    tracing::info!(target: "CONTROL", id = 4615611, ctx = "initandlisten",
        pid = std::process::id(), port = config.port,
        dbPath = %config.storage_path.display(), architecture = "64-bit",
        host = %hostname::get().map(|h| h.to_string_lossy().into_owned()).unwrap_or_default(),
        "MongoDB starting");
    tracing::info!(target: "CONTROL", id = 23403, ctx = "initandlisten",
        buildInfo = %serde_json::to_string(&secantusdb::commands::build_info::info()).unwrap_or_default(),
        "Build Info");
    tracing::info!(target: "CONTROL", id = 21951, ctx = "initandlisten",
        options = %serde_json::to_string(&config.parsed_options).unwrap_or_default(),
        "Options set by command line");
    if let Some(p) = &opts.pid_file {
        if let Err(e) = std::fs::write(p, format!("{}\n", std::process::id())) {
            eprintln!("Failed to write pid file {}: {e}", p.display());
            return EXIT_FAILURE;
        }
    }
    // The server runs on its own runtime (`threads.rs`); this one only
    // starts it and waits for a signal, on the main thread. Its blocking
    // threads (opening the store) end after half a second idle rather than
    // tokio's ten, so an idle server does not keep their stacks.
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .thread_keep_alive(std::time::Duration::from_millis(500))
        .on_thread_park(secantusdb::memory::on_idle)
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return EXIT_FAILURE;
        }
    };
    let code = rt.block_on(async move {
        let server = match Server::start(config).await {
            Ok(s) => s,
            Err(e) => {
                return fail(&e);
            }
        };
        if forked_child {
            // Tells the waiting parent that the server is ready.
            println!("ready");
            let _ = std::io::stdout().flush();
        }
        let signal = tokio::select! {
            s = wait_for_signal() => Some(s),
            () = server.shutdown_requested() => None,
        };
        if let Some((number, name)) = signal {
            tracing::info!(target: "CONTROL", id = 23377, ctx = "SignalHandler",
                signal = number, error = name, "Received signal");
        }
        server.stop().await;
        0
    });
    tracing::info!(target: "CONTROL", id = 20565, ctx = "initandlisten", "Now exiting");
    tracing::info!(target: "CONTROL", id = 23138, ctx = "initandlisten",
        exitCode = code, "Shutting down");
    secantusdb::log::flush();
    code
}

/// A server that cannot start: logged as mongod logs it (a listener that
/// cannot be set up, exit 48; anything else, such as a data directory held
/// by another server, exit 100), and said on standard error too (the log
/// may be a file).
fn fail(e: &secantusdb::error::Error) -> i32 {
    let error = format!(
        "{{\"code\":{},\"codeName\":{:?},\"errmsg\":{}}}",
        e.code.code(),
        e.code.name(),
        serde_json::Value::from(e.message.as_str())
    );
    let code = if e.code == secantusdb::error::ErrorCode::SocketException {
        tracing::error!(target: "CONTROL", id = 20568, ctx = "initandlisten",
            error = %error, "Error setting up listener");
        EXIT_NET_ERROR
    } else {
        tracing::error!(target: "STORAGE", id = 20557, ctx = "initandlisten",
            error = %format_args!("{}: {}", e.code.name(), e.message),
            "DBException in initAndListen, terminating");
        EXIT_UNCAUGHT
    };
    tracing::info!(target: "CONTROL", id = 20565, ctx = "initandlisten", "Now exiting");
    tracing::info!(target: "CONTROL", id = 23138, ctx = "initandlisten",
        exitCode = code, "Shutting down");
    secantusdb::log::flush();
    eprintln!(
        "secantusdb-rs: cannot start: {}: {}",
        e.code.name(),
        e.message
    );
    code
}

/// `--fork`: starts this program again in the background (its own process
/// group, no terminal), waits until it listens, and exits — with the
/// child's exit code and mongod's words if it fails first.
fn fork_and_wait(argv: &[String]) -> ! {
    use std::os::unix::process::CommandExt;
    println!("about to fork child process, waiting until server is ready for connections.");
    let exe = std::env::current_exe().unwrap_or_else(|_| argv[0].clone().into());
    let spawned = Command::new(exe)
        .args(&argv[1..])
        .env(FORKED_CHILD, "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            eprintln!("ERROR: cannot fork: {e}");
            std::process::exit(EXIT_FAILURE);
        }
    };
    println!("forked process: {}", child.id());
    let mut line = String::new();
    if let Some(out) = child.stdout.take() {
        let _ = BufReader::new(out).read_line(&mut line);
    }
    if line.trim() == "ready" {
        println!("child process started successfully, parent exiting");
        let _ = std::io::stdout().flush();
        std::process::exit(0);
    }
    let code = child
        .wait()
        .ok()
        .and_then(|s| s.code())
        .unwrap_or(EXIT_FAILURE);
    eprintln!("ERROR: child process failed, exited with {code}");
    eprintln!("To see additional information in this output, start without the \"--fork\" option.");
    std::process::exit(code);
}

async fn wait_for_signal() -> (i32, &'static str) {
    use tokio::signal::unix::{signal, SignalKind};
    let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
    let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
    tokio::select! {
        _ = term.recv() => (15, "Terminated"),
        _ = int.recv() => (2, "Interrupt"),
    }
}
