//! `_weft_re`: the regular-expression engine behind `lib/re.py`, built on `fancy-regex`.
//! It translates Python's pattern syntax into fancy-regex syntax and runs searches over
//! code-point ranges (<https://docs.python.org/3.11/library/re.html>).

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;
use weft_vm::new_tuple_of;

use fancy_regex::Regex;
use weft_vm::builtins::new_builtin_type;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_list, new_str, new_tuple, ObjRef, PyResult, Value, Vm};

use crate::re_translate::{translate, Translated, EMPTY_TEXT, EXACT_WB, F_BYTES, NO_POS, PLAIN};

/// A compiled pattern: the translated source and lazily built anchored variants.
struct Compiled {
    src: String,
    base: Regex,
    /// `\A(?:p)`: match at the start of the text.
    start: OnceLock<Option<Regex>>,
    /// `\A(?:p)\z`.
    full: OnceLock<Option<Regex>>,
    /// `(?:p)\z`.
    end: OnceLock<Option<Regex>>,
    /// Whether the pattern looks left of the match start (lookbehind, ^, \b, \B, \A).
    left_ctx: bool,
    /// Enclosing capture group of each group (0 for none), for `lastindex`.
    parents: Vec<i64>,
    /// The same search without the backtracking VM (see [`direct_regex`]): the regex and
    /// the group of the match (group `i` of the pattern is its group `i + shift`).
    direct: Option<(regex_automata::meta::Regex, usize)>,
    /// Number of groups, group 0 included (the engine drops some, such as `(a){0}`'s).
    ngroups: usize,
    /// The Python pattern and flags, for the variants below.
    pat: String,
    flags: i64,
    /// Whether the pattern has `\b` or `\B` / `\B`: see [`pick`].
    wb: bool,
    nb: bool,
    /// Lazily built variants: see [`pick`].
    exact: OnceLock<Option<Box<Compiled>>>,
    empty_text: OnceLock<Option<Box<Compiled>>>,
    /// `(?:p)(?!\G)`: no empty match where the search starts (CPython's rule for the
    /// search after an empty match).
    advance: OnceLock<Option<Regex>>,
    /// The program of `re_engine.rs`, which runs instead of fancy-regex where their
    /// semantics differ (see there).
    sre: Option<Box<crate::re_vm::Prog>>,
    /// Whether fancy-regex ran out of backtracking stack on this pattern: it then runs on
    /// `re_engine.rs` (with `fallback`), whose stack is only bounded by memory.
    overflowed: AtomicBool,
    fallback: OnceLock<Option<Box<crate::re_vm::Prog>>>,
}

/// Whether translated source may use what only fancy-regex's VM runs (lookaround,
/// backreferences, atomic groups, conditionals); errs on the side of yes.
fn needs_vm(t: &str) -> bool {
    ["(?=", "(?!", "(?<", "(?>", "(?(", "(?P=", "\\k", "\\G"]
        .iter()
        .any(|m| t.contains(m))
        || t.as_bytes()
            .windows(2)
            .any(|w| w[0] == b'\\' && w[1].is_ascii_digit())
}

/// A regex-automata regex that finds the same matches as `src` where fancy-regex would run
/// its backtracking VM (it does for plain patterns with word boundaries too), and the group
/// holding the match (0, or 1 for a rewritten trailing lookahead).
fn direct_regex(src: &str) -> Option<(regex_automata::meta::Regex, usize)> {
    if !needs_vm(src) {
        // fancy-regex hands plain patterns to regex-automata itself, except those with
        // word boundaries (a second compilation only pays for those).
        if !src.contains("\\b") && !src.contains("\\B") {
            return None;
        }
        return regex_automata::meta::Regex::new(src).ok().map(|r| (r, 0));
    }
    trailing_lookahead(src).map(|r| (r, 1))
}

