//! Function, built-in function and code objects
//! (<https://docs.python.org/3.11/reference/datamodel.html#user-defined-functions>).

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use parking_lot::RwLock;
use std::sync::Arc;
use weft_compiler::CodeObject;

/// Signature of every native function: positional args and keyword (name, value) pairs.
pub type NativeFn = fn(&Vm, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// A code object as the VM runs it: the compiler's code plus constants and names turned
/// into (immortal) values once, so instructions index them directly.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// Hashes of `names`, precomputed for namespace lookups.
    pub name_hashes: Vec<i64>,
    pub varnames: Vec<Value>,
    /// Inline caches, one per instruction (see `inline_cache.rs`).
    pub caches: Box<[crate::inline_cache::InlineCache]>,
    /// Attribute sites' hot words, one per instruction (see `inline_cache::HotWord`).
    pub hot: Box<[crate::inline_cache::HotWord]>,
    /// The instructions the eval loop runs: `code.instructions` with borrow flags.
    pub exec: Box<[weft_compiler::Instr]>,
    /// Where borrowed operands are on the stack (see `borrow.rs`).
    pub borrows: Box<[crate::borrow::Window]>,
    /// The value-stack capacity a frame running this code reserves: the deepest stack
    /// any path reaches (`code_tables::stack_depths`, from the opcode table's stack
    /// effects) plus 2, or 0 when the code failed that check (it is then never run).
    /// The eval loop pushes without a capacity check on the strength of it: see
    /// `eval::ValueStack`.
    pub stack_room: usize,
    /// `code.nlocalsplus()`: the fast-locals slots a frame running this code needs
    /// (computed once here rather than on every call).
    pub nfast: usize,
    /// The positional parameter count when calls of this code may run inline (a plain
    /// function: no `*args`/`**kwargs`, no keyword-only parameters, not a generator, not
    /// module code, verified stack), else None (see `call::inline_shape`).
    pub inline_args: Option<usize>,
    /// Where an inlined call of this code starts when the GIL is off: past a leading
    /// RESUME (1), which then does nothing, saving its dispatch on every call; past a
    /// closure's leading `COPY_FREE_VARS; RESUME` (2), whose cells the call then copies
    /// itself (`Frame::boxed_for`); else 0.
    pub entry: usize,
    /// `co_name`, `co_qualname` and the docstring (or None) as interned values, for the
    /// functions `MAKE_FUNCTION` creates from this code (closures are made on every call).
    pub fn_names: [Value; 3],
}

impl CodeData {
    /// [`CodeData::inline_args`] for `code` with value-stack room `stack_room`.
    pub fn inline_args(code: &CodeObject, stack_room: usize) -> Option<usize> {
        use weft_compiler::code::flags;
        let plain = stack_room != 0
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
            && code.flags & flags::OPTIMIZED != 0
            && code.kwonlyargcount == 0;
        plain.then_some(code.argcount as usize)
    }

    /// [`CodeData::fn_names`] for `code`.
    pub fn fn_names(code: &CodeObject) -> [Value; 3] {
        [
            crate::intern(&code.name),
            crate::intern(&code.qualname),
            code.doc.as_deref().map_or(Value::None, crate::intern),
        ]
    }
}

pub struct Function {
    /// The code object, always immortal (as compiled code objects are; one assigned to
    /// `__code__` is made so), so `__code__ = c` can swap the pointer while other threads
    /// run or read the old code: it is never freed. Read it with [`Function::code`].
    code: std::sync::atomic::AtomicPtr<crate::object::Object>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RwLock<Value>,
    pub qualname: RwLock<Value>,
    pub defaults: RwLock<Value>,
    pub kwdefaults: RwLock<Value>,
    /// The closure: the cells of the free variables (see [`Closure`]).
    pub closure: Closure,
    pub annotations: RwLock<Value>,
    pub doc: RwLock<Value>,
    pub module: RwLock<Value>,
}

