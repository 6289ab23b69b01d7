#!/bin/sh
# Cargo runs the workspace's own crates through this (`.cargo/config.toml`,
# `build.rustc-workspace-wrapper`): `$1` is rustc, the rest its arguments.
#
# The `ember` crates (the runtime's library and binary; with fat LTO the binary's
# compilation generates the code of the whole program) get two LLVM settings for the
# interpreter loop, as CPython's build gives its eval loop flags of its own. LLVM does
# not copy a block into its predecessors when it has more than 16 of them and more than
# 16 successors (a guard against compile time on huge switches); the hot loop's
# dispatch (`vm/hot.rs`) has about 150 of each, so every instruction went back to one
# shared indirect jump. Lifting the guard for this crate lets the dispatch be copied to
# the ends of more arms (callgrind, cinder build: richards -2.9% instructions, go
# -2.3%). Other crates (the lab, polars) keep LLVM's defaults.
rustc="$1"
shift
case " $* " in
*" --crate-name ember "*)
    exec "$rustc" "$@" -C llvm-args=-tail-dup-pred-size=1000 -C llvm-args=-tail-dup-succ-size=1000
    ;;
esac
exec "$rustc" "$@"
