//! The built-in codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`:
//! utf-8, ascii, latin-1, utf-16 and utf-32 (with and without BOM), cp1252, iso-8859-15, cp437, mac-roman and the error handlers
//! strict, ignore, replace, backslashreplace and xmlcharrefreplace, raising
//! `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's messages and attributes
//! (<https://docs.python.org/3.11/library/codecs.html#standard-encodings>).

use crate::payload::Payload;
use crate::types::text::{bind, Kw};
use crate::value::Value;
use crate::vm::Vm;
use crate::{new_str, new_tuple, PyErr, PyResult};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Enc {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16: None = native with BOM, Some(true) = big endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    /// A single-byte code page: ASCII below 0x80, a table above.
    Charmap(Charmap),
    /// `unicode_escape`: Python string-literal escapes over latin-1.
    UnicodeEscape,
    /// `raw_unicode_escape`: latin-1 with only `\uXXXX`/`\UXXXXXXXX` escapes.
    RawUnicodeEscape,
}

/// The single-byte code pages weft carries.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Charmap {
    Cp1252,
    Iso8859_15,
    Cp437,
    MacRoman,
}

/// Code points for bytes 0x80..=0xff (0 = undefined), taken from the code page charts
/// <https://docs.python.org/3.11/library/codecs.html#standard-encodings>.
const CP1252: [u16; 128] = [
    0x20ac, 0x0000, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x0000, 0x017d, 0x0000, 0x0000, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x0000, 0x017e, 0x0178, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6, 0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb,
    0x00bc, 0x00bd, 0x00be, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
];
const ISO8859_15: [u16; 128] = [
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008a, 0x008b,
    0x008c, 0x008d, 0x008e, 0x008f, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097,
    0x0098, 0x0099, 0x009a, 0x009b, 0x009c, 0x009d, 0x009e, 0x009f, 0x00a0, 0x00a1, 0x00a2, 0x00a3,
    0x20ac, 0x00a5, 0x0160, 0x00a7, 0x0161, 0x00a9, 0x00aa, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x00af,
    0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x017d, 0x00b5, 0x00b6, 0x00b7, 0x017e, 0x00b9, 0x00ba, 0x00bb,
    0x0152, 0x0153, 0x0178, 0x00bf, 0x00c0, 0x00c1, 0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7,
    0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc, 0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x00d1, 0x00d2, 0x00d3,
    0x00d4, 0x00d5, 0x00d6, 0x00d7, 0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df,
    0x00e0, 0x00e1, 0x00e2, 0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb,
    0x00ec, 0x00ed, 0x00ee, 0x00ef, 0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7,
    0x00f8, 0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
];
const CP437: [u16; 128] = [
    0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef,
    0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9,
    0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa,
    0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f,
    0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580,
    0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4,
    0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248,
    0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
];
const MAC_ROMAN: [u16; 128] = [
    0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4, 0x00e3,
    0x00e5, 0x00e7, 0x00e9, 0x00e8, 0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3,
    0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, 0x2020, 0x00b0, 0x00a2, 0x00a3,
    0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8,
    0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa,
    0x00ba, 0x03a9, 0x00e6, 0x00f8, 0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab,
    0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201c, 0x201d,
    0x2018, 0x2019, 0x00f7, 0x25ca, 0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02,
    0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce,
    0x00cf, 0x00cc, 0x00d3, 0x00d4, 0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc,
    0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7,
];

impl Charmap {
    fn high(self) -> &'static [u16; 128] {
        match self {
            Charmap::Cp1252 => &CP1252,
            Charmap::Iso8859_15 => &ISO8859_15,
            Charmap::Cp437 => &CP437,
            Charmap::MacRoman => &MAC_ROMAN,
        }
    }

    pub fn encode(self, c: char) -> Option<u8> {
        let n = c as u32;
        if n < 0x80 {
            return Some(n as u8);
        }
        self.high()
            .iter()
            .position(|&x| x != 0 && x as u32 == n)
            .map(|p| 0x80 + p as u8)
    }

    pub fn decode(self, b: u8) -> Option<char> {
        if b < 0x80 {
            return Some(b as char);
        }
        match self.high()[(b - 0x80) as usize] {
            0 => None,
            u => char::from_u32(u as u32),
        }
    }
}

