//! The one opcode table: every instruction weft's compiler emits, its CPython 3.11
//! number, inline-cache size, argument kind, stack effect and meaning.
//!
//! The compiler, the VM and `dis` all read from this table, so they cannot drift apart.
//! Names, numbers and stack semantics follow CPython 3.11
//! (<https://docs.python.org/3.11/library/dis.html#python-bytecode-instructions>).
//! Internally weft stores one `Instr` (opcode + 32-bit argument) per instruction; the
//! cache sizes are only used to compute CPython-compatible offsets for `dis` and `co_code`.

/// What an instruction's argument means (drives `dis`'s argrepr).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument.
    None,
    /// A plain number.
    Num,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// Index into `co_names`, shifted left by one; the low bit means "push NULL first".
    GlobalName,
    /// Index into the fast locals (`co_varnames`).
    Local,
    /// Index into cells + free variables.
    Free,
    /// Jump target (stored as an absolute instruction index inside weft).
    Jump,
    /// Comparison operator (index into `dis.cmp_op`).
    Compare,
    /// Binary operator (index into `dis._nb_ops`).
    BinOp,
}

macro_rules! opcodes {
    ($( $name:ident = $num:literal, cache $cache:literal, $kind:ident, |$a:ident, $j:ident| $eff:expr, $doc:literal; )*) => {
        /// A CPython 3.11 opcode.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $( #[doc = $doc] $name = $num, )* }

        impl Opcode {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// CPython's name for the opcode.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }
            /// Number of inline cache code units CPython 3.11 reserves after it.
            pub fn cache_entries(self) -> u32 {
                match self { $( Opcode::$name => $cache, )* }
            }
            /// How `dis` interprets the argument.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$kind, )* }
            }
            /// Net stack effect; `jump` is true for the branch-taken path.
            #[allow(unused_variables, clippy::redundant_closure_call)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                let arg = arg as i32;
                match self { $( Opcode::$name => (|$a: i32, $j: bool| -> i32 { $eff })(arg, jump), )* }
            }
            /// One-line meaning of the instruction.
            pub fn doc(self) -> &'static str {
                match self { $( Opcode::$name => $doc, )* }
            }
            /// The opcode with CPython number `n` (never an internal superinstruction).
            pub fn from_u8(n: u8) -> Option<Opcode> {
                if n >= INTERNAL_BASE {
                    return None;
                }
                match n { $( $num => Some(Opcode::$name), )* _ => None }
            }
        }
    };
}

