//! Hash functions no crate here provides, written from their specifications: the Keccak
//! sponge (SHA-3 of FIPS 202 and the SHAKE extendable-output functions) and BLAKE2b/BLAKE2s
//! (RFC 7693, with the full parameter block that hashlib's constructors expose).

/// Round constants of Keccak-f[1600].
const KECCAK_RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];

/// Rotation offsets of the rho step, in the order the pi step visits the lanes.
const KECCAK_ROT: [u32; 24] = [
    1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
];

/// The lane order of the pi step (starting from lane 1).
const KECCAK_PI: [usize; 24] = [
    10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
];

fn keccak_f(st: &mut [u64; 25]) {
    for rc in KECCAK_RC {
        // theta
        let mut col = [0u64; 5];
        for (x, c) in col.iter_mut().enumerate() {
            *c = st[x] ^ st[x + 5] ^ st[x + 10] ^ st[x + 15] ^ st[x + 20];
        }
        for x in 0..5 {
            let d = col[(x + 4) % 5] ^ col[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                st[x + 5 * y] ^= d;
            }
        }
        // rho and pi
        let mut carry = st[1];
        for (&to, &rot) in KECCAK_PI.iter().zip(KECCAK_ROT.iter()) {
            let next = st[to];
            st[to] = carry.rotate_left(rot);
            carry = next;
        }
        // chi
        for y in 0..5 {
            let row = [
                st[5 * y],
                st[5 * y + 1],
                st[5 * y + 2],
                st[5 * y + 3],
                st[5 * y + 4],
            ];
            for x in 0..5 {
                st[5 * y + x] = row[x] ^ (!row[(x + 1) % 5] & row[(x + 2) % 5]);
            }
        }
        // iota
        st[0] ^= rc;
    }
}

/// A Keccak sponge: SHA-3 (domain byte 0x06) or SHAKE (0x1f) with `rate` bytes per block.
#[derive(Clone)]
pub struct Keccak {
    st: [u64; 25],
    pos: usize,
    rate: usize,
    domain: u8,
}

impl Keccak {
    /// SHA3-n for n in 224, 256, 384, 512: the capacity is twice the digest.
    pub fn sha3(bits: usize) -> Keccak {
        Keccak {
            st: [0; 25],
            pos: 0,
            rate: 200 - bits / 4,
            domain: 0x06,
        }
    }

    /// SHAKE128 or SHAKE256.
    pub fn shake(bits: usize) -> Keccak {
        Keccak {
            st: [0; 25],
            pos: 0,
            rate: 200 - bits / 4,
            domain: 0x1f,
        }
    }

    pub fn is_shake(&self) -> bool {
        self.domain == 0x1f
    }

    pub fn rate(&self) -> usize {
        self.rate
    }

    fn xor_byte(&mut self, i: usize, b: u8) {
        self.st[i / 8] ^= (b as u64) << (8 * (i % 8));
    }

    pub fn update(&mut self, data: &[u8]) {
        for &b in data {
            self.xor_byte(self.pos, b);
            self.pos += 1;
            if self.pos == self.rate {
                keccak_f(&mut self.st);
                self.pos = 0;
            }
        }
    }

    /// The first `n` output bytes; the sponge itself is left as it was.
    pub fn squeeze(&self, n: usize) -> Vec<u8> {
        let mut k = self.clone();
        k.xor_byte(k.pos, k.domain);
        k.xor_byte(k.rate - 1, 0x80);
        keccak_f(&mut k.st);
        let mut out = Vec::with_capacity(n);
        loop {
            for i in 0..k.rate {
                if out.len() == n {
                    return out;
                }
                out.push((k.st[i / 8] >> (8 * (i % 8))) as u8);
            }
            keccak_f(&mut k.st);
        }
    }
}

