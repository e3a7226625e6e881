//! Text files in encodings that are not ASCII-compatible or not native to `_io`
//! (utf-16, utf-32 and their -le/-be forms, cp1252): raw bytes are transcoded to UTF-8
//! chunk by chunk on reading (holding back partial code units, consuming a BOM) and text
//! is encoded with the same codecs as `str.encode` on writing
//! (<https://docs.python.org/3.11/library/io.html#io.TextIOWrapper>).

use weft_vm::types::codecs::{self, Enc as VEnc};
use weft_vm::{PyResult, Vm};

pub struct Wide {
    /// The codec as opened (utf-16 / utf-32 without an endianness read or write a BOM).
    orig: VEnc,
    /// The codec in use once the BOM was handled.
    enc: VEnc,
    /// Raw bytes of an incomplete character, kept for the next chunk.
    rest: Vec<u8>,
    started: bool,
}

/// The codec for `name` when `_io` must go through the generic codecs (None: native or unknown).
pub fn lookup(name: &str) -> Option<VEnc> {
    match codecs::lookup(name)? {
        e @ (VEnc::Utf16(_) | VEnc::Utf32(_) | VEnc::Charmap(_)) => Some(e),
        _ => None,
    }
}

fn unit(e: VEnc) -> usize {
    match e {
        VEnc::Utf16(_) => 2,
        VEnc::Utf32(_) => 4,
        _ => 1,
    }
}

impl Wide {
    pub fn new(enc: VEnc) -> Wide {
        Wide {
            orig: enc,
            enc,
            rest: Vec::new(),
            started: false,
        }
    }

    /// After a seek: to the start, a BOM is read/written again; elsewhere, not.
    pub fn reset(&mut self, to_start: bool) {
        self.rest.clear();
        self.enc = self.orig;
        self.started = false;
        if !to_start {
            self.pick_order(false);
        }
    }

    /// Fix the byte order (little endian unless a big-endian BOM says otherwise).
    fn pick_order(&mut self, big: bool) {
        self.enc = match self.enc {
            VEnc::Utf16(None) => VEnc::Utf16(Some(big)),
            VEnc::Utf32(None) => VEnc::Utf32(Some(big)),
            e => e,
        };
        self.started = true;
    }

    pub fn clear_pending(&mut self) {
        self.rest.clear();
    }

    /// Raw bytes -> UTF-8 bytes of the characters complete so far.
    pub fn decode(
        &mut self,
        vm: &Vm,
        chunk: Vec<u8>,
        eof: bool,
        errors: &str,
    ) -> PyResult<Vec<u8>> {
        let mut data = std::mem::take(&mut self.rest);
        data.extend_from_slice(&chunk);
        let mut start = 0;
        if !self.started {
            let need = unit(self.enc);
            if data.len() < need && !eof {
                self.rest = data;
                return Ok(Vec::new());
            }
            match self.enc {
                VEnc::Utf16(None) if data.starts_with(b"\xfe\xff") => {
                    self.pick_order(true);
                    start = 2;
                }
                VEnc::Utf16(None) if data.starts_with(b"\xff\xfe") => {
                    self.pick_order(false);
                    start = 2;
                }
                VEnc::Utf32(None) if data.starts_with(b"\x00\x00\xfe\xff") => {
                    self.pick_order(true);
                    start = 4;
                }
                VEnc::Utf32(None) if data.starts_with(b"\xff\xfe\x00\x00") => {
                    self.pick_order(false);
                    start = 4;
                }
                _ => self.pick_order(false),
            }
        }
        let body = &data[start..];
        let mut cut = body.len();
        if !eof {
            let u = unit(self.enc);
            cut -= cut % u;
            if let VEnc::Utf16(Some(big)) = self.enc {
                if cut >= 2 {
                    let (a, b) = (body[cut - 2], body[cut - 1]);
                    let hi = if big { a } else { b };
                    if (0xd8..0xdc).contains(&hi) {
                        cut -= 2;
                    }
                }
            }
        }
        let s = codecs::decode(vm, &body[..cut], self.enc, errors)?;
        self.rest = body[cut..].to_vec();
        Ok(s.into_bytes())
    }

    /// Encode `text`; the first write of a BOM codec writes the BOM when `at_start`.
    pub fn encode(
        &mut self,
        vm: &Vm,
        text: &str,
        errors: &str,
        at_start: impl FnOnce() -> bool,
    ) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        if !self.started {
            let bom: &[u8] = match self.enc {
                VEnc::Utf16(None) => b"\xff\xfe",
                VEnc::Utf32(None) => b"\xff\xfe\x00\x00",
                _ => b"",
            };
            if !bom.is_empty() && at_start() {
                out.extend_from_slice(bom);
            }
            self.pick_order(false);
        }
        out.extend(codecs::encode(vm, text, self.enc, errors)?);
        Ok(out)
    }
}
