//! Start-up: create the built-in types' methods, the exception classes, the `builtins`
//! and `sys` modules, once per process.

use crate::import::{new_module, set};
use crate::interp::interp;
use crate::new_list;
use crate::payload::Payload;
use crate::types::types;
use crate::value::Value;
use std::sync::Once;

static INIT: Once = Once::new();

/// Initialise the interpreter (idempotent).
pub fn init() {
    INIT.call_once(|| {
        let t = types();
        let ip = interp();
        let exc = crate::types::exception::create_hierarchy();
        crate::types::exception::init(&exc);
        let by_name = exc
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        assert!(ip.exc_types.set(by_name).is_ok(), "bootstrap runs once");
        crate::types::core::init();
        crate::types::genericalias::init();
        crate::types::methods::init();
        crate::types::set::init();
        crate::types::complex::init();
        crate::types::range::init();
        crate::types::slice::init();
        crate::types::list::init();
        crate::types::tuple::init();
        crate::types::dictobj::init();
        crate::types::int::init();
        crate::types::float::init();
        crate::types::generator::init();
        crate::types::mappingproxy::init();
        crate::types::methods::init_callables();
        crate::types::module::init();
        crate::types::methods::init_method_eq();
        crate::types::str_methods::init();
        let modules = crate::new_dict_obj();
        modules.make_immortal();
        ip.modules.set(modules.clone()).ok();
        let b = new_module("builtins");
        crate::builtins::install(&b);
        crate::types::str_case::install_builtins(&b);
        let consts: Vec<(&str, Value)> = vec![
            ("None", Value::None),
            ("True", Value::Bool(true)),
            ("False", Value::Bool(false)),
            ("NotImplemented", Value::Obj(t.not_implemented.clone())),
            ("Ellipsis", Value::Obj(t.ellipsis.clone())),
            ("__debug__", Value::Bool(true)),
        ];
        for (n, v) in consts {
            set(&b, n, v);
        }
        for (n, ty) in [
            ("object", &t.object),
            ("type", &t.type_),
            ("int", &t.int),
            ("bool", &t.bool_),
            ("float", &t.float),
            ("complex", &t.complex),
            ("str", &t.str),
            ("bytes", &t.bytes),
            ("bytearray", &t.bytearray),
            ("tuple", &t.tuple),
            ("list", &t.list),
            ("dict", &t.dict),
            ("set", &t.set),
            ("frozenset", &t.frozenset),
            ("range", &t.range),
            ("slice", &t.slice),
            ("property", &t.property),
            ("staticmethod", &t.staticmethod),
            ("classmethod", &t.classmethod),
            ("super", &t.super_),
            ("enumerate", &t.enumerate),
            ("zip", &t.zip),
            ("map", &t.map),
            ("filter", &t.filter),
            ("reversed", &t.reversed),
            ("memoryview", &t.memoryview),
        ] {
            set(&b, n, Value::Obj(ty.clone()));
        }
        for (k, v) in &exc {
            set(&b, k, Value::Obj(v.clone()));
        }
        set(&b, "EnvironmentError", Value::Obj(exc["OSError"].clone()));
        set(&b, "IOError", Value::Obj(exc["OSError"].clone()));
        ip.builtins.set(b.clone()).ok();
        let sys = new_module("sys");
        set(&sys, "modules", Value::Obj(modules.clone()));
        set(&sys, "path", new_list(vec![]));
        set(&sys, "argv", new_list(vec![]));
        set(&sys, "maxsize", Value::Int(i64::MAX));
        let out = crate::types::stdio::new_stream(1, true);
        let err = crate::types::stdio::new_stream(2, true);
        set(&sys, "stdout", out.clone());
        set(&sys, "stderr", err.clone());
        set(&sys, "__stdout__", out);
        set(&sys, "__stderr__", err);
        set(&sys, "displayhook", crate::builtins::displayhook_fn());
        ip.sys.set(sys.clone()).ok();
        if let Payload::Dict(d) = &modules.payload {
            for (n, m) in [("builtins", &b), ("sys", &sys)] {
                let k = crate::intern(n);
                d.set_str(k.clone(), crate::str_hash(&k), Value::Obj(m.clone()));
            }
        }
    });
}
