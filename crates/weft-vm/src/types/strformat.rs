//! `str.format`/`str.format_map` (CPython's field-name and conversion parser, recursive
//! format specs), the format-spec mini-language applied to `str` values, and printf-style
//! `%` formatting for `str` and `bytes`
//! (<https://docs.python.org/3.11/library/string.html#formatstrings>,
//! <https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting>).

use crate::payload::Payload;
use crate::types::text::{pos_only, Kw};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, PyResult};

// ----- str.format -----------------------------------------------------------------------

/// Where named fields come from: `**kwargs` or a `format_map` mapping.
enum Named<'a> {
    Kw(&'a [(Value, Value)]),
    Map(&'a Value),
}

/// Automatic (`{}`) vs manual (`{0}`) field numbering.
struct Auto {
    next: usize,
    used_auto: bool,
    used_manual: bool,
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    named: Named<'a>,
    auto: Auto,
}

pub fn str_format(
    vm: &Vm,
    template: &str,
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<String> {
    let mut cx = Ctx {
        args: Some(args),
        named: Named::Kw(kw),
        auto: Auto {
            next: 0,
            used_auto: false,
            used_manual: false,
        },
    };
    render(vm, template, &mut cx, 2)
}

fn render(vm: &Vm, t: &str, cx: &mut Ctx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = t.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n + 16);
    let mut i = 0;
    while i < n {
        // Literal text up to the next brace.
        let j = memchr::memchr2(b'{', b'}', &b[i..])
            .map(|p| i + p)
            .unwrap_or(n);
        out.push_str(&t[i..j]);
        if j >= n {
            break;
        }
        let c = b[j];
        let at_end = j + 1 >= n;
        if c == b'}' && (at_end || b[j + 1] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if b[j + 1] == c {
            out.push(c as char);
            i = j + 2;
            continue;
        }
        // A replacement field starting after '{'.
        let (field, conv, spec, expand, next) = parse_field(vm, t, j + 1)?;
        i = next;
        let obj = field_value(vm, field, cx)?;
        let obj = match conv {
            None => obj,
            Some('r') => new_str(vm.repr(&obj)?),
            Some('s') => new_str(vm.str(&obj)?),
            Some('a') => new_str(crate::repr::ascii_escape(&vm.repr(&obj)?)),
            Some(c) => {
                return Err(vm.value_error(if (' '..'\x7f').contains(&c) {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        let spec = if expand {
            render(vm, spec, cx, depth - 1)?
        } else {
            spec.to_string()
        };
        out.push_str(&format_value(vm, &obj, &spec)?);
    }
    Ok(out)
}

/// Parse a field starting at byte `i` (after `{`): (field name, conversion, spec,
/// spec needs expanding, index after the closing `}`).
fn parse_field<'t>(
    vm: &Vm,
    t: &'t str,
    mut i: usize,
) -> PyResult<(&'t str, Option<char>, &'t str, bool, usize)> {
    let b = t.as_bytes();
    let n = b.len();
    let start = i;
    let mut c = 0u8;
    let mut found = false;
    while i < n {
        c = b[i];
        i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while i < n && b[i] != b']' {
                    i += 1;
                }
                continue;
            }
            b'}' | b':' | b'!' => {
                found = true;
                break;
            }
            _ => continue,
        }
    }
    if !found {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let field = &t[start..i - 1];
    if c == b'}' {
        return Ok((field, None, "", false, i));
    }
    let mut conv = None;
    if c == b'!' {
        if i >= n {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        }
        let ch = t[i..].chars().next().unwrap();
        conv = Some(ch);
        i += ch.len_utf8();
        if i < n {
            let c2 = b[i];
            i += 1;
            if c2 == b'}' {
                return Ok((field, conv, "", false, i));
            }
            if c2 != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut count = 1;
    let mut expand = false;
    while i < n {
        let ch = b[i];
        i += 1;
        if ch == b'{' {
            expand = true;
            count += 1;
        } else if ch == b'}' {
            count -= 1;
            if count == 0 {
                return Ok((field, conv, &t[spec_start..i - 1], expand, i));
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

fn parse_index(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| vm.value_error("Too many decimal digits in format string"))
}

fn field_value(vm: &Vm, field: &str, cx: &mut Ctx) -> PyResult<Value> {
    let p = field.find(['.', '[']).unwrap_or(field.len());
    let (first, mut rest) = (&field[..p], &field[p..]);
    let mut v = if first.is_empty() || parse_index(vm, first)?.is_some() {
        let idx = if first.is_empty() {
            if cx.auto.used_manual {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            cx.auto.used_auto = true;
            cx.auto.next += 1;
            cx.auto.next - 1
        } else {
            if cx.auto.used_auto {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            cx.auto.used_manual = true;
            parse_index(vm, first)?.unwrap()
        };
        let Some(args) = cx.args else {
            return Err(vm.value_error("Format string contains positional fields"));
        };
        args.get(idx).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {idx} out of range for positional args tuple"
            ))
        })?
    } else {
        match &cx.named {
            Named::Kw(kw) => match kw
                .iter()
                .find(|(k, _)| matches!(k.payload(), Some(Payload::Str(s)) if s.as_str() == first))
            {
                Some((_, v)) => v.clone(),
                None => return Err(vm.key_error(new_str(first))),
            },
            Named::Map(m) => crate::ops::getitem(vm, m, &new_str(first))?,
        }
    };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            if end == 0 {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            v = vm.getattr(&v, &after[..end])?;
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let Some(end) = after.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &after[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match parse_index(vm, key)? {
                Some(i) => Value::Int(i as i64),
                None => new_str(key),
            };
            v = crate::ops::getitem(vm, &v, &k)?;
            rest = &after[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

/// `format(obj, spec)`; exact strs use [`format_str_spec`].
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Payload::Str(s) = &o.payload {
            if o.class.ptr_eq(&types().str) {
                if spec.is_empty() {
                    return Ok(s.as_str().to_string());
                }
                return format_str_spec(vm, s.as_str(), spec);
            }
        }
    }
    crate::convert::format_to_string(vm, v, spec)
}

// ----- the format-spec mini-language for str ---------------------------------------------

/// A format spec as CPython's `parse_internal_render_format_spec` reads it.
pub struct FormatSpec {
    pub fill: char,
    pub fill_given: bool,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alt: bool,
    /// The `0` flag was given (it sets `fill`, and `align` to `=` for numbers).
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_format_spec(
    vm: &Vm,
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> PyResult<FormatSpec> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut f = FormatSpec {
        fill: ' ',
        fill_given: false,
        align: None,
        sign: None,
        no_neg_zero: false,
        alt: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    if n >= 2 && is_align(c[1]) {
        f.fill = c[0];
        f.fill_given = true;
        f.align = Some(c[1]);
        i = 2;
    } else if n >= 1 && is_align(c[0]) {
        f.align = Some(c[0]);
        i = 1;
    }
    if i < n && matches!(c[i], '+' | '-' | ' ') {
        f.sign = Some(c[i]);
        i += 1;
    }
    if i < n && c[i] == 'z' {
        f.no_neg_zero = true;
        i += 1;
    }
    if i < n && c[i] == '#' {
        f.alt = true;
        i += 1;
    }
    if !f.fill_given && i < n && c[i] == '0' {
        f.fill = '0';
        f.zero = true;
        if f.align.is_none() && default_align == '>' {
            f.align = Some('=');
        }
        i += 1;
    }
    let digits = |i: &mut usize| -> PyResult<Option<usize>> {
        let st = *i;
        while *i < n && c[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == st {
            return Ok(None);
        }
        c[st..*i]
            .iter()
            .collect::<String>()
            .parse::<usize>()
            .ok()
            .filter(|&n| n <= isize::MAX as usize)
            .map(Some)
            .ok_or_else(|| vm.value_error("Too many decimal digits in format string"))
    };
    f.width = digits(&mut i)?;
    // The result is at least this wide: MemoryError now rather than an abort later.
    vm.check_alloc(f.width.unwrap_or(0))?;
    if i < n && c[i] == ',' {
        f.grouping = Some(',');
        i += 1;
    }
    if i < n && c[i] == '_' {
        if f.grouping.is_some() {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        i += 1;
    }
    if i < n && c[i] == ',' && f.grouping == Some('_') {
        return Err(vm.value_error("Cannot specify both ',' and '_'."));
    }
    if i < n && c[i] == '.' {
        i += 1;
        f.precision = digits(&mut i)?;
        if f.precision.is_none() {
            return Err(vm.value_error("Format specifier missing precision"));
        }
    }
    if n - i > 1 {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if n - i == 1 {
        f.ty = Some(c[i]);
    }
    if let Some(g) = f.grouping {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => return Err(vm.value_error(format!("Cannot specify '{g}' with '{t}'."))),
        }
    }
    Ok(f)
}

/// Pad `s` (of `len` code points) to the spec's width.
pub fn pad_to(s: &str, len: usize, f: &FormatSpec, default_align: char) -> String {
    let width = f.width.unwrap_or(0);
    if len >= width {
        return s.to_string();
    }
    let total = width - len;
    let (l, r) = match f.align.unwrap_or(default_align) {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let mut out = String::with_capacity(s.len() + total * f.fill.len_utf8());
    out.extend(std::iter::repeat_n(f.fill, l));
    out.push_str(s);
    out.extend(std::iter::repeat_n(f.fill, r));
    out
}

/// CPython's "Unknown format code" error: printable ASCII codes appear as
/// themselves, every other code point as `\x` and its hex value.
pub fn unknown_format_code(vm: &Vm, t: char, type_name: &str) -> crate::PyErr {
    let code = if (t as u32) > 32 && (t as u32) < 128 {
        t.to_string()
    } else {
        format!("\\x{:x}", t as u32)
    };
    vm.value_error(format!(
        "Unknown format code '{code}' for object of type '{type_name}'"
    ))
}

/// `format(s, spec)` for a str value.
pub fn format_str_spec(vm: &Vm, s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_format_spec(vm, spec, "str", Some('s'), '<')?;
    if let Some(t) = f.ty {
        if t != 's' {
            return Err(unknown_format_code(vm, t, "str"));
        }
    }
    if f.sign == Some(' ') {
        return Err(vm.value_error("Space not allowed in string format specifier"));
    }
    if f.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if f.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if f.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if f.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let (body, len) = match f.precision {
        Some(p) => {
            let end = s.char_indices().nth(p).map(|(b, _)| b).unwrap_or(s.len());
            (&s[..end], s[..end].chars().count())
        }
        None => (s, s.chars().count()),
    };
    Ok(pad_to(body, len, &f, '<'))
}

fn str_format_m(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = crate::types::str_methods::pystr(vm, &args[0])?;
    Ok(new_str(str_format(vm, s.as_str(), &args[1..], kw)?))
}

fn str_format_map(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pos_only(vm, kw, "str", "format_map", &args[1..], 1, 1)?;
    let s = crate::types::str_methods::pystr(vm, &args[0])?;
    let mut cx = Ctx {
        args: None,
        named: Named::Map(&args[1]),
        auto: Auto {
            next: 0,
            used_auto: false,
            used_manual: false,
        },
    };
    Ok(new_str(render(vm, s.as_str(), &mut cx, 2)?))
}

pub fn init() {
    crate::types::add_method(&types().str, "format", str_format_m);
    crate::types::add_method(&types().str, "format_map", str_format_map);
}

// ----- printf-style formatting -------------------------------------------------------------

pub fn percent_format(vm: &Vm, t: &str, values: &Value) -> PyResult<String> {
    let out = crate::types::percent::format(vm, t.as_bytes(), values, false)?;
    debug_assert!(std::str::from_utf8(&out).is_ok());
    // SAFETY: str formatting (`is_bytes` false) copies `t` only in pieces cut at its
    // ASCII `%` directives and adds the text of str values, chars and ASCII padding:
    // UTF-8 throughout. (Validating it again cost ~80 instructions a call.)
    Ok(unsafe { String::from_utf8_unchecked(out) })
}

/// `t % values` as a new str value.
pub fn percent_format_value(vm: &Vm, t: &str, values: &Value) -> PyResult<Value> {
    Ok(crate::new_str(percent_format(vm, t, values)?))
}

pub fn percent_format_bytes(vm: &Vm, t: &[u8], values: &Value) -> PyResult<Vec<u8>> {
    crate::types::percent::format(vm, t, values, true)
}
