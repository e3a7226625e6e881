//! A backtracking matcher with the semantics of CPython's `_sre` for the patterns where
//! fancy-regex's differ: a repeated group that can match empty (CPython runs one more,
//! empty, iteration and then leaves the loop; the others refuse the empty iteration, so
//! captures and even matches differ) and case-insensitive backreferences.
//! This file parses a Python pattern (already checked by `re.rs`'s translation) and
//! compiles it to a program; `re_vm.rs` runs it without recursion.

use crate::re_vm::{At, Class, ClassItem, Inst, Look, Prog};

const F_IGNORECASE: i64 = 2;
const F_MULTILINE: i64 = 8;
const F_DOTALL: i64 = 16;
const F_VERBOSE: i64 = 64;
const F_ASCII: i64 = 256;

/// Most nesting this parser follows (the program is not built past it).
const MAX_DEPTH: usize = 150;

#[derive(Clone, Copy)]
struct Flags {
    i: bool,
    m: bool,
    s: bool,
    x: bool,
    a: bool,
}

enum Node {
    Empty,
    /// A character and its case-insensitivity (see [`fold_mode`]).
    Char(char, u8),
    Any(bool),
    Class(Vec<ClassItem>, bool, u8),
    At(At),
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, u32, bool),
    Backref(usize, u8),
    /// A lookaround or atomic group, with its width for a look-behind.
    Look(Look, Box<Node>, usize),
    Cond(usize, Box<Node>, Box<Node>),
}

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    groups: usize,
    names: Vec<String>,
    depth: usize,
}

/// The program for pattern `pat` with `flags`, or None where this parser does not follow
/// it (the caller keeps fancy-regex then).
pub(crate) fn compile(pat: &str, flags: i64) -> Option<Prog> {
    let p: Vec<char> = pat.chars().collect();
    let mut f = Flags {
        i: flags & F_IGNORECASE != 0,
        m: flags & F_MULTILINE != 0,
        s: flags & F_DOTALL != 0,
        x: flags & F_VERBOSE != 0,
        a: flags & F_ASCII != 0,
    };
    let mut ps = Parser {
        p: &p,
        i: 0,
        groups: 0,
        names: Vec::new(),
        depth: 0,
    };
    // Leading global flags.
    while ps.i + 2 < p.len() && p[ps.i] == '(' && p[ps.i + 1] == '?' {
        let mut j = ps.i + 2;
        let mut g = f;
        while j < p.len() && set_flag(&mut g, p[j], true) {
            j += 1;
        }
        if j > ps.i + 2 && j < p.len() && p[j] == ')' {
            f = g;
            ps.i = j + 1;
        } else {
            break;
        }
    }
    let node = ps.alternation(f)?;
    if ps.i != p.len() {
        return None;
    }
    let mut c = Compiler {
        prog: Vec::new(),
        classes: Vec::new(),
        reps: 0,
    };
    c.prog.push(Inst::Save(0));
    c.emit(&node)?;
    c.prog.push(Inst::Save(1));
    c.prog.push(Inst::Match);
    Some(Prog {
        insts: c.prog,
        classes: c.classes,
        ngroups: ps.groups,
        nreps: c.reps,
    })
}

