//! Ember's benchmark lab: runs suites on configurations, collects counters,
//! stores every value in Parquet and compares configurations statistically.

pub mod app;
pub mod cli;
pub mod config;
pub mod counters;
pub mod dashboard;
pub mod doctor;
pub mod ember;
pub mod exec;
pub mod harness;
pub mod html;
pub mod manifest;
pub mod protocol;
pub mod record;
pub mod report;
pub mod resolve;
pub mod rng;
pub mod runner;
pub mod runtime_stats;
pub mod stats;
pub mod store;
pub mod timefmt;
pub mod tomlfile;
pub mod view;
pub mod worker;
