//! Translation of a Python pattern to fancy-regex syntax for `re.rs`, with CPython's
//! syntax errors (messages and positions) and the facts `re.rs` routes on (word
//! boundaries, repeated groups that can match empty, case-insensitive backreferences).

mod class;
use class::translate_class;

pub(crate) const F_IGNORECASE: i64 = 2;
pub(crate) const F_MULTILINE: i64 = 8;
pub(crate) const F_DOTALL: i64 = 16;
pub(crate) const F_UNICODE: i64 = 32;
pub(crate) const F_VERBOSE: i64 = 64;
pub(crate) const F_ASCII: i64 = 256;
/// Not a Python flag: lib/re.py's mark of a bytes pattern (dropped from the flags
/// `compile` returns).
pub(crate) const F_BYTES: i64 = 1 << 30;

/// Result of translation: fancy-regex source, final flags, parent group of each group.
pub(crate) struct Translated {
    pub(crate) src: String,
    pub(crate) flags: i64,
    pub(crate) parents: Vec<i64>,
    /// Name of each group ("" for none).
    pub(crate) names: Vec<String>,
    pub(crate) left_ctx: bool,
    /// Whether the pattern has `\b` or `\B`, and `\B`.
    pub(crate) wb: bool,
    pub(crate) nb: bool,
    /// Whether fancy-regex's semantics differ from CPython's here: a repeated group that
    /// can match empty, a case-insensitive backreference.
    pub(crate) needs_sre: bool,
}

/// A pattern error: message and position ([`NO_POS`] for none).
pub(crate) type TErr = (String, usize);
pub(crate) const NO_POS: usize = usize::MAX;

/// [`translate`]'s case-insensitivity: none, ASCII letters only (re.ASCII), Unicode
/// (the engine's own, but for the i's: see [`TURKISH_I`]).
const FOLD_NONE: u8 = 0;
const FOLD_ASCII: u8 = 1;
const FOLD_UNICODE: u8 = 2;
/// CPython takes `i`, `I`, `İ` and `ı` for one another case-insensitively (by their
/// simple case mappings); the engine's case folding keeps the dotted/dotless ones apart.
const TURKISH_I: &str = "[iI\\x{130}\\x{131}]";

fn is_turkish_i(c: char) -> bool {
    matches!(c, 'i' | 'I' | '\u{130}' | '\u{131}')
}

