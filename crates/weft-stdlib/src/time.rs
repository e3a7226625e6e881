//! The `time` module: clocks, `sleep` (releases the optional GIL), `struct_time`,
//! conversions through the C library, `strftime`, and a `strptime` of its own
//! (in `time_strptime.rs`). <https://docs.python.org/3.11/library/time.html>

use crate::structseq;
use crate::sys::index_arg;
use std::sync::OnceLock;
use weft_vm::builtins::str_arg;
use weft_vm::import::{new_module, set};
use weft_vm::payload::Payload;
use weft_vm::types::function::{BuiltinKind, NativeFn};
use weft_vm::types::native;
use weft_vm::types::number::{as_float, as_int};
use weft_vm::{new_bigint, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

pub const WDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("time");
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("sleep", sleep),
        ("gmtime", gmtime),
        ("localtime", localtime),
        ("mktime", mktime),
        ("asctime", asctime),
        ("ctime", ctime),
        ("strftime", strftime),
        ("strptime", crate::time_strptime::strptime),
        ("get_clock_info", get_clock_info),
        ("tzset", tzset),
        ("clock_gettime", clock_gettime),
        ("clock_gettime_ns", clock_gettime_ns),
        ("clock_getres", clock_getres),
    ];
    for (name, f) in fns {
        set(
            &m,
            name,
            native(name, *f, BuiltinKind::Function, None, None),
        );
    }
    set(&m, "struct_time", Value::Obj(struct_time_type().clone()));
    for (n, v) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        set(&m, n, Value::Int(v as i64));
    }
    set_zone_attrs(&m);
    set(&m, "_STRUCT_TM_ITEMS", Value::Int(11));
    Ok(m)
}

/// `time.struct_time`.
pub fn struct_time_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        structseq::make_type(
            "struct_time",
            "time",
            &[
                "tm_year",
                "tm_mon",
                "tm_mday",
                "tm_hour",
                "tm_min",
                "tm_sec",
                "tm_wday",
                "tm_yday",
                "tm_isdst",
                "tm_zone",
                "tm_gmtoff",
            ],
            9,
        )
    })
}

fn clock_ns(clk: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid, writable timespec.
    unsafe { libc::clock_gettime(clk, &mut ts) };
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

fn secs(ns: i128) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn ns_val(ns: i128) -> Value {
    new_bigint(num_bigint::BigInt::from(ns))
}

fn time(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(secs(clock_ns(libc::CLOCK_REALTIME)))
}
fn time_ns(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ns_val(clock_ns(libc::CLOCK_REALTIME)))
}
fn monotonic(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(secs(clock_ns(libc::CLOCK_MONOTONIC)))
}
fn monotonic_ns(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ns_val(clock_ns(libc::CLOCK_MONOTONIC)))
}
fn process_time(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(secs(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}
fn process_time_ns(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ns_val(clock_ns(libc::CLOCK_PROCESS_CPUTIME_ID)))
}
fn thread_time(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(secs(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}
fn thread_time_ns(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ns_val(clock_ns(libc::CLOCK_THREAD_CPUTIME_ID)))
}

fn clk_arg(vm: &Vm, a: &[Value]) -> PyResult<libc::clockid_t> {
    Ok(index_arg(vm, a.first().unwrap_or(&Value::None))? as libc::clockid_t)
}

fn clock_gettime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(secs(clock_ns(clk_arg(vm, a)?)))
}
fn clock_gettime_ns(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(ns_val(clock_ns(clk_arg(vm, a)?)))
}
fn clock_getres(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let clk = clk_arg(vm, a)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: ts is a valid, writable timespec.
    unsafe { libc::clock_getres(clk, &mut ts) };
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 / 1e9))
}