opcodes! {
    CACHE = 0, cache 0, None, |a, j| 0, "inline cache entry (never executed)";
    POP_TOP = 1, cache 0, None, |a, j| -1, "discard TOS";
    PUSH_NULL = 2, cache 0, None, |a, j| 1, "push NULL (marks a plain call)";
    NOP = 9, cache 0, None, |a, j| 0, "do nothing";
    UNARY_POSITIVE = 10, cache 0, None, |a, j| 0, "TOS = +TOS";
    UNARY_NEGATIVE = 11, cache 0, None, |a, j| 0, "TOS = -TOS";
    UNARY_NOT = 12, cache 0, None, |a, j| 0, "TOS = not TOS";
    UNARY_INVERT = 15, cache 0, None, |a, j| 0, "TOS = ~TOS";
    BINARY_SUBSCR = 25, cache 4, None, |a, j| -1, "TOS = TOS1[TOS]";
    GET_LEN = 30, cache 0, None, |a, j| 1, "push len(TOS)";
    MATCH_MAPPING = 31, cache 0, None, |a, j| 1, "push whether TOS is a mapping (for match)";
    MATCH_SEQUENCE = 32, cache 0, None, |a, j| 1, "push whether TOS is a sequence (for match; not str/bytes)";
    MATCH_KEYS = 33, cache 0, None, |a, j| 1, "push the values of keys TOS in mapping TOS1 (a tuple), or None";
    PUSH_EXC_INFO = 35, cache 0, None, |a, j| 1, "push the current exception, make TOS current";
    CHECK_EXC_MATCH = 36, cache 0, None, |a, j| 0, "TOS = isinstance-like match of TOS1 against TOS";
    CHECK_EG_MATCH = 37, cache 0, None, |a, j| 0, "except*: split the exception by the clause's types";
    WITH_EXCEPT_START = 49, cache 0, None, |a, j| 1, "call __exit__ with the exception";
    GET_AITER = 50, cache 0, None, |a, j| 0, "async iteration (unsupported)";
    GET_ANEXT = 51, cache 0, None, |a, j| 1, "async iteration (unsupported)";
    BEFORE_ASYNC_WITH = 52, cache 0, None, |a, j| 1, "async with (unsupported)";
    BEFORE_WITH = 53, cache 0, None, |a, j| 1, "push __exit__, call __enter__";
    END_ASYNC_FOR = 54, cache 0, None, |a, j| -2, "async for (unsupported)";
    STORE_SUBSCR = 60, cache 1, None, |a, j| -3, "TOS1[TOS] = TOS2";
    DELETE_SUBSCR = 61, cache 0, None, |a, j| -2, "del TOS1[TOS]";
    GET_ITER = 68, cache 0, None, |a, j| 0, "TOS = iter(TOS)";
    GET_YIELD_FROM_ITER = 69, cache 0, None, |a, j| 0, "TOS = iter(TOS) unless a generator";
    PRINT_EXPR = 70, cache 0, None, |a, j| -1, "interactive: print repr of TOS";
    LOAD_BUILD_CLASS = 71, cache 0, None, |a, j| 1, "push builtins.__build_class__";
    LOAD_ASSERTION_ERROR = 74, cache 0, None, |a, j| 1, "push AssertionError";
    RETURN_GENERATOR = 75, cache 0, None, |a, j| 0, "create a generator from the frame";
    LIST_TO_TUPLE = 82, cache 0, None, |a, j| 0, "TOS = tuple(TOS)";
    RETURN_VALUE = 83, cache 0, None, |a, j| -1, "return TOS";
    IMPORT_STAR = 84, cache 0, None, |a, j| -1, "from TOS import *";
    SETUP_ANNOTATIONS = 85, cache 0, None, |a, j| 0, "create __annotations__";
    YIELD_VALUE = 86, cache 0, None, |a, j| 0, "yield TOS";
    ASYNC_GEN_WRAP = 87, cache 0, None, |a, j| 0, "async generators (unsupported)";
    PREP_RERAISE_STAR = 88, cache 0, None, |a, j| -1, "except*: merge raised and unhandled exceptions to re-raise";
    POP_EXCEPT = 89, cache 0, None, |a, j| -1, "restore the previous exception";
    STORE_NAME = 90, cache 0, Name, |a, j| -1, "name = TOS (namespace)";
    DELETE_NAME = 91, cache 0, Name, |a, j| 0, "del name (namespace)";
    UNPACK_SEQUENCE = 92, cache 1, Num, |a, j| a - 1, "unpack TOS into arg values";
    FOR_ITER = 93, cache 0, Jump, |a, j| if j { -1 } else { 1 }, "push next(TOS) or pop and jump";
    UNPACK_EX = 94, cache 0, Num, |a, j| (a & 0xff) + (a >> 8), "starred unpacking";
    STORE_ATTR = 95, cache 4, Name, |a, j| -2, "TOS.name = TOS1";
    DELETE_ATTR = 96, cache 0, Name, |a, j| -1, "del TOS.name";
    STORE_GLOBAL = 97, cache 0, Name, |a, j| -1, "global name = TOS";
    DELETE_GLOBAL = 98, cache 0, Name, |a, j| 0, "del global name";
    SWAP = 99, cache 0, Num, |a, j| 0, "swap TOS with the arg-th item";
    LOAD_CONST = 100, cache 0, Const, |a, j| 1, "push co_consts[arg]";
    LOAD_NAME = 101, cache 0, Name, |a, j| 1, "push name (locals, globals, builtins)";
    BUILD_TUPLE = 102, cache 0, Num, |a, j| 1 - a, "build a tuple of arg items";
    BUILD_LIST = 103, cache 0, Num, |a, j| 1 - a, "build a list of arg items";
    BUILD_SET = 104, cache 0, Num, |a, j| 1 - a, "build a set of arg items";
    BUILD_MAP = 105, cache 0, Num, |a, j| 1 - 2 * a, "build a dict of arg pairs";
    LOAD_ATTR = 106, cache 4, Name, |a, j| 0, "TOS = TOS.name";
    COMPARE_OP = 107, cache 2, Compare, |a, j| -1, "rich comparison";
    IMPORT_NAME = 108, cache 0, Name, |a, j| -1, "import a module";
    IMPORT_FROM = 109, cache 0, Name, |a, j| 1, "push TOS.name for from-import";
    JUMP_FORWARD = 110, cache 0, Jump, |a, j| 0, "jump forward";
    JUMP_IF_FALSE_OR_POP = 111, cache 0, Jump, |a, j| if j { 0 } else { -1 }, "jump if TOS false, else pop";
    JUMP_IF_TRUE_OR_POP = 112, cache 0, Jump, |a, j| if j { 0 } else { -1 }, "jump if TOS true, else pop";
    POP_JUMP_FORWARD_IF_FALSE = 114, cache 0, Jump, |a, j| -1, "pop; jump forward if false";
    POP_JUMP_FORWARD_IF_TRUE = 115, cache 0, Jump, |a, j| -1, "pop; jump forward if true";
    LOAD_GLOBAL = 116, cache 5, GlobalName, |a, j| (a & 1) + 1, "push global (and maybe NULL)";
    IS_OP = 117, cache 0, Num, |a, j| -1, "is / is not";
    CONTAINS_OP = 118, cache 0, Num, |a, j| -1, "in / not in";
    RERAISE = 119, cache 0, Num, |a, j| -1, "re-raise TOS";
    COPY = 120, cache 0, Num, |a, j| 1, "push a copy of the arg-th item";
    BINARY_OP = 122, cache 1, BinOp, |a, j| -1, "binary or in-place operator";
    SEND = 123, cache 0, Jump, |a, j| if j { -1 } else { 0 }, "send to a sub-generator";
    LOAD_FAST = 124, cache 0, Local, |a, j| 1, "push local";
    STORE_FAST = 125, cache 0, Local, |a, j| -1, "local = TOS";
    DELETE_FAST = 126, cache 0, Local, |a, j| 0, "del local";
    POP_JUMP_FORWARD_IF_NOT_NONE = 128, cache 0, Jump, |a, j| -1, "pop; jump forward if not None";
    POP_JUMP_FORWARD_IF_NONE = 129, cache 0, Jump, |a, j| -1, "pop; jump forward if None";
    RAISE_VARARGS = 130, cache 0, Num, |a, j| -a, "raise";
    GET_AWAITABLE = 131, cache 0, Num, |a, j| 0, "await (unsupported)";
    MAKE_FUNCTION = 132, cache 0, Num, |a, j| -((a & 0xf).count_ones() as i32), "make a function";
    BUILD_SLICE = 133, cache 0, Num, |a, j| if a == 3 { -2 } else { -1 }, "build a slice";
    JUMP_BACKWARD_NO_INTERRUPT = 134, cache 0, Jump, |a, j| 0, "jump backward, no interrupt check";
    MAKE_CELL = 135, cache 0, Free, |a, j| 0, "turn a local into a cell";
    LOAD_CLOSURE = 136, cache 0, Free, |a, j| 1, "push a cell";
    LOAD_DEREF = 137, cache 0, Free, |a, j| 1, "push a cell's content";
    STORE_DEREF = 138, cache 0, Free, |a, j| -1, "store into a cell";
    DELETE_DEREF = 139, cache 0, Free, |a, j| 0, "empty a cell";
    JUMP_BACKWARD = 140, cache 0, Jump, |a, j| 0, "jump backward";
    CALL_FUNCTION_EX = 142, cache 0, Num, |a, j| -2 - (a & 1), "call with *args / **kwargs";
    EXTENDED_ARG = 144, cache 0, Num, |a, j| 0, "argument prefix";
    LIST_APPEND = 145, cache 0, Num, |a, j| -1, "append TOS to a list below";
    SET_ADD = 146, cache 0, Num, |a, j| -1, "add TOS to a set below";
    MAP_ADD = 147, cache 0, Num, |a, j| -2, "add key/value to a dict below";
    LOAD_CLASSDEREF = 148, cache 0, Free, |a, j| 1, "class-body free variable load";
    COPY_FREE_VARS = 149, cache 0, Num, |a, j| 0, "copy closure cells into the frame";
    RESUME = 151, cache 0, Num, |a, j| 0, "start or resume a frame";
    MATCH_CLASS = 152, cache 0, Num, |a, j| -2, "class pattern: TOS2 = its attributes (a tuple) if an instance of TOS1, else None";
    FORMAT_VALUE = 155, cache 0, Num, |a, j| if a & 4 != 0 { -1 } else { 0 }, "format for f-strings";
    BUILD_CONST_KEY_MAP = 156, cache 0, Num, |a, j| -a, "dict from values and a key tuple";
    BUILD_STRING = 157, cache 0, Num, |a, j| 1 - a, "concatenate arg strings";
    LOAD_METHOD = 160, cache 10, Name, |a, j| 1, "push method and self (or NULL and attr)";
    LIST_EXTEND = 162, cache 0, Num, |a, j| -1, "extend a list below";
    SET_UPDATE = 163, cache 0, Num, |a, j| -1, "update a set below";
    DICT_MERGE = 164, cache 0, Num, |a, j| -1, "merge into a dict below (no duplicates)";
    DICT_UPDATE = 165, cache 0, Num, |a, j| -1, "update a dict below";
    PRECALL = 166, cache 1, Num, |a, j| -a, "prepare a call";
    CALL = 171, cache 4, Num, |a, j| -1, "call";
    KW_NAMES = 172, cache 0, Const, |a, j| 0, "keyword names for the next call";
    POP_JUMP_BACKWARD_IF_NOT_NONE = 173, cache 0, Jump, |a, j| -1, "pop; jump backward if not None";
    POP_JUMP_BACKWARD_IF_NONE = 174, cache 0, Jump, |a, j| -1, "pop; jump backward if None";
    POP_JUMP_BACKWARD_IF_FALSE = 175, cache 0, Jump, |a, j| -1, "pop; jump backward if false";
    POP_JUMP_BACKWARD_IF_TRUE = 176, cache 0, Jump, |a, j| -1, "pop; jump backward if true";
    // Internal superinstructions (numbers from INTERNAL_BASE up). The compiler never
    // emits them and `dis`/`opcode` never show them: the VM's quickening pass
    // (crates/weft-vm/src/quicken.rs) writes one over the first instruction of a group in
    // the code object's executable copy, leaves the group's other instructions in place,
    // and when the fast path does not apply the VM runs just that first instruction.
    LOAD_FAST__LOAD_FAST = 230, cache 0, Local, |a, j| 2, "(internal) LOAD_FAST; LOAD_FAST";
    LOAD_FAST__LOAD_CONST = 231, cache 0, Local, |a, j| 2, "(internal) LOAD_FAST; LOAD_CONST";
    STORE_FAST__LOAD_FAST = 232, cache 0, Local, |a, j| 0, "(internal) STORE_FAST; LOAD_FAST";
    BINARY_OP_FAST_CONST = 233, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_CONST; BINARY_OP on numbers [; STORE_FAST]";
    BINARY_OP_FAST_FAST = 234, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_FAST; BINARY_OP on numbers [; STORE_FAST]";
    COMPARE_FAST_CONST_JUMP = 235, cache 0, Local, |a, j| 0, "(internal) LOAD_FAST; LOAD_CONST; COMPARE_OP; POP_JUMP_IF on numbers";
    COMPARE_FAST_FAST_JUMP = 236, cache 0, Local, |a, j| 0, "(internal) LOAD_FAST; LOAD_FAST; COMPARE_OP; POP_JUMP_IF on numbers";
    BINARY_OP_TOS_FAST = 237, cache 0, Local, |a, j| 0, "(internal) LOAD_FAST; BINARY_OP on numbers [; STORE_FAST]";
    BINARY_OP_TOS_CONST = 238, cache 0, Const, |a, j| 0, "(internal) LOAD_CONST; BINARY_OP on numbers [; STORE_FAST]";
    PRECALL__CALL = 239, cache 0, Num, |a, j| -a - 1, "(internal) PRECALL; CALL";
    BINARY_SUBSCR_FAST_CONST = 240, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_CONST; BINARY_SUBSCR of a list or tuple by an int [; STORE_FAST]";
    BINARY_SUBSCR_FAST_FAST = 241, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_FAST; BINARY_SUBSCR of a list or tuple by an int [; STORE_FAST]";
    STORE_SUBSCR_FAST_CONST = 242, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_CONST; STORE_SUBSCR into a list by an int";
    STORE_SUBSCR_FAST_FAST = 243, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_FAST; STORE_SUBSCR into a list by an int";
    // These run their whole group (the first instruction cannot fail once the local is
    // known to be bound), so they keep no fallback to the first instruction alone.
    LOAD_FAST__LOAD_ATTR = 244, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; LOAD_ATTR";
    LOAD_FAST__LOAD_METHOD = 245, cache 0, Local, |a, j| 2, "(internal) LOAD_FAST; LOAD_METHOD";
    LOAD_FAST__STORE_ATTR = 246, cache 0, Local, |a, j| -1, "(internal) LOAD_FAST; STORE_ATTR";
    COPY2__BINARY_SUBSCR = 247, cache 0, Num, |a, j| 1, "(internal) COPY 2; COPY 2; BINARY_SUBSCR (augmented subscript: load)";
    BINARY_OP__NEXT = 249, cache 0, BinOp, |a, j| -1, "(internal) BINARY_OP on numbers, then a STORE_FAST or another BINARY_OP on numbers";
    FOR_ITER__STORE_FAST = 250, cache 0, Jump, |a, j| if j { -1 } else { 0 }, "(internal) FOR_ITER; STORE_FAST (the item stored without a push)";
    COPY1__LOAD_ATTR = 251, cache 0, Num, |a, j| 1, "(internal) COPY 1; LOAD_ATTR (augmented attribute: load)";
    SWAP2__STORE_ATTR = 252, cache 0, Num, |a, j| -2, "(internal) SWAP 2; STORE_ATTR (augmented attribute: store)";
    BUILD_SLICE__BINARY_SUBSCR = 253, cache 0, Num, |a, j| -a, "(internal) BUILD_SLICE; BINARY_SUBSCR (a list or tuple sliced without a slice object)";
    BUILD_SLICE__STORE_SUBSCR = 254, cache 0, Num, |a, j| -a - 2, "(internal) BUILD_SLICE; STORE_SUBSCR (a list's slice assigned without a slice object)";
    SWAP3__STORE_SUBSCR = 248, cache 0, Num, |a, j| -3, "(internal) SWAP 3; SWAP 2; STORE_SUBSCR (augmented subscript: store)";
    CONTAINS_OP__JUMP = 228, cache 0, Num, |a, j| -2, "(internal) CONTAINS_OP; POP_JUMP_IF (the test decides the jump without a push)";
    COMPARE_OP__JUMP = 229, cache 0, Compare, |a, j| -2, "(internal) COMPARE_OP; POP_JUMP_IF (a bool result decides the jump without a push)";
    UNPACK_SEQUENCE__STORE_FAST = 226, cache 0, Num, |a, j| a - 1, "(internal) UNPACK_SEQUENCE n of an exact tuple or list; n STORE_FAST (the items stored without pushes)";
    LOAD_FAST__CALL_METHOD = 227, cache 0, Local, |a, j| 2, "(internal) LOAD_FAST; LOAD_METHOD; up to two LOAD_FAST/LOAD_CONST; PRECALL; CALL (a built-in method called with its arguments read in place)";
    LOAD_DEREF__CALL_METHOD = 225, cache 0, Free, |a, j| 1, "(internal) LOAD_DEREF; LOAD_METHOD; up to two LOAD_FAST/LOAD_CONST; PRECALL; CALL (a built-in method of a free variable's object called with its arguments read in place)";
    LOAD_FAST__RETURN_VALUE = 224, cache 0, Local, |a, j| 1, "(internal) LOAD_FAST; RETURN_VALUE (the local returned without a push)";
    LOAD_CONST__RETURN_VALUE = 223, cache 0, Const, |a, j| 1, "(internal) LOAD_CONST; RETURN_VALUE (the constant returned without a push)";
    BUILD_TUPLE__MAKE_FUNCTION = 222, cache 0, Num, |a, j| 1 - a, "(internal) BUILD_TUPLE n; LOAD_CONST code; MAKE_FUNCTION with a closure (n <= 2 cells moved into the function, no tuple made)";
    LOAD_GLOBAL__LOAD_SUPER_METHOD = 221, cache 0, Num, |a, j| (a & 1) + 1, "(internal) LOAD_GLOBAL super; PRECALL 0; CALL 0; LOAD_METHOD (super().name looked up without a super object)";
    LOAD_DEREF__CONTAINS_JUMP = 255, cache 0, Free, |a, j| -1, "(internal) LOAD_DEREF; CONTAINS_OP; POP_JUMP_IF (`k in s` for a free variable's exact set or dict, decided without taking a reference to it)";
    AUG_SUBSCR = 220, cache 0, Local, |a, j| 1, "(internal) c[k] op= v whole: LOAD_FAST c; LOAD_FAST/LOAD_CONST k; COPY 2; COPY 2; BINARY_SUBSCR; the value (one operand, or LOAD_FAST; LOAD_FAST/LOAD_CONST; BINARY_OP); BINARY_OP op=; SWAP 3; SWAP 2; STORE_SUBSCR on a list item and numbers";
}

