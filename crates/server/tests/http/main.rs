//! The server's integration tests, linked into one binary: each test binary links the
//! whole web stack (and the PDF engine), so one binary instead of four saves CI about
//! 600 MB of disk and three link steps.

mod api;
mod common;
mod guard;
mod pages;
mod serve;
