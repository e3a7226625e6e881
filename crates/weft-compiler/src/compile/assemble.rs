//! The control-flow graph of one code unit and its assembly into a flat instruction list,
//! following CPython 3.11's pipeline: truncate blocks after terminators, peephole
//! optimisation and jump threading, unreachable-code removal, NOP cleanup, copying of small
//! exit blocks, line-number propagation, stack-depth analysis, exception-table labelling
//! and finally forward/backward jump selection with absolute instruction-index targets.

use crate::code::{Constant, ExceptionEntry, Position};
use crate::opcode::{Instr, Opcode};

mod optimize;
mod swaps;

pub(crate) type BlockId = usize;
pub(crate) const NO_BLOCK: BlockId = usize::MAX;

/// An instruction of the CFG: a real opcode or one of the exception-block pseudo ops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Real(Opcode),
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
}

/// A source location; `line == -1` means "none" (filled in by line propagation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Loc {
    pub line: i32,
    pub end_line: i32,
    pub col: i32,
    pub end_col: i32,
}

impl Loc {
    pub const NONE: Loc = Loc {
        line: -1,
        end_line: -1,
        col: -1,
        end_col: -1,
    };
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Ins {
    pub op: Op,
    pub arg: u32,
    pub target: BlockId,
    pub loc: Loc,
    except: BlockId,
}

#[derive(Clone, Debug)]
pub(crate) struct Block {
    pub instrs: Vec<Ins>,
    pub next: BlockId,
    except_handler: bool,
    preserve_lasti: bool,
    predecessors: u32,
    start_depth: i32,
    exit: bool,
}

impl Block {
    fn new() -> Block {
        Block {
            instrs: Vec::new(),
            next: NO_BLOCK,
            except_handler: false,
            preserve_lasti: false,
            predecessors: 0,
            start_depth: i32::MIN,
            exit: false,
        }
    }
    fn last(&self) -> Option<&Ins> {
        self.instrs.last()
    }
    fn no_fallthrough(&self) -> bool {
        self.last().is_some_and(|i| is_terminator(i.op))
    }
}

fn real(op: Op) -> Option<Opcode> {
    match op {
        Op::Real(o) => Some(o),
        _ => None,
    }
}

pub(crate) fn is_jump(op: Op) -> bool {
    real(op).is_some_and(|o| o.is_jump())
}

fn is_block_push(op: Op) -> bool {
    matches!(op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
}

fn is_uncond_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Real(Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT)
    )
}

fn is_scope_exit(op: Op) -> bool {
    matches!(
        op,
        Op::Real(Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
    )
}

fn is_terminator(op: Op) -> bool {
    is_uncond_jump(op) || is_scope_exit(op)
}

fn has_target(op: Op) -> bool {
    is_jump(op) || is_block_push(op)
}

/// Stack effect of an instruction (pseudo ops included).
fn effect(op: Op, arg: u32, jump: bool) -> i32 {
    match op {
        Op::Real(o) => o.stack_effect(arg, jump),
        Op::SetupFinally | Op::SetupWith => i32::from(jump),
        Op::SetupCleanup => {
            if jump {
                2
            } else {
                0
            }
        }
        Op::PopBlock => 0,
    }
}

/// The graph under construction.
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    pub entry: BlockId,
    pub cur: BlockId,
    /// The current block ended with a jump or scope exit: the next instruction starts a
    /// new block (as CPython's basic-block builder does).
    terminated: bool,
    /// Bound on jump-threading steps (guards against cycles).
    thread_budget: u32,
    /// Index of the constants seen by tuple folding, in order (`optimize.rs`).
    pub(crate) const_index: std::collections::HashMap<crate::code::ConstKey, usize>,
}

/// What assembly produces.
pub(crate) struct Assembled {
    pub instructions: Vec<Instr>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub stacksize: u32,
}

