//! Traceback objects and CPython's traceback report format
//! (<https://docs.python.org/3.11/library/traceback.html>), including chained
//! exceptions ("During handling of the above exception, another exception occurred:").

use crate::frame::Frame;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types::exception::{FrameInfo, TbData};
use crate::types::typeobj::tdata;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_of, Vm};
use crate::PyErr;

/// Whether a frame of weft's own Python library stands for code CPython implements in C
/// (itertools, operator, heapq, functools.reduce/partial/lru_cache, defaultdict, ...):
/// like a C function, it leaves no traceback entry.
fn hidden_frame(code: &weft_compiler::CodeObject) -> bool {
    let Some(module) = code.filename.strip_prefix("<weft>/") else {
        return false;
    };
    let q = &*code.qualname;
    match module {
        "itertools.py" | "operator.py" | "heapq.py" | "bisect.py" | "struct.py" | "array.py"
        | "decimal.py" | "_decimal_more.py" | "zlib.py" | "binascii.py" | "atexit.py"
        | "pickle.py" | "datetime.py" => true,
        // csv's reader/writer/dialect registry are C; DictReader/DictWriter/Sniffer Python
        "csv.py" => !["DictReader", "DictWriter", "Sniffer", "Dialect"]
            .iter()
            .any(|c| q == *c || q.starts_with(&format!("{c}."))),
        "functools.py" => {
            matches!(q, "reduce" | "cmp_to_key")
                || q.starts_with("partial.")
                || q.starts_with("_KeyWrapper.")
        }
        // compiled patterns and match objects (C in CPython's _sre)
        "re.py" => q.starts_with("Pattern.") || q.starts_with("Match."),
        // the scanner behind json.loads (C in CPython)
        "json/decoder.py" => q.starts_with("_make_scanner."),
        "collections/__init__.py" => {
            q.starts_with("defaultdict.")
                || q.starts_with("OrderedDict.")
                || q.starts_with("_tuplegetter.")
        }
        _ => false,
    }
}

/// The name of the C module CPython implements a function of weft's library in, for
/// the modules whose argument errors weft words as CPython's argument parsing does.
pub(crate) fn c_module(code: &weft_compiler::CodeObject) -> Option<&'static str> {
    if !hidden_frame(code) {
        return None;
    }
    match code.filename.strip_prefix("<weft>/")? {
        "operator.py" => Some("_operator"),
        "heapq.py" => Some("_heapq"),
        "bisect.py" => Some("_bisect"),
        "functools.py" => Some("_functools"),
        _ => None,
    }
}

/// Record that `err` passed through frame `f` at its current instruction.
pub fn add_frame(_vm: &Vm, err: &PyErr, f: &Frame) {
    let Payload::Exception(d) = &err.0.payload else {
        return;
    };
    if hidden_frame(&f.code_data().code) {
        return;
    }
    let lineno = f.lineno();
    let frame = ObjRef::new(
        types().frame.clone(),
        None,
        Payload::Frame(Box::new(FrameInfo {
            code: f.code().clone(),
            globals: f.globals.clone(),
            lineno,
            back: Value::None,
            locals: f.locals.clone(),
        })),
    );
    let mut tb = d.traceback.lock();
    let next = tb.clone();
    *tb = Value::Obj(ObjRef::new(
        types().traceback.clone(),
        None,
        Payload::Traceback(Box::new(TbData {
            frame,
            lineno,
            lasti: f.lasti() as u32,
            next,
        })),
    ));
}

/// Whether a character is East Asian wide or fullwidth (`unicodedata.east_asian_width`
/// "W"/"F"), installed by the stdlib that has the tables.
pub static WIDE_CHAR: std::sync::OnceLock<fn(char) -> bool> = std::sync::OnceLock::new();

/// The columns `s` takes on a terminal, as CPython 3.11's traceback printer counts them:
/// two for a wide or fullwidth character.
fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    match WIDE_CHAR.get() {
        Some(wide) => s.chars().map(|c| if wide(c) { 2 } else { 1 }).sum(),
        None => s.chars().count(),
    }
}

