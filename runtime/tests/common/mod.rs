//! Shared by the differential test runners: the `-X` switch sets every program also runs
//! under, for the optimisation features this build has.

/// Each compiled-in optimisation forced on from the first call, and all of them off.
pub fn switch_sets() -> Vec<Vec<&'static str>> {
    let mut sets = Vec::new();
    if cfg!(feature = "shadowcode") {
        sets.push(vec!["-X", "shadowcode-threshold=1"]);
        if cfg!(feature = "dict-watchers") {
            // Global sites then use shadow code's version-checked caches instead of slots.
            sets.push(vec![
                "-X",
                "shadowcode-threshold=1",
                "-X",
                "dict-watchers=0",
            ]);
        }
    }
    let mut off = Vec::new();
    if cfg!(feature = "shadowcode") {
        off.extend(["-X", "shadowcode=0"]);
    }
    if cfg!(feature = "type-cache") {
        off.extend(["-X", "type-cache=0"]);
    }
    if cfg!(feature = "gen-send-result") {
        off.extend(["-X", "gen-send-result=0"]);
    }
    if cfg!(feature = "eager-coro") {
        off.extend(["-X", "eager-coro=0"]);
    }
    if cfg!(feature = "dict-watchers") {
        off.extend(["-X", "dict-watchers=0"]);
    }
    if cfg!(feature = "fixed-builtins") {
        off.extend(["-X", "fixed-builtins=0"]);
    }
    if !off.is_empty() {
        sets.push(off);
    }
    sets
}
