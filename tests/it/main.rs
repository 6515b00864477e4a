//! Laurel's black-box tests: one binary, one module per capability.

// Tests state their expectations with unwrap and expect: a failure there is the test failing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod harness;

mod accessibility;
mod attachments;
mod audit;
mod browser;
mod budget;
mod catalogues;
mod cli;
mod crash;
mod cycles;
mod demo;
mod email;
mod hardening;
mod instances;
mod journey;
mod landing;
mod nominations;
mod nominator_pages;
mod openapi;
mod ops;
mod people;
mod policy;
mod publishing;
mod review;
mod vote;
