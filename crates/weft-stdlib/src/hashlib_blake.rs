//! `hashlib.blake2b`/`blake2s` (keyed, salted, personalised, any digest size, on
//! RustCrypto's `blake2` cores) and `pbkdf2_hmac` (HMAC over any `hashlib` state).
//! Follows <https://docs.python.org/3.11/library/hashlib.html#blake2>.

use blake2::digest::block_buffer::BlockBuffer;
use blake2::digest::core_api::{
    BlockSizeUser, Buffer, OutputSizeUser, UpdateCore, VariableOutputCore,
};
use blake2::digest::generic_array::GenericArray;
use blake2::digest::typenum::Unsigned;
use blake2::{Blake2bVarCore, Blake2sVarCore};

use crate::hashlib::State;

macro_rules! blake_state {
    ($name:ident, $core:ty) => {
        /// A running BLAKE2 computation: the core, its lazy block buffer (which holds
        /// the padded key block first when a key is given) and the digest size.
        #[derive(Clone)]
        pub struct $name {
            core: $core,
            buf: Buffer<$core>,
            out: usize,
        }

        impl $name {
            fn with(core: $core, key: &[u8], out: usize) -> Self {
                let buf = if key.is_empty() {
                    Buffer::<$core>::default()
                } else {
                    let mut block =
                        GenericArray::<u8, <$core as BlockSizeUser>::BlockSize>::default();
                    block[..key.len()].copy_from_slice(key);
                    BlockBuffer::new(&block)
                };
                $name { core, buf, out }
            }

            pub fn update(&mut self, data: &[u8]) {
                let $name { core, buf, .. } = self;
                buf.digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            pub fn digest(&self) -> Vec<u8> {
                let mut core = self.core.clone();
                let mut buf = self.buf.clone();
                let mut full = GenericArray::<u8, <$core as OutputSizeUser>::OutputSize>::default();
                core.finalize_variable_core(&mut buf, &mut full);
                full[..self.out].to_vec()
            }

            pub fn digest_size(&self) -> i64 {
                self.out as i64
            }
        }
    };
}

blake_state!(Blake2b, Blake2bVarCore);
blake_state!(Blake2s, Blake2sVarCore);

/// The largest digest/key size (64 for blake2b, 32 for blake2s) and salt/person size.
pub fn limits(big: bool) -> (usize, usize) {
    if big {
        (<Blake2bVarCore as OutputSizeUser>::OutputSize::USIZE, 16)
    } else {
        (<Blake2sVarCore as OutputSizeUser>::OutputSize::USIZE, 8)
    }
}

/// A new BLAKE2 state (parameters already checked against [`limits`]).
pub fn new_state(big: bool, out: usize, key: &[u8], salt: &[u8], person: &[u8]) -> State {
    if big {
        let core = Blake2bVarCore::new_with_params(salt, person, key.len(), out);
        State::Blake2b(Box::new(Blake2b::with(core, key, out)))
    } else {
        let core = Blake2sVarCore::new_with_params(salt, person, key.len(), out);
        State::Blake2s(Box::new(Blake2s::with(core, key, out)))
    }
}

/// PBKDF2 with HMAC over `proto` (a fresh state of the chosen hash):
/// RFC 8018 section 5.2, `dklen` bytes of derived key.
pub fn pbkdf2(
    proto: &State,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    dklen: usize,
) -> Vec<u8> {
    let bs = proto.block_size() as usize;
    let mut key = if password.len() > bs {
        let mut h = proto.clone();
        h.update(password);
        h.digest()
    } else {
        password.to_vec()
    };
    key.resize(bs, 0);
    let mut inner = proto.clone();
    inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = proto.clone();
    outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    let hmac = |msg: &[u8]| -> Vec<u8> {
        let mut i = inner.clone();
        i.update(msg);
        let mut o = outer.clone();
        o.update(&i.digest());
        o.digest()
    };
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac(&msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac(&u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block = block.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}