fn set_flag(f: &mut Flags, c: char, on: bool) -> bool {
    match c {
        'i' => f.i = on,
        'm' => f.m = on,
        's' => f.s = on,
        'x' => f.x = on,
        'a' => f.a = on,
        'u' | 'L' => {}
        _ => return false,
    }
    true
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn skip_verbose(&mut self, f: Flags) {
        if !f.x {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while self.peek().is_some_and(|c| c != '\n') {
                    self.i += 1;
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, f: Flags) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let mut alts = vec![self.sequence(f)?];
        while self.peek() == Some('|') {
            self.i += 1;
            alts.push(self.sequence(f)?);
        }
        self.depth -= 1;
        Some(if alts.len() == 1 {
            alts.pop()?
        } else {
            Node::Alt(alts)
        })
    }

    fn sequence(&mut self, f: Flags) -> Option<Node> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose(f);
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            let item = self.item(f)?;
            self.skip_verbose(f);
            let item = self.repeat(item, f)?;
            items.push(item);
        }
        Some(if items.len() == 1 {
            items.pop()?
        } else {
            Node::Concat(items)
        })
    }

    /// A repeat operator after `item`, if any.
    fn repeat(&mut self, item: Node, f: Flags) -> Option<Node> {
        let (min, max, len) = match self.peek() {
            Some('*') => (0, u32::MAX, 1),
            Some('+') => (1, u32::MAX, 1),
            Some('?') => (0, 1, 1),
            Some('{') => {
                let rest = &self.p[self.i..];
                let Some(close) = rest.iter().position(|&c| c == '}') else {
                    return Some(item);
                };
                let body: String = rest[1..close].iter().collect();
                if body.is_empty()
                    || body.matches(',').count() > 1
                    || !body.chars().all(|c| c == ',' || c.is_ascii_digit())
                {
                    return Some(item);
                }
                let (lo, hi) = match body.split_once(',') {
                    Some((l, h)) => (
                        l.parse().unwrap_or(0),
                        if h.is_empty() {
                            u32::MAX
                        } else {
                            h.parse().ok()?
                        },
                    ),
                    None => {
                        let v = body.parse().ok()?;
                        (v, v)
                    }
                };
                (lo, hi, close + 1)
            }
            _ => return Some(item),
        };
        self.i += len;
        let (greedy, possessive) = match self.peek() {
            Some('?') => (false, false),
            Some('+') => (true, true),
            _ => (true, false),
        };
        if !greedy || possessive {
            self.i += 1;
        }
        self.skip_verbose(f);
        let rep = Node::Repeat(Box::new(item), min, max, greedy);
        Some(if possessive {
            // `X*+` is `(?>X*)`.
            Node::Look(Look::Atomic, Box::new(rep), 0)
        } else {
            rep
        })
    }

    fn item(&mut self, f: Flags) -> Option<Node> {
        let c = self.peek()?;
        self.i += 1;
        Some(match c {
            '.' => Node::Any(f.s),
            '^' => Node::At(if f.m { At::BolM } else { At::Start }),
            '$' => Node::At(if f.m { At::EolM } else { At::Eol }),
            '[' => self.class(f)?,
            '\\' => self.escape(f)?,
            '(' => self.group(f)?,
            c => Node::Char(c, fold_mode(f)),
        })
    }

    fn hex(&mut self, len: usize) -> Option<char> {
        let s: String = self.p.get(self.i..self.i + len)?.iter().collect();
        self.i += len;
        char::from_u32(u32::from_str_radix(&s, 16).ok()?)
    }

    fn octal(&mut self, first: u32) -> char {
        let mut v = first;
        let mut k = 0;
        while k < 2 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
            v = v * 8 + self.peek().and_then(|c| c.to_digit(8)).unwrap_or(0);
            self.i += 1;
            k += 1;
        }
        char::from_u32(v).unwrap_or('\0')
    }

    /// A character escape (after `\`) shared by classes and the pattern: Some(char).
    fn char_escape(&mut self, e: char) -> Option<char> {
        Some(match e {
            'x' => self.hex(2)?,
            'u' => self.hex(4)?,
            'U' => self.hex(8)?,
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            e => e,
        })
    }

    fn escape(&mut self, f: Flags) -> Option<Node> {
        let e = self.peek()?;
        self.i += 1;
        Some(match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => Node::Class(vec![class_escape(e, f.a)], false, 0),
            'b' => Node::At(At::Boundary(f.a)),
            'B' => Node::At(At::NonBoundary(f.a)),
            'A' => Node::At(At::Start),
            'Z' => Node::At(At::End),
            '0' => Node::Char(self.octal(0), fold_mode(f)),
            '1'..='9' => {
                let oct = |c: Option<char>| c.is_some_and(|c| ('0'..='7').contains(&c));
                if ('1'..='7').contains(&e)
                    && oct(self.peek())
                    && oct(self.p.get(self.i + 1).copied())
                {
                    Node::Char(self.octal(e.to_digit(8)?), fold_mode(f))
                } else {
                    let mut g = e.to_digit(10)? as usize;
                    if let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
                        g = g * 10 + d as usize;
                        self.i += 1;
                    }
                    Node::Backref(g, fold_mode(f))
                }
            }
            e => Node::Char(self.char_escape(e)?, fold_mode(f)),
        })
    }

    fn class(&mut self, f: Flags) -> Option<Node> {
        let mut items = Vec::new();
        let neg = self.peek() == Some('^');
        if neg {
            self.i += 1;
        }
        let mut first = true;
        loop {
            let c = self.peek()?;
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let e = self.peek()?;
                self.i += 1;
                match e {
                    'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                        items.push(class_escape(e, f.a));
                        continue;
                    }
                    'b' => '\x08',
                    '0'..='7' => self.octal(e.to_digit(8)?),
                    e => self.char_escape(e)?,
                }
            } else {
                c
            };
            // A range `lo-hi` (a `-` before `]` is itself).
            if self.peek() == Some('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']') {
                self.i += 1;
                let c = self.peek()?;
                self.i += 1;
                let hi = if c == '\\' {
                    let e = self.peek()?;
                    self.i += 1;
                    match e {
                        'b' => '\x08',
                        '0'..='7' => self.octal(e.to_digit(8)?),
                        e => self.char_escape(e)?,
                    }
                } else {
                    c
                };
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Some(Node::Class(items, neg, fold_mode(f)))
    }

    fn name_until(&mut self, end: char) -> Option<String> {
        let s = self.i;
        while self.peek()? != end {
            self.i += 1;
        }
        let name: String = self.p[s..self.i].iter().collect();
        self.i += 1;
        Some(name)
    }

    fn group_ref(&self, name: &str) -> Option<usize> {
        if let Ok(g) = name.parse::<usize>() {
            return Some(g);
        }
        self.names.iter().position(|n| n == name).map(|k| k + 1)
    }

    fn group(&mut self, f: Flags) -> Option<Node> {
        if self.peek() != Some('?') {
            self.groups += 1;
            let g = self.groups;
            self.names.push(String::new());
            let inner = self.alternation(f)?;
            self.close()?;
            return Some(Node::Group(Some(g), Box::new(inner)));
        }
        self.i += 1;
        let c = self.peek()?;
        self.i += 1;
        match c {
            ':' => {
                let inner = self.alternation(f)?;
                self.close()?;
                Some(Node::Group(None, Box::new(inner)))
            }
            '#' => {
                self.name_until(')')?;
                Some(Node::Empty)
            }
            'P' => {
                let k = self.peek()?;
                self.i += 1;
                if k == '<' {
                    let name = self.name_until('>')?;
                    self.groups += 1;
                    let g = self.groups;
                    self.names.push(name);
                    let inner = self.alternation(f)?;
                    self.close()?;
                    Some(Node::Group(Some(g), Box::new(inner)))
                } else {
                    let name = self.name_until(')')?;
                    Some(Node::Backref(self.group_ref(&name)?, fold_mode(f)))
                }
            }
            '=' | '!' => {
                let inner = self.alternation(f)?;
                self.close()?;
                Some(Node::Look(
                    if c == '!' {
                        Look::NotAhead
                    } else {
                        Look::Ahead
                    },
                    Box::new(inner),
                    0,
                ))
            }
            '<' => {
                let k = self.peek()?;
                self.i += 1;
                let start = self.i;
                let inner = self.alternation(f)?;
                let (lo, hi) = crate::re_width::width(&self.p[start..self.i], f.x)?;
                if lo != hi {
                    return None;
                }
                self.close()?;
                let kind = if k == '!' {
                    Look::NotBehind
                } else {
                    Look::Behind
                };
                Some(Node::Look(kind, Box::new(inner), lo as usize))
            }
            '>' => {
                let inner = self.alternation(f)?;
                self.close()?;
                Some(Node::Look(Look::Atomic, Box::new(inner), 0))
            }
            '(' => {
                let name = self.name_until(')')?;
                let g = self.group_ref(&name)?;
                let yes = self.sequence(f)?;
                let no = if self.peek() == Some('|') {
                    self.i += 1;
                    self.sequence(f)?
                } else {
                    Node::Empty
                };
                self.close()?;
                Some(Node::Cond(g, Box::new(yes), Box::new(no)))
            }
            _ => {
                // Scoped flags (?on-off:...).
                self.i -= 1;
                let mut g = f;
                while let Some(c) = self.peek().filter(|&c| c != '-' && c != ':') {
                    if !set_flag(&mut g, c, true) {
                        return None;
                    }
                    self.i += 1;
                }
                if self.peek() == Some('-') {
                    self.i += 1;
                    while let Some(c) = self.peek().filter(|&c| c != ':') {
                        if !set_flag(&mut g, c, false) {
                            return None;
                        }
                        self.i += 1;
                    }
                }
                self.i += 1;
                let inner = self.alternation(g)?;
                self.close()?;
                Some(Node::Group(None, Box::new(inner)))
            }
        }
    }

    fn close(&mut self) -> Option<()> {
        (self.peek()? == ')').then(|| self.i += 1)
    }
}