/// A literal character; `fold`: as both its ASCII cases (ASCII letters only: the
/// engine's own case-insensitivity folds every letter, CPython's re.ASCII|re.IGNORECASE
/// only a-z).
fn push_lit(out: &mut String, c: char, fold: u8) {
    if fold == FOLD_UNICODE && is_turkish_i(c) {
        out.push_str(TURKISH_I);
    } else if fold == FOLD_ASCII && c.is_ascii_alphabetic() {
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

/// The hex digits at `p[a..]`, at most `len` (an escape's digits, as CPython reads them).
fn hex_digits(p: &[char], a: usize, len: usize) -> String {
    p[a.min(p.len())..]
        .iter()
        .take(len)
        .take_while(|c| c.is_ascii_hexdigit())
        .collect()
}

fn collect(p: &[char], a: usize, b: usize) -> String {
    p[a.min(p.len())..b.min(p.len())].iter().collect()
}

/// The name from `s` up to `end` (or the pattern's end) and where it stopped (`p.len()`
/// when `end` is missing).
fn scan_name(p: &[char], s: usize, end: char) -> (String, usize) {
    let j = p[s.min(p.len())..]
        .iter()
        .position(|&c| c == end)
        .map_or(p.len(), |k| s + k);
    (collect(p, s, j), j)
}

/// Open capturing group `parents.len() + 1` (`name` empty when it has none): its parent is
/// the innermost capturing group open on `stack` (0 at top level). Returns its number.
fn open_group(
    parents: &mut Vec<i64>,
    names: &mut Vec<String>,
    stack: &mut Vec<(i64, usize, usize, u8)>,
    name: String,
    at: usize,
    start_out: usize,
) -> i64 {
    let gi = parents.len() as i64 + 1;
    parents.push(stack.iter().rev().find(|x| x.0 > 0).map_or(0, |x| x.0));
    names.push(name);
    stack.push((gi, at, start_out, 0));
    gi
}

/// A quantifier with nothing before it to repeat: after another quantifier, or not.
fn repeat_error(last_repeat: bool, at: usize) -> TErr {
    let msg = if last_repeat {
        "multiple repeat"
    } else {
        "nothing to repeat"
    };
    (msg.into(), at)
}

fn is_ident(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
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

/// Whether `p` has a scoped-flags group turning IGNORECASE on (`(?i:`, `(?mi-s:`).
fn scoped_icase(p: &[char]) -> bool {
    (0..p.len().saturating_sub(2)).any(|k| {
        p[k] == '('
            && p[k + 1] == '?'
            && (k == 0 || p[k - 1] != '\\')
            && p[k + 2..]
                .iter()
                .take_while(|c| "aiLmsux".contains(**c))
                .any(|&c| c == 'i')
    })
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
pub(crate) const PLAIN: u8 = 0;
pub(crate) const EXACT_WB: u8 = 1;
pub(crate) const EMPTY_TEXT: u8 = 2;

pub(crate) fn translate(pat: &str, mut flags: i64, variant: u8) -> Result<Translated, TErr> {
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
    let fold = match (flags & F_IGNORECASE != 0, ascii) {
        (false, _) => FOLD_NONE,
        (true, true) => FOLD_ASCII,
        (true, false) => FOLD_UNICODE,
    };
    let bytes = flags & F_BYTES != 0;
    // Conditionals' group numbers and positions, checked at the end (a conditional may
    // name a later group).
    let mut cond_refs: Vec<(usize, usize)> = Vec::new();
    if fold == FOLD_UNICODE {
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
    // Whether some part of the pattern is case-insensitive (a backreference there must
    // run on `re_engine.rs`: the engine compares backreferences exactly).
    let icase_anywhere = flags & F_IGNORECASE != 0 || scoped_icase(&p);
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
                            push_lit(&mut out, char::from_u32(v).unwrap(), fold);
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
                            needs_sre |= icase_anywhere;
                            match group_name(&names, g, has_named) {
                                Some(name) => out.push_str(&format!("\\k<{name}>")),
                                None => out.push_str(&format!("(?:\\{g})")),
                            }
                        }
                    }
                    'u' | 'U' if bytes => return Err((format!("bad escape \\{e}"), at)),
                    'x' | 'u' | 'U' => {
                        let len = hex_len(e);
                        let hex = hex_digits(&p, i, len);
                        if hex.len() != len {
                            return Err((format!("incomplete escape \\{e}{hex}"), at));
                        }
                        i += len;
                        match char::from_u32(u32::from_str_radix(&hex, 16).unwrap()) {
                            Some(ch) => push_lit(&mut out, ch, fold),
                            None => return Err((format!("bad escape \\{e}{hex}"), at)),
                        }
                    }
                    'a' => push_lit(&mut out, '\x07', fold),
                    'f' => push_lit(&mut out, '\x0c', fold),
                    'n' => push_lit(&mut out, '\n', fold),
                    'r' => push_lit(&mut out, '\r', fold),
                    't' => push_lit(&mut out, '\t', fold),
                    'v' => push_lit(&mut out, '\x0b', fold),
                    e if e.is_ascii_alphanumeric() => {
                        return Err((format!("bad escape \\{e}"), at))
                    }
                    e => push_lit(&mut out, e, fold),
                }
                // CPython repeats no bare assertion ("nothing to repeat").
                can_repeat = !matches!(e, 'b' | 'B' | 'A' | 'Z');
            }
            '[' => {
                let cls = translate_class(&p, &mut i, at, ascii, fold, bytes)?;
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
                        let (name, j) = scan_name(&p, s, '>');
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
                        out.push_str(&format!("(?P<{name}>"));
                        open_group(&mut parents, &mut names, &mut stack, name, at, start_out);
                        i = j + 1;
                        can_repeat = false;
                        last_repeat = false;
                        continue;
                    } else if rest.starts_with("P=") {
                        let s = i + 3;
                        let (name, j) = scan_name(&p, s, ')');
                        if name.is_empty() {
                            return Err(("missing group name".into(), s));
                        }
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
                        needs_sre |= icase_anywhere;
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
                        let (name, j) = scan_name(&p, s, ')');
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
                            cond_refs.push((g, s));
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
                    let gi = open_group(
                        &mut parents,
                        &mut names,
                        &mut stack,
                        String::new(),
                        at,
                        start_out,
                    );
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
                        return Err(repeat_error(last_repeat, at));
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
                    return Err(repeat_error(last_repeat, at));
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
                push_lit(&mut out, c, fold);
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
    if let Some(&(g, s)) = cond_refs.iter().find(|r| r.0 > parents.len()) {
        return Err((format!("invalid group reference {g}"), s));
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
