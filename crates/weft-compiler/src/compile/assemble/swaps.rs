//! CPython 3.11's `swaptimize`: a run of SWAPs (and NOPs) in one block is replaced by the
//! shortest SWAP sequence with the same effect on the stack (one SWAP per element of each
//! permutation cycle, every cycle passing through the top), so that the later static-swap
//! pass can turn most of them into reordered stores. The `match` statement's capture
//! rotations are the main source of such runs.
//! <https://docs.python.org/3.11/library/dis.html#opcode-SWAP>

use super::*;

impl Cfg {
    /// Rewrite the SWAP run starting at instruction `start` of block `bi`; returns the
    /// index of the run's last instruction.
    pub(super) fn swaptimize(&mut self, bi: BlockId, start: usize) -> usize {
        let instrs = &mut self.blocks[bi].instrs;
        let mut depth = instrs[start].arg as usize;
        let mut len = 1;
        let mut several = false;
        while start + len < instrs.len() {
            match instrs[start + len].op {
                Op::Real(Opcode::SWAP) => {
                    depth = depth.max(instrs[start + len].arg as usize);
                    several = true;
                }
                Op::Real(Opcode::NOP) => {}
                _ => break,
            }
            len += 1;
        }
        if !several {
            return start;
        }
        // Where each stack slot's item ends up: run the SWAPs on slot numbers.
        let mut slots: Vec<usize> = (0..depth).collect();
        for ins in &instrs[start..start + len] {
            if ins.op == Op::Real(Opcode::SWAP) {
                slots.swap(0, ins.arg as usize - 1);
            }
        }
        // Rebuild the permutation from its cycles, filling the run from its end: a cycle
        // through slot i is done by swapping the top with each of its members in turn.
        const DONE: usize = usize::MAX;
        let mut out = start + len;
        for i in 0..depth {
            if slots[i] == DONE || slots[i] == i {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    out -= 1;
                    instrs[out].op = Op::Real(Opcode::SWAP);
                    instrs[out].arg = (j + 1) as u32;
                }
                if slots[j] == DONE {
                    break;
                }
                let next = slots[j];
                slots[j] = DONE;
                j = next;
            }
        }
        for ins in &mut instrs[start..out] {
            ins.op = Op::Real(Opcode::NOP);
        }
        start + len - 1
    }
}