impl Enc {
    /// The name CPython's error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Utf8Sig => "utf-8-sig",
            Enc::Ascii => "ascii",
            Enc::Latin1 => "latin-1",
            Enc::Utf16(None) => "utf-16",
            Enc::Utf16(Some(false)) => "utf-16-le",
            Enc::Utf16(Some(true)) => "utf-16-be",
            Enc::Utf32(None) => "utf-32",
            Enc::Utf32(Some(false)) => "utf-32-le",
            Enc::Utf32(Some(true)) => "utf-32-be",
            Enc::Charmap(_) => "charmap",
            Enc::UnicodeEscape => "unicodeescape",
            Enc::RawUnicodeEscape => "rawunicodeescape",
        }
    }
}

/// Find a codec by any of its Python aliases.
pub fn lookup(name: &str) -> Option<Enc> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Some(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Enc::Utf8,
        "utf-8-sig" | "utf8-sig" => Enc::Utf8Sig,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "iso646-us" | "cp367"
        | "csascii" | "ibm367" | "iso-ir-6" => Enc::Ascii,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" | "csisolatin1" | "ibm819" | "iso-8859-1:1987" => Enc::Latin1,
        "utf-16" | "utf16" | "u16" => Enc::Utf16(None),
        "utf-16-le" | "utf-16le" | "utf16le" | "unicodelittleunmarked" => Enc::Utf16(Some(false)),
        "utf-16-be" | "utf-16be" | "utf16be" | "unicodebigunmarked" => Enc::Utf16(Some(true)),
        "utf-32" | "utf32" | "u32" => Enc::Utf32(None),
        "utf-32-le" | "utf-32le" | "utf32le" => Enc::Utf32(Some(false)),
        "utf-32-be" | "utf-32be" | "utf32be" => Enc::Utf32(Some(true)),
        "cp1252" | "windows-1252" | "1252" => Enc::Charmap(Charmap::Cp1252),
        "iso-8859-15" | "iso8859-15" | "l9" | "latin9" => Enc::Charmap(Charmap::Iso8859_15),
        "cp437" | "437" | "ibm437" | "cspc8codepage437" => Enc::Charmap(Charmap::Cp437),
        "mac-roman" | "macroman" | "macintosh" => Enc::Charmap(Charmap::MacRoman),
        "unicode-escape" | "unicodeescape" => Enc::UnicodeEscape,
        "raw-unicode-escape" | "rawunicodeescape" => Enc::RawUnicodeEscape,
        _ => return None,
    })
}

/// The text codec `name` names, for `str.encode` (`encode`) or `bytes.decode`; CPython's
/// LookupError for a bytes-to-bytes or str-to-str codec (`hex`, `rot13`) names the
/// `codecs` function that takes it.
pub fn lookup_or_err(vm: &Vm, name: &str, encode: bool) -> PyResult<Enc> {
    lookup(name).ok_or_else(|| {
        let n = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let transform = matches!(
            n.as_str(),
            "base64"
                | "base_64"
                | "base64_codec"
                | "bz2"
                | "bz2_codec"
                | "hex"
                | "hex_codec"
                | "quopri"
                | "quotedprintable"
                | "quoted_printable"
                | "quopri_codec"
                | "rot13"
                | "rot_13"
                | "uu"
                | "uu_codec"
                | "zip"
                | "zlib"
                | "zlib_codec"
        );
        let msg = if transform {
            let f = if encode { "encode" } else { "decode" };
            format!("'{name}' is not a text encoding; use codecs.{f}() to handle arbitrary codecs")
        } else {
            format!("unknown encoding: {name}")
        };
        vm.new_error("LookupError", msg)
    })
}

/// The Unicode name of a character (`unicodedata.name`), installed by the stdlib that
/// has the name tables; used by the `namereplace` error handler.
pub static CHAR_NAME: std::sync::OnceLock<fn(char) -> Option<String>> = std::sync::OnceLock::new();