/// A function's closure: the cells of its free variables.
///
/// `MAKE_FUNCTION` pops a tuple of cells, and CPython keeps that very tuple as
/// `__closure__` ([`Closure::Tuple`]). The quickened `BUILD_TUPLE__MAKE_FUNCTION`
/// (`quicken.rs`) instead moves up to [`INLINE_CELLS`] cells from the stack straight
/// into the function ([`Closure::Inline`]): no tuple is made, which saves an object and
/// its item array (two allocations and two frees) on every closure a program creates.
/// The tuple `__closure__` returns is then made on first use.
///
/// Thread safety: the cells never change after creation; the lazily made tuple is set
/// once under `OnceLock`, so racing readers all get the same tuple.
pub enum Closure {
    /// No free variables.
    None,
    /// The tuple MAKE_FUNCTION popped (or `types.FunctionType`'s `closure`).
    Tuple(ObjRef),
    /// `n` cells held in the function (the unused slots are `Null`), and the tuple of
    /// them once `__closure__` has been read.
    Inline {
        n: u8,
        cells: [Value; INLINE_CELLS],
        tuple: std::sync::OnceLock<ObjRef>,
    },
}

/// How many cells a closure holds without a tuple ([`Closure::Inline`]): most closures
/// capture one or two variables.
pub const INLINE_CELLS: usize = 2;

impl Function {
    /// A function record for `code`, boxed (made immortal here, see the field); the other
    /// fields as given.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        code: &ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
        name: Value,
        qualname: Value,
        defaults: Value,
        kwdefaults: Value,
        closure: Closure,
        annotations: Value,
        doc: Value,
        module: Value,
    ) -> Box<Function> {
        // `code_data` relies on it (both callers check it first).
        assert!(matches!(code.payload, crate::payload::Payload::Code(_)));
        code.make_immortal();
        // Written straight into the allocation: built on the stack and moved into a
        // `Box`, the 250-byte record cost a `memcpy` call and as many register moves on
        // every closure made (measured: a tenth of `h = mk()`'s function creation).
        let mut b = Box::<Function>::new_uninit();
        b.write(Function {
            code: std::sync::atomic::AtomicPtr::new(code.as_ptr() as *mut _),
            globals,
            builtins,
            name: RwLock::new(name),
            qualname: RwLock::new(qualname),
            defaults: RwLock::new(defaults),
            kwdefaults: RwLock::new(kwdefaults),
            closure,
            annotations: RwLock::new(annotations),
            doc: RwLock::new(doc),
            module: RwLock::new(module),
        });
        // SAFETY: written just above.
        unsafe { b.assume_init() }
    }

    /// The function's code object (`__code__`): an uncounted reference, the object being
    /// immortal.
    #[inline(always)]
    pub fn code(&self) -> ObjRef {
        // SAFETY: the pointer is always an immortal code object (see the field).
        unsafe { ObjRef::from_immortal_ptr(self.code_ptr()) }
    }

    /// The code object's address (immortal: valid for the rest of the program).
    #[inline(always)]
    pub fn code_ptr(&self) -> *const crate::object::Object {
        self.code.load(std::sync::atomic::Ordering::Acquire)
    }

    /// `__code__ = c`: calls made from now on run `c`.
    pub fn set_code(&self, c: &ObjRef) {
        // `code_data` relies on it (the caller refuses other values first).
        assert!(matches!(c.payload, crate::payload::Payload::Code(_)));
        c.make_immortal();
        self.code
            .store(c.as_ptr() as *mut _, std::sync::atomic::Ordering::Release);
    }

    /// The closure's cells (empty without a closure). Inlined always: LLVM otherwise
    /// made it a call on every inlined call of a closure.
    #[inline(always)]
    pub fn cells(&self) -> &[Value] {
        match &self.closure {
            Closure::None => &[],
            Closure::Tuple(t) => match &t.payload {
                crate::payload::Payload::Tuple(t) => t,
                _ => &[],
            },
            Closure::Inline { n, cells, .. } => &cells[..*n as usize],
        }
    }

    /// `__closure__`: the tuple of cells, or None. A closure held inline gets its tuple
    /// on first use, kept, so that every read returns the same object, as in CPython.
    pub fn closure_tuple(&self) -> Value {
        match &self.closure {
            Closure::None => Value::None,
            Closure::Tuple(t) => Value::Obj(t.clone()),
            Closure::Inline { n, cells, tuple } => Value::Obj(
                tuple
                    .get_or_init(|| match crate::new_tuple(cells[..*n as usize].to_vec()) {
                        Value::Obj(t) => t,
                        _ => unreachable!("new_tuple makes an object"),
                    })
                    .clone(),
            ),
        }
    }

    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: an immortal object is never freed (see the field), so the reference
        // outlives `self`.
        let code = unsafe { &*self.code_ptr() };
        match &code.payload {
            crate::payload::Payload::Code(c) => c,
            // SAFETY: the pointer is only ever set to a code object (asserted in
            // `Function::new` and `set_code`). Measured: the check cost 3 instructions
            // each of the four times a Python call reads its callee's code.
            _ => unsafe { std::hint::unreachable_unchecked() },
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function (or one bound to its module).
    Function,
    /// A method descriptor in a type's dict: first argument is self.
    Method,
    /// A class method descriptor: first argument is the class.
    ClassMethod,
    /// A static method.
    Static,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// Bound self (for bound built-in methods) or the owning module.
    pub bound: Option<Value>,
    /// The type a method descriptor belongs to.
    pub owner: Option<ObjRef>,
    pub doc: Option<&'static str>,
    /// Checks made before the call (keywords refused, fixed argument counts), if any.
    pub check: Option<ArgCheck>,
    /// For a module-level function: the name of the module it was first stored in
    /// (`import::set`), which is its `__module__` (`math.sqrt.__module__ == 'math'`).
    pub module: std::sync::OnceLock<Value>,
}

