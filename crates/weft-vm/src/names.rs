//! Interned names the interpreter itself looks up on hot paths (`__getattribute__`,
//! `__get__`, `__init__`, ...), created once so that attribute access and calls never
//! hash a Rust string to find them.

use crate::value::Value;
use std::sync::OnceLock;

macro_rules! names {
    ($($field:ident = $s:literal),* $(,)?) => {
        pub struct Names {
            $(pub $field: Value,)*
        }

        fn make() -> Names {
            Names { $($field: crate::intern($s),)* }
        }
    };
}

names! {
    getattribute = "__getattribute__",
    getattr = "__getattr__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    call = "__call__",
    new = "__new__",
    init = "__init__",
    class_getitem = "__class_getitem__",
    name = "__name__",
}

static NAMES: OnceLock<Names> = OnceLock::new();

/// The interpreter's pre-interned names.
#[inline(always)]
pub fn names() -> &'static Names {
    NAMES.get_or_init(make)
}