/// BLAKE2's message schedule.
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The tunable parameters of a BLAKE2 hash (hashlib's keyword arguments).
#[derive(Clone, Default)]
pub struct Blake2Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

macro_rules! blake2 {
    ($name:ident, $word:ty, $wbytes:expr, $rounds:expr, $iv:expr, $rot:expr) => {
        /// One BLAKE2 variant's running state.
        #[derive(Clone)]
        pub struct $name {
            h: [$word; 8],
            t: u128,
            buf: Vec<u8>,
            last_node: bool,
            digest_size: usize,
        }

        impl $name {
            pub const BLOCK: usize = 16 * $wbytes;
            /// The largest digest, key, and the salt/person sizes.
            pub const MAX_OUT: usize = 8 * $wbytes;
            pub const SALT: usize = 2 * $wbytes;

            /// A fresh state; the caller has checked the parameters' sizes.
            pub fn new(p: &Blake2Params) -> $name {
                // The parameter block, as little-endian bytes laid over the IV.
                let mut pb = [0u8; 8 * $wbytes];
                pb[0] = p.digest_size as u8;
                pb[1] = p.key.len() as u8;
                pb[2] = p.fanout;
                pb[3] = p.depth;
                pb[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                // node_offset takes 8 bytes in BLAKE2b and 6 in BLAKE2s.
                let off = p.node_offset.to_le_bytes();
                let off_len = if $wbytes == 8 { 8 } else { 6 };
                pb[8..8 + off_len].copy_from_slice(&off[..off_len]);
                pb[8 + off_len] = p.node_depth;
                pb[9 + off_len] = p.inner_size;
                let s = 4 * $wbytes;
                pb[s..s + p.salt.len()].copy_from_slice(&p.salt);
                let q = 6 * $wbytes;
                pb[q..q + p.person.len()].copy_from_slice(&p.person);
                let mut h: [$word; 8] = $iv;
                for (i, w) in h.iter_mut().enumerate() {
                    let mut b = [0u8; $wbytes];
                    b.copy_from_slice(&pb[i * $wbytes..(i + 1) * $wbytes]);
                    *w ^= <$word>::from_le_bytes(b);
                }
                let mut st = $name {
                    h,
                    t: 0,
                    buf: Vec::with_capacity(Self::BLOCK),
                    last_node: p.last_node,
                    digest_size: p.digest_size,
                };
                if !p.key.is_empty() {
                    let mut block = p.key.clone();
                    block.resize(Self::BLOCK, 0);
                    st.update(&block);
                }
                st
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $word; 16];
                for (i, w) in m.iter_mut().enumerate() {
                    let mut b = [0u8; $wbytes];
                    b.copy_from_slice(&block[i * $wbytes..(i + 1) * $wbytes]);
                    *w = <$word>::from_le_bytes(b);
                }
                let iv: [$word; 8] = $iv;
                let mut v = [0 as $word; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&iv);
                v[12] ^= self.t as $word;
                v[13] ^= (self.t >> (8 * $wbytes)) as $word;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let (r1, r2, r3, r4) = $rot;
                let mut g = |a: usize, b: usize, c: usize, d: usize, x: $word, y: $word| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right(r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right(r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r4);
                };
                for r in 0..$rounds {
                    let s = &SIGMA[r % 10];
                    g(0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            pub fn update(&mut self, mut data: &[u8]) {
                // A full buffer is compressed only once more input follows: the last
                // block must be compressed with the final flag.
                while !data.is_empty() {
                    if self.buf.len() == Self::BLOCK {
                        self.t += Self::BLOCK as u128;
                        let block = std::mem::take(&mut self.buf);
                        self.compress(&block, false);
                        self.buf = block;
                        self.buf.clear();
                    }
                    let n = (Self::BLOCK - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..n]);
                    data = &data[n..];
                }
            }

            /// The digest so far; the state itself goes on.
            pub fn digest(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t += s.buf.len() as u128;
                let mut block = std::mem::take(&mut s.buf);
                block.resize(Self::BLOCK, 0);
                s.compress(&block, true);
                let mut out: Vec<u8> = s.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(s.digest_size);
                out
            }
        }
    };
}

blake2!(
    Blake2b,
    u64,
    8,
    12,
    [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179
    ],
    (32, 24, 16, 63)
);

blake2!(
    Blake2s,
    u32,
    4,
    10,
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19
    ],
    (16, 12, 8, 7)
);
