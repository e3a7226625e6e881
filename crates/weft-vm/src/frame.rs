//! Frames: the locals, value stack and instruction pointer of one running code object.

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::function::CodeData;
use crate::value::Value;

pub struct Frame {
    pub code: ObjRef,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace for LOAD_NAME/STORE_NAME (module and class bodies, exec/eval).
    pub locals: Value,
    /// Fast locals, cells and free variables ("localsplus").
    pub fast: Vec<Value>,
    pub stack: Vec<Value>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and line numbers).
    pub lasti: usize,
    /// Pending KW_NAMES constant index for the next CALL.
    pub kw_names: Option<u32>,
}

impl Frame {
    pub fn new(
        code: ObjRef,
        func: Option<ObjRef>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
    ) -> Frame {
        let (nfast, stacksize) = match &code.payload {
            Payload::Code(c) => (c.code.nlocalsplus(), c.code.stacksize as usize),
            _ => (0, 0),
        };
        Frame {
            code,
            func,
            globals,
            builtins,
            locals,
            fast: vec![Value::Null; nfast],
            stack: Vec::with_capacity(stacksize + 2),
            ip: 0,
            lasti: 0,
            kw_names: None,
        }
    }

    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        match &self.code.payload {
            Payload::Code(c) => c,
            _ => unreachable!(),
        }
    }

    /// The current line number.
    pub fn lineno(&self) -> u32 {
        let c = &self.code_data().code;
        c.positions
            .get(self.lasti)
            .map(|p| p.line)
            .unwrap_or(c.first_line)
    }
}