/// What [`check_args`] verifies for a built-in: no keywords, and `min..=max` positional
/// arguments (not counting `self`; `max == u8::MAX` for any number).
#[derive(Clone, Copy, Debug)]
pub struct ArgCheck {
    pub no_kw: bool,
    /// A `__new__`: the first argument must be a subtype of the owner.
    pub new_of: bool,
    pub min: u8,
    pub max: u8,
}

impl ArgCheck {
    /// Whether the check passes any positional arguments (only keywords could fail it).
    #[inline(always)]
    pub fn any_positional(self) -> bool {
        self.min == 0 && self.max == u8::MAX && !self.new_of
    }
}

/// The argument-count check of a method taking `self` and `min..=max` more arguments
/// (`list.pop`, `dict.get`, `str.join`), with CPython's messages. Inlined: the check is
/// two compares; the message is built out of line.
#[inline(always)]
pub fn method_nargs(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len() - 1;
    if n < min || n > max {
        return Err(method_nargs_error(vm, name, n, min, max));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn method_nargs_error(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> crate::PyErr {
    if min == max {
        if min == 0 {
            return vm.type_error(format!("{name}() takes no arguments ({n} given)"));
        }
        return vm.type_error(format!("{name}() takes exactly one argument ({n} given)"));
    }
    if n < min {
        return vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ));
    }
    vm.type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    ))
}

/// Refuse keywords or a wrong argument count the way CPython's slot wrappers and
/// positional-only built-ins do ("expected 1 argument, got 0", "len() takes no keyword arguments").
#[inline(always)]
pub fn check_args(
    vm: &Vm,
    f: &ObjRef,
    b: &Builtin,
    c: ArgCheck,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    // The common case (a keyword-refusing method called without keywords) costs two compares.
    if kw.is_empty() && c.any_positional() {
        return Ok(());
    }
    check_args_slow(vm, f, b, c, args, kw)
}

