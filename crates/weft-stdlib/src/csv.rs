//! `_csv`: the native reader and writer objects behind `lib/csv.py` (the parsing state
//! machine and row formatting; dialects are validated in Python).
//! Follows <https://docs.python.org/3.11/library/csv.html>.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;
use weft_vm::builtins::new_builtin_type;
use weft_vm::import::{new_module, set};
use weft_vm::payload::{Native, Payload};
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::int::add_getter;
use weft_vm::types::str::{count_chars, PyStr};
use weft_vm::types::{add_method, native, set_type_attr, types};
use weft_vm::{new_list, new_str, ObjRef, PyErr, PyResult, Value, Vm};

pub(crate) type Kw<'a> = &'a [(Value, Value)];

pub(crate) const QUOTE_ALL: i64 = 1;
pub(crate) const QUOTE_NONNUMERIC: i64 = 2;
pub(crate) const QUOTE_NONE: i64 = 3;

/// The process-wide field size limit (`csv.field_size_limit`).
static FIELD_LIMIT: AtomicI64 = AtomicI64::new(128 * 1024);

/// The dialect settings the parser and the formatter use.
pub(crate) struct Cfg {
    pub(crate) delim: char,
    pub(crate) quote: Option<char>,
    pub(crate) esc: Option<char>,
    pub(crate) dq: bool,
    pub(crate) skipws: bool,
    pub(crate) quoting: i64,
    pub(crate) strict: bool,
    pub(crate) lineterm: String,
}

struct Reader {
    it: Value,
    dialect: Value,
    err: Value,
    cfg: Cfg,
    line_num: AtomicI64,
}

impl Native for Reader {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
pub(crate) fn csv_error(vm: &Vm, err: &Value, msg: impl Into<String>) -> PyErr {
    match err {
        Value::Obj(t) => vm.new_exception(t, vec![new_str(msg.into())]),
        _ => vm.value_error(msg.into()),
    }
}

fn opt_char(v: Option<&Value>) -> Option<char> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => s.as_str().chars().next(),
        _ => None,
    }
}

fn int_of(v: Option<&Value>) -> i64 {
    match v {
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        _ => 0,
    }
}

