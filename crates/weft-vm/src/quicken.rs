//! Quickening: superinstructions for the commonest instruction groups on numbers and
//! list/tuple items, and the number fast paths they share with `BINARY_OP`/`COMPARE_OP`
//! (the idea of CPython 3.11's `LOAD_FAST__LOAD_CONST`, `BINARY_OP_ADD_INT`,
//! `BINARY_SUBSCR_LIST_INT` and `COMPARE_OP_INT_JUMP`, PEP 659).
//!
//! [`fuse`] runs once per code object, after the borrow plan (`borrow.rs`), on the code
//! object's executable copy of the instructions. It writes an internal opcode over the
//! *first* instruction of a group (`LOAD_FAST x; LOAD_CONST 1; BINARY_OP +; STORE_FAST x`
//! becomes `BINARY_OP_FAST_CONST x` followed by the unchanged `LOAD_CONST`, `BINARY_OP`
//! and `STORE_FAST`) and leaves the rest of the group in place. So:
//! * a jump into the middle of a group runs the plain instructions from there on;
//! * when the operands are not numbers (or the result overflows an `i64`; for subscripts:
//!   not an exact list or tuple and an int index in range), the VM runs only
//!   the first instruction as written (its argument, borrow flags included, is kept) and
//!   carries on with the plain instructions that follow, so behaviour is unchanged;
//! * a fast path never raises, never runs Python code and never pushes a borrowed value,
//!   so exception handling, tracebacks and borrow windows see exactly the plain code.
//!
//! The attribute groups (`LOAD_FAST x; LOAD_ATTR`/`LOAD_METHOD`/`STORE_ATTR`), the
//! augmented-attribute groups (`COPY 1; LOAD_ATTR` and `SWAP 2; STORE_ATTR`, from
//! `o.x += v`) and the augmented-subscript groups (`COPY 2; COPY 2; BINARY_SUBSCR` and
//! `SWAP 3; SWAP 2; STORE_SUBSCR`, from `a[i] += v`) and `BUILD_SLICE; BINARY_SUBSCR`
//! or `STORE_SUBSCR` (`a[i:j]`, no slice object made for a list or tuple) instead always
//! run their whole group:
//! their leading instructions cannot fail (a fused `LOAD_FAST` first checks that the
//! local is bound, else it runs alone and raises as written), and the frame's next
//! instruction is set past the group before the last instruction's general path runs,
//! so an exception or a traceback points at that last instruction, as for the plain code.
//!
//! A whole augmented subscript on a local list (`b[3] -= dx * m`, `b[i] += 1`: the
//! container a local, the key a local or constant, the value one operand or an inline
//! operation on two) is `AUG_SUBSCR`: when the list is exact, the key an int in range and
//! item and value numbers, the item is read, combined and stored under one hold of the
//! list's lock, nothing pushed. Otherwise the group runs from its `LOAD_FAST`, through the
//! augmented-subscript groups and the value's group, which `fuse` marks inside it.
//!
//! A method call on a local with at most two arguments that are each a local or a
//! constant (`LOAD_FAST x; LOAD_METHOD m; LOAD_FAST a; PRECALL 1; CALL 1`, from
//! `x.m(a)`) is `LOAD_FAST__CALL_METHOD`: when `x` is an instance of a built-in class
//! and the LOAD_METHOD's cache holds that class's method (`list.append`), the native
//! function is called with the arguments read in place, nothing pushed, the frame's next
//! instruction set past the CALL before the call (so an error points at the CALL).
//! Otherwise the group runs as `LOAD_FAST__LOAD_METHOD`, the loads and `PRECALL__CALL`
//! (the group's `PRECALL` is fused too, for that case). The same call on a free
//! variable (`LOAD_DEREF x; LOAD_METHOD m; ...`, `seen.add(c)` in a closure) is
//! `LOAD_DEREF__CALL_METHOD`: the cell's object, held for the call, is the receiver;
//! otherwise the group runs as `LOAD_DEREF`, `LOAD_METHOD`, the loads and
//! `PRECALL__CALL`. Both groups also take one argument computed by a binary operation
//! the loop does inline on a local and a local or number constant (`diag.add(row + c)`):
//! the operation is then a `BINARY_OP_FAST_FAST`/`BINARY_OP_FAST_CONST` group inside
//! the call's, computed in place on the fast path (a number, owning nothing) and run
//! as that group on the fallback.
//!
//! A membership test of a free variable that decides a jump (`LOAD_DEREF s; CONTAINS_OP;
//! POP_JUMP_IF`, `if c in cols:` in a closure) is `LOAD_DEREF__CONTAINS_JUMP`: when the
//! cell holds an exact set, frozenset or dict, the key is an int or an exact str and no key of
//! its hash needs a Python `__eq__`, the answer is found with the container borrowed in place
//! under the cell's owner bias (`eval::deref_contains`): no reference taken, nothing
//! pushed. Otherwise the group runs as `LOAD_DEREF`, then `CONTAINS_OP__JUMP`.
//!
//! `BUILD_TUPLE n; LOAD_CONST code; MAKE_FUNCTION` with the closure flag and one or two
//! cells (every closure a `def` or `lambda` in a function makes) moves the cells into the
//! function without making the tuple (`BUILD_TUPLE__MAKE_FUNCTION`; see
//! `types::function::Closure`). None of the three can fail.
//!
//! `LOAD_FAST x; RETURN_VALUE` and `LOAD_CONST c; RETURN_VALUE` (`return x`, and the
//! `return None` that ends every function without one) return the value without a push
//! (`LOAD_FAST__RETURN_VALUE`, `LOAD_CONST__RETURN_VALUE`; an unbound local raises at
//! the load, as written).
//!
//! `UNPACK_SEQUENCE n` followed by `n` `STORE_FAST`s (`a, b = t`, `for k, v in pairs`,
//! n of 2 or 3) stores an exact tuple's or list's items straight into the locals
//! (`UNPACK_SEQUENCE__STORE_FAST`); anything else runs the UNPACK_SEQUENCE as written.
//!
//! `CONTAINS_OP` or `COMPARE_OP` followed by a conditional jump also runs whole when the
//! test gives a bool (always, for `in`): the jump is decided without pushing it. A
//! comparison that gives anything else is pushed, and the jump runs as written (its
//! truth test may raise, at the jump, as in the plain code).
//!
//! Groups never overlap and contain no jump except a conditional jump that ends one.
//! `dis` and `co_code` show the compiler's plain instructions.