#[inline(never)]
fn check_args_slow(
    vm: &Vm,
    f: &ObjRef,
    b: &Builtin,
    c: ArgCheck,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    use crate::payload::Payload;
    let t_ = crate::types::types();
    let wrapper = f.class.ptr_eq(&t_.wrapper_descriptor) || f.class.ptr_eq(&t_.method_wrapper);
    let who = || {
        if wrapper {
            format!("wrapper {}", b.name)
        } else {
            // A bound method is named after its object's type (or class), as CPython's
            // `__qualname__` of a bound built-in method is.
            let t = match (&b.bound, b.kind) {
                // Bound to a class (a method of its metaclass, or a classmethod): CPython
                // names the class itself.
                (Some(Value::Obj(c)), BuiltinKind::ClassMethod | BuiltinKind::Method)
                    if matches!(c.payload, Payload::Type(_)) =>
                {
                    Some(c.clone())
                }
                (Some(s), BuiltinKind::Method) => Some(crate::vm::type_of(s).clone()),
                (_, BuiltinKind::Method | BuiltinKind::ClassMethod) => b.owner.clone(),
                _ => None,
            };
            match t {
                Some(t) => format!(
                    "{}.{}",
                    crate::types::typeobj::tdata(&t).name.read(),
                    b.name
                ),
                None => b.name.to_string(),
            }
        }
    };
    if c.new_of {
        let Some(owner) = &b.owner else {
            return Ok(());
        };
        if let Some(Value::Obj(t)) = args.first() {
            if t.ptr_eq(owner) || owner.ptr_eq(&t_.object) && matches!(t.payload, Payload::Type(_))
            {
                return Ok(());
            }
        }
        // CPython's tp_name: `module.Name` for a native type of a module
        // (`itertools.islice.__new__(int): ...`).
        let on = || crate::repr::tp_name(owner);
        return match args.first() {
            None => Err(vm.type_error(format!("{}.__new__(): not enough arguments", on()))),
            Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => {
                if crate::types::typeobj::is_subtype(t, owner) {
                    // The nearest built-in class of `t` must not have a __new__ of its
                    // own (its instances need what that one sets up).
                    let mro = crate::types::typeobj::mro(t);
                    let Some(base) = mro.iter().find(|k| !crate::types::typeobj::tdata(k).heap)
                    else {
                        return Ok(());
                    };
                    let own_new = base.dict.as_ref().is_some_and(|d| match &d.payload {
                        Payload::Dict(d) => {
                            let k = crate::names::names().new.clone();
                            d.get_str(&k, crate::str_hash(&k)).is_some()
                        }
                        _ => false,
                    });
                    if !base.ptr_eq(owner) && own_new {
                        let (on, tn) = (on(), crate::repr::tp_name(t));
                        return Err(vm.type_error(format!(
                            "{on}.__new__({tn}) is not safe, use {tn}.__new__()"
                        )));
                    }
                    Ok(())
                } else {
                    let (on, tn) = (on(), crate::repr::tp_name(t));
                    Err(vm.type_error(format!("{on}.__new__({tn}): {tn} is not a subtype of {on}")))
                }
            }
            Some(x) => Err(vm.type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                on(),
                vm.type_name(x)
            ))),
        };
    }
    if c.no_kw && !kw.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", who())));
    }
    let n = match (&b.bound, b.kind) {
        (None, BuiltinKind::Method | BuiltinKind::ClassMethod) if args.is_empty() => return Ok(()),
        (None, BuiltinKind::Method | BuiltinKind::ClassMethod) => args.len() - 1,
        _ => args.len(),
    };
    let (min, max) = (c.min as usize, c.max as usize);
    if n >= min && (c.max == u8::MAX || n <= max) {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    // CPython's wrappers that unpack with `PyArg_UnpackTuple(args, "", ...)` start the
    // message with the empty name and its space (" expected 2 arguments, got 1").
    let sp = if wrapper && unpack_tuple_wrapper(b) {
        " "
    } else {
        ""
    };
    let msg = if !wrapper && min == 1 && max == 1 {
        format!("{}() takes exactly one argument ({n} given)", who())
    } else if !wrapper && min == 0 && max == 0 {
        format!("{}() takes no arguments ({n} given)", who())
    } else if min == max {
        format!("{sp}expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{sp}expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{sp}expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(vm.type_error(msg))
}

/// Whether CPython's slot wrapper for `b` checks its arguments with
/// `PyArg_UnpackTuple(args, "", ...)`: `__pow__`/`__rpow__`, `__setitem__`,
/// `__setattr__`, `__get__`/`__set__`, and a sequence's repeat (`__mul__`, `__rmul__`,
/// `__imul__`; a number's multiplication checks its count without the name).
fn unpack_tuple_wrapper(b: &Builtin) -> bool {
    match b.name {
        "__pow__" | "__rpow__" | "__setitem__" | "__setattr__" | "__get__" | "__set__" => true,
        "__mul__" | "__rmul__" | "__imul__" => {
            let t = crate::types::types();
            !b.owner.as_ref().is_some_and(|o| {
                o.ptr_eq(&t.int) || o.ptr_eq(&t.float) || o.ptr_eq(&t.complex) || o.ptr_eq(&t.bool_)
            })
        }
        _ => false,
    }
}

/// `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`.
pub fn function_new(vm: &Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    use crate::payload::Payload;
    let names = ["code", "globals", "name", "argdefs", "closure"];
    let mut a: [Option<Value>; 5] = Default::default();
    for (i, v) in args.iter().skip(1).enumerate() {
        if i >= 5 {
            return Err(vm.type_error(format!(
                "function() takes at most 5 arguments ({} given)",
                args.len() - 1
            )));
        }
        a[i] = Some(v.clone());
    }
    for (k, v) in kw {
        let k = vm.str(k)?;
        match names.iter().position(|n| *n == k) {
            Some(i) if a[i].is_none() => a[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for function() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for function()"
                )))
            }
        }
    }
    let missing = |i: usize| {
        vm.type_error(format!(
            "function() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        ))
    };
    let code = a[0].clone().ok_or_else(|| missing(0))?;
    let globals = a[1].clone().ok_or_else(|| missing(1))?;
    let Some(Payload::Code(cd)) = code.payload() else {
        return Err(vm.type_error(format!(
            "function() argument 'code' must be code, not {}",
            crate::types::text::arg_type_name(vm, &code)
        )));
    };
    let Some(Payload::Dict(gd)) = globals.payload() else {
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            crate::types::text::arg_type_name(vm, &globals)
        )));
    };
    let name = a[2].clone().unwrap_or(Value::None);
    if !name.is_none() && !matches!(name.payload(), Some(Payload::Str(_))) {
        return Err(vm.type_error("arg 3 (name) must be None or string"));
    }
    let defaults = a[3].clone().unwrap_or(Value::None);
    if !defaults.is_none() && !matches!(defaults.payload(), Some(Payload::Tuple(_))) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple"));
    }
    let closure = a[4].clone().unwrap_or(Value::None);
    let nfree = cd.code.freevars.len();
    let ncells = match closure.payload() {
        Some(Payload::Tuple(t)) => {
            for c in t.iter() {
                match c {
                    Value::Obj(o) if matches!(o.payload, Payload::Cell(_)) => {}
                    _ => {
                        return Err(vm.type_error(format!(
                            "arg 5 (closure) expected cell, found {}",
                            vm.type_name(c)
                        )))
                    }
                }
            }
            t.len()
        }
        _ if closure.is_none() && nfree > 0 => {
            return Err(vm.type_error("arg 5 (closure) must be tuple"))
        }
        _ if !closure.is_none() => {
            return Err(vm.type_error("arg 5 (closure) must be None or tuple"))
        }
        _ => 0,
    };
    if ncells != nfree {
        return Err(vm.value_error(format!(
            "{} requires closure of length {}, not {}",
            cd.code.name, nfree, ncells
        )));
    }
    let key = |s: &str| {
        let k = crate::intern(s);
        let h = crate::str_hash(&k);
        (k, h)
    };
    let (bk, bh) = key("__builtins__");
    let builtins = match gd.get_str(&bk, bh) {
        Some(Value::Obj(b)) if matches!(b.payload, Payload::Module | Payload::Dict(_)) => b,
        _ => crate::interp::interp().builtins().clone(),
    };
    let (nk, nh) = key("__name__");
    let func = Function::new(
        code.as_obj().unwrap(),
        globals.as_obj().unwrap().clone(),
        builtins,
        if name.is_none() {
            crate::intern(&cd.code.name)
        } else {
            name
        },
        crate::intern(&cd.code.qualname),
        defaults,
        Value::None,
        match closure.as_obj() {
            Some(t) if nfree > 0 => Closure::Tuple(t.clone()),
            _ => Closure::None,
        },
        Value::Null,
        match &cd.code.doc {
            Some(d) => crate::intern(d),
            None => Value::None,
        },
        gd.get_str(&nk, nh).unwrap_or(Value::None),
    );
    Ok(Value::Obj(ObjRef::new_lazy_dict(
        crate::types::types().function.clone(),
        crate::payload::Payload::Function(func),
    )))
}
