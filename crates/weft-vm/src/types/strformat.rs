//! `str.format` and printf-style `%` formatting
//! (<https://docs.python.org/3.11/library/string.html#formatstrings>,
//! <https://docs.python.org/3.11/library/stdtypes.html#printf-style-string-formatting>).

use crate::convert::{format_to_string, parse_spec, Spec};
use crate::payload::Payload;
use crate::types::number::{as_float, as_int};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn field_value(vm: &Vm, field: &str, args: &[Value], kw: &[(Value, Value)], auto: &mut Option<usize>) -> PyResult<Value> {
    let (head, rest) = match field.find(['.', '[']) {
        Some(p) => (&field[..p], &field[p..]),
        None => (field, ""),
    };
    let mut v = if head.is_empty() {
        let i = match auto {
            Some(i) => *i,
            None => return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering")),
        };
        *auto = Some(i + 1);
        args.get(i).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {i} out of range for positional args tuple")))?
    } else if let Ok(i) = head.parse::<usize>() {
        if matches!(auto, Some(n) if *n > 0) {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *auto = None;
        args.get(i).cloned().ok_or_else(|| vm.index_error(format!("Replacement index {i} out of range for positional args tuple")))?
    } else {
        match kw.iter().find(|(k, _)| matches!(k.payload(), Some(Payload::Str(s)) if s.as_str() == head)) {
            Some((_, v)) => v.clone(),
            None => return Err(vm.key_error(crate::new_str(head))),
        }
    };
    let mut r = rest;
    while !r.is_empty() {
        if let Some(after) = r.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            v = vm.getattr(&v, &after[..end])?;
            r = &after[end..];
        } else if let Some(after) = r.strip_prefix('[') {
            let end = after.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &after[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => crate::new_str(key),
            };
            v = crate::ops::getitem(vm, &v, &k)?;
            r = &after[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}

/// `template.format(*args, **kw)`.
pub fn str_format(vm: &Vm, template: &str, args: &[Value], kw: &[(Value, Value)]) -> PyResult<String> {
    let mut auto = Some(0usize);
    format_inner(vm, template, args, kw, &mut auto, 0)
}

fn format_inner(vm: &Vm, t: &str, args: &[Value], kw: &[(Value, Value)], auto: &mut Option<usize>, depth: u32) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                if chars[j] == '{' {
                    level += 1;
                } else if chars[j] == '}' {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let inner: String = chars[i + 1..j].iter().collect();
            let (field, spec) = match inner.find(':') {
                Some(p) => (inner[..p].to_string(), inner[p + 1..].to_string()),
                None => (inner.clone(), String::new()),
            };
            let (field, conv) = match field.find('!') {
                Some(p) => (field[..p].to_string(), Some(field[p + 1..].to_string())),
                None => (field, None),
            };
            let v = field_value(vm, &field, args, kw, auto)?;
            let v = match conv.as_deref() {
                None => v,
                Some("r") => crate::new_str(vm.repr(&v)?),
                Some("s") => crate::new_str(vm.str(&v)?),
                Some("a") => crate::new_str(crate::repr::ascii_escape(&vm.repr(&v)?)),
                Some(_) => return Err(vm.value_error("Unknown conversion specifier")),
            };
            let spec = if spec.contains('{') { format_inner(vm, &spec, args, kw, auto, depth + 1)? } else { spec };
            out.push_str(&format_to_string(vm, &v, &spec)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

/// `template % values`.
pub fn percent_format(vm: &Vm, t: &str, values: &Value) -> PyResult<String> {
    let is_mapping = matches!(values.payload(), Some(Payload::Dict(_))) || (!matches!(values.payload(), Some(Payload::Tuple(_)) | Some(Payload::Str(_))) && vm.lookup_special(values, "__getitem__").is_some() && vm.lookup_special(values, "keys").is_some());
    let items: Vec<Value> = match values.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![values.clone()],
    };
    let mut idx = 0;
    let mut out = String::new();
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    let mut used_mapping = false;
    let mut next = |vm: &Vm| -> PyResult<Value> {
        let v = items.get(idx).cloned().ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        idx += 1;
        Ok(v)
    };
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key_val = None;
        if chars[i] == '(' {
            let end = chars[i..].iter().position(|&c| c == ')').ok_or_else(|| vm.value_error("incomplete format key"))? + i;
            let key: String = chars[i + 1..end].iter().collect();
            key_val = Some(crate::ops::getitem(vm, values, &crate::new_str(key))?);
            used_mapping = true;
            i = end + 1;
        }
        let mut sp = Spec::default();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => sp.align = Some('<'),
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        let mut width = String::new();
        if i < chars.len() && chars[i] == '*' {
            let w = next(vm)?;
            width = vm.str(&w)?;
            i += 1;
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width.push(chars[i]);
            i += 1;
        }
        if !width.is_empty() {
            let w: i64 = width.parse().unwrap_or(0);
            if w < 0 {
                sp.align = Some('<');
            }
            sp.width = Some(w.unsigned_abs() as usize);
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < chars.len() && chars[i] == '*' {
                p = vm.str(&next(vm)?)?;
                i += 1;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            sp.precision = Some(p.parse().unwrap_or(0));
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_val.take() {
            Some(v) => v,
            None => {
                if is_mapping && !used_mapping && items.len() == 1 {
                    values.clone()
                } else {
                    next(vm)?
                }
            }
        };
        if sp.align == Some('<') {
            sp.zero = false;
        }
        let s = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => vm.str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => crate::repr::ascii_escape(&vm.repr(&v)?),
                };
                let s: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                let sp2 = Spec { zero: false, sign: None, alt: false, precision: None, ..sp };
                crate::convert::format_to_string(vm, &crate::new_str(s), &spec_text(&sp2))?
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let iv = match as_int(&v) {
                    Some(_) => v.clone(),
                    None => match as_float(&v) {
                        Some(_) if matches!(conv, 'd' | 'i' | 'u') => crate::types::int::to_int(vm, &v)?,
                        _ => {
                            if let Some(f) = vm.lookup_special(&v, if matches!(conv, 'd' | 'i' | 'u') { "__int__" } else { "__index__" }) {
                                vm.call(&f, &[])?
                            } else {
                                let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number".to_string() } else { "an integer".to_string() };
                                return Err(vm.type_error(format!("%{} format: {} is required, not {}", conv, what, vm.type_name(&v))));
                            }
                        }
                    },
                };
                let ty = match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                };
                let prec = sp.precision.take();
                let mut sp2 = Spec { ty: Some(ty), ..sp };
                if let Some(p) = prec {
                    let raw = crate::convert::format_int(vm, &as_int(&iv).unwrap(), &Spec { ty: Some(ty), ..Spec::default() })?;
                    let neg = raw.starts_with('-');
                    let digits = raw.trim_start_matches('-');
                    let padded = format!("{}{}{}", if neg { "-" } else { "" }, "0".repeat(p.saturating_sub(digits.len())), digits);
                    sp2.ty = Some('s');
                    let _ = &sp2;
                    let pre = if sp.alt && conv != 'd' { if conv == 'o' { "0o" } else if conv == 'x' { "0x" } else { "0X" } } else { "" };
                    let body = format!("{}{}", pre, padded);
                    crate::convert::format_to_string(vm, &crate::new_str(body), &spec_text(&Spec { zero: false, sign: None, alt: false, ty: None, precision: None, ..sp }))?
                } else {
                    crate::convert::format_int(vm, &as_int(&iv).unwrap(), &sp2)?
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::types::float::to_float(vm, &v).map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name(&v))))?;
                let sp2 = Spec { ty: Some(conv), precision: Some(sp.precision.unwrap_or(6)), ..sp };
                crate::convert::format_float(vm, f, &sp2)?
            }
            'c' => {
                let s = match v.payload() {
                    Some(Payload::Str(s)) if s.char_len() == 1 => s.as_str().to_string(),
                    _ => match as_int(&v) {
                        Some(crate::types::number::IntRef::Small(i)) => char::from_u32(i as u32).map(|c| c.to_string()).ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?,
                        _ => return Err(vm.type_error("%c requires int or char")),
                    },
                };
                crate::convert::format_to_string(vm, &crate::new_str(s), &spec_text(&Spec { zero: false, sign: None, alt: false, precision: None, ..sp }))?
            }
            other => {
                return Err(vm.value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", other, other as u32, i - 1)));
            }
        };
        out.push_str(&s);
    }
    if idx < items.len() && !is_mapping && !used_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn spec_text(sp: &Spec) -> String {
    let mut s = String::new();
    if let Some(a) = sp.align {
        s.push(a);
    }
    if let Some(w) = sp.width {
        s.push_str(&w.to_string());
    }
    let _ = parse_spec;
    s
}
