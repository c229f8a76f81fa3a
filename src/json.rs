//! Compact JSON text of any `Serialize` value, written straight into one
//! string: the writer of reports, saved files and every value that crosses
//! into JavaScript. Byte for byte what `facts::compliance::to_json` (serde_json
//! and its decimal marks) writes, several times as fast: strings are scanned
//! for what needs escaping eight bytes at a time, numbers are written
//! without `core::fmt`, and nothing goes through an intermediate string or
//! an `io::Write`. It also keeps serde_json's serialiser out
//! of the wasm module.

use std::fmt::{self, Display, Write as _};

use serde::ser::{self, Serialize};

/// Why a value could not be written (a map key that is not a string, or a
/// value's own error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(message: T) -> Error {
        Error(message.to_string())
    }
}

/// The compact JSON text of `value`.
///
/// # Errors
/// When `value` fails to serialise or has a map key that is not a string
/// (or a number, a boolean, a character or a unit variant, written quoted).
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    thread_local! {
        /// The length of the text written last: the next is most often a
        /// report of about the same size, written without regrowing.
        static LAST: std::cell::Cell<usize> = const { std::cell::Cell::new(4096) };
    }
    let mut out = Writer(Vec::with_capacity(LAST.get().saturating_add(1024)));
    value.serialize(&mut out)?;
    LAST.set(out.0.len());
    // SAFETY: the writer only ever appends whole `str`s, ASCII bytes and
    // the text of `str`s cut at ASCII bytes, so the bytes are UTF-8.
    Ok(unsafe { String::from_utf8_unchecked(out.0) })
}

/// The text being written, as bytes (see `to_string` for why UTF-8).
struct Writer(Vec<u8>);

/// Whether any of the eight bytes of `word` must be escaped in a JSON
/// string: below 0x20, `"` or `\`. Exact for "any" (the borrow of the
/// subtraction only ever sets bits above a byte that matched).
#[inline(always)]
fn any_special(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    (below_space
        | zero_in(word ^ (ONES * u64::from(b'"')))
        | zero_in(word ^ (ONES * u64::from(b'\\'))))
        != 0
}