/// A number of seconds as f64 (for `sleep`).
fn float_secs(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return weft_vm::types::number::int_to_f64(vm, &i)
            .map_err(|_| vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    if let Some(f) = vm.lookup_special(v, "__float__") {
        let r = vm.call(&f, &[])?;
        return float_secs(vm, &r);
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

fn sleep(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(vm.type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let s = float_secs(vm, &a[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if s > 9.2e9 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(s);
    // Sleep in slices so Ctrl-C (a pending signal) interrupts the main thread.
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(std::time::Duration::from_millis(50));
        weft_vm::gil::allow_threads(vm, weft_vm::timeline::State::Sleep, || {
            std::thread::sleep(slice)
        });
        weft_vm::interp_checks(vm)?;
    }
    Ok(Value::None)
}

/// The seconds argument of gmtime/localtime/ctime (None: now), floored to an integer.
fn time_t_arg(vm: &Vm, a: &[Value]) -> PyResult<i64> {
    let v = match a.first() {
        None | Some(Value::None) => {
            return Ok((clock_ns(libc::CLOCK_REALTIME).div_euclid(1_000_000_000)) as i64)
        }
        Some(v) => v,
    };
    let range = || vm.overflow_error("timestamp out of range for platform time_t");
    if let Some(f) = as_float(v) {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(range());
        }
        return Ok(f as i64);
    }
    if as_int(v).is_some() {
        return index_arg(vm, v).map_err(|_| range());
    }
    if let Some(f) = vm.lookup_special(v, "__float__") {
        let r = vm.call(&f, &[])?;
        return time_t_arg(vm, &[r]);
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

fn empty_tm() -> libc::tm {
    // SAFETY: tm is a plain C struct for which all-zero bytes are valid.
    unsafe { std::mem::zeroed() }
}

fn tm_zone(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: the C library set tm_zone to a NUL-terminated static string.
    unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// A `struct_time` from a C `tm`.
pub fn tm_to_struct(tm: &libc::tm, zone: Option<String>, gmtoff: Option<i64>) -> Value {
    let vals = vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone.map(new_str).unwrap_or(Value::None),
        gmtoff.map(Value::Int).unwrap_or(Value::None),
    ];
    structseq::new(struct_time_type(), vals)
}

fn conv(vm: &Vm, t: i64, local: bool) -> PyResult<libc::tm> {
    let tt = t as libc::time_t;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to a time_t and a writable tm.
    let r = unsafe {
        if local {
            libc::localtime_r(&tt, &mut tm)
        } else {
            libc::gmtime_r(&tt, &mut tm)
        }
    };
    if r.is_null() {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm)
}

fn gmtime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let tm = conv(vm, time_t_arg(vm, a)?, false)?;
    Ok(tm_to_struct(&tm, Some(tm_zone(&tm)), Some(0)))
}

fn localtime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let tm = conv(vm, time_t_arg(vm, a)?, true)?;
    Ok(tm_to_struct(
        &tm,
        Some(tm_zone(&tm)),
        Some(tm.tm_gmtoff as i64),
    ))
}

/// A C `tm` from a struct_time or 9-tuple argument (CPython's `gettmarg`).
fn tm_arg(vm: &Vm, v: &Value, func: &str) -> PyResult<libc::tm> {
    Ok(tm_arg_zone(vm, v, func)?.0)
}

/// Like [`tm_arg`], also returning a struct_time's `tm_zone`.
fn tm_arg_zone(vm: &Vm, v: &Value, func: &str) -> PyResult<(libc::tm, Option<String>)> {
    let items = match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut n = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        n[i] = index_arg(vm, x)?;
    }
    let mut tm = empty_tm();
    let c = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    tm.tm_year = c(n[0] - 1900);
    tm.tm_mon = c(n[1] - 1);
    tm.tm_mday = c(n[2]);
    tm.tm_hour = c(n[3]);
    tm.tm_min = c(n[4]);
    tm.tm_sec = c(n[5]);
    tm.tm_wday = c((n[6] + 1).rem_euclid(7));
    tm.tm_yday = c(n[7] - 1);
    tm.tm_isdst = c(n[8]);
    let mut zone = None;
    if vm.isinstance(v, struct_time_type()) {
        if let Ok(Value::Int(off)) = vm.getattr(v, "tm_gmtoff") {
            tm.tm_gmtoff = off as _;
        }
        if let Ok(z) = vm.getattr(v, "tm_zone") {
            zone = str_arg(&z).map(String::from);
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm` range checks (after strftime/asctime normalisation).
fn check_tm(vm: &Vm, tm: &libc::tm) -> PyResult<()> {
    let bad = |m: &str| Err(vm.value_error(m));
    if !(0..=11).contains(&tm.tm_mon) {
        return bad("month out of range");
    }
    if !(1..=31).contains(&tm.tm_mday) {
        return bad("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return bad("day of week out of range");
    }
    if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year out of range");
    }
    Ok(())
}

fn normalize(tm: &mut libc::tm) {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    }
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
}

fn now_local(vm: &Vm) -> PyResult<libc::tm> {
    conv(vm, time_t_arg(vm, &[])?, true)
}

fn mktime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut tm = tm_arg(vm, a.first().unwrap_or(&Value::None), "mktime")?;
    tm.tm_wday = -1;
    // SAFETY: tm is a valid, writable struct.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(vm.overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

fn asctime_of(tm: &libc::tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        WDAYS[((tm.tm_wday + 6) % 7).rem_euclid(7) as usize],
        MONTHS[tm.tm_mon.clamp(0, 11) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        tm.tm_year as i64 + 1900
    )
}

fn asctime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut tm = match a.first() {
        None => now_local(vm)?,
        Some(v) => tm_arg(vm, v, "asctime")?,
    };
    normalize(&mut tm);
    check_tm(vm, &tm)?;
    Ok(new_str(asctime_of(&tm)))
}

fn ctime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let tm = conv(vm, time_t_arg(vm, a)?, true)?;
    Ok(new_str(asctime_of(&tm)))
}

fn strftime(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let fmt = match a.first() {
        Some(v) => str_arg(v).ok_or_else(|| {
            vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                vm.type_name(v)
            ))
        })?,
        None => return Err(vm.type_error("strftime() takes at least 1 argument (0 given)")),
    };
    let (mut tm, given_zone) = match a.get(1) {
        None => {
            let tm = now_local(vm)?;
            let z = tm_zone(&tm);
            (tm, Some(z))
        }
        Some(v) => tm_arg_zone(vm, v, "strftime")?,
    };
    normalize(&mut tm);
    check_tm(vm, &tm)?;
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let zone;
    if let Some(z) = given_zone {
        zone = std::ffi::CString::new(z).unwrap_or_default();
        tm.tm_zone = zone.as_ptr();
    } else {
        // Give %Z a name: the local zone's for the tm's DST flag.
        let z = zone_names();
        zone = std::ffi::CString::new(if tm.tm_isdst > 0 {
            z.1.clone()
        } else {
            z.0.clone()
        })
        .unwrap_or_default();
        tm.tm_zone = zone.as_ptr();
        if tm.tm_gmtoff == 0 {
            tm.tm_gmtoff = -(if tm.tm_isdst > 0 { z.3 } else { z.2 }) as _;
        }
    }
    Ok(new_str(format_tm(fmt, &tm)))
}

/// `strftime` through the C library, one directive at a time (so text between
/// directives passes through unchanged, and an empty expansion is not an error).
pub fn format_tm(fmt: &str, tm: &libc::tm) -> String {
    let mut out = String::new();
    let mut chars = fmt.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut end = i + 1;
        // Optional glibc flags/width, then the conversion letter.
        while let Some(&(j, d)) = chars.peek() {
            end = j + d.len_utf8();
            chars.next();
            if !(d == '-'
                || d == '_'
                || d == '0'
                || d == '^'
                || d == '#'
                || d.is_ascii_digit()
                || d == 'E'
                || d == 'O')
            {
                break;
            }
        }
        let spec = &fmt[i..end.max(i + 1)];
        if spec == "%" {
            out.push('%');
            continue;
        }
        let cs = std::ffi::CString::new(spec).unwrap_or_default();
        let mut buf = vec![0u8; 256];
        // SAFETY: buf is writable for its length; cs and tm are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                buf.len(),
                cs.as_ptr(),
                tm,
            )
        };
        out.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    out
}

extern "C" {
    #[link_name = "tzset"]
    fn c_tzset();
}

/// (std name, dst name, std offset west of UTC, dst offset west of UTC).
pub fn zone_names() -> (String, String, i64, i64) {
    // SAFETY: tzset has no preconditions.
    unsafe { c_tzset() };
    let now = (clock_ns(libc::CLOCK_REALTIME) / 1_000_000_000) as i64;
    let year_start = {
        let tt = now as libc::time_t;
        let mut tm = empty_tm();
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&tt, &mut tm) };
        now - tm.tm_yday as i64 * 86400 - tm.tm_hour as i64 * 3600
    };
    let probe = |t: i64| {
        let tt = t as libc::time_t;
        let mut tm = empty_tm();
        // SAFETY: valid pointers.
        unsafe { libc::localtime_r(&tt, &mut tm) };
        (tm_zone(&tm), -tm.tm_gmtoff, tm.tm_isdst)
    };
    let jan = probe(year_start);
    let jul = probe(year_start + 182 * 86400);
    if jan.2 > 0 {
        // Southern hemisphere: January is summer time.
        (jul.0, jan.0, jul.1, jan.1)
    } else {
        (jan.0, jul.0, jan.1, jul.1)
    }
}

fn set_zone_attrs(m: &ObjRef) {
    let (std_name, dst_name, std_off, dst_off) = zone_names();
    set(m, "timezone", Value::Int(std_off));
    set(m, "altzone", Value::Int(dst_off));
    set(m, "daylight", Value::Int((std_off != dst_off) as i64));
    set(
        m,
        "tzname",
        new_tuple_of([new_str(std_name), new_str(dst_name)]),
    );
}

fn tzset(_vm: &Vm, _a: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(Value::Obj(m)) =
        weft_vm::interp::module_get(weft_vm::interp::interp().modules(), "time")
    {
        set_zone_attrs(&m);
    }
    Ok(Value::None)
}

fn get_clock_info(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let name = a
        .first()
        .and_then(str_arg)
        .ok_or_else(|| vm.type_error("get_clock_info() argument 1 must be str"))?;
    let (imp, mono, adj, res) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9),
        _ => return Err(vm.value_error("unknown clock")),
    };
    let ns = crate::sys::namespace_type();
    let o = ObjRef::new(ns.clone(), Some(weft_vm::new_dict_obj()), Payload::Plain);
    vm.set_attr_raw(&o, "implementation", new_str(imp))?;
    vm.set_attr_raw(&o, "monotonic", Value::Bool(mono))?;
    vm.set_attr_raw(&o, "adjustable", Value::Bool(adj))?;
    vm.set_attr_raw(&o, "resolution", Value::Float(res))?;
    Ok(Value::Obj(o))
}
