//! `_zlib`: the primitives under `lib/zlib.py` — deflate/inflate in the zlib, raw and
//! gzip container formats (the `miniz_oxide` crate), crc32 and adler32.
//! Follows <https://docs.python.org/3.11/library/zlib.html>.

use weft_vm::import::{new_module, set};
use weft_vm::types::codecs::buffer_bytes;
use weft_vm::types::function::BuiltinKind;
use weft_vm::types::native;
use weft_vm::{new_bytes, new_str, new_tuple_of, ObjRef, PyResult, Value, Vm};

type Kw<'a> = &'a [(Value, Value)];

fn data(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    let v = v.unwrap_or(&Value::None);
    buffer_bytes(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn int(vm: &Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => weft_vm::types::text::index_arg(vm, v),
    }
}

/// The CRC-32 table (polynomial 0xEDB88320), built on first use.
fn crc_table() -> &'static [u32; 256] {
    static T: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    })
}

pub fn crc32_update(crc: u32, bytes: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    for &b in bytes {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn adler32_update(adler: u32, bytes: &[u8]) -> u32 {
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in bytes.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    (b << 16) | a
}

/// `crc32(data, value=0)`.
fn crc32(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = data(vm, a.first())?;
    let start = int(vm, a.get(1), 0)? as u32;
    Ok(Value::Int(crc32_update(start, &d) as i64))
}

/// `adler32(data, value=1)`.
fn adler32(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = data(vm, a.first())?;
    let start = int(vm, a.get(1), 1)? as u32;
    Ok(Value::Int(adler32_update(start, &d) as i64))
}

/// `compress(data, level, wbits)` -> bytes (wbits 9..15 zlib, -15..-9 raw, 25..31 gzip).
fn compress(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = data(vm, a.first())?;
    let level = int(vm, a.get(1), -1)?;
    let wbits = int(vm, a.get(2), 15)?;
    let lvl = if level < 0 { 6 } else { level.min(10) as u8 };
    let out = if (9..=15).contains(&wbits) {
        miniz_oxide::deflate::compress_to_vec_zlib(&d, lvl)
    } else if (-15..=-9).contains(&wbits) {
        miniz_oxide::deflate::compress_to_vec(&d, lvl)
    } else {
        let body = miniz_oxide::deflate::compress_to_vec(&d, lvl);
        let xfl = if lvl >= 9 {
            2
        } else if lvl <= 1 {
            4
        } else {
            0
        };
        let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3];
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32_update(0, &d).to_le_bytes());
        out.extend_from_slice(&(d.len() as u32).to_le_bytes());
        out
    };
    Ok(new_bytes(out))
}

/// How `wbits` and the data's first bytes say a stream is wrapped.
enum Container<'a> {
    /// A gzip member: the deflate stream after its header.
    Gzip(&'a [u8]),
    /// A raw deflate stream (negative `wbits`).
    Raw,
    /// A zlib stream (header checked, Adler-32 trailer).
    Zlib,
}

const BAD_HEADER: &str = "Error -3 while decompressing data: incorrect header check";

/// The container of `d` for `wbits` (as zlib's inflateInit2 reads it), or None for a
/// header zlib rejects ("incorrect header check").
fn container(d: &[u8], wbits: i64) -> Option<Container<'_>> {
    let gzip =
        (25..=31).contains(&wbits) || ((40..=47).contains(&wbits) && d.starts_with(&[0x1f, 0x8b]));
    if gzip {
        gzip_body(d).map(Container::Gzip)
    } else if wbits < 0 {
        Some(Container::Raw)
    } else {
        let bad_header = d.len() >= 2
            && (!((d[0] as u16) << 8 | d[1] as u16).is_multiple_of(31) || d[0] & 0x0f != 8);
        (!bad_header).then_some(Container::Zlib)
    }
}

/// zlib's message for an inflate failure.
fn inflate_error(st: miniz_oxide::inflate::TINFLStatus) -> &'static str {
    use miniz_oxide::inflate::TINFLStatus as S;
    match st {
        S::FailedCannotMakeProgress | S::NeedsMoreInput => {
            "Error -5 while decompressing data: incomplete or truncated stream"
        }
        S::Adler32Mismatch => "Error -3 while decompressing data: incorrect data check",
        _ => "Error -3 while decompressing data: invalid stored block lengths",
    }
}

