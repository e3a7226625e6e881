//! Process-wide interpreter state shared by all threads: `sys.modules`, the builtins
//! module, registered native modules and embedded Python sources, settings such as the
//! recursion limit and switch interval. Reads on hot paths are lock-free (atomics or
//! immutable after start-up).

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use parking_lot::RwLock;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::OnceLock;

pub type ModuleInit = fn(&Vm) -> PyResult<ObjRef>;

pub struct Interp {
    pub builtins: OnceLock<ObjRef>,
    pub sys: OnceLock<ObjRef>,
    /// `sys.modules` (a dict object).
    pub modules: OnceLock<ObjRef>,
    pub native_modules: RwLock<HashMap<&'static str, ModuleInit>>,
    /// Embedded Python sources by module path ("json/__init.py" -> source).
    pub sources: RwLock<HashMap<&'static str, &'static str>>,
    /// The built-in exception classes by name, made once at start-up (`bootstrap.rs`)
    /// and only read after: a lookup (every `vm.type_error(...)`) takes no lock and
    /// writes nothing shared. Read through [`Interp::exc_types`].
    pub exc_types: OnceLock<hashbrown::HashMap<String, ObjRef>>,
    /// Switch interval in nanoseconds.
    pub switch_interval_ns: AtomicU64,
    pub gil_enabled: AtomicBool,
    pub argv: RwLock<Vec<String>>,
    pub executable: RwLock<String>,
    pub flags: RwLock<HashMap<&'static str, i64>>,
    /// Per-module import locks are approximated by one import lock.
    pub import_lock: parking_lot::ReentrantMutex<()>,
}

static INTERP: OnceLock<Interp> = OnceLock::new();

/// `sys.getrecursionlimit()`: outside [`Interp`] so that the check on every Python call
/// (`Vm::enter_inline`) is one load, without `interp()`'s is-initialised test.
static RECURSION_LIMIT: AtomicU32 = AtomicU32::new(1000);

#[inline(always)]
pub fn interp() -> &'static Interp {
    INTERP.get_or_init(|| Interp {
        builtins: OnceLock::new(),
        sys: OnceLock::new(),
        modules: OnceLock::new(),
        native_modules: RwLock::new(HashMap::new()),
        sources: RwLock::new(HashMap::new()),
        exc_types: OnceLock::new(),
        switch_interval_ns: AtomicU64::new(5_000_000),
        gil_enabled: AtomicBool::new(false),
        argv: RwLock::new(Vec::new()),
        executable: RwLock::new(String::new()),
        flags: RwLock::new(HashMap::new()),
        import_lock: parking_lot::ReentrantMutex::new(()),
    })
}

impl Interp {
    /// The built-in exception classes by name (see [`Interp::exc_types`]'s field).
    #[inline]
    pub fn exc_types(&self) -> &hashbrown::HashMap<String, ObjRef> {
        self.exc_types
            .get()
            .expect("the exception classes are made before any code runs")
    }
}

/// The recursion limit (see [`RECURSION_LIMIT`]).
#[inline(always)]
pub fn recursion_limit() -> u32 {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}

impl Interp {
    #[inline(always)]
    pub fn recursion_limit(&self) -> u32 {
        recursion_limit()
    }
    pub fn set_recursion_limit(&self, n: u32) {
        RECURSION_LIMIT.store(n, Ordering::Relaxed)
    }
    pub fn builtins(&self) -> &ObjRef {
        self.builtins.get().expect("builtins initialised")
    }
    pub fn modules(&self) -> &ObjRef {
        self.modules.get().expect("sys.modules initialised")
    }
    pub fn register_module(&self, name: &'static str, init: ModuleInit) {
        self.native_modules.write().insert(name, init);
    }
    pub fn register_source(&self, path: &'static str, src: &'static str) {
        self.sources.write().insert(path, src);
    }
    pub fn builtins_dict(&self) -> &ObjRef {
        self.builtins().dict.as_ref().expect("module dict")
    }
}

thread_local! {
    static IDENT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A new process-unique thread identifier (CPython-like large numbers).
pub fn alloc_thread_ident() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    // Mimic CPython's large pointer-like identifiers.
    139_900_000_000_000 + NEXT.fetch_add(1, Ordering::Relaxed) * 4096
}

/// Give the calling OS thread the identifier `id` (chosen by the thread that spawned it,
/// so `_thread.start_new_thread` can return it at once). Call before creating its `Vm`.
pub fn set_current_thread_ident(id: u64) {
    IDENT.with(|i| i.set(id));
}

/// A process-unique identifier for the calling OS thread (`threading.get_ident`).
pub fn current_thread_ident() -> u64 {
    IDENT.with(|i| {
        if i.get() == 0 {
            i.set(alloc_thread_ident());
        }
        i.get()
    })
}

/// Lookup helper: a module attribute by name (for native code).
pub fn module_get(m: &ObjRef, name: &str) -> Option<Value> {
    let d = m.dict.as_ref()?;
    match &d.payload {
        crate::payload::Payload::Dict(d) => {
            let k = crate::intern(name);
            d.get_str(&k, crate::str_hash(&k))
        }
        _ => None,
    }
}