/// The caret line CPython 3.11 prints under a traceback's source line: `^` under the
/// failing expression, `~`/`^` for operands/operator of binary operations and
/// subscripts; nothing if the expression is the whole line.
fn caret_line(raw: &str, p: &weft_compiler::Position) -> Option<String> {
    if p.line == 0 || p.end_line < p.line || (p.col == 0 && p.end_col == 0 && p.line == p.end_line)
    {
        return None;
    }
    let raw = raw.trim_end_matches(['\n', '\r']);
    let to_chars = |b: usize| {
        raw.get(..b.min(raw.len()))
            .map(|s| s.chars().count())
            .unwrap_or(0)
    };
    let lead = raw.chars().count() - raw.trim_start().chars().count();
    // CPython's top-level printer keeps trailing whitespace, so a line ending in
    // spaces still gets carets under the expression
    let stripped_len = raw.trim_start().chars().count();
    // columns on screen (wide characters take two)
    let to_width = |b: usize| raw.get(..b.min(raw.len())).map(display_width).unwrap_or(0);
    let start = to_chars(p.col as usize);
    let (end, end_b, anchors) = if p.end_line == p.line {
        let end = to_chars(p.end_col as usize);
        let seg = raw.get(p.col as usize..(p.end_col as usize).min(raw.len()))?;
        let a = weft_compiler::anchors::caret_anchors(seg).map(|(l, r)| {
            let lc = seg.get(..l).map(display_width).unwrap_or(0);
            let rc = seg
                .get(..r.min(seg.len()))
                .map(display_width)
                .unwrap_or(lc + 1);
            (lc, rc)
        });
        (end, p.end_col as usize, a)
    } else {
        let t = raw.trim_end();
        (t.chars().count(), t.len(), None)
    };
    if end <= start {
        return None;
    }
    let has_anchor = anchors.map(|(l, r)| r > l).unwrap_or(false);
    if end - start >= stripped_len && !has_anchor {
        return None;
    }
    let (start, end) = (to_width(p.col as usize), to_width(end_b));
    let mut line = String::from("    ");
    line.push_str(&" ".repeat(start.saturating_sub(lead)));
    match anchors {
        Some((l, r)) => {
            line.push_str(&"~".repeat(l));
            line.push_str(&"^".repeat(r - l));
            line.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => line.push_str(&"^".repeat(end - start)),
    }
    line.push('\n');
    Some(line)
}

/// The source line `lineno` of `filename` as written (with indentation).
pub fn raw_source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let src = if let Some(s) = crate::interp::interp()
        .sources
        .read()
        .get(filename.trim_start_matches("<weft>/"))
    {
        s.to_string()
    } else {
        std::fs::read_to_string(filename).ok()?
    };
    src.lines().nth(lineno as usize - 1).map(|l| l.to_string())
}

/// The source line `lineno` of `filename`, stripped, if readable.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    raw_source_line(filename, lineno).map(|l| l.trim().to_string())
}

/// `sys.tracebacklimit` if set to an int: how many of the latest entries to show
/// (none, not even the "Traceback" header, when it is 0 or less).
fn tb_limit(vm: &Vm) -> Option<i64> {
    match crate::builtins::sys_attr(vm, "tracebacklimit") {
        Ok(Value::Int(n)) => Some(n),
        _ => None,
    }
}

fn format_tb(out: &mut String, tb: &Value, limit: Option<i64>) {
    let mut cur = tb.clone();
    if let Some(limit) = limit {
        let mut n = 0i64;
        let mut c = tb.clone();
        while let Some(Payload::Traceback(t)) = c.payload() {
            n += 1;
            let next = t.next.clone();
            c = next;
        }
        for _ in 0..(n - limit).max(0) {
            let next = match cur.payload() {
                Some(Payload::Traceback(t)) => t.next.clone(),
                _ => break,
            };
            cur = next;
        }
    }
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    while let Some(Payload::Traceback(t)) = cur.payload() {
        let next = {
            let (filename, name) = match &t.frame.payload {
                Payload::Frame(fi) => match &fi.code.payload {
                    Payload::Code(c) => (c.code.filename.to_string(), c.code.name.to_string()),
                    _ => (String::new(), String::new()),
                },
                _ => (String::new(), String::new()),
            };
            let key = (filename.clone(), t.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
            } else {
                if repeat > 2 {
                    let n = repeat - 2;
                    out.push_str(&format!(
                        "  [Previous line repeated {} more time{}]\n",
                        n,
                        if n > 1 { "s" } else { "" }
                    ));
                }
                repeat = 0;
                last = Some(key);
            }
            if repeat < 3 {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    filename, t.lineno, name
                ));
                if let Some(raw) = raw_source_line(&filename, t.lineno) {
                    let l = raw.trim_end_matches(['\n', '\r']).trim_start();
                    out.push_str(&format!("    {l}\n"));
                    if let Payload::Frame(fi) = &t.frame.payload {
                        if let Payload::Code(c) = &fi.code.payload {
                            if let Some(p) = c.code.positions.get(t.lasti as usize) {
                                if let Some(carets) = caret_line(&raw, p) {
                                    out.push_str(&carets);
                                }
                            }
                        }
                    }
                }
            }
            t.next.clone()
        };
        cur = next;
    }
    if repeat > 2 {
        let n = repeat - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// An unraisable exception as `sys.unraisablehook`'s default prints it: the traceback
/// of `e` alone (no chained exceptions, no notes), then `Type: message` where the
/// separator is written even for an empty message.
pub fn format_unraisable(vm: &Vm, e: &Value) -> String {
    let mut out = String::new();
    let tb = get_tb(e);
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(&mut out, &tb, tb_limit(vm));
    }
    let msg = match vm.str(e) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    out.push_str(&format!("{}: {msg}\n", exc_type_name(e)));
    out
}