/// The character with a Unicode name (case-insensitive, aliases included), for the
/// `\N{...}` escapes of the `unicode_escape` codec; installed like [`CHAR_NAME`].
pub static CHAR_BY_NAME: std::sync::OnceLock<fn(&str) -> Option<char>> = std::sync::OnceLock::new();

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point.
pub fn backslash_escape(n: u32, out: &mut String) {
    if n <= 0xff {
        out.push_str(&format!("\\x{n:02x}"));
    } else if n <= 0xffff {
        out.push_str(&format!("\\u{n:04x}"));
    } else {
        out.push_str(&format!("\\U{n:08x}"));
    }
}

fn set_attrs(vm: &Vm, e: &PyErr, names: &[&str], vals: &[Value]) {
    if let Some(o) = e.value().as_obj() {
        for (n, v) in names.iter().zip(vals) {
            let _ = vm.set_attr_raw(o, n, v.clone());
        }
    }
}

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

pub fn encode_error(vm: &Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        new_str(enc),
        new_str(s),
        Value::Int(start as i64),
        Value::Int(end as i64),
        new_str(reason),
    ];
    let e = vm.new_exception(&vm.exc_type("UnicodeEncodeError"), args.clone());
    set_attrs(vm, &e, &FIELDS, &args);
    e
}

pub fn decode_error(vm: &Vm, enc: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let args = vec![
        new_str(enc),
        crate::new_bytes(b.to_vec()),
        Value::Int(start as i64),
        Value::Int(end as i64),
        new_str(reason),
    ];
    let e = vm.new_exception(&vm.exc_type("UnicodeDecodeError"), args.clone());
    set_attrs(vm, &e, &FIELDS, &args);
    e
}

