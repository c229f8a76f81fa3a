//! dingdian（定点）: a self-check for Chinese medical institutions before they
//! apply for medical-insurance designation (医保定点), and for keeping the
//! service agreement once designated.
//!
//! The engine is pure: [`engine::check`] takes an institution's facts
//! ([`facts::Profile`]) and an as-of date and returns a [`report::Report`] in
//! which every finding cites the article and item it comes from and quotes
//! it. The rules live in [`catalog`], grouped by source document; the source
//! texts themselves are kept in [`sources`]. The same engine runs natively
//! (the `dingdian` command) and in the browser ([`wasm`]).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

#[cfg(target_arch = "wasm32")]
mod alloc;
pub mod api;
pub mod catalog;
pub mod cli;
pub mod dates;
pub mod engine;
pub mod facts;
pub mod json;
pub mod report;
mod sort;
pub mod sources;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc::Blocks = alloc::Blocks::new();