/// `(X)(?:Y)` for a source `X(?=Y)` whose trailing lookahead is at the top level, with no
/// top-level `|` and nothing in `X` or `Y` that needs fancy-regex's VM.
fn trailing_lookahead(src: &str) -> Option<regex_automata::meta::Regex> {
    let b = src.as_bytes();
    let (mut depth, mut class, mut i) = (0usize, 0usize, 0usize);
    let mut last_open = None;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => class += 1,
            b']' if class > 0 => class -= 1,
            _ if class > 0 => {}
            b'(' => {
                if depth == 0 {
                    last_open = Some(i);
                }
                depth += 1;
            }
            b')' => depth = depth.checked_sub(1)?,
            b'|' if depth == 0 => return None,
            _ => {}
        }
        i += 1;
    }
    let open = last_open?;
    if depth != 0 || class != 0 || !src.ends_with(')') || !src[open..].starts_with("(?=") {
        return None;
    }
    // Leading flag groups (`(?i)`, `(?m)(?s)`) stay in front, applying to X and Y alike.
    let bare_flags = |t: &str| -> Option<usize> {
        let rest = t.strip_prefix("(?")?;
        let close = rest.find(')')?;
        let f = &rest[..close];
        (!f.is_empty() && f.bytes().all(|c| c.is_ascii_alphabetic() || c == b'-'))
            .then_some(close + 3)
    };
    let mut pre = 0;
    while let Some(n) = bare_flags(&src[pre..]) {
        pre += n;
    }
    if pre > open {
        return None;
    }
    let (flags, x, y) = (&src[..pre], &src[pre..open], &src[open + 3..src.len() - 1]);
    if x.char_indices().any(|(i, _)| bare_flags(&x[i..]).is_some()) {
        return None;
    }
    if x.is_empty() || needs_vm(x) || needs_vm(y) {
        return None;
    }
    regex_automata::meta::Regex::new(&format!("{flags}({x})(?:{y})")).ok()
}

/// The spans of the first match at or after byte `pb` into `out` (group 0 first); false
/// when there is none.
fn find_spans(
    c: &Compiled,
    hay: &str,
    pb: usize,
    ngroups: usize,
    out: &mut Spans,
    ct: &mut Option<CharText>,
) -> Result<bool, fancy_regex::Error> {
    if c.sre.is_some() || c.overflowed.load(Ordering::Relaxed) {
        return sre_find(c, hay, pb, out, ct, false);
    }
    if let Some((re, shift)) = &c.direct {
        let input = regex_automata::Input::new(hay).range(pb..);
        if ngroups == 1 && *shift == 0 {
            let Some(m) = re.search(&input) else {
                return Ok(false);
            };
            out.push(Some((m.start(), m.end())));
            return Ok(true);
        }
        let mut caps = re.create_captures();
        re.search_captures(&input, &mut caps);
        if !caps.is_match() {
            return Ok(false);
        }
        out.extend((*shift..shift + ngroups).map(|i| caps.get_group(i).map(|m| (m.start, m.end))));
        return Ok(true);
    }
    fancy_spans(&c.base, hay, pb, ngroups, out)
}

/// [`find_spans`] on `re_engine.rs` (`advance`: no empty match at `pb`); out of line,
/// keeping the common path small.
#[inline(never)]
fn sre_find(
    c: &Compiled,
    hay: &str,
    pb: usize,
    out: &mut Spans,
    ct: &mut Option<CharText>,
    advance: bool,
) -> Result<bool, fancy_regex::Error> {
    let Some(prog) = sre_of(c) else {
        return Ok(false);
    };
    let t = ct.get_or_insert_with(|| char_text(hay));
    sre_spans(prog, t, pb, out, (false, false, advance))
}