/// Encode `s`. Only ascii and latin-1 can meet unencodable characters.
pub fn encode(vm: &Vm, s: &str, enc: Enc, errors: &str) -> PyResult<Vec<u8>> {
    match enc {
        Enc::Utf8 => return Ok(s.as_bytes().to_vec()),
        Enc::Utf8Sig => {
            let mut v = vec![0xef, 0xbb, 0xbf];
            v.extend_from_slice(s.as_bytes());
            return Ok(v);
        }
        Enc::Utf16(e) => {
            let be = e == Some(true);
            let mut v = Vec::with_capacity(s.len() * 2 + 2);
            if e.is_none() {
                v.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Enc::Utf32(e) => {
            let be = e == Some(true);
            let mut v = Vec::with_capacity(s.len() * 4 + 4);
            if e.is_none() {
                v.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                v.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(v);
        }
        Enc::UnicodeEscape | Enc::RawUnicodeEscape => {
            return Ok(encode_escapes(s, enc == Enc::RawUnicodeEscape))
        }
        Enc::Ascii | Enc::Latin1 | Enc::Charmap(_) => {}
    }
    let limit: u32 = if enc == Enc::Ascii { 128 } else { 256 };
    if enc == Enc::Ascii && s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let enc1 = |c: char| -> Option<u8> {
        if let Enc::Charmap(m) = enc {
            m.encode(c)
        } else if (c as u32) < limit {
            Some(c as u32 as u8)
        } else {
            None
        }
    };
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = enc1(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && enc1(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            // weft's str holds no lone surrogates, so "surrogateescape" has nothing to
            // turn back into bytes here and fails like "strict".
            "strict" | "surrogatepass" | "surrogateescape" => {
                let reason = if matches!(enc, Enc::Charmap(_)) {
                    "character maps to <undefined>".to_string()
                } else {
                    format!("ordinal not in range({limit})")
                };
                return Err(encode_error(vm, enc.name(), s, i, j, &reason));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                let mut t = String::new();
                for &c in &chars[i..j] {
                    backslash_escape(c as u32, &mut t);
                }
                out.extend_from_slice(t.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "namereplace" => {
                let mut t = String::new();
                for &c in &chars[i..j] {
                    match CHAR_NAME.get().and_then(|f| f(c)) {
                        Some(n) => t.push_str(&format!("\\N{{{n}}}")),
                        None => backslash_escape(c as u32, &mut t),
                    }
                }
                out.extend_from_slice(t.as_bytes());
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}

/// `unicode_escape` (`raw` false) or `raw_unicode_escape` encoding: never fails.
fn encode_escapes(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut esc = String::new();
    for c in s.chars() {
        let n = c as u32;
        if raw && n < 0x100 {
            out.push(n as u8);
            continue;
        }
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(n as u8),
            _ => {
                esc.clear();
                backslash_escape(n, &mut esc);
                out.extend_from_slice(esc.as_bytes());
            }
        }
    }
    out
}

/// `unicode_escape` (`raw` false) or `raw_unicode_escape` decoding. Like CPython, the
/// first invalid escape of `unicode_escape` (`\q`, an octal value above 0o377) is kept
/// as written and reported with a DeprecationWarning once decoding succeeded.
fn decode_escapes(vm: &Vm, b: &[u8], errors: &str, raw: bool) -> PyResult<String> {
    let enc = if raw {
        Enc::RawUnicodeEscape
    } else {
        Enc::UnicodeEscape
    };
    let n = b.len();
    let mut out = String::with_capacity(n);
    let mut invalid: Option<String> = None;
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c != b'\\' {
            out.push(c as char);
            i += 1;
            continue;
        }
        if raw {
            // only an odd run of backslashes before u/U escapes
            let mut j = i;
            while j < n && b[j] == b'\\' {
                out.push('\\');
                j += 1;
            }
            if (j - i) % 2 == 0 || j >= n || !matches!(b[j], b'u' | b'U') {
                i = j;
                continue;
            }
            out.pop();
            i = j - 1;
        }
        let start = i;
        i += 1;
        if i >= n {
            decode_fail(
                vm,
                enc,
                b,
                start,
                n,
                "\\ at end of string",
                errors,
                &mut out,
            )?;
            break;
        }
        let e = b[i];
        i += 1;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' | b'\'' | b'"' => Some(Some(e as char)),
            b'a' => Some(Some('\u{7}')),
            b'b' => Some(Some('\u{8}')),
            b'f' => Some(Some('\u{c}')),
            b'v' => Some(Some('\u{b}')),
            b't' => Some(Some('\t')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut code = (e - b'0') as u32;
                let mut digits = 1;
                while digits < 3 && i < n && (b'0'..=b'7').contains(&b[i]) {
                    code = code * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    digits += 1;
                }
                if code > 0o377 && invalid.is_none() {
                    let text = String::from_utf8_lossy(&b[i - 3..i]).into_owned();
                    invalid = Some(format!("invalid octal escape sequence '\\{text}'"));
                }
                out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut code: u32 = 0;
                let mut got = 0;
                while got < count && i < n {
                    match (b[i] as char).to_digit(16) {
                        Some(d) => {
                            code = (code << 4) | d;
                            i += 1;
                            got += 1;
                        }
                        None => break,
                    }
                }
                if got < count {
                    decode_fail(vm, enc, b, start, i, reason, errors, &mut out)?;
                    continue;
                }
                match char::from_u32(code) {
                    Some(ch) => out.push(ch),
                    None => {
                        // weft's str holds no lone surrogates: one decodes to U+FFFD
                        if (0xd800..0xe000).contains(&code) {
                            out.push('\u{fffd}');
                        } else {
                            let reason = if raw {
                                "\\Uxxxxxxxx out of range"
                            } else {
                                "illegal Unicode character"
                            };
                            decode_fail(vm, enc, b, start, i, reason, errors, &mut out)?;
                        }
                    }
                }
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if i >= n || b[i] != b'{' {
                    decode_fail(vm, enc, b, start, i, malformed, errors, &mut out)?;
                    continue;
                }
                i += 1;
                let name_start = i;
                while i < n && b[i] != b'}' {
                    i += 1;
                }
                if i >= n {
                    decode_fail(vm, enc, b, start, n, malformed, errors, &mut out)?;
                    break;
                }
                if i == name_start {
                    decode_fail(vm, enc, b, start, i, malformed, errors, &mut out)?;
                    continue;
                }
                let name = String::from_utf8_lossy(&b[name_start..i]).into_owned();
                i += 1;
                match CHAR_BY_NAME.get().and_then(|f| f(&name)) {
                    Some(ch) => out.push(ch),
                    None => decode_fail(
                        vm,
                        enc,
                        b,
                        start,
                        i,
                        "unknown Unicode character name",
                        errors,
                        &mut out,
                    )?,
                }
            }
            _ => {
                if invalid.is_none() {
                    invalid = Some(format!("invalid escape sequence '\\{}'", e as char));
                }
                out.push('\\');
                out.push(e as char);
            }
        }
    }
    if let Some(msg) = invalid {
        let w = crate::import::import_module(vm, "warnings")?;
        let warn = vm.getattr(&w, "warn")?;
        vm.call(
            &warn,
            &[new_str(msg), Value::Obj(vm.exc_type("DeprecationWarning"))],
        )?;
    }
    Ok(out)
}

/// Handle one undecodable range `b[start..end]` per `errors`.
fn decode_fail(
    vm: &Vm,
    enc: Enc,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        // weft's str holds no lone surrogates, so "surrogatepass" fails like "strict"
        // on everything but an encoded surrogate (decode_utf8 turns that into U+FFFD)
        "strict" | "surrogatepass" => Err(decode_error(vm, enc.name(), b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        // Encoding-only handlers: CPython finds them but they reject a decode error.
        "xmlcharrefreplace" | "namereplace" => {
            Err(vm.type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

fn decode_utf8(vm: &Vm, b: &[u8], errors: &str, enc: Enc) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut base = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let p = base + good;
                let first = b[p];
                if errors == "surrogatepass"
                    && first == 0xed
                    && matches!(b.get(p + 1), Some(0xa0..=0xbf))
                    && matches!(b.get(p + 2), Some(0x80..=0xbf))
                {
                    out.push('\u{fffd}');
                    base = p + 3;
                    rest = &b[base..];
                    if rest.is_empty() {
                        return Ok(out);
                    }
                    continue;
                }
                let (len, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) => {
                        if (0x80..=0xc1).contains(&first) || first >= 0xf5 {
                            (n, "invalid start byte")
                        } else {
                            (n, "invalid continuation byte")
                        }
                    }
                };
                decode_fail(vm, enc, b, p, p + len, reason, errors, &mut out)?;
                base = p + len;
                rest = &b[base..];
                if rest.is_empty() {
                    return Ok(out);
                }
            }
        }
    }
}

fn decode_units(
    vm: &Vm,
    b: &[u8],
    skip: usize,
    enc: Enc,
    width: usize,
    be: bool,
    errors: &str,
) -> PyResult<String> {
    let mut out = String::with_capacity(b.len() / width);
    let unit = |i: usize| -> u32 {
        let c = &b[i..i + width];
        if width == 2 {
            let a = [c[0], c[1]];
            (if be {
                u16::from_be_bytes(a)
            } else {
                u16::from_le_bytes(a)
            }) as u32
        } else {
            let a = [c[0], c[1], c[2], c[3]];
            if be {
                u32::from_be_bytes(a)
            } else {
                u32::from_le_bytes(a)
            }
        }
    };
    let mut i = skip;
    while i + width <= b.len() {
        let u = unit(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => {
                    let reason = if u >= 0x110000 {
                        "code point not in range(0x110000)"
                    } else {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    };
                    decode_fail(vm, enc, b, i, i + 4, reason, errors, &mut out)?;
                }
            }
            i += 4;
            continue;
        }
        if (0xd800..0xdc00).contains(&u) {
            if i + 4 > b.len() {
                decode_fail(
                    vm,
                    enc,
                    b,
                    i,
                    b.len(),
                    "unexpected end of data",
                    errors,
                    &mut out,
                )?;
                return Ok(out);
            }
            let lo = unit(i + 2);
            if (0xdc00..0xe000).contains(&lo) {
                out.push(
                    char::from_u32(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00))
                        .unwrap_or('\u{fffd}'),
                );
                i += 4;
            } else {
                decode_fail(
                    vm,
                    enc,
                    b,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                    errors,
                    &mut out,
                )?;
                i += 2;
            }
        } else if (0xdc00..0xe000).contains(&u) {
            decode_fail(vm, enc, b, i, i + 2, "illegal encoding", errors, &mut out)?;
            i += 2;
        } else {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            i += 2;
        }
    }
    if i < b.len() {
        decode_fail(vm, enc, b, i, b.len(), "truncated data", errors, &mut out)?;
    }
    Ok(out)
}

/// Decode `b`.
pub fn decode(vm: &Vm, b: &[u8], enc: Enc, errors: &str) -> PyResult<String> {
    match enc {
        Enc::Utf8 => decode_utf8(vm, b, errors, enc),
        Enc::Utf8Sig => decode_utf8(
            vm,
            b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b),
            errors,
            enc,
        ),
        Enc::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Enc::UnicodeEscape => decode_escapes(vm, b, errors, false),
        Enc::RawUnicodeEscape => decode_escapes(vm, b, errors, true),
        Enc::Charmap(m) => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                match m.decode(x) {
                    Some(c) => out.push(c),
                    None => decode_fail(
                        vm,
                        enc,
                        b,
                        i,
                        i + 1,
                        "character maps to <undefined>",
                        errors,
                        &mut out,
                    )?,
                }
            }
            Ok(out)
        }
        Enc::Ascii => {
            if b.is_ascii() {
                return Ok(std::str::from_utf8(b).unwrap_or("").to_string());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                } else {
                    decode_fail(
                        vm,
                        enc,
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                        &mut out,
                    )?;
                }
            }
            Ok(out)
        }
        Enc::Utf16(e) => {
            // errors name the byte order actually used ('utf-16-le') and count the BOM
            let (skip, be) = match e {
                Some(be) => (0, be),
                None if b.starts_with(&[0xff, 0xfe]) => (2, false),
                None if b.starts_with(&[0xfe, 0xff]) => (2, true),
                None => (0, false),
            };
            decode_units(vm, b, skip, Enc::Utf16(Some(be)), 2, be, errors)
        }
        Enc::Utf32(e) => {
            let (skip, be) = match e {
                Some(be) => (0, be),
                None if b.starts_with(&[0xff, 0xfe, 0, 0]) => (4, false),
                None if b.starts_with(&[0, 0, 0xfe, 0xff]) => (4, true),
                None => (0, false),
            };
            decode_units(vm, b, skip, Enc::Utf32(Some(be)), 4, be, errors)
        }
    }
}