/// The eight bytes of `bytes` from `at`, if there are eight.
#[inline(always)]
fn word_at(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// Whether a byte must be escaped in a JSON string.
#[inline(always)]
fn special(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// Where the first byte of `bytes` that must be escaped is, if any. Most
/// strings have none: they are checked a word at a time, the last
/// (partial) word overlapping the one before.
#[inline(always)]
fn first_special(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(word) = word_at(bytes, at) {
        if any_special(word) {
            break;
        }
        at += 8;
    }
    if at < bytes.len()
        && at + 8 > bytes.len()
        && bytes.len() >= 8
        && word_at(bytes, bytes.len() - 8).is_some_and(|w| !any_special(w))
    {
        return None;
    }
    // The word that holds a special byte, or fewer than eight bytes left.
    while let Some(&byte) = bytes.get(at) {
        if special(byte) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// How serde_json escapes a byte that must be escaped: the short forms for
/// `\b \t \n \f \r`, `\u00xx` in lower-case hex for the other controls.
fn escape(byte: u8) -> ([u8; 6], usize) {
    let short = |c: u8| ([b'\\', c, 0, 0, 0, 0], 2);
    match byte {
        b'"' => short(b'"'),
        b'\\' => short(b'\\'),
        0x08 => short(b'b'),
        b'\t' => short(b't'),
        b'\n' => short(b'n'),
        0x0c => short(b'f'),
        b'\r' => short(b'r'),
        _ => {
            let hex = |nibble: u8| {
                if nibble < 10 {
                    b'0' + nibble
                } else {
                    b'a' + nibble - 10
                }
            };
            (
                [b'\\', b'u', b'0', b'0', hex(byte >> 4), hex(byte & 0xf)],
                6,
            )
        }
    }
}

impl Writer {
    /// Makes room for `n` more bytes: one comparison, as growth is rare.
    #[inline(always)]
    fn room(&mut self, n: usize) {
        if self.0.capacity() - self.0.len() < n {
            self.0.reserve(n);
        }
    }

    /// Appends `bytes`. Written by hand rather than with `extend_from_slice`:
    /// a report is some twenty thousand short pieces, and the size-tuned
    /// build calls the vector's growth code for each piece otherwise.
    #[inline(always)]
    fn put(&mut self, bytes: &[u8]) {
        self.room(bytes.len());
        let len = self.0.len();
        // SAFETY: `room` left at least `bytes.len()` bytes of capacity past
        // the length, so the copy stays within the allocation; `bytes` is
        // borrowed apart from the vector, so they do not overlap; and the
        // new length covers only the bytes just written.
        unsafe {
            std::ptr::copy_nonoverlapping(
                bytes.as_ptr(),
                self.0.as_mut_ptr().add(len),
                bytes.len(),
            );
            self.0.set_len(len + bytes.len());
        }
    }

    #[inline(always)]
    fn byte(&mut self, byte: u8) {
        self.put(&[byte]);
    }

    #[inline(always)]
    fn raw(&mut self, text: &str) {
        self.put(text.as_bytes());
    }

    /// `text` escaped, without quotes.
    fn escaped(&mut self, text: &str) {
        let mut rest = text.as_bytes();
        while let Some(at) = first_special(rest) {
            let Some((clean, tail)) = rest.split_at_checked(at) else {
                break;
            };
            let Some((&byte, after)) = tail.split_first() else {
                break;
            };
            // `byte` is ASCII: `clean` ends on a char boundary.
            self.put(clean);
            let (escaped, len) = escape(byte);
            self.put(escaped.get(..len).unwrap_or(&[]));
            rest = after;
        }
        self.put(rest);
    }

    fn string(&mut self, text: &str) {
        self.room(text.len() + 2);
        self.byte(b'"');
        self.escaped(text);
        self.byte(b'"');
    }

    fn unsigned(&mut self, mut value: u64) {
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        loop {
            at -= 1;
            if let Some(slot) = digits.get_mut(at) {
                *slot = b'0' + (value % 10) as u8;
            }
            value /= 10;
            if value == 0 {
                break;
            }
        }
        self.put(digits.get(at..).unwrap_or(&[]));
    }

    fn signed(&mut self, value: i64) {
        if value < 0 {
            self.byte(b'-');
        }
        self.unsigned(value.unsigned_abs());
    }

    /// `,"key":` (no comma before the first): a field name seldom needs an
    /// escape, and is then written with one capacity check.
    fn key(&mut self, first: &mut bool, key: &str) {
        let comma = !std::mem::take(first);
        self.room(key.len() + 4);
        if comma {
            self.byte(b',');
        }
        self.byte(b'"');
        if first_special(key.as_bytes()).is_some() {
            self.escaped(key);
        } else {
            self.raw(key);
        }
        self.put(b"\":");
    }
}

/// A sequence, map or struct being written: whether it is still empty.
pub struct Compound<'a> {
    out: &'a mut Writer,
    first: bool,
    /// How many brackets close it: `}` or `]`, then `}` for a variant.
    close: &'static str,
}

impl<'a> Compound<'a> {
    fn open(out: &'a mut Writer, open: &str, close: &'static str) -> Compound<'a> {
        out.raw(open);
        Compound {
            out,
            first: true,
            close,
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        if !std::mem::take(&mut self.first) {
            self.out.byte(b',');
        }
        value.serialize(&mut *self.out)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), Error> {
        self.out.key(&mut self.first, key);
        value.serialize(&mut *self.out)
    }

    fn close(self) -> Result<(), Error> {
        self.out.raw(self.close);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.raw(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.signed(i64::from(v));
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.signed(i64::from(v));
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.signed(i64::from(v));
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }

    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.raw(&v.to_string());
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.unsigned(u64::from(v));
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.unsigned(u64::from(v));
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.unsigned(u64::from(v));
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }

    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.raw(&v.to_string());
        Ok(())
    }

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        let text = serde_json::to_string(&v).map_err(ser::Error::custom)?;
        self.raw(&text);
        Ok(())
    }

    /// As serde_json writes it (the engine writes no floating point; this
    /// is here for completeness and costs nothing unless used).
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        let text = serde_json::to_string(&v).map_err(ser::Error::custom)?;
        self.raw(&text);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // A `Decimal`'s digits are a number; its own `serialize` says so
        // while it writes them, so no text a user writes can become one.
        if crate::facts::compliance::writing_decimal() {
            self.raw(v);
        } else {
            self.string(v);
        }
        Ok(())
    }

    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = Compound::open(self, "[", "]");
        for byte in v {
            seq.element(byte)?;
        }
        seq.close()
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.raw("null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let mut map = Compound::open(self, "{", "}");
        map.field(variant, value)?;
        map.close()
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, "[", "]"))
    }

    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, "[", "]"))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, "[", "]"))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.byte(b'{');
        self.string(variant);
        Ok(Compound::open(self, ":[", "]}"))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, "{", "}"))
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(Compound::open(self, "{", "}"))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.byte(b'{');
        self.string(variant);
        Ok(Compound::open(self, ":{", "}}"))
    }

    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        /// Escapes what `Display` writes, piece by piece.
        struct Escaping<'b>(&'b mut Writer);
        impl fmt::Write for Escaping<'_> {
            fn write_str(&mut self, piece: &str) -> fmt::Result {
                self.0.escaped(piece);
                Ok(())
            }
        }
        self.byte(b'"');
        write!(Escaping(&mut *self), "{value}").map_err(ser::Error::custom)?;
        self.byte(b'"');
        Ok(())
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        if !std::mem::take(&mut self.first) {
            self.out.byte(b',');
        }
        key.serialize(KeyWriter(&mut *self.out))?;
        self.out.byte(b':');
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.out)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }

    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

