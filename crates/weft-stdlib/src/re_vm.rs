//! Runs a program from `re_engine.rs` over a text of code points the way CPython's `_sre`
//! does: leftmost, first alternative first, a repeated group leaving its loop after an
//! iteration that matched empty. Backtracking keeps an explicit stack (no recursion but
//! one level per nested lookaround), with every change to a capture or loop counter
//! logged there and undone on the way back.

use weft_vm::types::unicode;

#[derive(Clone, Copy)]
pub(crate) enum At {
    /// `\A`, and `^` without MULTILINE.
    Start,
    /// `\Z`.
    End,
    /// `$` without MULTILINE: the end or before a final newline.
    Eol,
    BolM,
    EolM,
    /// `\b` / `\B`, ASCII-only when true.
    Boundary(bool),
    NonBoundary(bool),
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Look {
    Ahead,
    NotAhead,
    Behind,
    NotBehind,
    /// `(?>...)`: the body's first match, with no way back into it.
    Atomic,
}

#[derive(Clone)]
pub(crate) enum ClassItem {
    Range(char, char),
    /// (negated, ASCII-only)
    Digit(bool, bool),
    Word(bool, bool),
    Space(bool, bool),
}

pub(crate) enum Inst {
    Char(char),
    /// A character compared by [`fold_by`] (the mode with it).
    CharI(char, u8),
    /// Any character; a newline too when true.
    Any(bool),
    Class(usize),
    At(At),
    Save(usize),
    /// Try the first, then the second.
    Split(usize, usize),
    Jmp(usize),
    RepInit(usize),
    /// The loop check before each iteration of repeat `r` (body next, `exit` after).
    Rep {
        r: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    Backref(usize, u8),
    /// A lookaround or atomic group whose body runs from the next instruction to its own
    /// `Match` (before `end`); `width` of a look-behind.
    Look {
        kind: Look,
        width: usize,
        end: usize,
    },
    /// Group set: next instruction; else jump.
    Cond(usize, usize),
    Match,
}

pub(crate) struct Class {
    pub items: Vec<ClassItem>,
    pub negated: bool,
    /// Case-insensitivity, as [`fold_by`]'s mode.
    pub mode: u8,
    /// In mode 1: the [`fold`] keys of the characters of `items`' ranges, sorted.
    pub folded: Vec<char>,
}

pub(crate) struct Prog {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
    pub ngroups: usize,
    pub nreps: usize,
}

const NONE: usize = usize::MAX;
/// Steps a search may take before it gives up (as fancy-regex's backtrack limit).
const STEP_LIMIT: u64 = 2_000_000_000;

/// The key two characters share when they match case-insensitively (simple case
/// mappings, as CPython's `_sre`: `K` and the Kelvin sign, `σ` and `ς`, `s` and `ſ`).
pub(crate) fn fold(c: char) -> char {
    fn one(mut it: impl Iterator<Item = char>, c: char) -> char {
        match (it.next(), it.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    }
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        // İ: its simple lowercase is i (Rust gives the full one, two characters).
        '\u{130}' => return 'i',
        // Greek letters with dialytika and tonos that Unicode 14 folds together.
        '\u{1fd3}' => return '\u{390}',
        '\u{1fe3}' => return '\u{3b0}',
        _ => {}
    }
    let lo = one(c.to_lowercase(), c);
    let up = one(lo.to_uppercase(), lo);
    one(up.to_lowercase(), up)
}

/// [`fold`] in mode 1, ASCII letters only in mode 2, nothing in mode 0.
pub(crate) fn fold_by(c: char, mode: u8) -> char {
    match mode {
        0 => c,
        1 => fold(c),
        _ => c.to_ascii_lowercase(),
    }
}

fn is_word(c: char, ascii: bool) -> bool {
    if ascii || c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        !ascii && unicode::is_alnum(c)
    }
}

fn item_has(it: &ClassItem, c: char) -> bool {
    match *it {
        ClassItem::Range(a, b) => a <= c && c <= b,
        ClassItem::Digit(neg, ascii) => {
            neg != if ascii || c.is_ascii() {
                c.is_ascii_digit()
            } else {
                unicode::is_decimal(c)
            }
        }
        ClassItem::Word(neg, ascii) => neg != is_word(c, ascii),
        ClassItem::Space(neg, ascii) => {
            neg != if ascii || c.is_ascii() {
                matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                    || (!ascii && matches!(c, '\x1c'..='\x1f'))
            } else {
                unicode::is_space(c)
            }
        }
    }
}

enum Bt {
    Alt(usize, usize),
    Slot(usize, usize),
    Rep(usize, u32, usize),
    Last(isize),
    /// A lazy loop's next iteration: (the `Rep` instruction, position).
    More(usize, usize),
}

/// Captures and loop registers of one search.
pub(crate) struct State {
    pub slots: Vec<usize>,
    pub lastindex: isize,
    counts: Vec<u32>,
    lasts: Vec<usize>,
    steps: u64,
    pub overflow: bool,
}

/// One search: the main program's own conditions at `Match`.
struct Run<'a> {
    prog: &'a Prog,
    text: &'a [char],
    /// The match must end at the end of the text.
    full: bool,
    /// No empty match at this position.
    advance: Option<usize>,
}

