//! The wasm module's memory allocator: blocks of power-of-two sizes, each
//! size with its list of freed blocks, carved from memory the module grows
//! as needed. The engine's allocations are many, small and short-lived, and
//! recur from one check to the next, so freed blocks are reused as they
//! are and never merged. This takes a fraction of the code of Rust's
//! default allocator for wasm (dlmalloc), which keeps the page within its
//! size budget. The module is single-threaded.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;
use std::ptr::null_mut;

/// Block sizes are `MIN_BLOCK << class`; the largest class holds 2 GiB.
const MIN_BLOCK: usize = 8;
const CLASSES: usize = 29;
/// The size of a wasm memory page.
const PAGE: usize = 65_536;

struct State {
    /// The first freed block of each class; each freed block holds the next.
    free: [*mut u8; CLASSES],
    /// The unused rest of the last memory grown: `next..end`.
    next: usize,
    end: usize,
}

/// The allocator (see the module's documentation).
pub struct Blocks(UnsafeCell<State>);

// SAFETY: wasm32-unknown-unknown runs one thread; the state is never shared
// between threads.
unsafe impl Sync for Blocks {}

impl Blocks {
    pub const fn new() -> Blocks {
        Blocks(UnsafeCell::new(State {
            free: [null_mut(); CLASSES],
            next: 0,
            end: 0,
        }))
    }
}

/// The class of blocks that fits `layout`, if any.
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(MIN_BLOCK);
    let block = size.checked_next_power_of_two()?;
    let class = (block / MIN_BLOCK).trailing_zeros() as usize;
    (class < CLASSES).then_some(class)
}

impl State {
    /// A new block of `block` bytes, aligned to its size (or to a page, for
    /// blocks larger than a page), from the end of memory.
    unsafe fn carve(&mut self, block: usize) -> *mut u8 {
        let align = block.min(PAGE);
        let mut start = self.next.next_multiple_of(align);
        if start.checked_add(block).is_none_or(|end| end > self.end) {
            let pages = block.div_ceil(PAGE).saturating_add(1);
            let grown = core::arch::wasm32::memory_grow(0, pages);
            let (Some(base), Some(length)) = (grown.checked_mul(PAGE), pages.checked_mul(PAGE))
            else {
                return null_mut();
            };
            if base != self.end {
                self.next = base;
            }
            self.end = base.saturating_add(length);
            start = self.next.next_multiple_of(align);
        }
        match start.checked_add(block) {
            Some(next) if next <= self.end => {
                self.next = next;
                start as *mut u8
            }
            _ => null_mut(),
        }
    }
}

unsafe impl GlobalAlloc for Blocks {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            return null_mut();
        };
        // SAFETY: single-threaded (see `Sync`), and no reference to the
        // state outlives this call.
        let state = unsafe { &mut *self.0.get() };
        let Some(&head) = state.free.get(class) else {
            return null_mut();
        };
        if head.is_null() {
            unsafe { state.carve(MIN_BLOCK << class) }
        } else {
            // SAFETY: a freed block's first word holds the next freed block.
            let next = unsafe { *(head as *mut *mut u8) };
            if let Some(slot) = state.free.get_mut(class) {
                *slot = next;
            }
            head
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            let state = unsafe { &mut *self.0.get() };
            if let Some(slot) = state.free.get_mut(class) {
                // SAFETY: the block is at least a word long and aligned to one.
                unsafe { *(ptr as *mut *mut u8) = *slot };
                *slot = ptr;
            }
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(new_layout) = Layout::from_size_align(new_size, layout.align()) else {
            return null_mut();
        };
        if class_of(layout) == class_of(new_layout) {
            return ptr;
        }
        let new = unsafe { self.alloc(new_layout) };
        if !new.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        new
    }
}
