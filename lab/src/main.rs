//! The `lab` binary: parses the command line and reports errors.

use clap::Parser;

fn main() {
    let cli = lab::cli::Cli::parse();
    if let Err(e) = lab::app::main_with(cli) {
        eprintln!("lab: error: {e:#}");
        std::process::exit(1);
    }
}