/// Writes a map key as serde_json does: strings as they are; numbers,
/// booleans, characters and unit variants quoted; anything else refused.
struct KeyWriter<'a>(&'a mut Writer);

fn key_must_be_a_string() -> Error {
    Error("key must be a string".to_string())
}

impl KeyWriter<'_> {
    /// A float key, quoted when finite (as serde_json writes it).
    fn float<F: Serialize>(self, finite: bool, value: &F) -> Result<(), Error> {
        if !finite {
            return Err(Error("float key must be finite".to_string()));
        }
        let text = serde_json::to_string(value).map_err(ser::Error::custom)?;
        self.quoted(|w| w.raw(&text))
    }

    fn quoted(self, write: impl FnOnce(&mut Writer)) -> Result<(), Error> {
        self.0.byte(b'"');
        write(self.0);
        self.0.byte(b'"');
        Ok(())
    }
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|w| w.raw(if v { "true" } else { "false" }))
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(|w| w.signed(i64::from(v)))
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(|w| w.signed(i64::from(v)))
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(|w| w.signed(i64::from(v)))
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|w| w.signed(v))
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(|w| w.unsigned(u64::from(v)))
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(|w| w.unsigned(u64::from(v)))
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(|w| w.unsigned(u64::from(v)))
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|w| w.unsigned(v))
    }

    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(|w| w.raw(&v.to_string()))
    }

    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(|w| w.raw(&v.to_string()))
    }

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.is_finite(), &v)
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v.is_finite(), &v)
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.string(v);
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.string(variant);
        Ok(())
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_must_be_a_string())
    }

    fn collect_str<T: Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.serialize_str(&value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use serde::Serialize;
    use std::collections::BTreeMap;

    fn same<T: Serialize + ?Sized>(value: &T) {
        let expected = serde_json::to_string(value).expect("serde_json");
        assert_eq!(to_string(value).expect("json"), expected);
    }

    #[test]
    fn every_ascii_byte_at_every_offset_of_a_word_is_escaped_as_serde_json_does() {
        for byte in 0u8..=0x7f {
            for before in 0..17 {
                for after in [0, 1, 7, 8, 9] {
                    let text = format!(
                        "{}{}{}",
                        "a".repeat(before),
                        char::from(byte),
                        "定".repeat(after)
                    );
                    same(&text);
                }
            }
        }
    }

    #[test]
    fn bytes_next_to_the_special_ones_are_not_escaped() {
        // 0x20 and 0x21 border the controls and `"`, 0x5b and 0x5d `\`; the
        // high bytes of UTF-8 must never look special to the word test.
        let text = " !#[]\u{7f}\u{80}\u{ff}\u{a2}\u{5c5c}\u{2222}\u{1f600}定点、「」";
        same(text);
        assert_eq!(to_string(text).expect("json"), format!("\"{text}\""));
    }

    #[test]
    fn strings_with_many_escapes_and_none() {
        same("");
        same("\"\\\"\\\u{0}\u{1f}\n\r\t\u{8}\u{c}\u{b}");
        same(&"\n".repeat(40));
        same(&"医保定点".repeat(100));
    }

    #[test]
    fn numbers_at_their_extremes() {
        same(&[0u64, 1, 9, 10, 99, 100, u64::MAX]);
        same(&[i64::MIN, -1, 0, 1, i64::MAX]);
        same(&(u8::MAX, i8::MIN, u16::MAX, i16::MIN, u32::MAX, i32::MIN));
        same(&(u128::MAX, i128::MIN));
        same(&(0.5f64, -0.0f64, 1e300f64, f64::NAN, 0.1f32, f32::INFINITY));
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Newtype(u8);

    #[derive(Serialize)]
    struct Tuple(u8, &'static str);

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Plain,
        Wrapped(String),
        Pair(u8, u8),
        Named { a: u8, b: Option<u8> },
    }

    #[derive(Serialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Tagged {
        Success { value: u8 },
        Failure { errors: Vec<String> },
    }

    #[derive(Serialize)]
    struct Everything {
        unit: (),
        unit_struct: Unit,
        newtype: Newtype,
        tuple: Tuple,
        none: Option<u8>,
        some: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        empty: Vec<u8>,
        empty_map: BTreeMap<String, u8>,
        shapes: Vec<Shape>,
        tagged: Vec<Tagged>,
        character: char,
        flag: bool,
        #[serde(rename = "key \"quoted\"")]
        renamed: bool,
        #[serde(with = "serde_bytes_like")]
        bytes: Vec<u8>,
        date: chrono::NaiveDate,
    }

    /// Serialises as bytes (serde_json writes an array of numbers).
    mod serde_bytes_like {
        pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(v)
        }
    }

    #[test]
    fn every_shape_of_value_is_written_as_serde_json_writes_it() {
        same(&Everything {
            unit: (),
            unit_struct: Unit,
            newtype: Newtype(7),
            tuple: Tuple(1, "x"),
            none: None,
            some: Some("是"),
            skipped: None,
            empty: Vec::new(),
            empty_map: BTreeMap::new(),
            shapes: vec![
                Shape::Plain,
                Shape::Wrapped("w\n".to_string()),
                Shape::Pair(1, 2),
                Shape::Named { a: 1, b: None },
            ],
            tagged: vec![
                Tagged::Success { value: 3 },
                Tagged::Failure {
                    errors: vec!["错".to_string(), String::new()],
                },
            ],
            character: '"',
            flag: true,
            renamed: false,
            bytes: vec![0, 255],
            date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"),
        });
    }

    #[test]
    fn map_keys_are_quoted_as_serde_json_quotes_them() {
        same(&BTreeMap::from([
            ("a\"b".to_string(), 1),
            ("定".to_string(), 2),
        ]));
        same(&BTreeMap::from([(1u8, "x"), (200, "y")]));
        same(&BTreeMap::from([(-5i64, 0)]));
        same(&BTreeMap::from([(true, 0), (false, 1)]));
        same(&BTreeMap::from([('k', 0)]));
        same(&BTreeMap::from([(u128::MAX, 0)]));
        same(&[(Shape::Plain, 1)].into_iter().collect::<Vec<_>>());
        let mut floats = serde_json::Map::new();
        floats.insert("x".to_string(), serde_json::json!(1.5));
        same(&floats);
        #[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
        #[serde(rename_all = "snake_case")]
        enum Key {
            First,
        }
        same(&BTreeMap::from([(Key::First, 0)]));
    }

    #[test]
    fn keys_serde_json_refuses_are_refused() {
        let by_vec = BTreeMap::from([(vec![1u8], 0)]);
        assert!(serde_json::to_string(&by_vec).is_err());
        assert!(to_string(&by_vec).is_err());
        let by_none = BTreeMap::from([(None::<u8>, 0)]);
        assert!(serde_json::to_string(&by_none).is_err());
        assert!(to_string(&by_none).is_err());
    }

    #[test]
    fn decimals_are_written_as_numbers_as_to_json_writes_them() {
        use crate::facts::compliance::{to_json, Decimal};
        let values: Vec<Decimal> = ["0", "12", "0.5", "3.25", "949", "96.5"]
            .iter()
            .map(|t| Decimal::parse(t).expect("decimal"))
            .collect();
        let written = to_string(&values).expect("json");
        assert_eq!(written, to_json(&values).expect("to_json"));
        assert_eq!(written, "[0,12,0.5,3.25,949,96.5]");
        // A text that looks like the old in-band mark stays a string.
        let near = "\u{1f}\u{1e}dingdian-decimal:";
        same(&near);
        same(&format!("{near}1a"));
        same(&format!("{near}12.5"));
    }
}