fn bool_of(v: Option<&Value>) -> bool {
    int_of(v) != 0
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum St {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// Errors while parsing: a csv.Error message or an exception from Python code.
enum PErr {
    Csv(String),
    Py(PyErr),
}

/// One record being parsed.
struct Parse<'a> {
    vm: &'a Vm,
    cfg: &'a Cfg,
    limit: i64,
    fields: Vec<Value>,
    field: String,
    flen: i64,
    numeric: bool,
    state: St,
}

impl Parse<'_> {
    #[inline]
    fn add_char(&mut self, c: char) -> Result<(), PErr> {
        if self.flen >= self.limit {
            return Err(self.too_large());
        }
        self.field.push(c);
        self.flen += 1;
        Ok(())
    }
    #[inline]
    fn add_str(&mut self, s: &str) -> Result<(), PErr> {
        if s.is_empty() {
            return Ok(());
        }
        let n = count_chars(s.as_bytes()) as i64;
        if self.flen + n > self.limit {
            return Err(self.too_large());
        }
        self.field.push_str(s);
        self.flen += n;
        Ok(())
    }
    fn too_large(&self) -> PErr {
        PErr::Csv(format!("field larger than field limit ({})", self.limit))
    }

    /// A line ending (or the end of the line's text) closes the field and the record.
    fn end_record(&mut self, at_end: bool) -> Result<(), PErr> {
        self.save_field()?;
        self.state = if at_end { St::StartRecord } else { St::EatCrnl };
        Ok(())
    }

    fn save_field(&mut self) -> Result<(), PErr> {
        let n = self.flen as usize;
        self.flen = 0;
        // Copied out (short fields inline), so the field buffer is reused.
        let v = Value::Obj(ObjRef::new(
            types().str.clone(),
            None,
            Payload::Str(PyStr::from_str_len(&self.field, n)),
        ));
        self.field.clear();
        let v = if self.numeric {
            self.numeric = false;
            self.vm
                .call(&Value::Obj(types().float.clone()), &[v])
                .map_err(PErr::Py)?
        } else {
            v
        };
        self.fields.push(v);
        Ok(())
    }

    /// Process one character (`None` is the end of a line).
    fn process(&mut self, c: Option<char>) -> Result<(), PErr> {
        let cfg = self.cfg;
        let is_nl = matches!(c, Some('\n') | Some('\r'));
        let quoting_on = cfg.quoting != QUOTE_NONE;
        let mut st = self.state;
        if st == St::StartRecord {
            if c.is_none() {
                return Ok(());
            }
            if is_nl {
                self.state = St::EatCrnl;
                return Ok(());
            }
            st = St::StartField;
        }
        if st == St::AfterEscapedCrnl {
            if c.is_none() {
                return Ok(());
            }
            st = St::InField;
        }
        match st {
            St::StartField => {
                if is_nl || c.is_none() {
                    self.end_record(c.is_none())?;
                } else if c == cfg.quote && quoting_on {
                    self.state = St::InQuotedField;
                } else if c.is_some() && c == cfg.esc {
                    self.state = St::EscapedChar;
                } else if c == Some(' ') && cfg.skipws {
                    self.state = St::StartField;
                } else if c == Some(cfg.delim) {
                    self.save_field()?;
                    self.state = St::StartField;
                } else {
                    if cfg.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(c.unwrap())?;
                    self.state = St::InField;
                }
            }
            St::EscapedChar => {
                if is_nl {
                    self.add_char(c.unwrap())?;
                    self.state = St::AfterEscapedCrnl;
                } else {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = St::InField;
                }
            }
            St::InField => {
                if is_nl || c.is_none() {
                    self.end_record(c.is_none())?;
                } else if c == cfg.esc {
                    self.state = St::EscapedChar;
                } else if c == Some(cfg.delim) {
                    self.save_field()?;
                    self.state = St::StartField;
                } else {
                    self.add_char(c.unwrap())?;
                    self.state = St::InField;
                }
            }
            St::InQuotedField => {
                if c.is_none() {
                } else if c == cfg.esc {
                    self.state = St::EscapeInQuotedField;
                } else if c == cfg.quote && quoting_on {
                    self.state = if cfg.dq {
                        St::QuoteInQuotedField
                    } else {
                        St::InField
                    };
                } else {
                    self.add_char(c.unwrap())?;
                }
            }
            St::EscapeInQuotedField => {
                self.add_char(c.unwrap_or('\n'))?;
                self.state = St::InQuotedField;
            }
            St::QuoteInQuotedField => {
                if quoting_on && c.is_some() && c == cfg.quote {
                    self.add_char(c.unwrap())?;
                    self.state = St::InQuotedField;
                } else if c == Some(cfg.delim) {
                    self.save_field()?;
                    self.state = St::StartField;
                } else if is_nl || c.is_none() {
                    self.end_record(c.is_none())?;
                } else if !cfg.strict {
                    self.add_char(c.unwrap())?;
                    self.state = St::InField;
                } else {
                    return Err(PErr::Csv(format!(
                        "'{}' expected after '{}'",
                        cfg.delim,
                        cfg.quote.unwrap_or('"')
                    )));
                }
            }
            St::EatCrnl => {
                if is_nl {
                } else if c.is_none() {
                    self.state = St::StartRecord;
                } else {
                    return Err(PErr::Csv("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?".into()));
                }
            }
            St::StartRecord | St::AfterEscapedCrnl => unreachable!(),
        }
        Ok(())
    }

    /// Feed one line: runs of ordinary characters inside fields are copied in bulk.
    fn line(&mut self, line: &str) -> Result<(), PErr> {
        let cfg = self.cfg;
        let mut i = 0;
        let n = line.len();
        while i < n {
            let rest = &line[i..];
            let stop = match self.state {
                St::InQuotedField => rest.find(|c: char| {
                    (Some(c) == cfg.quote && cfg.quoting != QUOTE_NONE) || Some(c) == cfg.esc
                }),
                St::InField => rest
                    .find(|c: char| c == '\n' || c == '\r' || c == cfg.delim || Some(c) == cfg.esc),
                _ => Some(0),
            };
            match stop {
                None => {
                    self.add_str(rest)?;
                    return self.process(None);
                }
                Some(k) => {
                    if k > 0 {
                        self.add_str(&rest[..k])?;
                    }
                    let c = rest[k..].chars().next().unwrap();
                    self.process(Some(c))?;
                    i += k + c.len_utf8();
                }
            }
        }
        self.process(None)
    }
}

fn this_reader<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a Reader> {
    a.first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Reader>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_csv.reader' object"))
}

