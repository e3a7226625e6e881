//! The width range of a Python regex (sub)pattern, for CPython's rule that a look-behind
//! matches a fixed width (<https://docs.python.org/3.11/library/re.html>, `(?<=...)`).
//! Runs on patterns the translation has already checked, so it reports no syntax errors.

/// Most nesting followed; deeper patterns are not checked (the engine still is).
const MAX_DEPTH: usize = 200;
const INF: u64 = u64::MAX;

/// (min, max) code points matched by `p` (max `u64::MAX` for unbounded), or None where it
/// cannot tell (backreferences, conditionals, very deep nesting).
pub(crate) fn width(p: &[char], verbose: bool) -> Option<(u64, u64)> {
    let mut i = 0;
    let w = alternation(p, &mut i, verbose, 0)?;
    (i >= p.len()).then_some(w)
}

/// Branches separated by `|` up to a `)` or the end.
fn alternation(p: &[char], i: &mut usize, verbose: bool, depth: usize) -> Option<(u64, u64)> {
    if depth > MAX_DEPTH {
        return None;
    }
    let mut w = sequence(p, i, verbose, depth)?;
    while *i < p.len() && p[*i] == '|' {
        *i += 1;
        let b = sequence(p, i, verbose, depth)?;
        w = (w.0.min(b.0), w.1.max(b.1));
    }
    Some(w)
}

fn sequence(p: &[char], i: &mut usize, verbose: bool, depth: usize) -> Option<(u64, u64)> {
    let (mut lo, mut hi) = (0u64, 0u64);
    while *i < p.len() && p[*i] != '|' && p[*i] != ')' {
        let c = p[*i];
        if verbose && c.is_whitespace() {
            *i += 1;
            continue;
        }
        if verbose && c == '#' {
            while *i < p.len() && p[*i] != '\n' {
                *i += 1;
            }
            continue;
        }
        let (a, b) = item(p, i, verbose, depth)?;
        let (a, b) = repeat(p, i, a, b);
        lo = lo.saturating_add(a);
        hi = hi.saturating_add(b);
    }
    Some((lo, hi))
}

/// One item at `p[*i]` (not a repeat operator).
fn item(p: &[char], i: &mut usize, verbose: bool, depth: usize) -> Option<(u64, u64)> {
    let n = p.len();
    let c = p[*i];
    *i += 1;
    match c {
        '\\' => {
            let e = *p.get(*i)?;
            *i += 1;
            match e {
                '1'..='9' => None,
                'b' | 'B' | 'A' | 'Z' => Some((0, 0)),
                'x' => {
                    *i += 2;
                    Some((1, 1))
                }
                'u' => {
                    *i += 4;
                    Some((1, 1))
                }
                'U' => {
                    *i += 8;
                    Some((1, 1))
                }
                '0' => {
                    let mut k = 0;
                    while k < 2 && *i < n && ('0'..='7').contains(&p[*i]) {
                        *i += 1;
                        k += 1;
                    }
                    Some((1, 1))
                }
                _ => Some((1, 1)),
            }
        }
        '[' => {
            if *i < n && p[*i] == '^' {
                *i += 1;
            }
            if *i < n && p[*i] == ']' {
                *i += 1;
            }
            while *i < n && p[*i] != ']' {
                *i += if p[*i] == '\\' { 2 } else { 1 };
            }
            *i += 1;
            Some((1, 1))
        }
        '^' | '$' => Some((0, 0)),
        '(' => {
            let mut zero = false;
            if *i < n && p[*i] == '?' {
                let rest: String = p[*i + 1..(*i + 4).min(n)].iter().collect();
                if rest.starts_with('#') {
                    while *i < n && p[*i] != ')' {
                        *i += 1;
                    }
                    *i += 1;
                    return Some((0, 0));
                } else if rest.starts_with("P=") || rest.starts_with('(') {
                    return None;
                } else if rest.starts_with("P<") {
                    while *i < n && p[*i] != '>' {
                        *i += 1;
                    }
                    *i += 1;
                } else if rest.starts_with(['=', '!']) {
                    zero = true;
                    *i += 2;
                } else if rest.starts_with("<=") || rest.starts_with("<!") {
                    zero = true;
                    *i += 3;
                } else {
                    // (?: or scoped flags (?imsx-imsx:
                    while *i < n && p[*i] != ':' {
                        *i += 1;
                    }
                    *i += 1;
                }
            }
            let w = alternation(p, i, verbose, depth + 1)?;
            if *i >= n || p[*i] != ')' {
                return None;
            }
            *i += 1;
            Some(if zero { (0, 0) } else { w })
        }
        _ => Some((1, 1)),
    }
}

/// The item width (a, b) under a repeat operator at `p[*i]`, if any.
fn repeat(p: &[char], i: &mut usize, a: u64, b: u64) -> (u64, u64) {
    let n = p.len();
    let Some(&c) = p.get(*i) else {
        return (a, b);
    };
    let (m, x) = match c {
        '*' => (0, INF),
        '+' => (1, INF),
        '?' => (0, 1),
        '{' => {
            let Some(close) = p[*i..].iter().position(|&c| c == '}') else {
                return (a, b);
            };
            let body: String = p[*i + 1..*i + close].iter().collect();
            if body.is_empty()
                || body.matches(',').count() > 1
                || !body.chars().all(|c| c == ',' || c.is_ascii_digit())
            {
                return (a, b);
            }
            *i += close;
            let (lo, hi) = match body.split_once(',') {
                Some((l, h)) => (l.parse().unwrap_or(0), h.parse().unwrap_or(INF)),
                None => {
                    let v = body.parse().unwrap_or(INF);
                    (v, v)
                }
            };
            (lo, hi)
        }
        _ => return (a, b),
    };
    *i += 1;
    if *i < n && p[*i] == '?' {
        *i += 1;
    }
    let mul = |w: u64, k: u64| {
        if w == 0 || k == 0 {
            0
        } else {
            w.saturating_mul(k)
        }
    };
    (mul(a, m), mul(b, x))
}
