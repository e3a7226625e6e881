//! The text encodings `_io` supports natively (utf-8, utf-8-sig, ascii, latin-1) with
//! the `strict`/`replace`/`ignore`/`backslashreplace`/`xmlcharrefreplace` error handlers
//! (<https://docs.python.org/3.11/library/codecs.html#standard-encodings>).

use weft_vm::types::oserror::{decode_error, encode_error};
use weft_vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Enc {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
}

/// Find an encoding by any of its Python aliases.
pub fn lookup(name: &str) -> Option<Enc> {
    let n: String = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-strict" => Enc::Utf8,
        "utf-8-sig" | "utf8-sig" => Enc::Utf8Sig,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" => Enc::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "iso-8859-1:1987" => Enc::Latin1,
        "locale" => Enc::Utf8,
        _ => return None,
    })
}

/// The codec name CPython uses in error messages.
pub fn codec_name(e: Enc) -> &'static str {
    match e {
        Enc::Utf8 => "utf-8",
        Enc::Utf8Sig => "utf-8-sig",
        Enc::Ascii => "ascii",
        Enc::Latin1 => "latin-1",
    }
}

pub fn lookup_errors(name: &str) -> Option<Errors> {
    Some(match name {
        "strict" => Errors::Strict,
        "replace" => Errors::Replace,
        "ignore" => Errors::Ignore,
        "backslashreplace" => Errors::BackslashReplace,
        "xmlcharrefreplace" => Errors::XmlCharRefReplace,
        "surrogateescape" => Errors::SurrogateEscape,
        _ => return None,
    })
}

fn push_byte_escape(out: &mut String, b: u8) {
    out.push_str(&format!("\\x{b:02x}"));
}

/// Decode an owned buffer; valid UTF-8 (and ASCII) is taken over without copying.
pub fn decode_owned(vm: &Vm, enc: Enc, errors: Errors, data: Vec<u8>) -> PyResult<String> {
    match enc {
        Enc::Utf8 => match String::from_utf8(data) {
            Ok(s) => Ok(s),
            Err(e) => decode_utf8_slow(vm, "utf-8", errors, e.as_bytes()),
        },
        Enc::Ascii if data.is_ascii() => Ok(String::from_utf8(data).unwrap_or_default()),
        _ => decode(vm, enc, errors, &data),
    }
}

/// Decode `data` completely (the caller cut it at character boundaries).
pub fn decode(vm: &Vm, enc: Enc, errors: Errors, data: &[u8]) -> PyResult<String> {
    match enc {
        Enc::Utf8 | Enc::Utf8Sig => {
            let data = if enc == Enc::Utf8Sig {
                data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data)
            } else {
                data
            };
            match std::str::from_utf8(data) {
                Ok(s) => Ok(s.to_string()),
                Err(_) => decode_utf8_slow(vm, codec_name(enc), errors, data),
            }
        }
        Enc::Ascii => {
            if data.is_ascii() {
                // SAFETY-free: ASCII is valid UTF-8.
                return Ok(String::from_utf8(data.to_vec()).unwrap_or_default());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    Errors::Strict | Errors::XmlCharRefReplace => {
                        return Err(decode_error(
                            vm,
                            "ascii",
                            data,
                            i,
                            i + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::Ignore => {}
                    Errors::BackslashReplace | Errors::SurrogateEscape => {
                        push_byte_escape(&mut out, b)
                    }
                }
            }
            Ok(out)
        }
        Enc::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
    }
}

fn decode_utf8_slow(vm: &Vm, name: &str, errors: Errors, data: &[u8]) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    let mut rest = data;
    let mut base = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                let start = base + good;
                if errors == Errors::Strict || errors == Errors::XmlCharRefReplace {
                    let first = rest[good];
                    let reason = if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                        "invalid start byte"
                    } else if e.error_len().is_none() {
                        "unexpected end of data"
                    } else {
                        "invalid continuation byte"
                    };
                    return Err(decode_error(vm, name, data, start, start + bad, reason));
                }
                match errors {
                    Errors::Replace => out.push('\u{fffd}'),
                    Errors::BackslashReplace | Errors::SurrogateEscape => {
                        for &b in &rest[good..good + bad] {
                            push_byte_escape(&mut out, b);
                        }
                    }
                    _ => {}
                }
                rest = &rest[good + bad..];
                base = start + bad;
            }
        }
    }
}

/// Encode `s`; `limit` is 128 for ascii, 256 for latin-1.
pub fn encode(vm: &Vm, enc: Enc, errors: Errors, s: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match enc {
        Enc::Utf8 | Enc::Utf8Sig => return Ok(s.as_bytes().to_vec()),
        Enc::Ascii => 128,
        Enc::Latin1 => 256,
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            Errors::Strict | Errors::SurrogateEscape => {
                let reason = if limit == 128 {
                    "ordinal not in range(128)"
                } else {
                    "ordinal not in range(256)"
                };
                return Err(encode_error(vm, codec_name(enc), s, i, j, reason));
            }
            Errors::Replace => out.extend(std::iter::repeat_n(b'?', j - i)),
            Errors::Ignore => {}
            Errors::BackslashReplace => {
                for &ch in &chars[i..j] {
                    let c = ch as u32;
                    let e = if c < 0x100 {
                        format!("\\x{c:02x}")
                    } else if c < 0x10000 {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            Errors::XmlCharRefReplace => {
                for &ch in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", ch as u32).as_bytes());
                }
            }
        }
        i = j;
    }
    Ok(out)
}

/// Byte length of the UTF-8 sequence a lead byte starts (1 for invalid bytes).
#[inline]
pub fn utf8_width(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => 1,
    }
}