/// [`find_spans`] by a fancy-regex regex.
#[inline]
fn fancy_spans(
    re: &Regex,
    hay: &str,
    pb: usize,
    ngroups: usize,
    out: &mut Spans,
) -> Result<bool, fancy_regex::Error> {
    if ngroups == 1 {
        match re.find_from_pos(hay, pb)? {
            Some(m) => out.push(Some((m.start(), m.end()))),
            None => return Ok(false),
        }
    } else {
        match re.captures_from_pos(hay, pb)? {
            Some(caps) => {
                out.extend((0..ngroups).map(|i| caps.get(i).map(|m| (m.start(), m.end()))))
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// [`find_spans`] for the search that follows an empty match at `pb`: CPython's engine
/// takes no empty match at `pb` then (it would be the same again), but a longer one there
/// or any match further on.
fn find_spans_advancing(
    c: &Compiled,
    hay: &str,
    pb: usize,
    ngroups: usize,
    out: &mut Spans,
    ct: &mut Option<CharText>,
) -> Result<bool, fancy_regex::Error> {
    if c.sre.is_some() || c.overflowed.load(Ordering::Relaxed) {
        return sre_find(c, hay, pb, out, ct, true);
    }
    let adv = c
        .advance
        .get_or_init(|| build_regex(&format!("(?:{})(?!\\G)", c.src)).ok());
    match adv {
        Some(re) => fancy_spans(re, hay, pb, ngroups, out),
        None => {
            // Unbuildable (not expected): at least step past the empty match.
            let Some(ch) = hay[pb..].chars().next() else {
                return Ok(false);
            };
            find_spans(c, hay, pb + ch.len_utf8(), ngroups, out, ct)
        }
    }
}

/// A text as code points for [`crate::re_vm`], with the byte offset of each and of its end.
struct CharText {
    chars: Vec<char>,
    offs: Vec<usize>,
    /// The lastindex of the last match found (the engine knows it exactly).
    last: isize,
}

fn char_text(hay: &str) -> CharText {
    let (offs, chars): (Vec<usize>, Vec<char>) = hay.char_indices().unzip();
    let mut offs = offs;
    offs.push(hay.len());
    CharText {
        chars,
        offs,
        last: -1,
    }
}

/// [`find_spans`] by CPython's semantics (see `re_engine.rs`); `how`: (anchored at `pb`,
/// to the end of the text, no empty match at `pb`).
fn sre_spans(
    prog: &crate::re_vm::Prog,
    t: &mut CharText,
    pb: usize,
    out: &mut Spans,
    how: (bool, bool, bool),
) -> Result<bool, fancy_regex::Error> {
    let start = t.offs.binary_search(&pb).unwrap_or_else(|k| k);
    let advance = how.2.then_some(start);
    match crate::re_vm::search(prog, &t.chars, start, how.0, how.1, advance) {
        Err(()) => Err(fancy_regex::Error::RuntimeError(
            fancy_regex::RuntimeError::BacktrackLimitExceeded,
        )),
        Ok(None) => Ok(false),
        Ok(Some((slots, last))) => {
            t.last = last;
            out.extend(slots.chunks(2).map(|p| {
                (p[0] != usize::MAX && p[1] != usize::MAX).then(|| (t.offs[p[0]], t.offs[p[1]]))
            }));
            Ok(true)
        }
    }
}

impl Native for Compiled {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn compiled_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| new_builtin_type("_weft_re.Regex"))
}

fn arg_str<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a weft_vm::types::str::PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => Err(vm.type_error(format!("expected string, got '{}'", vm.type_name(v)))),
    }
}

fn arg_int(v: Option<&Value>) -> i64 {
    match v {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        _ => 0,
    }
}

fn pattern_error(vm: &Vm, msg: String, pos: Value) -> weft_vm::PyErr {
    vm.new_exception(&vm.exc_type("ValueError"), vec![new_str(msg), pos])
}

/// How many times a search may backtrack before it gives up with an error. CPython's
/// engine has no limit; at about 20 million backtracks a second (as fast as CPython's)
/// this gives up only after most of a minute.
const BACKTRACK_LIMIT: usize = 1_000_000_000;

/// A fancy-regex regex for translated source, with [`BACKTRACK_LIMIT`]; the anchored
/// variants of a pattern are built here too, so they search as far as the pattern.
fn build_regex(src: &str) -> Result<Regex, fancy_regex::Error> {
    fancy_regex::RegexBuilder::new(src)
        .backtrack_limit(BACKTRACK_LIMIT)
        .build()
}

/// The engine error of a translated pattern as CPython's message.
fn engine_error(e: fancy_regex::Error) -> String {
    let msg = format!("{e}");
    if msg.contains("Look-behind") {
        "look-behind requires fixed-width pattern".to_string()
    } else {
        msg
    }
}

/// A pattern translated as `variant` (see [`translate`]) and built, with its translation;
/// errors as (message, position).
fn build(
    pat: &str,
    flags: i64,
    variant: u8,
) -> Result<(Compiled, Translated), (String, Option<usize>)> {
    let mut t =
        translate(pat, flags, variant).map_err(|(m, p)| (m, Some(p).filter(|&p| p != NO_POS)))?;
    let mut sre = if t.needs_sre {
        crate::re_engine::compile(pat, flags).map(Box::new)
    } else {
        None
    };
    let (base, direct) = match build_regex(&t.src) {
        Ok(base) => (base, direct_regex(&t.src)),
        Err(e) => {
            // What fancy-regex refuses (nesting past its limit) may still run on
            // `re_engine.rs`, with a never-matching stand-in for the regex.
            let Some(prog) = crate::re_engine::compile(pat, flags) else {
                return Err((engine_error(e), None));
            };
            sre = Some(Box::new(prog));
            t.src = "[^\\s\\S]".into();
            (
                build_regex(&t.src).map_err(|e| (engine_error(e), None))?,
                None,
            )
        }
    };
    let c = Compiled {
        src: std::mem::take(&mut t.src),
        base,
        start: OnceLock::new(),
        full: OnceLock::new(),
        end: OnceLock::new(),
        left_ctx: t.left_ctx,
        parents: t.parents.clone(),
        direct,
        ngroups: t.parents.len() + 1,
        pat: pat.to_string(),
        flags,
        wb: t.wb,
        nb: t.nb,
        exact: OnceLock::new(),
        empty_text: OnceLock::new(),
        advance: OnceLock::new(),
        sre,
        overflowed: AtomicBool::new(false),
        fallback: OnceLock::new(),
    };
    Ok((c, t))
}

/// `compile(pattern, flags)` -> (regex, flags, ngroups, names, parents);
/// raises ValueError(msg, pos) for a bad pattern.
fn compile(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let pat = arg_str(vm, a.first().unwrap_or(&Value::None))?.as_str();
    let (c, t) = build(pat, arg_int(a.get(1)), PLAIN)
        .map_err(|(m, p)| pattern_error(vm, m, p.map_or(Value::None, |p| Value::Int(p as i64))))?;
    let names: Vec<Value> = std::iter::once(Value::None)
        .chain(t.names.iter().map(|n| {
            if n.is_empty() {
                Value::None
            } else {
                new_str(n)
            }
        }))
        .collect();
    let parents: Vec<Value> = t.parents.iter().map(|&x| Value::Int(x)).collect();
    let obj = Value::Obj(ObjRef::new(
        compiled_type().clone(),
        None,
        Payload::Native(Box::new(c)),
    ));
    Ok(new_tuple_of([
        obj,
        Value::Int(t.flags & !F_BYTES),
        Value::Int(t.parents.len() as i64),
        new_list(names),
        new_list(parents),
    ]))
}

/// The form of `c` to run on `s` cut at byte `eb`: its exact word boundaries on a
/// non-ASCII text, its `\B` failing on an empty one.
#[inline]
fn pick<'a>(c: &'a Compiled, s: &weft_vm::types::str::PyStr, eb: usize) -> &'a Compiled {
    let alt = |cell: &'a OnceLock<Option<Box<Compiled>>>, v: u8| {
        cell.get_or_init(|| build(&c.pat, c.flags, v).ok().map(|(x, _)| Box::new(x)))
            .as_deref()
            .unwrap_or(c)
    };
    if c.nb && eb == 0 {
        alt(&c.empty_text, EMPTY_TEXT)
    } else if c.wb && !s.is_ascii() {
        alt(&c.exact, EXACT_WB)
    } else {
        c
    }
}