use crate::value::Value;
use weft_compiler::opcode::binop;
use weft_compiler::{Constant, Instr, Opcode};

/// `a op b` for the number cases that cannot fail and need no objects (`None`: take the
/// general path). `op` is `BINARY_OP`'s argument (in-place forms included).
#[inline(always)]
pub fn binop(a: &Value, b: &Value, op: u32) -> Option<Value> {
    let op = if op >= binop::INPLACE {
        op - binop::INPLACE
    } else {
        op
    };
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            binop::ADD => x.checked_add(*y).map(Value::Int),
            binop::SUBTRACT => x.checked_sub(*y).map(Value::Int),
            binop::MULTIPLY => x.checked_mul(*y).map(Value::Int),
            // Python's modulo and floor division take the divisor's sign.
            binop::REMAINDER if *y > 0 && *x >= 0 => Some(Value::Int(x % y)),
            binop::FLOOR_DIVIDE if *y > 0 && *x >= 0 => Some(Value::Int(x / y)),
            binop::AND => Some(Value::Int(x & y)),
            binop::OR => Some(Value::Int(x | y)),
            binop::XOR => Some(Value::Int(x ^ y)),
            binop::POWER if (0..=u32::MAX as i64).contains(y) => {
                x.checked_pow(*y as u32).map(Value::Int)
            }
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_op(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => float_op(*x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) => float_op(*x as f64, *y, op),
        _ => None,
    }
}

#[inline(always)]
fn float_op(x: f64, y: f64, op: u32) -> Option<Value> {
    match op {
        binop::ADD => Some(Value::Float(x + y)),
        binop::SUBTRACT => Some(Value::Float(x - y)),
        binop::MULTIPLY => Some(Value::Float(x * y)),
        binop::TRUE_DIVIDE if y != 0.0 => Some(Value::Float(x / y)),
        // A positive finite base and a finite exponent: C's `pow`, as `float.__pow__`
        // computes it, when it does not overflow (zero, negative bases and overflow
        // take the general path with its errors and complex results).
        binop::POWER if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            r.is_finite().then_some(Value::Float(r))
        }
        _ => None,
    }
}

/// `a <op> b` for two ints or two floats (`op` indexes `dis.cmp_op`).
#[inline(always)]
pub fn compare(a: &Value, b: &Value, op: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp(x, y, op)),
        (Value::Float(x), Value::Float(y)) => Some(cmp(x, y, op)),
        _ => None,
    }
}

#[inline(always)]
fn cmp<T: PartialOrd>(x: &T, y: &T, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Does `BINARY_OP arg` have a number fast path in [`binop`]?
fn fast_binop(arg: u32) -> bool {
    let op = if arg >= binop::INPLACE {
        arg - binop::INPLACE
    } else {
        arg
    };
    matches!(
        op,
        binop::ADD
            | binop::SUBTRACT
            | binop::MULTIPLY
            | binop::REMAINDER
            | binop::FLOOR_DIVIDE
            | binop::AND
            | binop::OR
            | binop::XOR
            | binop::TRUE_DIVIDE
            | binop::POWER
    )
}

fn is_cond_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::POP_JUMP_FORWARD_IF_FALSE
            | Opcode::POP_JUMP_FORWARD_IF_TRUE
            | Opcode::POP_JUMP_BACKWARD_IF_FALSE
            | Opcode::POP_JUMP_BACKWARD_IF_TRUE
    )
}