impl Cfg {
    pub fn new() -> Cfg {
        Cfg {
            blocks: vec![Block::new()],
            entry: 0,
            cur: 0,
            terminated: false,
            thread_budget: 100_000,
            const_index: Default::default(),
        }
    }
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::new());
        self.blocks.len() - 1
    }
    /// Make `b` follow the current block in the layout and continue emitting into it.
    pub fn use_next_block(&mut self, b: BlockId) {
        let cur = self.cur;
        self.blocks[cur].next = b;
        self.cur = b;
        self.terminated = false;
    }
    pub fn emit(&mut self, op: Op, arg: u32, target: BlockId, loc: Loc) {
        if self.terminated {
            let b = self.new_block();
            self.use_next_block(b);
        }
        let cur = self.cur;
        self.blocks[cur].instrs.push(Ins {
            op,
            arg,
            target,
            loc,
            except: NO_BLOCK,
        });
        self.terminated = is_jump(op) || is_scope_exit(op);
    }

    fn layout(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = self.entry;
        while b != NO_BLOCK {
            out.push(b);
            b = self.blocks[b].next;
        }
        out
    }

    // ---- passes -------------------------------------------------------------------

    fn normalize_blocks(&mut self) {
        for b in &mut self.blocks {
            if let Some(pos) = b.instrs.iter().position(|i| is_terminator(i.op)) {
                b.instrs.truncate(pos + 1);
            }
            b.exit = b.last().is_some_and(|i| is_scope_exit(i.op));
        }
    }

    fn mark_except_handlers(&mut self) {
        for bi in 0..self.blocks.len() {
            for k in 0..self.blocks[bi].instrs.len() {
                let ins = self.blocks[bi].instrs[k];
                if is_block_push(ins.op) && ins.target != NO_BLOCK {
                    let t = &mut self.blocks[ins.target];
                    t.except_handler = true;
                    if matches!(ins.op, Op::SetupCleanup | Op::SetupWith) {
                        t.preserve_lasti = true;
                    }
                }
            }
        }
    }

    /// First non-empty block at or after `b` in layout order.
    fn skip_empty(&self, mut b: BlockId) -> BlockId {
        while b != NO_BLOCK && self.blocks[b].instrs.is_empty() {
            b = self.blocks[b].next;
        }
        b
    }

    fn eliminate_empty_blocks(&mut self) {
        // Retarget jumps that point at empty blocks.
        for bi in 0..self.blocks.len() {
            for k in 0..self.blocks[bi].instrs.len() {
                let t = self.blocks[bi].instrs[k].target;
                if t != NO_BLOCK && self.blocks[t].instrs.is_empty() {
                    let nt = self.skip_empty(t);
                    self.blocks[bi].instrs[k].target = nt;
                }
            }
        }
        // Unlink empty blocks from the layout (keep the entry).
        let mut b = self.entry;
        while b != NO_BLOCK {
            let n = self.skip_empty(self.blocks[b].next);
            self.blocks[b].next = n;
            b = n;
        }
        if self.blocks[self.entry].instrs.is_empty() {
            let e = self.skip_empty(self.entry);
            if e != NO_BLOCK {
                self.entry = e;
            }
        }
    }

    fn mark_reachable(&mut self) {
        for b in &mut self.blocks {
            b.predecessors = 0;
        }
        let mut stack = vec![self.entry];
        self.blocks[self.entry].predecessors = 1;
        let mut seen = vec![false; self.blocks.len()];
        seen[self.entry] = true;
        while let Some(b) = stack.pop() {
            let next = self.blocks[b].next;
            if !self.blocks[b].no_fallthrough() && next != NO_BLOCK {
                self.blocks[next].predecessors += 1;
                if !seen[next] {
                    seen[next] = true;
                    stack.push(next);
                }
            }
            for k in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[k];
                if has_target(ins.op) && ins.target != NO_BLOCK {
                    let t = ins.target;
                    self.blocks[t].predecessors += 1;
                    if !seen[t] {
                        seen[t] = true;
                        stack.push(t);
                    }
                }
            }
        }
    }

    fn stackdepth(&mut self) -> i32 {
        for b in &mut self.blocks {
            b.start_depth = i32::MIN;
        }
        let mut stack = vec![self.entry];
        self.blocks[self.entry].start_depth = 0;
        let mut max = 0;
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].start_depth;
            let mut falls = true;
            for k in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[k];
                if has_target(ins.op) && ins.target != NO_BLOCK {
                    let td = depth + effect(ins.op, ins.arg, true);
                    max = max.max(td);
                    let t = ins.target;
                    if self.blocks[t].start_depth < td {
                        // First visit (or a deeper path: keep the maximum).
                        self.blocks[t].start_depth = td;
                        stack.push(t);
                    }
                }
                depth += effect(ins.op, ins.arg, false);
                max = max.max(depth);
                if is_terminator(ins.op) {
                    falls = false;
                    break;
                }
            }
            let next = self.blocks[b].next;
            if falls && next != NO_BLOCK && self.blocks[next].start_depth < depth {
                self.blocks[next].start_depth = depth;
                stack.push(next);
            }
        }
        max
    }

    fn label_exception_targets(&mut self) {
        let nb = self.blocks.len();
        let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; nb];
        stacks[self.entry] = Some(Vec::new());
        let mut work = vec![self.entry];
        while let Some(b) = work.pop() {
            let mut st = stacks[b].clone().unwrap_or_default();
            let mut falls = true;
            for k in 0..self.blocks[b].instrs.len() {
                let ins = self.blocks[b].instrs[k];
                self.blocks[b].instrs[k].except = if is_block_push(ins.op) || ins.op == Op::PopBlock
                {
                    NO_BLOCK
                } else {
                    st.last().copied().unwrap_or(NO_BLOCK)
                };
                match ins.op {
                    op if is_block_push(op) => {
                        if ins.target != NO_BLOCK && stacks[ins.target].is_none() {
                            stacks[ins.target] = Some(st.clone());
                            work.push(ins.target);
                        }
                        st.push(ins.target);
                    }
                    Op::PopBlock => {
                        st.pop();
                    }
                    op if is_jump(op) && ins.target != NO_BLOCK && stacks[ins.target].is_none() => {
                        stacks[ins.target] = Some(st.clone());
                        work.push(ins.target);
                    }
                    _ => {}
                }
                if is_terminator(ins.op) {
                    falls = false;
                    break;
                }
            }
            let next = self.blocks[b].next;
            if falls && next != NO_BLOCK && stacks[next].is_none() {
                stacks[next] = Some(st);
                work.push(next);
            }
        }
    }

    fn pseudo_to_nops(&mut self) {
        for b in &mut self.blocks {
            for ins in &mut b.instrs {
                if matches!(
                    ins.op,
                    Op::SetupFinally | Op::SetupCleanup | Op::SetupWith | Op::PopBlock
                ) {
                    ins.op = Op::Real(Opcode::NOP);
                }
            }
        }
    }

    /// Run all passes and produce the final instruction list. `prefix` instructions (MAKE_CELL,
    /// COPY_FREE_VARS, RETURN_GENERATOR/POP_TOP) are inserted at the start.
    pub fn assemble(
        mut self,
        consts: &mut Vec<Constant>,
        prefix: &[(Opcode, u32, i32)],
        first_line: i32,
    ) -> Assembled {
        self.normalize_blocks();
        self.mark_except_handlers();
        self.eliminate_empty_blocks();
        for b in self.layout() {
            self.optimize_block(b, consts);
            self.clean_block(b);
        }
        self.normalize_blocks();
        // Copy small exit blocks into blocks that jump to them; repeat so that blocks
        // that only became exit blocks by this are also copied.
        let mut order = self.layout();
        order.sort_unstable_by(|a, b| b.cmp(a));
        for _ in 0..4 {
            let mut changed = false;
            for &b in &order {
                changed |= self.extend_block(b);
            }
            if !changed {
                break;
            }
        }
        self.mark_reachable();
        for b in self.layout() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
            }
        }
        self.eliminate_empty_blocks();
        for b in self.layout() {
            self.clean_block(b);
        }
        if self.remove_redundant_jumps() {
            self.eliminate_empty_blocks();
        }
        self.mark_reachable();
        self.duplicate_exits_without_lineno();
        self.trim_unused_consts(consts);
        self.mark_reachable();
        self.propagate_line_numbers();
        // Return blocks that still have no line get the last line seen before them.
        let mut lineno = Loc {
            line: first_line,
            end_line: first_line,
            col: -1,
            end_col: -1,
        };
        for b in self.layout() {
            let Some(last) = self.blocks[b].instrs.last().copied() else {
                continue;
            };
            if last.loc.line < 0 {
                if last.op == Op::Real(Opcode::RETURN_VALUE) {
                    for ins in &mut self.blocks[b].instrs {
                        ins.loc = lineno;
                    }
                }
            } else {
                lineno = last.loc;
            }
        }
        let maxdepth = self.stackdepth();
        self.label_exception_targets();
        self.pseudo_to_nops();
        for b in self.layout() {
            self.clean_block(b);
        }
        self.eliminate_empty_blocks();
        self.finish(prefix, maxdepth, first_line)
    }

    fn trim_unused_consts(&mut self, consts: &mut Vec<Constant>) {
        let mut max_used: i64 = 0; // index 0 is always kept
        for b in self.layout() {
            for ins in &self.blocks[b].instrs {
                if matches!(ins.op, Op::Real(Opcode::LOAD_CONST | Opcode::KW_NAMES)) {
                    max_used = max_used.max(ins.arg as i64);
                }
            }
        }
        if !consts.is_empty() {
            consts.truncate((max_used + 1) as usize);
        }
    }

    fn finish(&self, prefix: &[(Opcode, u32, i32)], maxdepth: i32, first_line: i32) -> Assembled {
        let order = self.layout();
        let mut pos_of_block = vec![usize::MAX; self.blocks.len()];
        let mut start_index = vec![0u32; self.blocks.len()];
        let mut idx = prefix.len() as u32;
        for (k, &b) in order.iter().enumerate() {
            pos_of_block[b] = k;
            start_index[b] = idx;
            idx += self.blocks[b].instrs.len() as u32;
        }
        let mut instructions = Vec::with_capacity(idx as usize);
        let mut positions = Vec::with_capacity(idx as usize);
        let mut handlers: Vec<BlockId> = Vec::with_capacity(idx as usize);
        for &(op, arg, line) in prefix {
            instructions.push(Instr { op, arg });
            positions.push(to_position(Loc {
                line,
                end_line: line,
                col: -1,
                end_col: -1,
            }));
            handlers.push(NO_BLOCK);
        }
        let _ = first_line;
        for &b in &order {
            for ins in &self.blocks[b].instrs {
                let mut op = match ins.op {
                    Op::Real(o) => o,
                    _ => Opcode::NOP,
                };
                let mut arg = ins.arg;
                if has_target(ins.op) {
                    let t = self.skip_empty(ins.target);
                    let backward = t != NO_BLOCK && pos_of_block[t] <= pos_of_block[b];
                    arg = if t == NO_BLOCK { idx } else { start_index[t] };
                    if backward {
                        op = match op {
                            Opcode::JUMP_FORWARD => Opcode::JUMP_BACKWARD,
                            Opcode::POP_JUMP_FORWARD_IF_FALSE => Opcode::POP_JUMP_BACKWARD_IF_FALSE,
                            Opcode::POP_JUMP_FORWARD_IF_TRUE => Opcode::POP_JUMP_BACKWARD_IF_TRUE,
                            Opcode::POP_JUMP_FORWARD_IF_NONE => Opcode::POP_JUMP_BACKWARD_IF_NONE,
                            Opcode::POP_JUMP_FORWARD_IF_NOT_NONE => {
                                Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE
                            }
                            o => o,
                        };
                    } else if op == Opcode::JUMP_BACKWARD_NO_INTERRUPT {
                        op = Opcode::JUMP_FORWARD;
                    }
                }
                instructions.push(Instr { op, arg });
                positions.push(to_position(ins.loc));
                handlers.push(if ins.except == NO_BLOCK {
                    NO_BLOCK
                } else {
                    self.skip_empty(ins.except)
                });
            }
        }
        // Exception table: maximal runs of instructions with the same handler.
        let mut table = Vec::new();
        let mut k = 0;
        while k < handlers.len() {
            let h = handlers[k];
            if h == NO_BLOCK {
                k += 1;
                continue;
            }
            let start = k;
            while k < handlers.len() && handlers[k] == h {
                k += 1;
            }
            let blk = &self.blocks[h];
            let lasti = blk.preserve_lasti;
            let depth = blk.start_depth.saturating_sub(1 + i32::from(lasti)).max(0) as u32;
            table.push(ExceptionEntry {
                start: start as u32,
                end: k as u32,
                target: start_index[h],
                depth,
                lasti,
            });
        }
        Assembled {
            instructions,
            positions,
            exception_table: table,
            stacksize: maxdepth.max(0) as u32,
        }
    }
}

fn to_position(l: Loc) -> Position {
    if l.line < 0 {
        return Position::default();
    }
    Position {
        line: l.line as u32,
        end_line: l.end_line.max(0) as u32,
        col: l.col.max(0) as u32,
        end_col: l.end_col.max(0) as u32,
    }
}

/// Truthiness of a constant, if known.
pub(crate) fn const_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => true,
        Constant::Ellipsis => true,
    })
}