/// An exception's type as tracebacks name it: `module.Qualname`, bare for builtins and __main__.
fn exc_type_name(e: &Value) -> String {
    let t = type_of(e);
    let td = tdata(t);
    let name = td.qualname.read().clone();
    let module = crate::interp::module_get(t, "__module__")
        .or_else(|| {
            let k = crate::intern("__module__");
            t.dict.as_ref().and_then(|d| match &d.payload {
                Payload::Dict(d) => d.get_str(&k, crate::str_hash(&k)),
                _ => None,
            })
        })
        .map(|v| match v.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            // CPython prints a __module__ that is not a str as "<unknown>".
            _ => "<unknown>".into(),
        })
        .unwrap_or_else(|| {
            if td.heap {
                "<unknown>".into()
            } else {
                "builtins".into()
            }
        });
    if module == "builtins" || module == "__main__" {
        name
    } else {
        format!("{module}.{name}")
    }
}

/// The entries of a traceback ([`format_tb`]) inside a group's margin; CPython writes
/// the `[Previous line repeated ...]` lines without it.
fn emit_tb(ctx: &Ctx, out: &mut String, text: &str) {
    for line in text.split_inclusive('\n') {
        if line.starts_with("  [Previous line repeated ") {
            out.push_str(line);
        } else {
            emit(ctx, out, line, '|');
        }
    }
}