fn reader_next(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let r = this_reader(vm, a)?;
    let mut p = Parse {
        vm,
        cfg: &r.cfg,
        limit: FIELD_LIMIT.load(Ordering::Relaxed),
        fields: Vec::new(),
        field: String::new(),
        flen: 0,
        numeric: false,
        state: St::StartRecord,
    };
    let conv = |e: PErr| match e {
        PErr::Csv(m) => csv_error(vm, &r.err, m),
        PErr::Py(e) => e,
    };
    loop {
        let Some(line) = vm.next(&r.it)? else {
            if p.flen != 0 || p.state == St::InQuotedField {
                if r.cfg.strict {
                    return Err(csv_error(vm, &r.err, "unexpected end of data"));
                }
                p.save_field().map_err(conv)?;
                break;
            }
            return Err(vm.stop_iteration(Value::None));
        };
        let Some(Payload::Str(s)) = line.payload() else {
            return Err(csv_error(
                vm,
                &r.err,
                format!(
                    "iterator should return strings, not {:.200} (the file should be opened in text mode)",
                    vm.type_name(&line)
                ),
            ));
        };
        r.line_num.fetch_add(1, Ordering::Relaxed);
        p.line(s.as_str()).map_err(conv)?;
        if p.state == St::StartRecord {
            break;
        }
    }
    Ok(new_list(p.fields))
}

fn reader_iter(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    this_reader(vm, a)?;
    Ok(a[0].clone())
}

fn reader_line_num(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        this_reader(vm, a)?.line_num.load(Ordering::Relaxed),
    ))
}

fn reader_dialect(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(this_reader(vm, a)?.dialect.clone())
}

fn reader_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_builtin_type("reader");
        set_type_attr(&t, "__module__", new_str("_csv"));
        add_method(&t, "__next__", reader_next);
        add_method(&t, "__iter__", reader_iter);
        add_getter(&t, "line_num", reader_line_num);
        add_getter(&t, "dialect", reader_dialect);
        t
    })
}

/// Settings from the positional arguments after (object, dialect, Error):
/// delimiter, quotechar, escapechar, doublequote, skipinitialspace, quoting, strict,
/// lineterminator.
pub(crate) fn cfg_from(a: &[Value]) -> Cfg {
    Cfg {
        delim: opt_char(a.first()).unwrap_or(','),
        quote: opt_char(a.get(1)),
        esc: opt_char(a.get(2)),
        dq: bool_of(a.get(3)),
        skipws: bool_of(a.get(4)),
        quoting: int_of(a.get(5)),
        strict: bool_of(a.get(6)),
        lineterm: match a.get(7).and_then(|v| v.payload()) {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => "\r\n".to_string(),
        },
    }
}

/// `_csv.reader(iterable, dialect, Error, delimiter, quotechar, escapechar, doublequote,
/// skipinitialspace, quoting, strict)`.
fn make_reader(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() < 10 {
        return Err(vm.type_error("_csv.reader: bad arguments"));
    }
    let it = vm.iter(&a[0])?;
    Ok(Value::Obj(ObjRef::new(
        reader_type().clone(),
        None,
        Payload::Native(Box::new(Reader {
            it,
            dialect: a[1].clone(),
            err: a[2].clone(),
            cfg: cfg_from(&a[3..]),
            line_num: AtomicI64::new(0),
        })),
    )))
}

/// `_csv.set_field_limit(n)`: store the limit used by readers; n must fit a C long.
fn set_field_limit(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    match a.first() {
        Some(Value::Int(i)) => {
            FIELD_LIMIT.store(*i, Ordering::Relaxed);
            Ok(Value::None)
        }
        _ => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_csv");
    set(
        &m,
        "reader",
        native("reader", make_reader, BuiltinKind::Function, None, None),
    );
    set(
        &m,
        "writer",
        native(
            "writer",
            crate::csv_write::make_writer,
            BuiltinKind::Function,
            None,
            None,
        ),
    );
    set(
        &m,
        "set_field_limit",
        native(
            "set_field_limit",
            set_field_limit,
            BuiltinKind::Function,
            None,
            None,
        ),
    );
    set(&m, "Reader", Value::Obj(reader_type().clone()));
    set(
        &m,
        "Writer",
        Value::Obj(crate::csv_write::writer_type().clone()),
    );
    Ok(m)
}
