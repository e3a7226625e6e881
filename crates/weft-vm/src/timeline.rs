//! Thread timeline recording for `weft --timeline out.svg`: each thread appends
//! (time, state) changes to its own buffer (no shared writes while recording); buffers
//! are collected at exit and drawn as an SVG by `weft-stdlib`'s timeline writer.

use parking_lot::Mutex;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Running,
    WaitGil,
    WaitLock,
    Sleep,
    Io,
    Done,
}

pub static ENABLED: AtomicBool = AtomicBool::new(false);

pub struct ThreadLog {
    pub name: Mutex<String>,
    pub events: Mutex<Vec<(u64, State)>>,
}

static LOGS: Mutex<Vec<Arc<ThreadLog>>> = Mutex::new(Vec::new());
static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

thread_local! {
    static LOCAL: RefCell<Option<Arc<ThreadLog>>> = const { RefCell::new(None) };
}

pub fn start_clock() {
    START.get_or_init(Instant::now);
}

pub fn now_us() -> u64 {
    START.get_or_init(Instant::now).elapsed().as_micros() as u64
}

/// Register the calling thread under `name`.
pub fn register_thread(name: &str) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    let log = Arc::new(ThreadLog {
        name: Mutex::new(name.to_string()),
        events: Mutex::new(vec![(now_us(), State::Running)]),
    });
    LOGS.lock().push(log.clone());
    LOCAL.with(|l| *l.borrow_mut() = Some(log));
}

pub fn set_name(name: &str) {
    LOCAL.with(|l| {
        if let Some(log) = &*l.borrow() {
            *log.name.lock() = name.to_string();
        }
    });
}

/// Record that the calling thread enters `state` now.
#[inline]
pub fn record_start(state: State) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    LOCAL.with(|l| {
        if let Some(log) = &*l.borrow() {
            let mut ev = log.events.lock();
            // Entering the state the thread is already in adds nothing.
            if ev.last().map(|e| e.1) != Some(state) {
                ev.push((now_us(), state));
            }
        }
    });
}

/// All recorded threads: (name, events).
pub fn collect() -> Vec<(String, Vec<(u64, State)>)> {
    LOGS.lock()
        .iter()
        .map(|l| (l.name.lock().clone(), l.events.lock().clone()))
        .collect()
}