#[inline]
fn variant<'a>(
    c: &'a Compiled,
    cell: &'a OnceLock<Option<Regex>>,
    pre: &str,
    post: &str,
) -> Option<&'a Regex> {
    cell.get_or_init(|| build_regex(&format!("{pre}(?:{}){post}", c.src)).ok())
        .as_ref()
}

/// The leading arguments of `search` and `scan`: (compiled regex, string, pos, endpos),
/// the positions clamped to the string as CPython does.
fn subject<'a>(
    vm: &Vm,
    a: &'a [Value],
    who: &str,
) -> PyResult<(&'a Compiled, &'a weft_vm::types::str::PyStr, usize, usize)> {
    let Some(c) = a
        .first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Compiled>())
    else {
        return Err(vm.type_error(format!("{who}() expects a compiled regex")));
    };
    let s = arg_str(vm, a.get(1).unwrap_or(&Value::None))?;
    let nch = s.char_len() as i64;
    let pos = arg_int(a.get(2)).clamp(0, nch) as usize;
    let endpos = arg_int(a.get(3)).clamp(0, nch) as usize;
    Ok((c, s, pos, endpos))
}

/// `search(regex, string, pos, endpos, mode)` with mode 0 search, 1 match, 2 fullmatch:
/// None or a tuple of code-point offsets (start0, end0, start1, end1, ...), -1 when unset.
pub(crate) fn search(vm: &Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let overflow = Cell::new(false);
    let r = search_once(vm, a, k, &overflow);
    if overflow.get() && take_fallback(a) {
        return search_once(vm, a, k, &overflow);
    }
    r
}

