//! The source texts as the wasm module carries them: packed by `build.rs`
//! (each character its rank in one shared alphabet, in one byte or two),
//! unpacked on first use. Packing keeps the page within its size budget;
//! the texts in `text/` stay the authority, and a test checks that each
//! unpacks to its file byte for byte.

/// Ranks below this take one byte; the others two (as in `build.rs`).
const ONE_BYTE: u8 = 192;

/// Every character of the texts, most frequent first.
const ALPHABET: &str = include_str!(concat!(env!("OUT_DIR"), "/alphabet.txt"));

/// A source text, packed.
#[derive(Debug, Clone, Copy)]
pub struct Packed(&'static [u8]);

pub const JS: Packed = Packed(include_bytes!(concat!(env!("OUT_DIR"), "/js.bin")));
pub const ZS: Packed = Packed(include_bytes!(concat!(env!("OUT_DIR"), "/zs.bin")));
pub const GD: Packed = Packed(include_bytes!(concat!(env!("OUT_DIR"), "/gd.bin")));
pub const JL: Packed = Packed(include_bytes!(concat!(env!("OUT_DIR"), "/jl.bin")));
pub const NT: Packed = Packed(include_bytes!(concat!(env!("OUT_DIR"), "/nt.bin")));

impl Packed {
    /// The text, as its file holds it.
    pub fn unpack(self) -> String {
        let alphabet: Vec<char> = ALPHABET.chars().collect();
        let mut text = String::with_capacity(self.0.len().saturating_mul(2));
        let mut bytes = self.0.iter().copied();
        while let Some(first) = bytes.next() {
            let rank = if first < ONE_BYTE {
                usize::from(first)
            } else {
                let high = usize::from(first - ONE_BYTE);
                let low = usize::from(bytes.next().unwrap_or(0));
                usize::from(ONE_BYTE) + (high << 8 | low)
            };
            text.extend(alphabet.get(rank));
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_text_unpacks_to_its_file_byte_for_byte() {
        for (packed, file) in [
            (JS, include_str!("text/js.txt")),
            (ZS, include_str!("text/zs.txt")),
            (GD, include_str!("text/gd.txt")),
            (JL, include_str!("text/jl.txt")),
            (NT, include_str!("text/nt.txt")),
        ] {
            assert_eq!(packed.unpack(), file);
            assert!(packed.0.len() < file.len() / 2);
        }
    }
}
