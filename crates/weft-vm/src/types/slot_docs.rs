//! Docstrings of the slot wrappers every built-in type shares (`object.__init__`,
//! `int.__repr__`, `list.__eq__`, ...): CPython derives them from the slot, so they are
//! the same text whatever the owner; pydoc's help() shows them for user methods that
//! override a slot without a docstring of their own.

use crate::object::ObjRef;
use crate::types::types;

/// The `__doc__` of the built-in `name` defined on `owner`, where CPython's is the
/// generic slot-wrapper text; `None` for anything else.
pub fn slot_doc(name: &str, owner: Option<&ObjRef>) -> Option<&'static str> {
    let owner = owner?;
    let generic = match name {
        "__repr__" => "Return repr(self).",
        "__str__" => "Return str(self).",
        "__hash__" => "Return hash(self).",
        "__eq__" => "Return self==value.",
        "__ne__" => "Return self!=value.",
        "__lt__" => "Return self<value.",
        "__le__" => "Return self<=value.",
        "__gt__" => "Return self>value.",
        "__ge__" => "Return self>=value.",
        "__getattribute__" => "Return getattr(self, name).",
        "__setattr__" => "Implement setattr(self, name, value).",
        "__delattr__" => "Implement delattr(self, name).",
        "__init__" => "Initialize self.  See help(type(self)) for accurate signature.",
        _ => "",
    };
    if !generic.is_empty() {
        return Some(generic);
    }
    if !owner.ptr_eq(&types().object) {
        return None;
    }
    Some(match name {
        "__new__" => "Create and return a new object.  See help(type) for accurate signature.",
        "__format__" => "Default object formatter.",
        "__reduce__" | "__reduce_ex__" | "__getstate__" => "Helper for pickle.",
        "__sizeof__" => "Size of object in memory, in bytes.",
        "__dir__" => "Default dir() implementation.",
        "__init_subclass__" => {
            "This method is called when a class is subclassed.\n\n\
             The default implementation does nothing. It may be\n\
             overridden to extend subclasses.\n"
        }
        "__subclasshook__" => {
            "Abstract classes can override this to customize issubclass().\n\n\
             This is invoked early on by abc.ABCMeta.__subclasscheck__().\n\
             It should return True, False or NotImplemented.  If it returns\n\
             NotImplemented, the normal algorithm is used.  Otherwise, it\n\
             overrides the normal algorithm (and the outcome is cached).\n"
        }
        _ => return None,
    })
}