/// An `encoding`/`errors` argument: "encode() argument 'encoding' must be str, not int".
pub fn name_arg<'a>(
    vm: &Vm,
    fname: &str,
    what: &str,
    v: Option<&'a Value>,
    dflt: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(dflt),
        Some(v) => match v.payload() {
            Some(Payload::Str(s)) => Ok(s.as_str()),
            _ => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                crate::types::text::arg_type_name(vm, v)
            ))),
        },
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn str_encode(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = crate::types::str_methods::pystr(vm, &args[0])?;
    let a = bind(vm, "encode", &args[1..], kw, &["encoding", "errors"], 0)?;
    let encoding = name_arg(vm, "encode", "encoding", a[0], "utf-8")?;
    let errors = name_arg(vm, "encode", "errors", a[1], "strict")?;
    let enc = lookup_or_err(vm, encoding, true)?;
    Ok(crate::new_bytes(encode(vm, s.as_str(), enc, errors)?))
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview).
pub fn buffer_bytes(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.read().clone()),
        _ => crate::types::memoryview::view_bytes(v),
    }
}

fn char_repr(n: u32) -> String {
    let mut s = String::new();
    backslash_escape(n, &mut s);
    s
}

fn exc_fields(vm: &Vm, e: &Value) -> PyResult<(String, Value, i64, i64, String)> {
    let get = |n: &str| vm.getattr(e, n);
    let enc = vm.str(&get("encoding")?)?;
    let obj = get("object")?;
    let start = crate::types::text::index_arg(vm, &get("start")?)?;
    let end = crate::types::text::index_arg(vm, &get("end")?)?;
    let reason = vm.str(&get("reason")?)?;
    Ok((enc, obj, start, end, reason))
}

