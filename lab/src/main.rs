//! The `lab` CLI (placeholder until the lab issue lands).
fn main() {
    eprintln!("lab: not built yet");
    std::process::exit(2);
}