/// The instructions of a method call's arguments, which start at `i`, when the call is
/// a `LOAD_FAST__CALL_METHOD`/`LOAD_DEREF__CALL_METHOD` group: at most two arguments
/// that are each a `LOAD_FAST` or `LOAD_CONST`, or one [`method_binop_arg`]; then
/// `PRECALL n; CALL n`. `num_const` tells a number constant.
fn method_call_args(exec: &[Instr], i: usize, num_const: impl Fn(&Instr) -> bool) -> Option<usize> {
    method_load_args(exec, i).or_else(|| method_binop_arg(exec, i, num_const))
}

/// The instructions of a computed method-call argument ([`method_binop_arg`]).
const BINOP_ARG: usize = 3;

/// A method call's one argument computed by `LOAD_FAST a; LOAD_FAST b` or
/// `LOAD_FAST a; LOAD_CONST n` (a number) and a `BINARY_OP` the eval loop does inline
/// (`diag.add(row + c)`), then `PRECALL 1; CALL 1`: [`BINOP_ARG`], the argument's
/// instructions (which `fuse` makes a `BINARY_OP_FAST_FAST`/`BINARY_OP_FAST_CONST`
/// group inside the call's group).
fn method_binop_arg(exec: &[Instr], i: usize, num_const: impl Fn(&Instr) -> bool) -> Option<usize> {
    let w = exec.get(i..i + BINOP_ARG + 2)?;
    let shape = w[0].op == Opcode::LOAD_FAST
        && (w[1].op == Opcode::LOAD_FAST || w[1].op == Opcode::LOAD_CONST && num_const(&w[1]))
        && w[2].op == Opcode::BINARY_OP
        && fast_binop(w[2].arg)
        && w[3].op == Opcode::PRECALL
        && w[3].arg == 1
        && w[4].op == Opcode::CALL
        && w[4].arg == 1;
    shape.then_some(BINOP_ARG)
}

/// [`method_call_args`]' loads form: each argument a `LOAD_FAST` or `LOAD_CONST`.
fn method_load_args(exec: &[Instr], i: usize) -> Option<usize> {
    let k = (0..=2).find(|&k| exec.get(i + k).map(|x| x.op) == Some(Opcode::PRECALL))?;
    let loads = exec[i..i + k]
        .iter()
        .all(|x| matches!(x.op, Opcode::LOAD_FAST | Opcode::LOAD_CONST));
    let call = exec.get(i + k + 1)?;
    (loads && call.op == Opcode::CALL && exec[i + k].arg == k as u32 && call.arg == k as u32)
        .then_some(k)
}

/// The length of a whole augmented subscript group starting at `i` (`c[k] op= v`, the
/// container `c` a local, the key `k` a local or a constant):
/// `LOAD_FAST c; LOAD_FAST|LOAD_CONST k; COPY 2; COPY 2; BINARY_SUBSCR`, then the value
/// `v` as one operand (`LOAD_FAST`/`LOAD_CONST` number) or as an inline operation on two
/// (`LOAD_FAST a; LOAD_FAST|LOAD_CONST b; BINARY_OP`), then `BINARY_OP op=; SWAP 3;
/// SWAP 2; STORE_SUBSCR`: 10 or 12 instructions. `num_const` tells a number constant.
fn aug_subscr_len(exec: &[Instr], i: usize, num_const: impl Fn(&Instr) -> bool) -> Option<usize> {
    use Opcode::*;
    let head = exec.get(i..i + 5)?;
    let operand = |x: &Instr| x.op == LOAD_FAST || x.op == LOAD_CONST && num_const(x);
    let head_ok = head[0].op == LOAD_FAST
        && (head[1].op == LOAD_FAST || head[1].op == LOAD_CONST)
        && head[2].op == COPY
        && head[2].arg == 2
        && head[3].op == COPY
        && head[3].arg == 2
        && head[4].op == BINARY_SUBSCR;
    if !head_ok {
        return None;
    }
    let v = exec.get(i + 5..i + 8)?;
    let value = if operand(&v[0]) && v[1].op == BINARY_OP {
        1
    } else if v[0].op == LOAD_FAST && operand(&v[1]) && v[2].op == BINARY_OP && fast_binop(v[2].arg)
    {
        3
    } else {
        return None;
    };
    let tail = exec.get(i + 5 + value..i + 9 + value)?;
    let tail_ok = tail[0].op == BINARY_OP
        && fast_binop(tail[0].arg)
        && tail[1].op == SWAP
        && tail[1].arg == 3
        && tail[2].op == SWAP
        && tail[2].arg == 2
        && tail[3].op == STORE_SUBSCR;
    tail_ok.then_some(9 + value)
}

