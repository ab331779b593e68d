//! The server's own runtime: the threads connections and commands run on.
//! A command walks its input recursively (filters, expressions, update
//! paths), as deep as the wire allows (`maxBSONDepth`, 200 levels), and an
//! unoptimized build spends several kilobytes of stack per level: more than
//! the 2 MiB of a default thread. So every thread of this runtime — the
//! workers that run the connections' tasks (and the short commands they
//! run in place, see `net::run`) and the blocking pool the other commands
//! run on — gets a stack that holds the deepest input the wire admits with
//! a wide margin (only the pages a command touches are ever committed).
//! The blocking pool grows like tokio's: a command that waits (an awaitData
//! getMore, a blocked fail point, a journal flush) never starves the
//! others. The server runs here whatever runtime started it (a test's, the
//! binary's), so an embedding program's threads never run commands.

use std::future::Future;
use tokio::task::JoinHandle;

/// Stack of a command thread.
pub const STACK_BYTES: usize = 64 << 20;
/// At most this many command threads at once (tokio's default).
const MAX_THREADS: usize = 512;

pub struct CommandThreads {
    runtime: Option<tokio::runtime::Runtime>,
}

impl CommandThreads {
    pub fn new() -> std::io::Result<CommandThreads> {
        // One worker per core: a worker runs a connection's short commands
        // in place, and two give a second core work while one is busy.
        let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 64));
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers)
            .max_blocking_threads(MAX_THREADS)
            .enable_all()
            .thread_name("secantus-command")
            .thread_stack_size(STACK_BYTES)
            // An idle command thread exits after a second, so the stack
            // pages a burst of connections touched go back to the system
            // soon after the burst (tokio keeps them ten seconds).
            .thread_keep_alive(std::time::Duration::from_secs(1))
            .on_thread_park(crate::memory::on_idle)
            .build()?;
        Ok(CommandThreads {
            runtime: Some(runtime),
        })
    }

    fn runtime(&self) -> &tokio::runtime::Runtime {
        self.runtime.as_ref().expect("the pool lives until drop")
    }

    /// Runs `f` on a command thread of the blocking pool; the handle can be
    /// awaited from any runtime.
    pub fn spawn<R: Send + 'static>(
        &self,
        f: impl FnOnce() -> R + Send + 'static,
    ) -> JoinHandle<R> {
        self.runtime().spawn_blocking(f)
    }

    /// Runs a task (the listener, a connection) on this runtime's workers.
    pub fn spawn_task<F>(&self, f: F) -> JoinHandle<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        self.runtime().spawn(f)
    }
}

impl Drop for CommandThreads {
    fn drop(&mut self) {
        // Dropping a runtime may happen inside another runtime's task (a
        // server stopped from async code), or on one of its own threads
        // (the last connection holding the server's state): let its threads
        // finish on their own instead of blocking here.
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }
}
