//! `_weft_re`: the regular-expression engine behind `lib/re.py`, built on `fancy-regex`.
//! It translates Python's pattern syntax into fancy-regex syntax and runs searches over
//! code-point ranges (<https://docs.python.org/3.11/library/re.html>).

use std::sync::OnceLock;

use fancy_regex::Regex;
use weft_vm::builtins::new_builtin_type;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_list, new_str, new_tuple, ObjRef, PyResult, Value, Vm};

const F_IGNORECASE: i64 = 2;
const F_MULTILINE: i64 = 8;
const F_DOTALL: i64 = 16;
const F_UNICODE: i64 = 32;
const F_VERBOSE: i64 = 64;
const F_ASCII: i64 = 256;
/// Not a Python flag: lib/re.py's mark of a bytes pattern (dropped from the flags
/// `compile` returns).
const F_BYTES: i64 = 1 << 30;

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
    if let Some(prog) = &c.sre {
        let t = ct.get_or_insert_with(|| char_text(hay));
        return sre_spans(prog, t, pb, out, (false, false, false));
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

/// [`find_spans`] by a fancy-regex regex.
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
    if let Some(prog) = &c.sre {
        let t = ct.get_or_insert_with(|| char_text(hay));
        return sre_spans(prog, t, pb, out, (false, false, true));
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

/// Result of translation: fancy-regex source, final flags, parent group of each group.
struct Translated {
    src: String,
    flags: i64,
    parents: Vec<i64>,
    /// Name of each group ("" for none).
    names: Vec<String>,
    left_ctx: bool,
    /// Whether the pattern has `\b` or `\B`, and `\B`.
    wb: bool,
    nb: bool,
    /// Whether fancy-regex's semantics differ from CPython's here: a repeated group that
    /// can match empty, a case-insensitive backreference.
    needs_sre: bool,
}

/// A pattern error: message and position ([`NO_POS`] for none).
type TErr = (String, usize);
const NO_POS: usize = usize::MAX;

/// A literal character; `fold`: as both its ASCII cases (ASCII letters only: the
/// engine's own case-insensitivity folds every letter, CPython's re.ASCII|re.IGNORECASE
/// only a-z).
fn push_lit(out: &mut String, c: char, fold: bool) {
    if fold && c.is_ascii_alphabetic() {
        out.push_str(&format!(
            "[{}{}]",
            c.to_ascii_lowercase(),
            c.to_ascii_uppercase()
        ));
    } else if c.is_ascii_alphanumeric()
        || c == '_'
        || c == ' '
        || (!c.is_ascii() && !c.is_whitespace())
    {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    }
}

fn class_escape(c: char, ascii: bool) -> Option<&'static str> {
    if !ascii {
        return None;
    }
    Some(match c {
        'd' => "0-9",
        'w' => "0-9A-Za-z_",
        's' => " \\t\\n\\r\\x0c\\x0b",
        _ => return None,
    })
}

fn apply_flag(c: char, flags: &mut i64) -> bool {
    *flags |= match c {
        'i' => F_IGNORECASE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        'u' => F_UNICODE,
        'L' => 4,
        _ => return false,
    };
    true
}

fn hex_len(e: char) -> usize {
    match e {
        'x' => 2,
        'u' => 4,
        _ => 8,
    }
}

fn collect(p: &[char], a: usize, b: usize) -> String {
    p[a.min(p.len())..b.min(p.len())].iter().collect()
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// Parse a character class starting after `[`; returns the fancy-regex class text.
fn translate_class(
    p: &[char],
    i: &mut usize,
    start: usize,
    ascii: bool,
    fold: bool,
) -> Result<String, TErr> {
    // The other ASCII case of the class's letters, for `fold` (see [`push_lit`]).
    let mut other_case = String::new();
    let n = p.len();
    let mut cls = String::from("[");
    if *i < n && p[*i] == '^' {
        cls.push('^');
        *i += 1;
    }
    let mut first = true;
    // The last literal item (code point, start) and the low end of a pending `a-` range,
    // to reject reversed ranges as CPython does.
    // (None = a class escape such as \\d, which cannot bound a range)
    let mut prev: Option<(Option<u32>, usize)> = None;
    let mut range_from: Option<(Option<u32>, usize)> = None;
    loop {
        if *i >= n {
            return Err(("unterminated character set".into(), start));
        }
        let item_start = *i;
        let ch = p[*i];
        *i += 1;
        let lit: Option<u32> = match ch {
            ']' if !first => break,
            '\\' => {
                let Some(&e) = p.get(*i) else {
                    return Err(("bad escape (end of pattern)".into(), *i - 1));
                };
                *i += 1;
                match e {
                    'd' | 'w' | 's' | 'D' | 'W' | 'S' => {
                        if let Some((_, s)) = range_from {
                            return Err((format!("bad character range {}", collect(p, s, *i)), s));
                        }
                        prev = Some((None, item_start));
                        match class_escape(e.to_ascii_lowercase(), ascii) {
                            Some(c2) if e.is_ascii_lowercase() => cls.push_str(c2),
                            Some(c2) => cls.push_str(&format!("[^{c2}]")),
                            // Python's \w is str.isalnum() or '_': letters and numbers of
                            // every kind, no marks or connectors but '_'
                            None if e == 'w' => cls.push_str(UNI_WORD),
                            None if e == 'W' => cls.push_str(&format!("[^{UNI_WORD}]")),
                            // and its \s is str.isspace(): the separators \x1c-\x1f too
                            None if e == 's' => cls.push_str("\\s\\x1c-\\x1f"),
                            None if e == 'S' => cls.push_str("[^\\s\\x1c-\\x1f]"),
                            None => {
                                cls.push('\\');
                                cls.push(e);
                            }
                        }
                        first = false;
                        continue;
                    }
                    'x' | 'u' | 'U' => {
                        let len = hex_len(e);
                        let hex = collect(p, *i, *i + len);
                        if hex.chars().count() != len || !hex.chars().all(|h| h.is_ascii_hexdigit())
                        {
                            return Err((format!("incomplete escape \\{e}{hex}"), *i - 2));
                        }
                        *i += len;
                        cls.push_str(&format!("\\x{{{hex}}}"));
                        u32::from_str_radix(&hex, 16).ok()
                    }
                    '0'..='7' => {
                        let mut v = e.to_digit(8).unwrap();
                        let mut k = 0;
                        while k < 2 && *i < n && ('0'..='7').contains(&p[*i]) {
                            v = v * 8 + p[*i].to_digit(8).unwrap();
                            *i += 1;
                            k += 1;
                        }
                        cls.push_str(&format!("\\x{{{v:x}}}"));
                        Some(v)
                    }
                    'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' => {
                        let v = match e {
                            'a' => 7,
                            'b' => 8,
                            'f' => 0xc,
                            'n' => 0xa,
                            'r' => 0xd,
                            't' => 9,
                            _ => 0xb,
                        };
                        cls.push_str(&format!("\\x{{{v:x}}}"));
                        Some(v)
                    }
                    e if e.is_ascii_alphanumeric() => {
                        return Err((format!("bad escape \\{e}"), *i - 2))
                    }
                    e => {
                        cls.push_str(&format!("\\x{{{:x}}}", e as u32));
                        Some(e as u32)
                    }
                }
            }
            '[' | '&' | '~' | ']' => {
                cls.push_str(&format!("\\x{{{:x}}}", ch as u32));
                Some(ch as u32)
            }
            '-' if first || (*i < n && p[*i] == ']') => {
                cls.push_str("\\-");
                Some('-' as u32)
            }
            '-' if cls.ends_with('-') => {
                cls.push_str("\\-");
                Some('-' as u32)
            }
            ch => {
                cls.push(ch);
                if ch == '-' && prev.is_some() && range_from.is_none() {
                    range_from = prev.take();
                    first = false;
                    continue;
                }
                Some(ch as u32)
            }
        };
        match (range_from.take(), lit) {
            (Some((lo, s)), Some(hi)) => {
                let Some(lo) = lo.filter(|&lo| lo <= hi) else {
                    return Err((format!("bad character range {}", collect(p, s, *i)), s));
                };
                if fold {
                    // The range's ASCII letters in the other case.
                    for (a, z, shift) in [(0x41u32, 0x5a, 0x20u32), (0x61, 0x7a, 0)] {
                        let (x, y) = (lo.max(a), hi.min(z));
                        if x <= y {
                            let flip = |v: u32| if shift > 0 { v + 0x20 } else { v - 0x20 };
                            other_case.push_str(&format!(
                                "\\x{{{:x}}}-\\x{{{:x}}}",
                                flip(x),
                                flip(y)
                            ));
                        }
                    }
                }
                prev = None;
            }
            (_, lit) => {
                if let Some(ch) = lit
                    .and_then(char::from_u32)
                    .filter(|c| fold && c.is_ascii_alphabetic())
                {
                    let other = if ch.is_ascii_lowercase() {
                        ch.to_ascii_uppercase()
                    } else {
                        ch.to_ascii_lowercase()
                    };
                    other_case.push(other);
                }
                prev = lit.map(|c| (Some(c), item_start))
            }
        }
        first = false;
    }
    cls.push_str(&other_case);
    cls.push(']');
    Ok(cls)
}

/// Translate a Python pattern to fancy-regex syntax.
/// The flag letters of `(?on-off:` starting at `p[j]`, checked the way CPython's parser
/// does; returns the inline-flag letters weft's engine takes and the index after `:`.
fn scoped_flags(
    p: &[char],
    mut j: usize,
    at: usize,
    bytes: bool,
) -> Result<(String, String, usize), TErr> {
    let n = p.len();
    let mut on = String::new();
    let mut off = String::new();
    let mut all_on = String::new();
    while j < n && "aiLmsux".contains(p[j]) {
        match p[j] {
            'u' if bytes => {
                return Err((
                    "bad inline flags: cannot use 'u' flag with a bytes pattern".into(),
                    j + 1,
                ))
            }
            'L' if !bytes => {
                return Err((
                    "bad inline flags: cannot use 'L' flag with a str pattern".into(),
                    j + 1,
                ))
            }
            _ => {}
        }
        all_on.push(p[j]);
        if "imsx".contains(p[j]) {
            on.push(p[j]);
        }
        j += 1;
    }
    let incompatible = |s: &str| s.chars().filter(|c| "auL".contains(*c)).count() > 1;
    if j >= n {
        return Err(("missing -, : or )".into(), n));
    }
    if p[j].is_ascii_alphabetic() {
        return Err(("unknown flag".into(), j));
    }
    if p[j] == ')' {
        return Err(("global flags not at the start of the expression".into(), at));
    }
    if p[j] == '-' {
        j += 1;
        if j >= n {
            return Err(("missing flag".into(), n));
        }
        if !p[j].is_ascii_alphabetic() {
            return Err(("missing flag".into(), j));
        }
        let mut all_off = String::new();
        while j < n && p[j].is_ascii_alphabetic() {
            if !"aiLmsux".contains(p[j]) {
                return Err(("unknown flag".into(), j));
            }
            all_off.push(p[j]);
            if "imsx".contains(p[j]) {
                off.push(p[j]);
            }
            j += 1;
        }
        if j >= n || p[j] != ':' {
            return Err(("missing :".into(), j.min(n)));
        }
        if all_off.chars().any(|c| "auL".contains(c)) {
            return Err((
                "bad inline flags: cannot turn off flags 'a', 'u' and 'L'".into(),
                j,
            ));
        }
        if all_off.chars().any(|c| all_on.contains(c)) {
            return Err(("bad inline flags: flag turned on and off".into(), j));
        }
    } else if p[j] != ':' {
        return Err(("missing -, : or )".into(), j));
    }
    if incompatible(&all_on) {
        return Err((
            "bad inline flags: flags 'a', 'u' and 'L' are incompatible".into(),
            j,
        ));
    }
    Ok((on, off, j))
}

/// The repeat at the start of `p` (`*`, `+`, `?` or a valid `{m,n}`, maybe lazy): whether
/// its minimum is 0, whether it is lazy, and its length.
fn quantifier(p: &[char]) -> Option<(bool, bool, usize)> {
    let (min0, len) = match p.first()? {
        '*' | '?' => (true, 1),
        '+' => (false, 1),
        '{' => {
            let close = p.iter().position(|&c| c == '}')?;
            let body: String = p[1..close].iter().collect();
            if body.is_empty()
                || body.matches(',').count() > 1
                || !body.chars().all(|c| c == ',' || c.is_ascii_digit())
            {
                return None;
            }
            let lo = body.split(',').next().unwrap_or("");
            (lo.parse::<u64>().unwrap_or(0) == 0, close + 1)
        }
        _ => return None,
    };
    // Possessive (`+`) is greedy here: a zero-width item gives the same either way.
    let lazy = p.get(len) == Some(&'?');
    let suffix = matches!(p.get(len), Some('?' | '+'));
    Some((min0, lazy, len + suffix as usize))
}

/// The engine's name of group `g` (1-based) where references go by name: its own, or
/// one made up for an unnamed group when the pattern has named groups.
fn group_name(names: &[String], g: usize, has_named: bool) -> Option<String> {
    match names.get(g.wrapping_sub(1)) {
        Some(n) if !n.is_empty() => Some(n.clone()),
        _ if has_named => Some(format!("_weft_group{g}")),
        _ => None,
    }
}

/// Python's `\w` (`str.isalnum()` or `_`) as class items.
const UNI_WORD: &str = "\\p{L}\\p{N}_";
/// [`translate`]'s variants: the plain translation; `\b` and `\B` by lookaround on
/// Python's `\w` (the engine's own word boundaries take marks and connectors as word
/// characters, the same only on ASCII text); `\B` never matching (CPython's, on an empty
/// text).
const PLAIN: u8 = 0;
const EXACT_WB: u8 = 1;
const EMPTY_TEXT: u8 = 2;

fn translate(pat: &str, mut flags: i64, variant: u8) -> Result<Translated, TErr> {
    let p: Vec<char> = pat.chars().collect();
    let n = p.len();
    // Leading global inline flags.
    let mut i = 0;
    while i + 2 < n && p[i] == '(' && p[i + 1] == '?' && "aiLmsux".contains(p[i + 2]) {
        let mut j = i + 2;
        let mut f = flags;
        while j < n && apply_flag(p[j], &mut f) {
            j += 1;
        }
        if j < n && p[j] == ')' {
            let letters = collect(&p, i + 2, j);
            if letters.chars().filter(|c| "auL".contains(*c)).count() > 1 {
                return Err((
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible".into(),
                    j,
                ));
            }
            flags = f;
            i = j + 1;
        } else {
            break;
        }
    }
    let ascii = flags & F_ASCII != 0;
    let verbose = flags & F_VERBOSE != 0;
    let multiline = flags & F_MULTILINE != 0;
    let mut out = String::new();
    let fold_ascii = ascii && flags & F_IGNORECASE != 0;
    if flags & F_IGNORECASE != 0 && !fold_ascii {
        out.push_str("(?i)");
    }
    if multiline {
        out.push_str("(?m)");
    }
    if flags & F_DOTALL != 0 {
        out.push_str("(?s)");
    }
    let mut parents: Vec<i64> = Vec::new();
    // Open groups: (capturing group index, 0 for other groups or -1 for a conditional,
    // position of '(', length of `out` before it, top-level `|` seen in it).
    let mut stack: Vec<(i64, usize, usize, u8)> = Vec::new();
    // Where in `out` the last repeatable item starts (for `{0}`, see below).
    let mut atom_at = 0usize;
    let mut left_ctx = false;
    let (mut wb, mut nb) = (false, false);
    let mut needs_sre = false;
    // Whether the last item is a group that can match empty.
    let mut nullable_group = false;
    // The engine takes no group number in a pattern with named groups: there every group
    // gets a name (see [`group_name`]).
    let has_named = pat.contains("(?P<");
    let mut can_repeat = false;
    let mut last_repeat = false;
    let mut names: Vec<String> = Vec::new();
    while i < n {
        let c = p[i];
        let at = i;
        let start_out = out.len();
        i += 1;
        let mut repeat_op = false;
        match c {
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' if verbose => continue,
            '#' if verbose => {
                while i < n && p[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\\' => {
                let Some(&e) = p.get(i) else {
                    return Err(("bad escape (end of pattern)".into(), at));
                };
                i += 1;
                match e {
                    'd' | 'w' | 's' | 'D' | 'W' | 'S' => {
                        if let Some(cls) = class_escape(e.to_ascii_lowercase(), ascii) {
                            let neg = if e.is_ascii_uppercase() { "^" } else { "" };
                            out.push_str(&format!("[{neg}{cls}]"));
                        } else if e == 'w' || e == 'W' {
                            let neg = if e == 'W' { "^" } else { "" };
                            out.push_str(&format!("[{neg}{UNI_WORD}]"));
                        } else if e == 's' || e == 'S' {
                            // Python's \s is str.isspace(): the separators \x1c-\x1f too
                            let neg = if e == 'S' { "^" } else { "" };
                            out.push_str(&format!("[{neg}\\s\\x1c-\\x1f]"));
                        } else {
                            out.push('\\');
                            out.push(e);
                        }
                    }
                    'b' | 'B' | 'A' => {
                        left_ctx = true;
                        wb |= e != 'A';
                        nb |= e == 'B';
                        let w = if ascii { "0-9A-Za-z_" } else { UNI_WORD };
                        match (e, variant) {
                            ('B', EMPTY_TEXT) => out.push_str("[^\\s\\S]"),
                            ('b', EXACT_WB) => out
                                .push_str(&format!("(?:(?<=[{w}])(?![{w}])|(?<![{w}])(?=[{w}]))")),
                            ('B', EXACT_WB) => out
                                .push_str(&format!("(?:(?<=[{w}])(?=[{w}])|(?<![{w}])(?![{w}]))")),
                            _ => {
                                out.push('\\');
                                out.push(e);
                            }
                        }
                    }
                    'Z' => out.push_str("\\z"),
                    '0'..='9' => {
                        let octal = |ch: char| ('0'..='7').contains(&ch);
                        if e == '0' || (i + 1 < n && octal(e) && octal(p[i]) && octal(p[i + 1])) {
                            let mut v = e.to_digit(8).unwrap_or(0);
                            let mut k = 0;
                            while k < 2 && i < n && octal(p[i]) {
                                v = v * 8 + p[i].to_digit(8).unwrap();
                                i += 1;
                                k += 1;
                            }
                            if v > 0o377 {
                                return Err((
                                    format!(
                                        "octal escape value \\{} outside of range 0-0o377",
                                        collect(&p, at + 1, i)
                                    ),
                                    at,
                                ));
                            }
                            push_lit(&mut out, char::from_u32(v).unwrap(), fold_ascii);
                        } else {
                            let mut digits = String::from(e);
                            if i < n && p[i].is_ascii_digit() {
                                digits.push(p[i]);
                                i += 1;
                            }
                            let g: usize = digits.parse().unwrap();
                            if g > parents.len() {
                                return Err((format!("invalid group reference {g}"), at + 1));
                            }
                            if stack.iter().any(|&(gi, ..)| gi as usize == g) {
                                return Err(("cannot refer to an open group".into(), at));
                            }
                            needs_sre |= flags & F_IGNORECASE != 0;
                            match group_name(&names, g, has_named) {
                                Some(name) => out.push_str(&format!("\\k<{name}>")),
                                None => out.push_str(&format!("(?:\\{g})")),
                            }
                        }
                    }
                    'x' | 'u' | 'U' => {
                        let len = hex_len(e);
                        let hex = collect(&p, i, i + len);
                        if hex.chars().count() != len || !hex.chars().all(|h| h.is_ascii_hexdigit())
                        {
                            return Err((format!("incomplete escape \\{e}{hex}"), at));
                        }
                        i += len;
                        match char::from_u32(u32::from_str_radix(&hex, 16).unwrap()) {
                            Some(ch) => push_lit(&mut out, ch, fold_ascii),
                            None => return Err((format!("bad escape \\{e}{hex}"), at)),
                        }
                    }
                    'a' => push_lit(&mut out, '\x07', fold_ascii),
                    'f' => push_lit(&mut out, '\x0c', fold_ascii),
                    'n' => push_lit(&mut out, '\n', fold_ascii),
                    'r' => push_lit(&mut out, '\r', fold_ascii),
                    't' => push_lit(&mut out, '\t', fold_ascii),
                    'v' => push_lit(&mut out, '\x0b', fold_ascii),
                    e if e.is_ascii_alphanumeric() => {
                        return Err((format!("bad escape \\{e}"), at))
                    }
                    e => push_lit(&mut out, e, fold_ascii),
                }
                // CPython repeats no bare assertion ("nothing to repeat").
                can_repeat = !matches!(e, 'b' | 'B' | 'A' | 'Z');
            }
            '[' => {
                let cls = translate_class(&p, &mut i, at, ascii, fold_ascii)?;
                out.push_str(&cls);
                can_repeat = true;
            }
            '(' => {
                let mut cond = false;
                if i < n && p[i] == '?' {
                    let rest = collect(&p, i + 1, i + 4);
                    if rest.starts_with('#') {
                        while i < n && p[i] != ')' {
                            i += 1;
                        }
                        if i >= n {
                            return Err(("missing ), unterminated comment".into(), at));
                        }
                        i += 1;
                        continue;
                    } else if rest.starts_with('<')
                        && !rest.starts_with("<=")
                        && !rest.starts_with("<!")
                    {
                        if i + 2 >= n {
                            return Err(("unexpected end of pattern".into(), i + 2));
                        }
                        return Err((
                            format!("unknown extension ?{}", collect(&p, i + 1, i + 3)),
                            at + 1,
                        ));
                    } else if rest.starts_with("P<") {
                        let s = i + 3;
                        let mut j = s;
                        while j < n && p[j] != '>' {
                            j += 1;
                        }
                        let name = collect(&p, s, j);
                        if j >= n && !name.is_empty() {
                            return Err(("missing >, unterminated name".into(), s));
                        }
                        if name.is_empty() {
                            return Err(("missing group name".into(), s));
                        }
                        if !is_ident(&name) {
                            return Err((format!("bad character in group name '{name}'"), s));
                        }
                        if let Some(k) = names.iter().position(|x| *x == name) {
                            return Err((
                                format!(
                                    "redefinition of group name '{name}' as group {}; was group {}",
                                    parents.len() + 1,
                                    k + 1
                                ),
                                s,
                            ));
                        }
                        let gi = parents.len() as i64 + 1;
                        parents.push(
                            stack
                                .iter()
                                .rev()
                                .find(|x| x.0 > 0)
                                .map(|x| x.0)
                                .unwrap_or(0),
                        );
                        names.push(name.clone());
                        stack.push((gi, at, start_out, 0));
                        out.push_str(&format!("(?P<{name}>"));
                        i = j + 1;
                        can_repeat = false;
                        last_repeat = false;
                        continue;
                    } else if rest.starts_with("P=") {
                        let s = i + 3;
                        let mut j = s;
                        while j < n && p[j] != ')' {
                            j += 1;
                        }
                        let name = collect(&p, s, j);
                        if j >= n {
                            return Err(("missing ), unterminated name".into(), s));
                        }
                        if !is_ident(&name) {
                            return Err((format!("bad character in group name '{name}'"), s));
                        }
                        if !names.contains(&name) {
                            return Err((format!("unknown group name '{name}'"), s));
                        }
                        out.push_str(&format!("\\k<{name}>"));
                        needs_sre |= flags & F_IGNORECASE != 0;
                        atom_at = start_out;
                        i = j + 1;
                        can_repeat = true;
                        last_repeat = false;
                        continue;
                    } else if rest.starts_with('P') {
                        if i + 2 >= n {
                            return Err(("unexpected end of pattern".into(), i + 2));
                        }
                        return Err((format!("unknown extension ?P{}", p[i + 2]), at + 1));
                    } else if rest.starts_with("<=") || rest.starts_with("<!") {
                        left_ctx = true;
                        out.push_str(&format!("(?<{}", p[i + 2]));
                        i += 3;
                    } else if rest.starts_with(['=', '!', ':', '>']) {
                        out.push_str(&format!("(?{}", p[i + 1]));
                        i += 2;
                    } else if rest.starts_with('(') {
                        // Conditional: (?(id/name)yes|no), the group as its number (the
                        // engine takes no names there).
                        let s = i + 2;
                        let mut j = s;
                        while j < n && p[j] != ')' {
                            j += 1;
                        }
                        let name = collect(&p, s, j);
                        if j >= n {
                            return Err(("missing ), unterminated name".into(), s));
                        }
                        if name.is_empty() {
                            return Err(("missing group name".into(), s));
                        }
                        let g = if name.bytes().all(|b| b.is_ascii_digit()) {
                            let g: usize = name.parse().unwrap_or(usize::MAX);
                            if g == 0 {
                                return Err(("bad group number".into(), s));
                            }
                            if g > parents.len() {
                                return Err((format!("invalid group reference {g}"), s));
                            }
                            g
                        } else if !is_ident(&name) {
                            return Err((format!("bad character in group name '{name}'"), s));
                        } else {
                            match names.iter().position(|x| *x == name) {
                                Some(k) => k + 1,
                                None => return Err((format!("unknown group name '{name}'"), s)),
                            }
                        };
                        match group_name(&names, g, has_named) {
                            Some(name) => out.push_str(&format!("(?(<{name}>)")),
                            None => out.push_str(&format!("(?({g})")),
                        }
                        cond = true;
                        i = j + 1;
                    } else {
                        // Scoped flags (?imsx-imsx:...).
                        if i + 1 >= n {
                            return Err(("unexpected end of pattern".into(), i + 1));
                        }
                        if !"aiLmsux-".contains(p[i + 1]) {
                            return Err((
                                format!("unknown extension ?{}", collect(&p, i + 1, i + 2)),
                                at + 1,
                            ));
                        }
                        let (on, off, j) = scoped_flags(&p, i + 1, at, flags & F_BYTES != 0)?;
                        out.push_str("(?");
                        out.push_str(&on);
                        if !off.is_empty() {
                            out.push('-');
                            out.push_str(&off);
                        }
                        out.push(':');
                        i = j + 1;
                    }
                    stack.push((if cond { -1 } else { 0 }, at, start_out, 0));
                } else {
                    let gi = parents.len() as i64 + 1;
                    parents.push(
                        stack
                            .iter()
                            .rev()
                            .find(|x| x.0 > 0)
                            .map(|x| x.0)
                            .unwrap_or(0),
                    );
                    names.push(String::new());
                    stack.push((gi, at, start_out, 0));
                    if has_named {
                        out.push_str(&format!(
                            "(?P<{}>",
                            group_name(&names, gi as usize, true).unwrap_or_default()
                        ));
                    } else {
                        out.push('(');
                    }
                }
                can_repeat = false;
            }
            ')' => {
                let Some((_, open_at, open_out, _)) = stack.pop() else {
                    return Err(("unbalanced parenthesis".into(), at));
                };
                if out[open_out..].starts_with("(?<=") || out[open_out..].starts_with("(?<!") {
                    let w = crate::re_width::width(&p[open_at + 4..at], verbose);
                    if w.is_some_and(|(lo, hi)| lo != hi) {
                        return Err(("look-behind requires fixed-width pattern".into(), NO_POS));
                    }
                }
                atom_at = open_out;
                out.push(')');
                nullable_group =
                    crate::re_width::width(&p[open_at..=at], verbose).is_none_or(|w| w.0 == 0);
                if i < n
                    && "*+?{".contains(p[i])
                    && crate::re_width::width(&p[open_at..=at], verbose) == Some((0, 0))
                {
                    // A repeated zero-width group (a lookaround, `(?:\b)`), which CPython
                    // allows and the engine does not: it matches once or not at all, so
                    // `L*` is `(?:L|)`, `L*?` is `(?:|L)` and `L+` is `L`.
                    if let Some((min0, lazy, len)) = quantifier(&p[i..]) {
                        if min0 {
                            let la = out.split_off(open_out);
                            out.push_str(&if lazy {
                                format!("(?:|{la})")
                            } else {
                                format!("(?:{la}|)")
                            });
                        }
                        i += len;
                        last_repeat = true;
                        can_repeat = false;
                        continue;
                    }
                }
                can_repeat = true;
            }
            '{' => {
                // A valid repeat {m}, {m,}, {,n}, {m,n}; otherwise a literal brace.
                let mut j = i;
                while j < n && (p[j].is_ascii_digit() || p[j] == ',') {
                    j += 1;
                }
                let body = collect(&p, i, j);
                let valid =
                    j < n && p[j] == '}' && !body.is_empty() && body.matches(',').count() <= 1;
                if valid {
                    if !can_repeat {
                        return Err((
                            if last_repeat {
                                "multiple repeat"
                            } else {
                                "nothing to repeat"
                            }
                            .into(),
                            at,
                        ));
                    }
                    let (lo, hi) = match body.split_once(',') {
                        Some((a, b)) => (
                            if a.is_empty() {
                                "0".to_string()
                            } else {
                                a.to_string()
                            },
                            Some(b.to_string()),
                        ),
                        None => (body.clone(), None),
                    };
                    // CPython's MAXREPEAT (2**32 - 1) and above: OverflowError (re.py).
                    let too_large =
                        |d: &str| !d.is_empty() && !d.parse::<u64>().is_ok_and(|v| v < 0xFFFF_FFFF);
                    if too_large(&lo) || hi.as_deref().is_some_and(too_large) {
                        return Err(("the repetition number is too large".into(), i));
                    }
                    if let Some(h) = &hi {
                        if !h.is_empty()
                            && h.parse::<u64>().unwrap_or(0) < lo.parse::<u64>().unwrap_or(0)
                        {
                            return Err(("min repeat greater than max repeat".into(), i));
                        }
                    }
                    i = j + 1;
                    let zero = hi.as_deref().unwrap_or(&lo).parse::<u64>() == Ok(0);
                    if zero {
                        // `X{0}`: the engine would drop X and renumber the groups after
                        // it, so X stays behind a branch that never matches.
                        out.insert_str(atom_at, "(?:[^\\s\\S]");
                        out.push_str(")?");
                        if i < n && p[i] == '?' {
                            i += 1;
                        }
                    } else {
                        out.push('{');
                        out.push_str(&lo);
                        if let Some(h) = hi {
                            out.push(',');
                            out.push_str(&h);
                        }
                        out.push('}');
                        if i < n && (p[i] == '?' || p[i] == '+') {
                            out.push(p[i]);
                            i += 1;
                        }
                    }
                    can_repeat = false;
                    repeat_op = true;
                    needs_sre |= nullable_group;
                } else {
                    out.push_str("\\{");
                    can_repeat = true;
                }
            }
            '*' | '+' | '?' => {
                if !can_repeat {
                    return Err((
                        if last_repeat {
                            "multiple repeat"
                        } else {
                            "nothing to repeat"
                        }
                        .into(),
                        at,
                    ));
                }
                out.push(c);
                if i < n && (p[i] == '?' || p[i] == '+') {
                    out.push(p[i]);
                    i += 1;
                }
                can_repeat = false;
                repeat_op = true;
                needs_sre |= nullable_group;
            }
            '^' => {
                left_ctx = true;
                out.push('^');
                can_repeat = false;
            }
            '$' => {
                out.push_str(if multiline { "$" } else { "(?=\\n?\\z)" });
                can_repeat = false;
            }
            '|' => {
                if let Some(top) = stack.last_mut().filter(|t| t.0 == -1) {
                    top.3 += 1;
                    if top.3 > 1 {
                        return Err(("conditional backref with more than two branches".into(), at));
                    }
                }
                out.push('|');
                can_repeat = false;
            }
            '.' => {
                out.push('.');
                can_repeat = true;
            }
            c => {
                push_lit(&mut out, c, fold_ascii);
                can_repeat = true;
            }
        }
        if can_repeat && !repeat_op && c != ')' && c != '(' {
            atom_at = start_out;
        }
        last_repeat = repeat_op;
        if c != ')' {
            nullable_group = false;
        }
    }
    if let Some(&(_, pos, ..)) = stack.last() {
        return Err(("missing ), unterminated subpattern".into(), pos));
    }
    Ok(Translated {
        src: out,
        flags,
        parents,
        names,
        left_ctx,
        wb,
        nb,
        needs_sre,
    })
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
    Ok(new_tuple(vec![
        obj,
        Value::Int(t.flags & !F_BYTES),
        Value::Int(t.parents.len() as i64),
        new_list(names),
        new_list(parents),
    ]))
}

/// The form of `c` to run on `s` cut at byte `eb`: its exact word boundaries on a
/// non-ASCII text, its `\B` failing on an empty one.
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
pub(crate) fn search(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
    let (c, s, pos, endpos) = subject(vm, a, "search")?;
    let mode = arg_int(a.get(4));
    if pos > endpos {
        return Ok(Value::None);
    }
    let (pb, eb) = (s.byte_offset(pos), s.byte_offset(endpos));
    let hay = &s.as_str()[..eb];
    let c = pick(c, s, eb);
    let err =
        |e: fancy_regex::Error| vm.new_error("RuntimeError", format!("regex engine error: {e}"));
    let bad = || vm.value_error("bad pattern");
    if let Some(prog) = c.sre.as_ref().filter(|_| mode != 0) {
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
    let spans: Vec<Option<(usize, usize)>> = (0..c.ngroups)
        .map(|i| caps.get(i).map(|m| (m.start() + shift, m.end() + shift)))
        .collect();
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
        if best < 0 || e > best_end {
            best = i as i64;
            best_end = e;
        } else if e == best_end {
            let mut p = parents.get(i - 1).copied().unwrap_or(0);
            while p != 0 && p != best {
                p = parents.get(p as usize - 1).copied().unwrap_or(0);
            }
            if p != best {
                best = i as i64;
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
fn scan(vm: &Vm, a: &[Value], _k: &[(Value, Value)]) -> PyResult<Value> {
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
        let err = |e: fancy_regex::Error| {
            vm.new_error("RuntimeError", format!("regex engine error: {e}"))
        };
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
            Ok(new_tuple(vec![
                new_str(res),
                Value::Int(found.len() as i64),
            ]))
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
            Ok(new_tuple(vec![
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