/// The engine error as Python's RuntimeError, noting in `overflow` fancy-regex's running
/// out of backtracking stack (the search then runs again on `re_engine.rs`).
fn engine_err(vm: &Vm, overflow: &Cell<bool>, e: fancy_regex::Error) -> weft_vm::PyErr {
    if matches!(
        e,
        fancy_regex::Error::RuntimeError(fancy_regex::RuntimeError::StackOverflow)
    ) {
        overflow.set(true);
    }
    vm.new_error("RuntimeError", format!("regex engine error: {e}"))
}

/// After an overflow: whether the compiled regex of `a[0]` now has `re_engine.rs`'s
/// program to run instead (a second overflow cannot happen there).
fn take_fallback(a: &[Value]) -> bool {
    let Some(c) = a
        .first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Compiled>())
    else {
        return false;
    };
    if c.sre.is_some() {
        return false;
    }
    c.overflowed.store(true, Ordering::Relaxed);
    sre_of(c).is_some()
}

/// The `re_engine.rs` program `c` runs on: its own, or after fancy-regex overflowed on it,
/// one built then.
fn sre_of(c: &Compiled) -> Option<&crate::re_vm::Prog> {
    if let Some(p) = &c.sre {
        return Some(p);
    }
    if !c.overflowed.load(Ordering::Relaxed) {
        return None;
    }
    c.fallback
        .get_or_init(|| crate::re_engine::compile(&c.pat, c.flags).map(Box::new))
        .as_deref()
}