/// Write superinstructions over `exec` (see the module docs). `consts` are the code
/// object's constants: only number constants join a group.
pub fn fuse(exec: &mut [Instr], consts: &[Constant]) {
    let num_const = |i: &Instr| {
        matches!(
            consts.get(i.arg as usize),
            Some(Constant::Int(_) | Constant::Float(_))
        )
    };
    let op_at = |exec: &[Instr], i: usize| exec.get(i).map(|x| x.op);
    // The group starting at `i`: (superinstruction, length).
    let group = |exec: &[Instr], i: usize| -> Option<(Opcode, usize)> {
        use Opcode::*;
        let first = exec[i];
        let second = *exec.get(i + 1)?;
        let third = exec.get(i + 2).copied();
        match (first.op, second.op) {
            (LOAD_FAST, LOAD_FAST | LOAD_CONST) => {
                if let Some(len) = aug_subscr_len(exec, i, num_const) {
                    return Some((AUG_SUBSCR, len));
                }
                let konst = second.op == LOAD_CONST;
                if konst && !num_const(&second) {
                    return None;
                }
                match third.map(|t| t.op) {
                    Some(COMPARE_OP) if op_at(exec, i + 3).is_some_and(is_cond_jump) => Some((
                        if konst {
                            COMPARE_FAST_CONST_JUMP
                        } else {
                            COMPARE_FAST_FAST_JUMP
                        },
                        4,
                    )),
                    Some(BINARY_OP) if fast_binop(third.unwrap().arg) => Some((
                        if konst {
                            BINARY_OP_FAST_CONST
                        } else {
                            BINARY_OP_FAST_FAST
                        },
                        3,
                    )),
                    Some(BINARY_SUBSCR) => Some((
                        if konst {
                            BINARY_SUBSCR_FAST_CONST
                        } else {
                            BINARY_SUBSCR_FAST_FAST
                        },
                        3,
                    )),
                    Some(STORE_SUBSCR) => Some((
                        if konst {
                            STORE_SUBSCR_FAST_CONST
                        } else {
                            STORE_SUBSCR_FAST_FAST
                        },
                        3,
                    )),
                    _ => Some((
                        if konst {
                            LOAD_FAST__LOAD_CONST
                        } else {
                            LOAD_FAST__LOAD_FAST
                        },
                        2,
                    )),
                }
            }
            (LOAD_FAST, BINARY_OP) if fast_binop(second.arg) => Some((BINARY_OP_TOS_FAST, 2)),
            (LOAD_CONST, BINARY_OP) if fast_binop(second.arg) && num_const(&first) => {
                Some((BINARY_OP_TOS_CONST, 2))
            }
            // Length 1: the STORE_FAST may start a group itself (see the eval loop).
            (FOR_ITER, STORE_FAST) => Some((FOR_ITER__STORE_FAST, 1)),
            (BINARY_OP, STORE_FAST | BINARY_OP) if fast_binop(first.arg) => {
                Some((BINARY_OP__NEXT, 1))
            }
            (LOAD_FAST, LOAD_ATTR) => Some((LOAD_FAST__LOAD_ATTR, 2)),
            (LOAD_FAST, LOAD_METHOD) => match method_call_args(exec, i + 2, num_const) {
                Some(k) => Some((LOAD_FAST__CALL_METHOD, 4 + k)),
                None => Some((LOAD_FAST__LOAD_METHOD, 2)),
            },
            (LOAD_FAST, STORE_ATTR) => Some((LOAD_FAST__STORE_ATTR, 2)),
            (LOAD_DEREF, CONTAINS_OP) if third.is_some_and(|t| is_cond_jump(t.op)) => {
                Some((LOAD_DEREF__CONTAINS_JUMP, 3))
            }
            (LOAD_DEREF, LOAD_METHOD) => {
                method_call_args(exec, i + 2, num_const).map(|k| (LOAD_DEREF__CALL_METHOD, 4 + k))
            }
            (COPY, COPY)
                if first.arg == 2
                    && second.arg == 2
                    && third.is_some_and(|t| t.op == BINARY_SUBSCR) =>
            {
                Some((COPY2__BINARY_SUBSCR, 3))
            }
            (BUILD_SLICE, BINARY_SUBSCR) => Some((BUILD_SLICE__BINARY_SUBSCR, 2)),
            (BUILD_SLICE, STORE_SUBSCR) => Some((BUILD_SLICE__STORE_SUBSCR, 2)),
            (COPY, LOAD_ATTR) if first.arg == 1 => Some((COPY1__LOAD_ATTR, 2)),
            (SWAP, STORE_ATTR) if first.arg == 2 => Some((SWAP2__STORE_ATTR, 2)),
            (SWAP, SWAP)
                if first.arg == 3
                    && second.arg == 2
                    && third.is_some_and(|t| t.op == STORE_SUBSCR) =>
            {
                Some((SWAP3__STORE_SUBSCR, 3))
            }
            (UNPACK_SEQUENCE, STORE_FAST)
                if (2..=3).contains(&first.arg)
                    && (1..=first.arg as usize).all(|k| op_at(exec, i + k) == Some(STORE_FAST)) =>
            {
                Some((UNPACK_SEQUENCE__STORE_FAST, 1 + first.arg as usize))
            }
            (STORE_FAST, LOAD_FAST) => Some((STORE_FAST__LOAD_FAST, 2)),
            (LOAD_FAST, RETURN_VALUE) => Some((LOAD_FAST__RETURN_VALUE, 2)),
            (LOAD_CONST, RETURN_VALUE) => Some((LOAD_CONST__RETURN_VALUE, 2)),
            (BUILD_TUPLE, LOAD_CONST)
                if (1..=crate::types::function::INLINE_CELLS as u32).contains(&first.arg)
                    && third.is_some_and(|t| t.op == MAKE_FUNCTION && t.arg & 8 != 0) =>
            {
                Some((BUILD_TUPLE__MAKE_FUNCTION, 3))
            }
            (PRECALL, CALL) => Some((PRECALL__CALL, 2)),
            (CONTAINS_OP, j) if is_cond_jump(j) => Some((CONTAINS_OP__JUMP, 2)),
            (COMPARE_OP, j) if is_cond_jump(j) => Some((COMPARE_OP__JUMP, 2)),
            _ => None,
        }
    };
    let mut i = 0;
    while i < exec.len() {
        match group(exec, i) {
            Some((op, len)) => {
                // A pair that would swallow the start of a longer group at `i + 1`
                // (`LOAD_FAST t; LOAD_FAST i; LOAD_CONST 2; BINARY_OP *`, or
                // `STORE_FAST x; LOAD_FAST b; LOAD_CONST 0; BINARY_SUBSCR`), or of an
                // attribute group (`LOAD_FAST v; LOAD_FAST self; STORE_ATTR x`, which
                // saves more), gives way to it.
                if len == 2
                    && matches!(
                        op,
                        Opcode::LOAD_FAST__LOAD_FAST
                            | Opcode::LOAD_FAST__LOAD_CONST
                            | Opcode::STORE_FAST__LOAD_FAST
                    )
                    && group(exec, i + 1).is_some_and(|(g, l)| {
                        l > 2
                            || matches!(
                                g,
                                Opcode::LOAD_FAST__LOAD_ATTR
                                    | Opcode::LOAD_FAST__LOAD_METHOD
                                    | Opcode::LOAD_FAST__STORE_ATTR
                            )
                    })
                {
                    i += 1;
                    continue;
                }
                exec[i].op = op;
                if op == Opcode::AUG_SUBSCR {
                    // When the fast path does not apply, the group runs as the LOAD_FAST,
                    // the LOAD_CONST/LOAD_FAST and the groups inside it: the subscript's
                    // load, the value's operation (with the in-place one when the value is
                    // one operand) and the store.
                    // The value's group is the one `group` finds there on its own
                    // (`BINARY_OP_TOS_*` or `BINARY_OP_FAST_*`: `aug_subscr_len` accepted
                    // only those shapes), which `eval::aug_subscr_fused` reads back.
                    let value = group(exec, i + 5).map(|(g, _)| g);
                    exec[i + 2].op = Opcode::COPY2__BINARY_SUBSCR;
                    exec[i + 5].op = value.expect("an augmented subscript's value group");
                    exec[i + len - 3].op = Opcode::SWAP3__STORE_SUBSCR;
                }
                if op == Opcode::LOAD_DEREF__CONTAINS_JUMP {
                    // The fallback runs the LOAD_DEREF, then this group.
                    exec[i + 1].op = Opcode::CONTAINS_OP__JUMP;
                }
                if matches!(
                    op,
                    Opcode::LOAD_FAST__CALL_METHOD | Opcode::LOAD_DEREF__CALL_METHOD
                ) {
                    // When the built-in fast path does not apply, the group runs as
                    // `LOAD_FAST__LOAD_METHOD` (or `LOAD_DEREF`, then `LOAD_METHOD`), the
                    // loads, then `PRECALL__CALL`.
                    exec[i + len - 2].op = Opcode::PRECALL__CALL;
                    if len == 4 + BINOP_ARG {
                        // The computed argument (`method_binop_arg`) is a group of its own.
                        exec[i + 2].op = if exec[i + 3].op == Opcode::LOAD_CONST {
                            Opcode::BINARY_OP_FAST_CONST
                        } else {
                            Opcode::BINARY_OP_FAST_FAST
                        };
                    }
                }
                i += len;
            }
            None => i += 1,
        }
    }
}