/// The `Type: message` line of an exception.
pub fn exc_line(vm: &Vm, e: &Value) -> String {
    let full = exc_type_name(e);
    let is_syntax = vm.isinstance(e, &vm.exc_type("SyntaxError"));
    let msg = if is_syntax {
        match vm.getattr(e, "msg") {
            Ok(m) if !m.is_none() => vm.str(&m).unwrap_or_default(),
            _ => vm.str(e).unwrap_or_default(),
        }
    } else {
        match vm.str(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    };
    if msg.is_empty() {
        full
    } else {
        format!("{full}: {msg}")
    }
}

/// Format an exception with its chain, as CPython's default excepthook prints it
/// (exception groups in the boxed "Exception Group Traceback" layout).
pub fn format_exception(vm: &Vm, e: &Value) -> String {
    let mut out = String::new();
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    format_chain(vm, e, &mut out, &mut ctx);
    out
}

/// CPython's `_ExceptionPrintContext`: group nesting depth and the pending closing line.
struct Ctx {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Write `text` with every line prefixed by the group margin (`  | `) at the current depth.
fn emit(ctx: &Ctx, out: &mut String, text: &str, margin: char) {
    if ctx.depth == 0 {
        out.push_str(text);
        return;
    }
    let prefix = format!("{}{margin} ", " ".repeat(2 * ctx.depth));
    for line in text.split_inclusive('\n') {
        out.push_str(&prefix);
        out.push_str(line);
    }
}

/// The `Type: message` line plus syntax error details and notes.
fn exception_only(vm: &Vm, e: &Value) -> String {
    let mut out = String::new();
    if vm.isinstance(e, &vm.exc_type("SyntaxError")) {
        format_syntax_error(vm, e, &mut out);
    }
    out.push_str(&exc_line(vm, e));
    if let Some(s) = crate::suggestions::suggest(vm, e) {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
    if let Ok(notes) = vm.getattr(e, "__notes__") {
        write_notes(vm, &notes, &mut out);
    }
    out
}

/// The lines of `__notes__`, as CPython 3.11 prints them: each item of a sequence
/// (a string is one, character by character) through `str()` and a newline; anything
/// else through `repr()`, with no newline after it.
fn write_notes(vm: &Vm, notes: &Value, out: &mut String) {
    let is_dict = vm.isinstance(notes, &crate::types::types().dict);
    if is_dict || vm.lookup_special(notes, "__getitem__").is_none() {
        match vm.repr(notes) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<__notes__ repr() failed>"),
        }
        return;
    }
    let Ok(n) = crate::ops::len(vm, notes) else {
        return;
    };
    for i in 0..n {
        let Ok(item) = crate::ops::getitem(vm, notes, &Value::Int(i as i64)) else {
            return;
        };
        match vm.str(&item) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
    }
}

fn format_chain(vm: &Vm, e: &Value, out: &mut String, ctx: &mut Ctx) {
    // Collect the chain (most recent first), each with the line that introduces it
    // after its cause/context; then print oldest first.
    let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
    let mut cur = Some(e.clone());
    while let Some(exc) = cur.take() {
        ctx.seen.push(exc.id() as usize);
        let mut msg = None;
        if let Some(Payload::Exception(d)) = exc.payload() {
            let cause = d.cause.lock().clone();
            let context = d.context.lock().clone();
            let suppress = d
                .suppress_context
                .load(std::sync::atomic::Ordering::Relaxed);
            if !cause.is_none() && !ctx.seen.contains(&(cause.id() as usize)) {
                msg = Some(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
                cur = Some(cause);
            } else if !suppress
                && !context.is_none()
                && !ctx.seen.contains(&(context.id() as usize))
            {
                msg = Some(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
                cur = Some(context);
            }
        }
        chain.push((msg, exc));
    }
    for (msg, exc) in chain.iter().rev() {
        if let Some(m) = msg {
            emit(ctx, out, m, '|');
        }
        format_one(vm, exc, out, ctx);
    }
}

fn format_one(vm: &Vm, e: &Value, out: &mut String, ctx: &mut Ctx) {
    let tb = get_tb(e);
    let Some(subs) = crate::types::excgroup::sub_exceptions(e) else {
        let limit = tb_limit(vm);
        if !tb.is_none() && limit.is_none_or(|l| l > 0) {
            emit(ctx, out, "Traceback (most recent call last):\n", '|');
            let mut s = String::new();
            format_tb(&mut s, &tb, limit);
            emit_tb(ctx, out, &s);
        }
        emit(ctx, out, &exception_only(vm, e), '|');
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        emit(
            ctx,
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !tb.is_none() {
        emit(
            ctx,
            out,
            "Exception Group Traceback (most recent call last):\n",
            if toplevel { '+' } else { '|' },
        );
        let mut s = String::new();
        format_tb(&mut s, &tb, tb_limit(vm));
        emit_tb(ctx, out, &s);
    }
    emit(ctx, out, &exception_only(vm, e), '|');
    let n = subs.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&" ".repeat(2 * ctx.depth));
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {title} ----------------\n"));
        ctx.depth += 1;
        if !truncated {
            format_chain(vm, &subs[i], out, ctx);
        } else {
            let rem = subs.len() - MAX_GROUP_WIDTH;
            emit(
                ctx,
                out,
                &format!(
                    "and {rem} more exception{}\n",
                    if rem > 1 { "s" } else { "" }
                ),
                '|',
            );
        }
        if last && ctx.need_close {
            out.push_str(&" ".repeat(2 * ctx.depth));
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

fn get_tb(e: &Value) -> Value {
    match e.payload() {
        Some(Payload::Exception(d)) => d.traceback.lock().clone(),
        _ => Value::None,
    }
}

fn format_syntax_error(vm: &Vm, e: &Value, out: &mut String) {
    let get = |n: &str| vm.getattr(e, n).unwrap_or(Value::None);
    let filename = get("filename");
    let lineno = get("lineno");
    if filename.is_none() {
        return;
    }
    let fname = vm.str(&filename).unwrap_or_default();
    let line = vm.str(&lineno).unwrap_or_default();
    out.push_str(&format!("  File \"{fname}\", line {line}\n"));
    let text = get("text");
    if let Some(Payload::Str(t)) = text.payload() {
        let raw = t.as_str().trim_end_matches(['\n', '\r']);
        // CPython strips spaces, tabs and form feeds, and measures the line in UTF-8 bytes
        let stripped = raw.trim_start_matches([' ', '\t', '\x0c']);
        let lead = raw.len() - stripped.len();
        out.push_str(&format!("    {stripped}\n"));
        if let Value::Int(off) = get("offset") {
            // As CPython counts it: the line with its newline.
            let size = raw.len() as i64 + 1;
            let end_lineno = get("end_lineno");
            let same_line = end_lineno.is(&lineno)
                || matches!((&end_lineno, &lineno), (Value::Int(a), Value::Int(b)) if a == b);
            let mut end = match get("end_offset") {
                Value::Int(x) if same_line => x,
                Value::Int(_) if matches!((&end_lineno, &lineno), (Value::Int(a), Value::Int(b)) if a > b) => {
                    size
                }
                _ => -1,
            };
            if end > size + 1 {
                end = size + 1;
            }
            // CPython highlights a range only for SyntaxError itself; subclasses get one caret.
            let exact = type_of(e).ptr_eq(&vm.exc_type("SyntaxError"));
            let width = if exact && end > 0 && end > off {
                (end - off) as usize
            } else {
                1
            };
            let len = stripped.len() as i64;
            let start = (off - 1 - lead as i64).min(len);
            if start >= 0 {
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(start as usize),
                    "^".repeat(width)
                ));
            }
        }
    }
}