fn unicode_error_init(vm: &Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&args[0])
        )));
    }
    if let Some(Payload::Exception(d)) = args[0].payload() {
        *d.args.lock() = new_tuple(args[1..].to_vec());
    }
    let translate = crate::types::typeobj::is_subtype(
        crate::vm::type_of(&args[0]),
        &vm.exc_type("UnicodeTranslateError"),
    );
    let want = if translate { 4 } else { 5 };
    if args.len() - 1 != want {
        return Err(vm.type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            args.len() - 1
        )));
    }
    let (names, vals): (&[&str], &[Value]) = if translate {
        (&FIELDS[1..], &args[1..])
    } else {
        (&FIELDS[..], &args[1..])
    };
    // CPython parses the fields by type: strings, a bytes-like object for a decode
    // error's `object`, and integer positions.
    let decode = crate::types::typeobj::is_subtype(
        crate::vm::type_of(&args[0]),
        &vm.exc_type("UnicodeDecodeError"),
    );
    for (i, (n, v)) in names.iter().zip(vals).enumerate() {
        let is_str = matches!(v.payload(), Some(Payload::Str(_)));
        match *n {
            "start" | "end" => {
                crate::types::text::index_arg(vm, v)?;
            }
            "object" if decode && (is_str || buffer_bytes(v).is_none()) => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )));
            }
            "object" if decode => {}
            _ if !is_str => {
                return Err(vm.type_error(format!(
                    "argument {} must be str, not {}",
                    i + 1,
                    crate::types::text::arg_type_name(vm, v)
                )));
            }
            _ => {}
        }
    }
    if translate {
        if let Some(o) = args[0].as_obj() {
            vm.set_attr_raw(o, "encoding", Value::None)?;
        }
    }
    {
        if let Some(o) = args[0].as_obj() {
            for (n, v) in names.iter().zip(vals) {
                let v = if *n == "object" {
                    match buffer_bytes(v) {
                        Some(b) if !matches!(v.payload(), Some(Payload::Str(_))) => {
                            crate::new_bytes(b)
                        }
                        _ => v.clone(),
                    }
                } else {
                    v.clone()
                };
                vm.set_attr_raw(o, n, v)?;
            }
        }
    }
    Ok(Value::None)
}

