//! `_csv.writer`: the native writer object behind `lib/csv.py` (CPython's two-phase field
//! quoting, `writerow`/`writerows`). Follows <https://docs.python.org/3.11/library/csv.html>.

use crate::csv::{cfg_from, csv_error, Cfg, Kw, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC};
use std::sync::OnceLock;
use weft_vm::builtins::new_builtin_type;
use weft_vm::payload::{Native, Payload};
use weft_vm::types::int::add_getter;
use weft_vm::types::{add_method, set_type_attr, types};
use weft_vm::{new_str, ObjRef, PyResult, Value, Vm};

struct Writer {
    write: Value,
    dialect: Value,
    err: Value,
    cfg: Cfg,
}

impl Native for Writer {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn this_writer<'a>(vm: &Vm, a: &'a [Value]) -> PyResult<&'a Writer> {
    a.first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<Writer>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_csv.writer' object"))
}

fn writer_dialect(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(this_writer(vm, a)?.dialect.clone())
}

pub(crate) fn writer_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = new_builtin_type("writer");
        set_type_attr(&t, "__module__", new_str("_csv"));
        add_method(&t, "writerow", writer_writerow);
        add_method(&t, "writerows", writer_writerows);
        add_getter(&t, "dialect", writer_dialect);
        t
    })
}

/// `_csv.writer(fileobj, dialect, Error, delimiter, quotechar, escapechar, doublequote,
/// skipinitialspace, quoting, strict, lineterminator)`.
pub(crate) fn make_writer(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    if a.len() < 11 {
        return Err(vm.type_error("_csv.writer: bad arguments"));
    }
    let write = match vm.getattr(&a[0], "write") {
        Ok(w) => w,
        Err(e) if vm.err_matches(&e, "AttributeError") => {
            return Err(vm.type_error("argument 1 must have a \"write\" method"))
        }
        Err(e) => return Err(e),
    };
    Ok(Value::Obj(ObjRef::new(
        writer_type().clone(),
        None,
        Payload::Native(Box::new(Writer {
            write,
            dialect: a[1].clone(),
            err: a[2].clone(),
            cfg: cfg_from(&a[3..]),
        })),
    )))
}

/// Whether a value counts as a number for QUOTE_NONNUMERIC (CPython's PyNumber_Check).
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::None | Value::Null => false,
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) => true,
            Payload::Str(_) => {
                vm.lookup_special(v, "__index__").is_some()
                    || vm.lookup_special(v, "__int__").is_some()
                    || vm.lookup_special(v, "__float__").is_some()
            }
            _ => {
                vm.lookup_special(v, "__index__").is_some()
                    || vm.lookup_special(v, "__int__").is_some()
                    || vm.lookup_special(v, "__float__").is_some()
            }
        },
    }
}

/// Append one field to the record (CPython's two-phase join: decide quoting, then copy).
fn join_field(
    cfg: &Cfg,
    out: &mut String,
    first: bool,
    s: &str,
    mut quoted: bool,
) -> Result<(), String> {
    let special = |c: char| {
        c == cfg.delim || Some(c) == cfg.esc || Some(c) == cfg.quote || cfg.lineterm.contains(c)
    };
    let none = cfg.quoting == QUOTE_NONE;
    // decide
    for c in s.chars() {
        if special(c) {
            let mut want_escape = false;
            if none {
                want_escape = true;
            } else {
                if Some(c) == cfg.quote {
                    if !cfg.dq {
                        want_escape = true;
                    }
                } else if Some(c) == cfg.esc {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape && cfg.esc.is_none() {
                return Err("need to escape, but no escapechar set".into());
            }
        }
    }
    if !first {
        out.push(cfg.delim);
    }
    let q = cfg.quote.unwrap_or('"');
    if quoted {
        out.push(q);
    }
    if !s.contains(special) {
        out.push_str(s);
    } else {
        for c in s.chars() {
            if special(c) {
                let mut want_escape = none;
                if !none {
                    if Some(c) == cfg.quote {
                        if cfg.dq {
                            out.push(q);
                        } else {
                            want_escape = true;
                        }
                    } else if Some(c) == cfg.esc {
                        want_escape = true;
                    }
                }
                if want_escape {
                    out.push(cfg.esc.unwrap());
                }
            }
            out.push(c);
        }
    }
    if quoted {
        out.push(q);
    }
    Ok(())
}

fn writer_writerow(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    let w = this_writer(vm, a)?;
    let row = a.get(1).cloned().unwrap_or(Value::None);
    let it = match vm.iter(&row) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, "TypeError") => {
            return Err(csv_error(
                vm,
                &w.err,
                format!("iterable expected, not {:.200}", vm.type_name(&row)),
            ))
        }
        Err(e) => return Err(e),
    };
    let cfg = &w.cfg;
    let mut out = String::new();
    let mut nfields = 0usize;
    while let Some(f) = vm.next(&it)? {
        let quoted = match cfg.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, &f),
            QUOTE_ALL => true,
            _ => false,
        };
        let owned;
        let s: &str = match &f {
            Value::None => "",
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => match &o.payload {
                Payload::Str(s) => s.as_str(),
                _ => unreachable!(),
            },
            Value::Float(x) => {
                owned = weft_vm::repr::float_repr(*x);
                &owned
            }
            v => {
                owned = if vm.isinstance(v, &types().float) {
                    vm.repr(v)?
                } else {
                    vm.str(v)?
                };
                &owned
            }
        };
        join_field(cfg, &mut out, nfields == 0, s, quoted).map_err(|m| csv_error(vm, &w.err, m))?;
        nfields += 1;
    }
    if nfields > 0 && out.is_empty() {
        if cfg.quoting == QUOTE_NONE {
            return Err(csv_error(
                vm,
                &w.err,
                "single empty field record must be quoted",
            ));
        }
        let q = cfg.quote.unwrap_or('"');
        out.push(q);
        out.push(q);
    }
    out.push_str(&cfg.lineterm);
    vm.call(&w.write, &[new_str(out)])
}

fn writer_writerows(vm: &Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    this_writer(vm, a)?;
    let rows = a.get(1).cloned().unwrap_or(Value::None);
    let it = vm.iter(&rows)?;
    while let Some(row) = vm.next(&it)? {
        writer_writerow(vm, &[a[0].clone(), row], &[])?;
    }
    Ok(Value::None)
}
