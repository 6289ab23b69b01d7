//! A hasher for maps keyed by machine words that are already well spread (object
//! addresses, Python str hashes): one multiplication instead of SipHash, whose cost on
//! hot paths (a store to a module's globals, every freed instance) exceeded the work.

use std::collections::HashMap;

#[derive(Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Folding the high half down keeps the bits hashbrown uses (top 7 and low bits)
        // dependent on the whole word: addresses differ mostly in their middle bits.
        let h = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
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