/// `decompress(data, wbits)` -> (bytes, None) or (None, error message).
fn decompress(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = data(vm, a.first())?;
    let wbits = int(vm, a.get(1), 15)?;
    let fail = |m: &str| new_tuple_of([Value::None, new_str(m)]);
    let res = match container(&d, wbits) {
        None => return Ok(fail(BAD_HEADER)),
        Some(Container::Gzip(body)) => miniz_oxide::inflate::decompress_to_vec(body),
        Some(Container::Raw) => miniz_oxide::inflate::decompress_to_vec(&d),
        Some(Container::Zlib) => miniz_oxide::inflate::decompress_to_vec_zlib(&d),
    };
    Ok(match res {
        Ok(v) => new_tuple_of([new_bytes(v), Value::None]),
        Err(e) => fail(inflate_error(e.status)),
    })
}

/// Inflate one stream from the start of `input`: (output, input bytes consumed).
fn inflate_prefix(
    mut input: &[u8],
    zlib_header: bool,
) -> Result<(Vec<u8>, usize), miniz_oxide::inflate::TINFLStatus> {
    use miniz_oxide::inflate::core::{decompress, inflate_flags as fl, DecompressorOxide};
    use miniz_oxide::inflate::TINFLStatus;
    let mut flags = fl::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    if zlib_header {
        flags |= fl::TINFL_FLAG_PARSE_ZLIB_HEADER | fl::TINFL_FLAG_COMPUTE_ADLER32;
    }
    let mut out = vec![0u8; input.len().saturating_mul(2).max(64)];
    let mut dec = Box::<DecompressorOxide>::default();
    let (mut out_pos, mut used) = (0, 0);
    loop {
        let (status, n_in, n_out) = decompress(&mut dec, input, &mut out, out_pos, flags);
        out_pos += n_out;
        used += n_in.min(input.len());
        match status {
            TINFLStatus::Done => {
                out.truncate(out_pos);
                return Ok((out, used));
            }
            TINFLStatus::HasMoreOutput => {
                input = &input[n_in.min(input.len())..];
                let len = out.len().saturating_mul(2);
                out.resize(len, 0);
            }
            st => return Err(st),
        }
    }
}

/// `decompress_n(data, wbits)` -> (bytes, None, consumed) or (None, error message, 0):
/// `consumed` counts the stream's bytes with its header and trailer (what follows is
/// a decompressobj's unused_data).
fn decompress_n(vm: &Vm, a: &[Value], _kw: Kw) -> PyResult<Value> {
    use miniz_oxide::inflate::TINFLStatus as S;
    let d = data(vm, a.first())?;
    let wbits = int(vm, a.get(1), 15)?;
    let fail = |m: &str| new_tuple_of([Value::None, new_str(m), Value::Int(0)]);
    let res = match container(&d, wbits) {
        None => return Ok(fail(BAD_HEADER)),
        Some(Container::Gzip(body)) => {
            let head = d.len() - body.len();
            inflate_prefix(body, false).and_then(|(v, n)| {
                if body.len() < n + 8 {
                    Err(S::NeedsMoreInput)
                } else {
                    Ok((v, head + n + 8))
                }
            })
        }
        Some(Container::Raw) => inflate_prefix(&d, false),
        Some(Container::Zlib) => inflate_prefix(&d, true),
    };
    Ok(match res {
        Ok((v, n)) => new_tuple_of([new_bytes(v), Value::None, Value::Int(n as i64)]),
        Err(e) => fail(inflate_error(e)),
    })
}

/// The deflate stream inside a gzip member (header fields skipped).
fn gzip_body(d: &[u8]) -> Option<&[u8]> {
    if d.len() < 18 || d[0] != 0x1f || d[1] != 0x8b || d[2] != 8 {
        return None;
    }
    let flags = d[3];
    let mut i = 10;
    if flags & 4 != 0 {
        let n = *d.get(i)? as usize | (*d.get(i + 1)? as usize) << 8;
        i += 2 + n;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            while *d.get(i)? != 0 {
                i += 1;
            }
            i += 1;
        }
    }
    if flags & 2 != 0 {
        i += 2;
    }
    d.get(i..)
}

pub fn init(_vm: &Vm) -> PyResult<ObjRef> {
    let m = new_module("_zlib");
    let f = |name: &'static str, func| native(name, func, BuiltinKind::Function, None, None);
    set(&m, "crc32", f("crc32", crc32));
    set(&m, "adler32", f("adler32", adler32));
    set(&m, "compress", f("compress", compress));
    set(&m, "decompress", f("decompress", decompress));
    set(&m, "decompress_n", f("decompress_n", decompress_n));
    Ok(m)
}
