//! CPython 3.11's CFG optimisations: constant-condition and `is None` jump peepholes,
//! PUSH_NULL folding into LOAD_GLOBAL, constant tuples, BUILD_TUPLE/UNPACK_SEQUENCE to SWAP
//! and static swaps, jump threading, copying of small exit blocks, NOP removal, redundant
//! jump removal, duplication of exit blocks without line numbers and line propagation.

use super::*;

impl Cfg {
    pub(super) fn optimize_block(&mut self, bi: BlockId, consts: &mut Vec<Constant>) {
        let n = self.blocks[bi].instrs.len();
        let mut i = 0;
        while i < n {
            let ins = self.blocks[bi].instrs[i];
            let next = if i + 1 < n {
                Some(self.blocks[bi].instrs[i + 1])
            } else {
                None
            };
            match ins.op {
                Op::Real(Opcode::LOAD_CONST) => {
                    if let Some(nx) = next {
                        let truth = const_truth(&consts[ins.arg as usize]);
                        match nx.op {
                            Op::Real(Opcode::POP_JUMP_FORWARD_IF_FALSE)
                            | Op::Real(Opcode::POP_JUMP_FORWARD_IF_TRUE) => {
                                if let Some(t) = truth {
                                    let jump_if =
                                        nx.op == Op::Real(Opcode::POP_JUMP_FORWARD_IF_TRUE);
                                    self.blocks[bi].instrs[i].op = Op::Real(Opcode::NOP);
                                    self.blocks[bi].instrs[i + 1].op = if t == jump_if {
                                        Op::Real(Opcode::JUMP_FORWARD)
                                    } else {
                                        Op::Real(Opcode::NOP)
                                    };
                                    if t == jump_if {
                                        // The rest of the block is now unreachable.
                                        self.blocks[bi].instrs.truncate(i + 2);
                                        return self.optimize_block(bi, consts);
                                    }
                                }
                            }
                            Op::Real(Opcode::JUMP_IF_FALSE_OR_POP)
                            | Op::Real(Opcode::JUMP_IF_TRUE_OR_POP) => {
                                if let Some(t) = truth {
                                    let jump_if = nx.op == Op::Real(Opcode::JUMP_IF_TRUE_OR_POP);
                                    if t == jump_if {
                                        self.blocks[bi].instrs[i + 1].op =
                                            Op::Real(Opcode::JUMP_FORWARD);
                                        self.blocks[bi].instrs.truncate(i + 2);
                                        return self.optimize_block(bi, consts);
                                    } else {
                                        self.blocks[bi].instrs[i].op = Op::Real(Opcode::NOP);
                                        self.blocks[bi].instrs[i + 1].op = Op::Real(Opcode::NOP);
                                    }
                                }
                            }
                            Op::Real(Opcode::IS_OP)
                                // `x is None` + conditional jump -> POP_JUMP_IF_(NOT_)NONE.
                                if matches!(consts[ins.arg as usize], Constant::None) && i + 2 < n => {
                                    let j = self.blocks[bi].instrs[i + 2];
                                    let jt = match j.op {
                                        Op::Real(Opcode::POP_JUMP_FORWARD_IF_FALSE) => Some(false),
                                        Op::Real(Opcode::POP_JUMP_FORWARD_IF_TRUE) => Some(true),
                                        _ => None,
                                    };
                                    if let Some(jt) = jt {
                                        let is_not = nx.arg == 1;
                                        // Jump when (x is None) == jt, i.e. when x is None xor is_not xor !jt.
                                        let jump_on_none = jt != is_not;
                                        let b = &mut self.blocks[bi].instrs;
                                        b[i].op = Op::Real(Opcode::NOP);
                                        b[i + 1].op = Op::Real(Opcode::NOP);
                                        b[i + 2].op = Op::Real(if jump_on_none {
                                            Opcode::POP_JUMP_FORWARD_IF_NONE
                                        } else {
                                            Opcode::POP_JUMP_FORWARD_IF_NOT_NONE
                                        });
                                    }
                                }
                            _ => {}
                        }
                    }
                }
                Op::Real(Opcode::SWAP) => {
                    if ins.arg == 1 {
                        self.blocks[bi].instrs[i].op = Op::Real(Opcode::NOP);
                    } else {
                        i = self.swaptimize(bi, i);
                        self.apply_static_swaps(bi, i);
                    }
                }
                Op::Real(Opcode::PUSH_NULL) => {
                    if let Some(nx) = next {
                        if nx.op == Op::Real(Opcode::LOAD_GLOBAL) && nx.arg & 1 == 0 {
                            self.blocks[bi].instrs[i].op = Op::Real(Opcode::NOP);
                            self.blocks[bi].instrs[i + 1].arg |= 1;
                        }
                    }
                }
                Op::Real(Opcode::BUILD_TUPLE) => {
                    let k = ins.arg as usize;
                    if i >= k {
                        let b = &self.blocks[bi].instrs;
                        if b[i - k..i]
                            .iter()
                            .all(|x| x.op == Op::Real(Opcode::LOAD_CONST))
                        {
                            let items: Vec<Constant> = b[i - k..i]
                                .iter()
                                .map(|x| consts[x.arg as usize].clone())
                                .collect();
                            let c = Constant::Tuple(items);
                            // Index the constants added since the last fold.
                            for (j, x) in consts.iter().enumerate().skip(self.const_index.len()) {
                                self.const_index.entry(x.key()).or_insert(j);
                            }
                            let idx = match self.const_index.get(&c.key()) {
                                Some(&p) => p,
                                None => {
                                    consts.push(c);
                                    consts.len() - 1
                                }
                            };
                            let b = &mut self.blocks[bi].instrs;
                            for x in &mut b[i - k..i] {
                                x.op = Op::Real(Opcode::NOP);
                            }
                            b[i].op = Op::Real(Opcode::LOAD_CONST);
                            b[i].arg = idx as u32;
                            i += 1;
                            continue;
                        }
                    }
                    if let Some(nx) = next {
                        if nx.op == Op::Real(Opcode::UNPACK_SEQUENCE) && nx.arg == ins.arg {
                            let b = &mut self.blocks[bi].instrs;
                            match ins.arg {
                                1 => {
                                    b[i].op = Op::Real(Opcode::NOP);
                                    b[i + 1].op = Op::Real(Opcode::NOP);
                                }
                                2 | 3 => {
                                    b[i].op = Op::Real(Opcode::NOP);
                                    b[i + 1].op = Op::Real(Opcode::SWAP);
                                }
                                _ => {}
                            }
                        }
                    }
                }
                Op::Real(
                    Opcode::POP_JUMP_FORWARD_IF_FALSE
                    | Opcode::POP_JUMP_FORWARD_IF_TRUE
                    | Opcode::POP_JUMP_FORWARD_IF_NONE
                    | Opcode::POP_JUMP_FORWARD_IF_NOT_NONE
                    | Opcode::JUMP_FORWARD,
                ) => {
                    if let Some(t) = self.first_of(ins.target) {
                        if t.op == Op::Real(Opcode::JUMP_FORWARD)
                            && self.jump_thread(bi, i, t, ins.op)
                        {
                            continue;
                        }
                    }
                }
                Op::Real(Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP) => {
                    if let Some(t) = self.first_of(ins.target) {
                        let is_false = ins.op == Op::Real(Opcode::JUMP_IF_FALSE_OR_POP);
                        let (same_pop, opp_pop, opp_or) = if is_false {
                            (
                                Opcode::POP_JUMP_FORWARD_IF_FALSE,
                                Opcode::POP_JUMP_FORWARD_IF_TRUE,
                                Opcode::JUMP_IF_TRUE_OR_POP,
                            )
                        } else {
                            (
                                Opcode::POP_JUMP_FORWARD_IF_TRUE,
                                Opcode::POP_JUMP_FORWARD_IF_FALSE,
                                Opcode::JUMP_IF_FALSE_OR_POP,
                            )
                        };
                        if t.op == Op::Real(same_pop) {
                            if self.jump_thread(bi, i, t, Op::Real(same_pop)) {
                                continue;
                            }
                        } else if t.op == Op::Real(Opcode::JUMP_FORWARD) || t.op == ins.op {
                            if self.jump_thread(bi, i, t, ins.op) {
                                continue;
                            }
                        } else if (t.op == Op::Real(opp_or) || t.op == Op::Real(opp_pop))
                            && ins.loc.line == t.loc.line
                        {
                            let tb = self.skip_empty(ins.target);
                            let after = self.blocks[tb].next;
                            if after != NO_BLOCK {
                                self.blocks[bi].instrs[i].op = Op::Real(same_pop);
                                self.blocks[bi].instrs[i].target = after;
                                continue;
                            }
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// Index of the next STORE_FAST/POP_TOP after `i` (skipping NOPs), optionally on `line`.
    pub(super) fn next_swappable(
        &self,
        bi: BlockId,
        mut i: usize,
        line: Option<i32>,
    ) -> Option<usize> {
        let b = &self.blocks[bi].instrs;
        loop {
            i += 1;
            let ins = b.get(i)?;
            if let Some(l) = line {
                if ins.loc.line != l {
                    return None;
                }
            }
            match ins.op {
                Op::Real(Opcode::NOP) => continue,
                Op::Real(Opcode::STORE_FAST | Opcode::POP_TOP) => return Some(i),
                _ => return None,
            }
        }
    }

    /// Replace `SWAP n; ...; STORE_FAST a; ...; STORE_FAST b` by reordering the stores.
    pub(super) fn apply_static_swaps(&mut self, bi: BlockId, mut i: usize) {
        loop {
            let swap = self.blocks[bi].instrs[i];
            if swap.op != Op::Real(Opcode::SWAP) {
                if !matches!(
                    swap.op,
                    Op::Real(Opcode::NOP | Opcode::STORE_FAST | Opcode::POP_TOP)
                ) {
                    return;
                }
            } else {
                let Some(j) = self.next_swappable(bi, i, None) else {
                    return;
                };
                let line = self.blocks[bi].instrs[j].loc.line;
                let mut k = j;
                for _ in 1..swap.arg {
                    match self.next_swappable(bi, k, Some(line)) {
                        Some(n) => k = n,
                        None => return,
                    }
                }
                let b = &mut self.blocks[bi].instrs;
                // Not safe if both store to the same local (or an intervening store does).
                let stores = |x: &Ins| (x.op == Op::Real(Opcode::STORE_FAST)).then_some(x.arg);
                let (sj, sk) = (stores(&b[j]), stores(&b[k]));
                if sj.is_some() || sk.is_some() {
                    for m in j..=k {
                        if m != j && stores(&b[m]).is_some() && (stores(&b[m]) == sj) {
                            return;
                        }
                        if m != k && stores(&b[m]).is_some() && (stores(&b[m]) == sk) {
                            return;
                        }
                    }
                }
                b[i].op = Op::Real(Opcode::NOP);
                b.swap(j, k);
            }
            if i == 0 {
                return;
            }
            i -= 1;
        }
    }

    pub(super) fn first_of(&self, b: BlockId) -> Option<Ins> {
        let b = self.skip_empty(b);
        if b == NO_BLOCK {
            return None;
        }
        self.blocks[b].instrs.first().copied()
    }

    /// Retarget jump `i` of block `bi` to the target of jump `t` (only when both have the
    /// same line, as CPython 3.11). Returns true if it changed.
    pub(super) fn jump_thread(&mut self, bi: BlockId, i: usize, t: Ins, new_op: Op) -> bool {
        let ins = self.blocks[bi].instrs[i];
        if ins.loc.line == t.loc.line && self.skip_empty(ins.target) != self.skip_empty(t.target) {
            let b = &mut self.blocks[bi].instrs[i];
            b.target = t.target;
            b.op = new_op;
            self.thread_budget = self.thread_budget.saturating_sub(1);
            return self.thread_budget > 0;
        }
        false
    }

    pub(super) fn extend_block(&mut self, bi: BlockId) -> bool {
        let Some(last) = self.blocks[bi].last().copied() else {
            return false;
        };
        if last.op != Op::Real(Opcode::JUMP_FORWARD) {
            return false;
        }
        let t = self.skip_empty(last.target);
        if t == NO_BLOCK || t == bi {
            return false;
        }
        // Only small exit blocks without line numbers (like an implicit `return None`).
        // (Exception-block pseudo ops do not count: CPython has already turned them into
        // removable NOPs at this point.)
        let size = self.blocks[t]
            .instrs
            .iter()
            .filter(|i| matches!(i.op, Op::Real(_)))
            .count();
        if self.blocks[t].exit && size <= 4 && self.blocks[t].instrs.iter().all(|i| i.loc.line < 0)
        {
            let copy = self.blocks[t].instrs.clone();
            let b = &mut self.blocks[bi];
            b.instrs.last_mut().unwrap().op = Op::Real(Opcode::NOP);
            b.instrs.extend(copy);
            b.exit = true;
            return true;
        }
        false
    }

    /// Remove NOPs that carry no needed line information.
    pub(super) fn clean_block(&mut self, bi: BlockId) {
        let next_line = {
            let nb = self.skip_empty(self.blocks[bi].next);
            if nb == NO_BLOCK {
                None
            } else {
                Some(self.blocks[nb].instrs[0].loc.line)
            }
        };
        let instrs = std::mem::take(&mut self.blocks[bi].instrs);
        let mut out: Vec<Ins> = Vec::with_capacity(instrs.len());
        let mut prev_line = -1;
        let n = instrs.len();
        let mut carry: Option<Loc> = None;
        for (src, ins0) in instrs.iter().enumerate() {
            let mut ins = *ins0;
            if let Some(l) = carry.take() {
                ins.loc = l;
            }
            let line = ins.loc.line;
            if ins.op == Op::Real(Opcode::NOP) {
                if line < 0 || prev_line == line {
                    continue;
                }
                if src + 1 < n {
                    let nl = instrs[src + 1].loc.line;
                    if nl < 0 || nl == line {
                        carry = Some(ins.loc);
                        continue;
                    }
                } else if next_line == Some(line) {
                    continue;
                }
            }
            prev_line = line;
            out.push(ins);
        }
        self.blocks[bi].instrs = out;
    }

    pub(super) fn remove_redundant_jumps(&mut self) -> bool {
        let mut changed = false;
        for b in self.layout() {
            let next = self.skip_empty(self.blocks[b].next);
            if let Some(last) = self.blocks[b].instrs.last_mut() {
                if matches!(
                    last.op,
                    Op::Real(Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT)
                ) && last.target != NO_BLOCK
                    && last.target == next
                {
                    last.op = Op::Real(Opcode::NOP);
                    changed = true;
                }
            }
        }
        changed
    }

    pub(super) fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        let blk = &self.blocks[b];
        blk.last().is_some_and(|i| is_scope_exit(i.op)) && blk.instrs.iter().all(|i| i.loc.line < 0)
    }

    pub(super) fn duplicate_exits_without_lineno(&mut self) {
        let order: Vec<BlockId> = (0..self.blocks.len()).rev().collect();
        for b in order {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if !is_jump(last.op) || last.target == NO_BLOCK {
                continue;
            }
            let t = last.target;
            if self.is_exit_without_lineno(t) && self.blocks[t].predecessors > 1 {
                let mut nb = self.blocks[t].clone();
                nb.instrs[0].loc = last.loc;
                nb.predecessors = 1;
                nb.next = self.blocks[t].next;
                self.blocks.push(nb);
                let id = self.blocks.len() - 1;
                self.blocks[t].next = id;
                self.blocks[t].predecessors -= 1;
                self.blocks[b].instrs.last_mut().unwrap().target = id;
            }
        }
        for b in self.layout() {
            let next = self.blocks[b].next;
            if next != NO_BLOCK
                && !self.blocks[b].no_fallthrough()
                && !self.blocks[b].instrs.is_empty()
                && self.is_exit_without_lineno(next)
            {
                let l = self.blocks[b].last().unwrap().loc;
                self.blocks[next].instrs[0].loc = l;
            }
        }
    }

    pub(super) fn propagate_line_numbers(&mut self) {
        for b in self.layout() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev = Loc::NONE;
            for ins in &mut self.blocks[b].instrs {
                if ins.loc.line < 0 {
                    ins.loc = prev;
                } else {
                    prev = ins.loc;
                }
            }
            let next = self.blocks[b].next;
            if !self.blocks[b].no_fallthrough()
                && next != NO_BLOCK
                && self.blocks[next].predecessors == 1
            {
                if let Some(f) = self.blocks[next].instrs.first_mut() {
                    if f.loc.line < 0 {
                        f.loc = prev;
                    }
                }
            }
            let last = *self.blocks[b].last().unwrap();
            if is_jump(last.op)
                && last.target != NO_BLOCK
                && self.blocks[last.target].predecessors == 1
            {
                if let Some(f) = self.blocks[last.target].instrs.first_mut() {
                    if f.loc.line < 0 {
                        f.loc = prev;
                    }
                }
            }
        }
    }
}
