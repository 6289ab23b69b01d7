//! A hasher for the runtime's internal maps (object addresses, Python str hashes,
//! interned identifiers): a multiply per word instead of SipHash, whose cost on hot paths
//! (a store to a module's globals, every freed instance, every `intern`) exceeded the work.
//! Keys here are the runtime's own, not attacker-chosen dict keys (Python dicts hash with
//! their own seeded string hash).

use std::collections::HashMap;

#[derive(Default)]
pub struct WordHasher(u64);

const K: u64 = 0x9E37_79B9_7F4A_7C15;

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // Folding the high half down keeps the bits hashbrown uses (top 7 and low bits)
        // dependent on the whole word: addresses differ mostly in their middle bits.
        self.0 ^ (self.0 >> 32)
    }
    /// Eight bytes at a time (identifiers and attribute names are short).
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(w) ^ rest.len() as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, n: u8) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(K);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(K);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
}

/// A `HashMap` hashed with `WordHasher`.
pub type WordMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;