fn encode_error_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    char_error_str(vm, &args[0], |enc| format!("'{enc}' codec can't encode"))
}

/// `str()` of an encode or translate error: "<what> character '\x..' in position N:
/// reason" for one character, "<what> characters in position N-M: reason" otherwise.
fn char_error_str(vm: &Vm, exc: &Value, what: impl Fn(&str) -> String) -> PyResult<Value> {
    let Ok((enc, obj, start, end, reason)) = exc_fields(vm, exc) else {
        return Ok(crate::intern(""));
    };
    let s = match obj.payload() {
        Some(Payload::Str(s)) => s,
        _ => return Ok(crate::intern("")),
    };
    let what = what(&enc);
    if end == start + 1 && start >= 0 && (start as usize) < s.char_len() {
        let c = s.char_at(start as usize) as u32;
        return Ok(new_str(format!(
            "{what} character '{}' in position {start}: {reason}",
            char_repr(c)
        )));
    }
    Ok(new_str(format!(
        "{what} characters in position {start}-{}: {reason}",
        end - 1
    )))
}

fn decode_error_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Ok((enc, obj, start, end, reason)) = exc_fields(vm, &args[0]) else {
        return Ok(crate::intern(""));
    };
    let b = buffer_bytes(&obj).unwrap_or_default();
    if end == start + 1 && start >= 0 && (start as usize) < b.len() {
        return Ok(new_str(format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start as usize]
        )));
    }
    Ok(new_str(format!(
        "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
        end - 1
    )))
}

fn translate_error_str(vm: &Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    char_error_str(vm, &args[0], |_| "can't translate".to_string())
}

pub fn init() {
    crate::types::add_method(&crate::types::types().str, "encode", str_encode);
    let ex = crate::interp::interp().exc_types();
    if let Some(t) = ex.get("UnicodeTranslateError") {
        crate::types::add_method(t, "__init__", unicode_error_init);
        crate::types::add_method(t, "__str__", translate_error_str);
    }
    if let Some(t) = ex.get("UnicodeEncodeError") {
        crate::types::add_method(t, "__init__", unicode_error_init);
        crate::types::add_method(t, "__str__", encode_error_str);
    }
    if let Some(t) = ex.get("UnicodeDecodeError") {
        crate::types::add_method(t, "__init__", unicode_error_init);
        crate::types::add_method(t, "__str__", decode_error_str);
    }
}