fn search_once(
    vm: &Vm,
    a: &[Value],
    _k: &[(Value, Value)],
    overflow: &Cell<bool>,
) -> PyResult<Value> {
    let (c, s, pos, endpos) = subject(vm, a, "search")?;
    let mode = arg_int(a.get(4));
    if pos > endpos {
        return Ok(Value::None);
    }
    let (pb, eb) = (s.byte_offset(pos), s.byte_offset(endpos));
    let hay = &s.as_str()[..eb];
    let c = pick(c, s, eb);
    let err = |e| engine_err(vm, overflow, e);
    let bad = || vm.value_error("bad pattern");
    if let Some(prog) = sre_of(c).filter(|_| mode != 0) {
        let mut spans: Spans = Vec::new();
        let mut t = char_text(hay);
        if !sre_spans(prog, &mut t, pb, &mut spans, (true, mode == 2, false)).map_err(err)? {
            return Ok(Value::None);
        }
        let regs = regs_value(s, &spans, &c.parents, Some(t.last));
        if a.len() >= 8 {
            return crate::re_match::make_match(vm, &a[5], &a[6], &a[7], regs, &a[2], &a[3]);
        }
        return Ok(regs);
    }
    if mode == 0 {
        let mut spans: Spans = Vec::new();
        let mut ct = None;
        if !find_spans(c, hay, pb, c.ngroups, &mut spans, &mut ct).map_err(err)? {
            return Ok(Value::None);
        }
        let regs = regs_value(s, &spans, &c.parents, ct.map(|t| t.last));
        if a.len() >= 8 {
            return crate::re_match::make_match(vm, &a[5], &a[6], &a[7], regs, &a[2], &a[3]);
        }
        return Ok(regs);
    }
    let (caps, shift) = match mode {
        1 | 2 if !c.left_ctx || pb == 0 => {
            let r = if mode == 1 {
                variant(c, &c.start, "\\A", "")
            } else {
                variant(c, &c.full, "\\A", "\\z")
            };
            (r.ok_or_else(bad)?.captures(&hay[pb..]).map_err(err)?, pb)
        }
        _ => {
            let r = if mode == 1 {
                &c.base
            } else {
                variant(c, &c.end, "", "\\z").ok_or_else(bad)?
            };
            match r.captures_from_pos(hay, pb).map_err(err)? {
                Some(cp) if cp.get(0).map(|m| m.start()) == Some(pb) => (Some(cp), 0),
                _ => (None, 0),
            }
        }
    };
    let Some(caps) = caps else {
        return Ok(Value::None);
    };
    let mut spans: Spans = Vec::with_capacity(c.ngroups);
    for i in 0..c.ngroups {
        spans.push(caps.get(i).map(|m| (m.start() + shift, m.end() + shift)));
    }
    let regs = regs_value(s, &spans, &c.parents, None);
    if a.len() >= 8 {
        // (..., Match class, pattern, original string): build the Match itself
        return crate::re_match::make_match(vm, &a[5], &a[6], &a[7], regs, &a[2], &a[3]);
    }
    Ok(regs)
}

/// The index of the group that closed last (CPython's `lastindex`), or -1.
fn last_index(spans: &[Option<(usize, usize)>], parents: &[i64]) -> i64 {
    let mut best: i64 = -1;
    let mut best_end = 0usize;
    for (i, sp) in spans.iter().enumerate().skip(1) {
        let Some((_, e)) = *sp else { continue };
        if best < 0 {
            best = i as i64;
            best_end = e;
        } else if e >= best_end {
            // A group closes after the groups inside it, even one in a lookahead that
            // ends further on; otherwise the later end (or, at the same end, the later
            // group) closed last.
            let mut p = parents.get(i - 1).copied().unwrap_or(0);
            while p != 0 && p != best {
                p = parents.get(p as usize - 1).copied().unwrap_or(0);
            }
            if p != best {
                best = i as i64;
                best_end = e;
            }
        }
    }
    best
}