/// `super().name` in a method (`LOAD_GLOBAL super; PRECALL 0; CALL 0; LOAD_METHOD name`,
/// the global not borrowed): `LOAD_GLOBAL__LOAD_SUPER_METHOD` at the LOAD_GLOBAL, which
/// (when the global is the built-in `super`, the method's first argument an instance and
/// the name a Python function after `__class__` in its class's MRO) pushes the function
/// and the instance as the LOAD_METHOD would, with no `super` object made; otherwise it
/// runs as the LOAD_GLOBAL and the rest as written. Runs after [`fuse`] (the PRECALL may
/// be `PRECALL__CALL` by then), on code with a `__class__` free variable and arguments.
pub fn fuse_super(exec: &mut [Instr], code: &weft_compiler::CodeObject) {
    use Opcode::*;
    if code.argcount == 0 || !code.freevars.iter().any(|n| &**n == "__class__") {
        return;
    }
    for i in 0..exec.len().saturating_sub(3) {
        let g = exec[i];
        let is_super = g.op == LOAD_GLOBAL
            && g.arg & !crate::borrow::ARG_MASK == 0
            && g.arg & 1 == 1
            && code
                .names
                .get((g.arg >> 1) as usize)
                .is_some_and(|n| &**n == "super");
        if is_super
            && matches!(exec[i + 1].op, PRECALL | PRECALL__CALL)
            && exec[i + 1].arg == 0
            && exec[i + 2].op == CALL
            && exec[i + 2].arg == 0
            && exec[i + 3].op == LOAD_METHOD
        {
            exec[i].op = LOAD_GLOBAL__LOAD_SUPER_METHOD;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(code: &[(Opcode, u32)]) -> Vec<Opcode> {
        let mut exec: Vec<Instr> = code.iter().map(|&(op, arg)| Instr { op, arg }).collect();
        fuse(&mut exec, &[Constant::Int(1)]);
        exec.iter().map(|i| i.op).collect()
    }

    #[test]
    fn groups_and_what_follows_them() {
        use Opcode::*;
        // `for x in xs: y = x`: the loop's store may itself start a group, which the
        // FOR_ITER fast path must accept (eval.rs, `stores_local`).
        assert_eq!(
            ops(&[
                (FOR_ITER, 5),
                (STORE_FAST, 0),
                (LOAD_FAST, 0),
                (STORE_FAST, 1)
            ]),
            [
                FOR_ITER__STORE_FAST,
                STORE_FAST__LOAD_FAST,
                LOAD_FAST,
                STORE_FAST
            ]
        );
        // `x = a * b; y = x + 1`: BINARY_OP__NEXT finds a fused STORE_FAST next (which
        // it must not take for a BINARY_OP: it leaves it to run).
        assert_eq!(
            ops(&[
                (BINARY_OP, 5),
                (STORE_FAST, 0),
                (LOAD_FAST, 0),
                (LOAD_CONST, 0)
            ]),
            [
                BINARY_OP__NEXT,
                STORE_FAST__LOAD_FAST,
                LOAD_FAST,
                LOAD_CONST
            ]
        );
        // `self.x = v`: the LOAD_FAST pair gives way to the attribute group.
        assert_eq!(
            ops(&[(LOAD_FAST, 1), (LOAD_FAST, 0), (STORE_ATTR, 0)]),
            [LOAD_FAST, LOAD_FAST__STORE_ATTR, STORE_ATTR]
        );
        // `o.x += 1` and `a[i] += 1`.
        assert_eq!(
            ops(&[(COPY, 1), (LOAD_ATTR, 0), (SWAP, 2), (STORE_ATTR, 0)]),
            [COPY1__LOAD_ATTR, LOAD_ATTR, SWAP2__STORE_ATTR, STORE_ATTR]
        );
        assert_eq!(
            ops(&[
                (COPY, 2),
                (COPY, 2),
                (BINARY_SUBSCR, 0),
                (SWAP, 3),
                (SWAP, 2),
                (STORE_SUBSCR, 0)
            ]),
            [
                COPY2__BINARY_SUBSCR,
                COPY,
                BINARY_SUBSCR,
                SWAP3__STORE_SUBSCR,
                SWAP,
                STORE_SUBSCR
            ]
        );
        // `b[3] -= dx * m` and `b[i] += 1`: one group, the groups inside it fused for the
        // fallback.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_CONST, 0),
                (COPY, 2),
                (COPY, 2),
                (BINARY_SUBSCR, 0),
                (LOAD_FAST, 1),
                (LOAD_FAST, 2),
                (BINARY_OP, 5),
                (BINARY_OP, 23),
                (SWAP, 3),
                (SWAP, 2),
                (STORE_SUBSCR, 0)
            ]),
            [
                AUG_SUBSCR,
                LOAD_CONST,
                COPY2__BINARY_SUBSCR,
                COPY,
                BINARY_SUBSCR,
                BINARY_OP_FAST_FAST,
                LOAD_FAST,
                BINARY_OP,
                BINARY_OP,
                SWAP3__STORE_SUBSCR,
                SWAP,
                STORE_SUBSCR
            ]
        );
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_FAST, 1),
                (COPY, 2),
                (COPY, 2),
                (BINARY_SUBSCR, 0),
                (LOAD_CONST, 0),
                (BINARY_OP, 13),
                (SWAP, 3),
                (SWAP, 2),
                (STORE_SUBSCR, 0)
            ])[..7],
            [
                AUG_SUBSCR,
                LOAD_FAST,
                COPY2__BINARY_SUBSCR,
                COPY,
                BINARY_SUBSCR,
                BINARY_OP_TOS_CONST,
                BINARY_OP
            ]
        );
        // A value the group does not compute inline (`b[0] += f(x)`) leaves the parts.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_CONST, 0),
                (COPY, 2),
                (COPY, 2),
                (BINARY_SUBSCR, 0),
                (LOAD_FAST, 1),
                (LOAD_FAST, 2),
                (PRECALL, 1),
                (CALL, 1),
                (BINARY_OP, 13),
                (SWAP, 3),
                (SWAP, 2),
                (STORE_SUBSCR, 0)
            ])[..3],
            [LOAD_FAST__LOAD_CONST, LOAD_CONST, COPY2__BINARY_SUBSCR]
        );
        // Other COPY/SWAP arguments are not the augmented forms.
        assert_eq!(
            ops(&[(COPY, 3), (LOAD_ATTR, 0), (SWAP, 3), (STORE_ATTR, 0)]),
            [COPY, LOAD_ATTR, SWAP, STORE_ATTR]
        );
        assert_eq!(
            ops(&[
                (BUILD_SLICE, 2),
                (BINARY_SUBSCR, 0),
                (BUILD_SLICE, 3),
                (STORE_SUBSCR, 0)
            ]),
            [
                BUILD_SLICE__BINARY_SUBSCR,
                BINARY_SUBSCR,
                BUILD_SLICE__STORE_SUBSCR,
                STORE_SUBSCR
            ]
        );
    }

    #[test]
    fn method_call_groups() {
        use Opcode::*;
        // `b.append(x)`: the whole call is one group, its PRECALL; CALL fused for the
        // fallback; `s.split(a, b)` with two loads likewise.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_METHOD, 0),
                (LOAD_FAST, 1),
                (PRECALL, 1),
                (CALL, 1),
                (POP_TOP, 0)
            ]),
            [
                LOAD_FAST__CALL_METHOD,
                LOAD_METHOD,
                LOAD_FAST,
                PRECALL__CALL,
                CALL,
                POP_TOP
            ]
        );
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_METHOD, 0),
                (LOAD_CONST, 0),
                (LOAD_FAST, 1),
                (PRECALL, 2),
                (CALL, 2)
            ])[0],
            LOAD_FAST__CALL_METHOD
        );
        // `b.append(x + 1)`: one computed argument, itself a group inside the call's.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_METHOD, 0),
                (LOAD_FAST, 1),
                (LOAD_CONST, 0),
                (BINARY_OP, 0),
                (PRECALL, 1),
                (CALL, 1)
            ]),
            [
                LOAD_FAST__CALL_METHOD,
                LOAD_METHOD,
                BINARY_OP_FAST_CONST,
                LOAD_CONST,
                BINARY_OP,
                PRECALL__CALL,
                CALL
            ]
        );
        // `b.append(x << 1)` (an operator the loop does not do inline) or three
        // arguments: only the attribute pair.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_METHOD, 0),
                (LOAD_FAST, 1),
                (LOAD_CONST, 0),
                (BINARY_OP, 3),
                (PRECALL, 1),
                (CALL, 1)
            ])[..2],
            [LOAD_FAST__LOAD_METHOD, LOAD_METHOD]
        );
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (LOAD_METHOD, 0),
                (LOAD_FAST, 1),
                (LOAD_FAST, 1),
                (LOAD_FAST, 1),
                (PRECALL, 3),
                (CALL, 3)
            ])[0],
            LOAD_FAST__LOAD_METHOD
        );
        // A closure of one or two cells is made without its tuple; three cells, or a
        // tuple that is not a closure, stay as written.
        assert_eq!(
            ops(&[(BUILD_TUPLE, 2), (LOAD_CONST, 0), (MAKE_FUNCTION, 9)])[0],
            BUILD_TUPLE__MAKE_FUNCTION
        );
        assert_eq!(
            ops(&[(BUILD_TUPLE, 3), (LOAD_CONST, 0), (MAKE_FUNCTION, 8)])[0],
            BUILD_TUPLE
        );
        assert_eq!(
            ops(&[(BUILD_TUPLE, 1), (LOAD_CONST, 0), (MAKE_FUNCTION, 1)])[0],
            BUILD_TUPLE
        );
        // `return x` and `return None`.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 0),
                (RETURN_VALUE, 0),
                (LOAD_CONST, 0),
                (RETURN_VALUE, 0)
            ]),
            [
                LOAD_FAST__RETURN_VALUE,
                RETURN_VALUE,
                LOAD_CONST__RETURN_VALUE,
                RETURN_VALUE
            ]
        );
        // `seen.add(c)` on a free variable; `seen.add(c + 1)` stays as written.
        assert_eq!(
            ops(&[
                (LOAD_DEREF, 0),
                (LOAD_METHOD, 0),
                (LOAD_FAST, 1),
                (PRECALL, 1),
                (CALL, 1)
            ]),
            [
                LOAD_DEREF__CALL_METHOD,
                LOAD_METHOD,
                LOAD_FAST,
                PRECALL__CALL,
                CALL
            ]
        );
        // `if c in cols:` on a free variable; `x = c in cols` stays as written.
        assert_eq!(
            ops(&[
                (LOAD_FAST, 1),
                (LOAD_DEREF, 0),
                (CONTAINS_OP, 0),
                (POP_JUMP_FORWARD_IF_FALSE, 9),
                (LOAD_DEREF, 0),
                (CONTAINS_OP, 0),
                (STORE_FAST, 2),
            ]),
            [
                LOAD_FAST,
                LOAD_DEREF__CONTAINS_JUMP,
                CONTAINS_OP__JUMP,
                POP_JUMP_FORWARD_IF_FALSE,
                LOAD_DEREF,
                CONTAINS_OP,
                STORE_FAST
            ]
        );
        // `seen.add(c + 1)` and `seen.add(r - c)`: one computed argument.
        assert_eq!(
            ops(&[
                (LOAD_DEREF, 0),
                (LOAD_METHOD, 0),
                (LOAD_FAST, 1),
                (LOAD_FAST, 2),
                (BINARY_OP, 10),
                (PRECALL, 1),
                (CALL, 1)
            ]),
            [
                LOAD_DEREF__CALL_METHOD,
                LOAD_METHOD,
                BINARY_OP_FAST_FAST,
                LOAD_FAST,
                BINARY_OP,
                PRECALL__CALL,
                CALL
            ]
        );
        // `seen.add(c + "s")`: a constant that is not a number stays as written.
        let mut exec: Vec<Instr> = [
            (LOAD_DEREF, 0),
            (LOAD_METHOD, 0),
            (LOAD_FAST, 1),
            (LOAD_CONST, 0),
            (BINARY_OP, 0),
            (PRECALL, 1),
            (CALL, 1),
        ]
        .iter()
        .map(|&(op, arg)| Instr { op, arg })
        .collect();
        fuse(&mut exec, &[Constant::Str("s".into())]);
        assert_eq!(exec[0].op, LOAD_DEREF);
        assert_eq!(exec[2].op, LOAD_FAST);
    }

    #[test]
    fn binop_fast_paths_defer_on_overflow_and_signs() {
        assert!(binop(&Value::Int(i64::MAX), &Value::Int(1), binop::ADD).is_none());
        assert!(binop(&Value::Int(-7), &Value::Int(2), binop::REMAINDER).is_none());
        assert!(binop(&Value::Int(1), &Value::Int(0), binop::FLOOR_DIVIDE).is_none());
        assert!(binop(&Value::Float(1.0), &Value::Float(0.0), binop::TRUE_DIVIDE).is_none());
        assert!(matches!(
            binop(
                &Value::Int(7),
                &Value::Int(2),
                binop::INPLACE + binop::FLOOR_DIVIDE
            ),
            Some(Value::Int(3))
        ));
        assert_eq!(
            compare(&Value::Float(f64::NAN), &Value::Float(f64::NAN), 2),
            Some(false)
        );
        assert_eq!(compare(&Value::Int(1), &Value::Float(1.0), 2), None);
    }
}