/// Opcode numbers from here up are weft's internal superinstructions.
pub const INTERNAL_BASE: u8 = 220;

impl Opcode {
    /// True for weft's internal superinstructions (never in `co_code` or `dis`).
    pub fn is_internal(self) -> bool {
        (self as u8) >= INTERNAL_BASE
    }
    /// True if CPython considers this opcode to take an argument.
    pub fn has_arg(self) -> bool {
        (self as u8) >= 90
    }
    /// True for instructions that jump (conditionally or not).
    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }
    /// True for instructions after which control never falls through.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
                | Opcode::JUMP_FORWARD
                | Opcode::JUMP_BACKWARD
                | Opcode::JUMP_BACKWARD_NO_INTERRUPT
        )
    }
}

/// `dis.cmp_op`.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// Binary operators in `BINARY_OP`'s argument order (`dis._nb_ops`).
pub const NB_OPS: [&str; 26] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
];

/// `BINARY_OP` arguments.
pub mod binop {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    /// Add to any of the above for the in-place form.
    pub const INPLACE: u32 = 13;
}

/// One instruction: opcode and a 32-bit argument (no EXTENDED_ARG needed internally).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL.iter().filter(|op| !op.is_internal()) {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
        assert_eq!(Opcode::LOAD_FAST as u8, 124);
        assert_eq!(Opcode::LOAD_GLOBAL.cache_entries(), 5);
    }
}
