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

/// Record that `err` passed through frame `f` at its current instruction.
pub fn add_frame(_vm: &Vm, err: &PyErr, f: &Frame) {
    let Payload::Exception(d) = &err.0.payload else { return };
    let lineno = f.lineno();
    let frame = ObjRef::new(
        types().frame.clone(),
        None,
        Payload::Frame(Box::new(FrameInfo {
            code: f.code.clone(),
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
        Payload::Traceback(Box::new(TbData { frame, lineno, lasti: f.lasti as u32, next })),
    ));
}

/// The caret line CPython 3.11 prints under a traceback's source line: `^` under the
/// failing expression, `~`/`^` for operands/operator of binary operations and
/// subscripts; nothing if the expression is the whole line.
fn caret_line(raw: &str, p: &weft_compiler::Position) -> Option<String> {
    if p.line == 0 || p.end_line < p.line || (p.col == 0 && p.end_col == 0 && p.line == p.end_line) {
        return None;
    }
    let raw = raw.trim_end_matches(['\n', '\r']);
    let to_chars = |b: usize| raw.get(..b.min(raw.len())).map(|s| s.chars().count()).unwrap_or(0);
    let lead = raw.chars().count() - raw.trim_start().chars().count();
    let stripped_len = raw.trim().chars().count();
    let start = to_chars(p.col as usize);
    let (end, anchors) = if p.end_line == p.line {
        let end = to_chars(p.end_col as usize);
        let seg = raw.get(p.col as usize..(p.end_col as usize).min(raw.len()))?;
        let a = weft_compiler::anchors::caret_anchors(seg).map(|(l, r)| {
            let lc = seg.get(..l).map(|s| s.chars().count()).unwrap_or(0);
            let rc = seg.get(..r.min(seg.len())).map(|s| s.chars().count()).unwrap_or(lc + 1);
            (lc, rc)
        });
        (end, a)
    } else {
        (raw.trim_end().chars().count(), None)
    };
    if end <= start {
        return None;
    }
    let has_anchor = anchors.map(|(l, r)| r > l).unwrap_or(false);
    if end - start >= stripped_len && !has_anchor {
        return None;
    }
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
    let src = if let Some(s) = crate::interp::interp().sources.read().get(filename.trim_start_matches("<weft>/")) {
        s.to_string()
    } else {
        std::fs::read_to_string(filename).ok()?
    };
    src.lines().nth(lineno as usize - 1).map(|l| l.to_string())
}

/// The source line `lineno` of `filename`, stripped, if readable.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let src = if let Some(s) = crate::interp::interp().sources.read().get(filename.trim_start_matches("<weft>/")) {
        s.to_string()
    } else {
        std::fs::read_to_string(filename).ok()?
    };
    let line = src.lines().nth(lineno as usize - 1)?;
    Some(line.trim().to_string())
}

fn format_tb(out: &mut String, tb: &Value) {
    let mut cur = tb.clone();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    loop {
        let next = match cur.payload() {
            Some(Payload::Traceback(t)) => {
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
                        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
                    }
                    repeat = 0;
                    last = Some(key);
                }
                if repeat < 3 {
                    out.push_str(&format!("  File \"{}\", line {}, in {}\n", filename, t.lineno, name));
                    if let Some(raw) = raw_source_line(&filename, t.lineno) {
                        let l = raw.trim();
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
            }
            _ => break,
        };
        cur = next;
    }
    if repeat > 2 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
    }
}

/// The `Type: message` line of an exception.
pub fn exc_line(vm: &Vm, e: &Value) -> String {
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
        .and_then(|v| match v.payload() {
            Some(Payload::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        })
        .unwrap_or_else(|| "builtins".into());
    let full = if module == "builtins" || module == "__main__" { name } else { format!("{module}.{name}") };
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

/// Format an exception with its chain, as CPython's default excepthook prints it.
pub fn format_exception(vm: &Vm, e: &Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, e, &mut out, &mut seen);
    out
}

fn format_chain(vm: &Vm, e: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(e.id() as usize);
    if let Some(Payload::Exception(d)) = e.payload() {
        let cause = d.cause.lock().clone();
        let context = d.context.lock().clone();
        let suppress = d.suppress_context.load(std::sync::atomic::Ordering::Relaxed);
        if !cause.is_none() && !seen.contains(&(cause.id() as usize)) {
            format_chain(vm, &cause, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !suppress && !context.is_none() && !seen.contains(&(context.id() as usize)) {
            format_chain(vm, &context, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let tb = d.traceback.lock().clone();
        if !tb.is_none() {
            out.push_str("Traceback (most recent call last):\n");
            format_tb(out, &tb);
        }
    }
    if vm.isinstance(e, &vm.exc_type("SyntaxError")) {
        format_syntax_error(vm, e, out);
    }
    out.push_str(&exc_line(vm, e));
    out.push('\n');
    if let Ok(notes) = vm.getattr(e, "__notes__") {
        if let Some(Payload::List(l)) = notes.payload() {
            for n in l.read().iter() {
                if let Ok(s) = vm.str(n) {
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
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
        let stripped = raw.trim_start();
        let lead = raw.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        if let Value::Int(off) = get("offset") {
            let end = match get("end_offset") {
                Value::Int(x) if get("end_lineno").is(&lineno) || matches!((get("end_lineno"), &lineno), (Value::Int(a), Value::Int(b)) if a == *b) => x,
                _ => off + 1,
            };
            let start = (off - 1 - lead as i64).max(0) as usize;
            let width = ((end - off).max(1)) as usize;
            let width = width.min(stripped.chars().count().saturating_sub(start).max(1));
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
}