impl Run<'_> {
    fn at(&self, a: At, pos: usize) -> bool {
        let t = self.text;
        let n = t.len();
        match a {
            At::Start => pos == 0,
            At::End => pos == n,
            At::Eol => pos == n || (pos + 1 == n && t[pos] == '\n'),
            At::BolM => pos == 0 || t[pos - 1] == '\n',
            At::EolM => pos == n || t[pos] == '\n',
            At::Boundary(ascii) | At::NonBoundary(ascii) => {
                if n == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(t[pos - 1], ascii);
                let after = pos < n && is_word(t[pos], ascii);
                (before != after) == matches!(a, At::Boundary(_))
            }
        }
    }

    fn class(&self, k: usize, c: char) -> bool {
        let cl = &self.prog.classes[k];
        let has = |c: char| cl.items.iter().any(|it| item_has(it, c));
        let m = has(c)
            || match cl.mode {
                0 => false,
                1 => cl.folded.binary_search(&fold(c)).is_ok(),
                _ => {
                    c.is_ascii_alphabetic()
                        && (has(c.to_ascii_lowercase()) || has(c.to_ascii_uppercase()))
                }
            };
        m != cl.negated
    }

    /// Runs from `pc` at `pos` to a `Match`; the end position, or None with every change
    /// to `st` undone.
    fn run(&self, st: &mut State, mut pc: usize, mut pos: usize, main: bool) -> Option<usize> {
        let text = self.text;
        let n = text.len();
        let mut stack: Vec<Bt> = Vec::new();
        loop {
            st.steps += 1;
            if st.steps > STEP_LIMIT {
                st.overflow = true;
            }
            let ok = !st.overflow
                && match &self.prog.insts[pc] {
                    Inst::Char(c) => {
                        let ok = pos < n && text[pos] == *c;
                        pos += 1;
                        ok
                    }
                    Inst::CharI(c, m) => {
                        let ok = pos < n && fold_by(text[pos], *m) == *c;
                        pos += 1;
                        ok
                    }
                    Inst::Any(all) => {
                        let ok = pos < n && (*all || text[pos] != '\n');
                        pos += 1;
                        ok
                    }
                    Inst::Class(k) => {
                        let ok = pos < n && self.class(*k, text[pos]);
                        pos += 1;
                        ok
                    }
                    Inst::At(a) => self.at(*a, pos),
                    Inst::Save(s) => {
                        stack.push(Bt::Slot(*s, st.slots[*s]));
                        st.slots[*s] = pos;
                        if *s > 1 && *s % 2 == 1 {
                            stack.push(Bt::Last(st.lastindex));
                            st.lastindex = (*s / 2) as isize;
                        }
                        true
                    }
                    Inst::Split(a, b) => {
                        stack.push(Bt::Alt(*b, pos));
                        pc = *a;
                        continue;
                    }
                    Inst::Jmp(a) => {
                        pc = *a;
                        continue;
                    }
                    Inst::RepInit(r) => {
                        stack.push(Bt::Rep(*r, st.counts[*r], st.lasts[*r]));
                        st.counts[*r] = 0;
                        st.lasts[*r] = NONE;
                        true
                    }
                    &Inst::Rep {
                        r,
                        min,
                        max,
                        greedy,
                        exit,
                    } => {
                        let c = st.counts[r];
                        if c < min {
                            stack.push(Bt::Rep(r, c, st.lasts[r]));
                            st.counts[r] = c + 1;
                        } else if greedy {
                            if c < max && pos != st.lasts[r] {
                                stack.push(Bt::Alt(exit, pos));
                                stack.push(Bt::Rep(r, c, st.lasts[r]));
                                st.counts[r] = c + 1;
                                st.lasts[r] = pos;
                            } else {
                                pc = exit;
                                continue;
                            }
                        } else {
                            stack.push(Bt::More(pc, pos));
                            pc = exit;
                            continue;
                        }
                        true
                    }
                    &Inst::Backref(g, mode) => {
                        let (s, e) = (st.slots[2 * g], st.slots[2 * g + 1]);
                        if s == NONE || e == NONE || e < s || pos + (e - s) > n {
                            false
                        } else {
                            let same = (0..e - s).all(|k| {
                                let (a, b) = (text[s + k], text[pos + k]);
                                a == b || (mode > 0 && fold_by(a, mode) == fold_by(b, mode))
                            });
                            pos += e - s;
                            same
                        }
                    }
                    &Inst::Look { kind, width, end } => {
                        let before = (st.slots.clone(), st.lastindex);
                        let neg = matches!(kind, Look::NotAhead | Look::NotBehind);
                        let found = if matches!(kind, Look::Behind | Look::NotBehind) {
                            pos >= width && self.run(st, pc + 1, pos - width, false).is_some()
                        } else {
                            match self.run(st, pc + 1, pos, false) {
                                Some(e) if kind == Look::Atomic => {
                                    pos = e;
                                    true
                                }
                                r => r.is_some(),
                            }
                        };
                        if neg || !found {
                            st.slots = before.0;
                            st.lastindex = before.1;
                        } else {
                            // Keep what the lookaround captured, undoably.
                            for (k, &old) in before.0.iter().enumerate() {
                                if st.slots[k] != old {
                                    stack.push(Bt::Slot(k, old));
                                }
                            }
                            stack.push(Bt::Last(before.1));
                        }
                        if found != neg {
                            pc = end;
                            continue;
                        }
                        false
                    }
                    &Inst::Cond(g, no) => {
                        if st.slots[2 * g] == NONE || st.slots[2 * g + 1] == NONE {
                            pc = no;
                            continue;
                        }
                        true
                    }
                    Inst::Match => {
                        if !main
                            || !((self.full && pos != n)
                                || self.advance == Some(pos) && st.slots[0] == pos)
                        {
                            return Some(pos);
                        }
                        false
                    }
                };
            if ok {
                pc += 1;
                continue;
            }
            // Back to the last alternative, undoing changes on the way.
            loop {
                match stack.pop() {
                    None => return None,
                    Some(Bt::Slot(s, v)) => st.slots[s] = v,
                    Some(Bt::Last(v)) => st.lastindex = v,
                    Some(Bt::Rep(r, c, l)) => {
                        st.counts[r] = c;
                        st.lasts[r] = l;
                    }
                    Some(Bt::Alt(a, p)) => {
                        pc = a;
                        pos = p;
                        break;
                    }
                    Some(Bt::More(rp, p)) => {
                        let Inst::Rep { r, max, .. } = self.prog.insts[rp] else {
                            continue;
                        };
                        let c = st.counts[r];
                        if c >= max || p == st.lasts[r] || st.overflow {
                            continue;
                        }
                        stack.push(Bt::Rep(r, c, st.lasts[r]));
                        st.counts[r] = c + 1;
                        st.lasts[r] = p;
                        pc = rp + 1;
                        pos = p;
                        break;
                    }
                }
            }
        }
    }
}

/// The first match at or after `start` (only at `start` when `anchored`; ending at the
/// end of `text` when `full`; not empty at `advance`): the capture slots (code-point
/// offsets, `usize::MAX` unset) and lastindex, or the state with `overflow` set.
pub(crate) fn search(
    prog: &Prog,
    text: &[char],
    start: usize,
    anchored: bool,
    full: bool,
    advance: Option<usize>,
) -> Result<Option<(Vec<usize>, isize)>, ()> {
    let run = Run {
        prog,
        text,
        full,
        advance,
    };
    let mut st = State {
        slots: vec![NONE; 2 * (prog.ngroups + 1)],
        lastindex: -1,
        counts: vec![0; prog.nreps],
        lasts: vec![NONE; prog.nreps],
        steps: 0,
        overflow: false,
    };
    let mut s = start;
    while s <= text.len() {
        if run.run(&mut st, 0, s, true).is_some() {
            return Ok(Some((st.slots, st.lastindex)));
        }
        if st.overflow {
            return Err(());
        }
        if anchored {
            break;
        }
        s += 1;
    }
    Ok(None)
}