/// 0: exact; 1: Unicode case-insensitive; 2: ASCII letters only (re.ASCII).
fn fold_mode(f: Flags) -> u8 {
    match (f.i, f.a) {
        (false, _) => 0,
        (true, false) => 1,
        (true, true) => 2,
    }
}

fn class_escape(e: char, ascii: bool) -> ClassItem {
    let neg = e.is_ascii_uppercase();
    match e.to_ascii_lowercase() {
        'd' => ClassItem::Digit(neg, ascii),
        'w' => ClassItem::Word(neg, ascii),
        _ => ClassItem::Space(neg, ascii),
    }
}

struct Compiler {
    prog: Vec<Inst>,
    classes: Vec<Class>,
    reps: usize,
}

impl Compiler {
    fn emit(&mut self, n: &Node) -> Option<()> {
        match n {
            Node::Empty => {}
            Node::Char(c, m) => self.prog.push(match m {
                0 => Inst::Char(*c),
                _ => Inst::CharI(crate::re_vm::fold_by(*c, *m), *m),
            }),
            Node::Any(s) => self.prog.push(Inst::Any(*s)),
            Node::Class(items, neg, mode) => {
                let mut folded = Vec::new();
                if *mode == 1 {
                    // Every range's characters by their case key (ranges past the
                    // limit go without: a huge case-insensitive range is all but
                    // closed under case anyway).
                    let mut budget = 0x30000u32;
                    for it in items {
                        if let ClassItem::Range(a, b) = *it {
                            let n = (b as u32).saturating_sub(a as u32) + 1;
                            if n <= budget {
                                budget -= n;
                                folded.extend((a..=b).map(crate::re_vm::fold));
                            }
                        }
                    }
                    folded.sort_unstable();
                    folded.dedup();
                }
                self.classes.push(Class {
                    items: items.clone(),
                    negated: *neg,
                    mode: *mode,
                    folded,
                });
                self.prog.push(Inst::Class(self.classes.len() - 1));
            }
            Node::At(a) => self.prog.push(Inst::At(*a)),
            Node::Group(g, inner) => {
                if let Some(g) = g {
                    self.prog.push(Inst::Save(2 * g));
                    self.emit(inner)?;
                    self.prog.push(Inst::Save(2 * g + 1));
                } else {
                    self.emit(inner)?;
                }
            }
            Node::Concat(items) => {
                for it in items {
                    self.emit(it)?;
                }
            }
            Node::Alt(alts) => {
                let mut jumps = Vec::new();
                for (k, a) in alts.iter().enumerate() {
                    if k + 1 < alts.len() {
                        let split = self.prog.len();
                        self.prog.push(Inst::Split(split + 1, 0));
                        self.emit(a)?;
                        jumps.push(self.prog.len());
                        self.prog.push(Inst::Jmp(0));
                        let next = self.prog.len();
                        self.prog[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(a)?;
                    }
                }
                let end = self.prog.len();
                for j in jumps {
                    self.prog[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat(inner, min, max, greedy) => {
                let r = self.reps;
                self.reps += 1;
                self.prog.push(Inst::RepInit(r));
                let check = self.prog.len();
                self.prog.push(Inst::Jmp(0));
                self.emit(inner)?;
                self.prog.push(Inst::Jmp(check));
                let exit = self.prog.len();
                self.prog[check] = Inst::Rep {
                    r,
                    min: *min,
                    max: *max,
                    greedy: *greedy,
                    exit,
                };
            }
            Node::Backref(g, i) => self.prog.push(Inst::Backref(*g, *i)),
            Node::Look(kind, inner, width) => {
                let at = self.prog.len();
                self.prog.push(Inst::Jmp(0));
                self.emit(inner)?;
                self.prog.push(Inst::Match);
                let end = self.prog.len();
                self.prog[at] = Inst::Look {
                    kind: *kind,
                    width: *width,
                    end,
                };
            }
            Node::Cond(g, yes, no) => {
                let at = self.prog.len();
                self.prog.push(Inst::Jmp(0));
                self.emit(yes)?;
                let j = self.prog.len();
                self.prog.push(Inst::Jmp(0));
                let no_at = self.prog.len();
                self.emit(no)?;
                let end = self.prog.len();
                self.prog[at] = Inst::Cond(*g, no_at);
                self.prog[j] = Inst::Jmp(end);
            }
        }
        Some(())
    }
}