/// (start0, end0, start1, end1, ..., lastindex) in code points, -1 when unset.
fn regs_value(
    s: &weft_vm::types::str::PyStr,
    spans: &[Option<(usize, usize)>],
    parents: &[i64],
    last: Option<isize>,
) -> Value {
    let ascii = s.is_ascii();
    let conv = |b: usize| -> i64 {
        if ascii {
            b as i64
        } else {
            s.char_index(b) as i64
        }
    };
    let mut out = Vec::with_capacity(spans.len() * 2 + 1);
    for sp in spans {
        match sp {
            Some((a, b)) => {
                out.push(Value::Int(conv(*a)));
                out.push(Value::Int(conv(*b)));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    out.push(Value::Int(match last {
        Some(li) => li as i64,
        None => last_index(spans, parents),
    }));
    new_tuple(out)
}

type Spans = Vec<Option<(usize, usize)>>;

/// `scan(regex, string, pos, endpos, limit, mode, repl, skip_empty_at)`: successive
/// non-overlapping matches (at most `limit` when > 0); no empty match where the previous
/// empty match was (or at `skip_empty_at`). mode 0: list of register tuples (as `search`);
/// 1: `findall`'s list; 2: `split`'s list; 3: `(new_string, count)` for `sub` with `repl`
/// a list of literal strings and group numbers; 4: Match objects; 5: `(pieces, count)` for
/// `sub` with a function `repl` (Match class, pattern, source, pos, endpos at 8..13).
fn scan(vm: &Vm, a: &[Value], k: &[(Value, Value)]) -> PyResult<Value> {
    let overflow = Cell::new(false);
    let r = scan_once(vm, a, k, &overflow);
    if overflow.get() && take_fallback(a) {
        // The overflow came before any call out (the matches are all found first).
        return scan_once(vm, a, k, &overflow);
    }
    r
}

fn scan_once(
    vm: &Vm,
    a: &[Value],
    _k: &[(Value, Value)],
    overflow: &Cell<bool>,
) -> PyResult<Value> {
    let (c, s, pos, endpos) = subject(vm, a, "scan")?;
    let limit = arg_int(a.get(4));
    let mode = arg_int(a.get(5));
    let skip = arg_int(a.get(7));
    let text = s.as_str();
    let eb = s.byte_offset(endpos.max(pos));
    let c = pick(c, s, eb);
    // The spans of every match, `ngroups` per match, in one flat vector.
    let ngroups = c.ngroups;
    let mut flat: Spans = Vec::new();
    // The engine's lastindex of each match, where `re_engine.rs` ran.
    let mut lis: Vec<isize> = Vec::new();
    if pos <= endpos {
        let mut pb = s.byte_offset(pos);
        let hay = &text[..eb];
        let err = |e| engine_err(vm, overflow, e);
        let mut last_empty: Option<usize> = if skip >= 0 && skip <= s.char_len() as i64 {
            Some(s.byte_offset(skip as usize))
        } else {
            None
        };
        let mut caps_buf: Spans = Vec::with_capacity(ngroups);
        let mut ct: Option<CharText> = None;
        while pb <= eb {
            if limit > 0 && (flat.len() / ngroups) as i64 >= limit {
                break;
            }
            caps_buf.clear();
            let found = if last_empty == Some(pb) {
                find_spans_advancing(c, hay, pb, ngroups, &mut caps_buf, &mut ct)
            } else {
                find_spans(c, hay, pb, ngroups, &mut caps_buf, &mut ct)
            };
            if !found.map_err(err)? {
                break;
            }
            let (ms, me) = caps_buf[0].unwrap_or((pb, pb));
            last_empty = if ms == me { Some(me) } else { None };
            pb = me;
            flat.extend_from_slice(&caps_buf);
            if let Some(t) = &ct {
                lis.push(t.last);
            }
        }
    }
    let found: Vec<&[Option<(usize, usize)>]> = flat.chunks(ngroups.max(1)).collect();
    let piece = |sp: Option<(usize, usize)>| -> Value {
        match sp {
            Some((x, y)) => weft_vm::new_str_from(&text[x..y]),
            None => Value::None,
        }
    };
    match mode {
        1 => Ok(new_list(
            found
                .iter()
                .map(|sp| match sp.len() {
                    1 => piece(sp[0]),
                    2 => piece(Some(sp[1].unwrap_or((0, 0)))),
                    _ => new_tuple(
                        sp[1..]
                            .iter()
                            .map(|g| piece(Some(g.unwrap_or((0, 0)))))
                            .collect(),
                    ),
                })
                .collect(),
        )),
        2 => {
            let mut out = Vec::new();
            let mut last = 0;
            for sp in &found {
                let (x, y) = sp[0].unwrap_or((last, last));
                out.push(weft_vm::new_str_from(&text[last..x]));
                out.extend(sp[1..].iter().map(|g| piece(*g)));
                last = y;
            }
            out.push(new_str(&text[last..]));
            Ok(new_list(out))
        }
        3 => {
            let parts: Vec<Value> = match a.get(6) {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            let mut res = String::with_capacity(text.len());
            let mut last = 0;
            for sp in &found {
                let (x, y) = sp[0].unwrap_or((last, last));
                res.push_str(&text[last..x]);
                for part in &parts {
                    match part {
                        Value::Int(g) => {
                            if let Some(Some((gx, gy))) = sp.get(*g as usize) {
                                res.push_str(&text[*gx..*gy]);
                            }
                        }
                        v => res.push_str(arg_str(vm, v)?.as_str()),
                    }
                }
                last = y;
            }
            res.push_str(&text[last..]);
            Ok(new_tuple_of([new_str(res), Value::Int(found.len() as i64)]))
        }
        5 if a.len() >= 13 => {
            // `sub` with a function: (pieces, count), the text between matches and the
            // function's results (None dropped), for the caller's `join`.
            let f = &a[6];
            let mut out = Vec::with_capacity(2 * found.len() + 1);
            let mut last = 0;
            for (k, sp) in found.iter().enumerate() {
                let (x, y) = sp[0].unwrap_or((last, last));
                out.push(weft_vm::new_str_from(&text[last..x]));
                let regs = regs_value(s, sp, &c.parents, lis.get(k).copied());
                let m =
                    crate::re_match::make_match(vm, &a[8], &a[9], &a[10], regs, &a[11], &a[12])?;
                let v = vm.call(f, &[m])?;
                if !v.is_none() {
                    out.push(v);
                }
                last = y;
            }
            out.push(weft_vm::new_str_from(&text[last..]));
            Ok(new_tuple_of([
                new_list(out),
                Value::Int(found.len() as i64),
            ]))
        }
        4 if a.len() >= 13 => {
            // Match objects: (..., cls, pattern, src, pos, endpos) at a[8..13]
            let mut out = Vec::with_capacity(found.len());
            for (k, sp) in found.iter().enumerate() {
                let regs = regs_value(s, sp, &c.parents, lis.get(k).copied());
                out.push(crate::re_match::make_match(
                    vm, &a[8], &a[9], &a[10], regs, &a[11], &a[12],
                )?);
            }
            Ok(new_list(out))
        }
        _ => Ok(new_list(
            found
                .iter()
                .enumerate()
                .map(|(k, sp)| regs_value(s, sp, &c.parents, lis.get(k).copied()))
                .collect(),
        )),
    }
}

/// `translate(pattern, flags)` -> the fancy-regex source (for debugging).
fn translate_fn(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let pat = arg_str(vm, a.first().unwrap_or(&Value::None))?
        .as_str()
        .to_string();
    match translate(&pat, arg_int(a.get(1)), PLAIN) {
        Ok(t) => Ok(new_str(t.src)),
        Err((m, p)) if p == NO_POS => Err(pattern_error(vm, m, Value::None)),
        Err((m, p)) => Err(pattern_error(vm, m, Value::Int(p as i64))),
    }
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = weft_vm::import::new_module("_weft_re");
    let functions: [(&'static str, weft_vm::types::function::NativeFn); 7] = [
        ("compile", compile),
        ("search", search),
        ("scan", scan),
        ("new_match", crate::re_match::new_match),
        ("install_match", crate::re_match::install_match),
        ("module_entry", crate::re_match::module_entry),
        ("translate", translate_fn),
    ];
    for (name, f) in functions {
        weft_vm::import::set(&m, name, native(name, f, BuiltinKind::Function, None, None));
    }
    Ok(m)
}
