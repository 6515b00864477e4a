//! axe-core, the accessibility engine, for checking pages in the real Chromium. It comes
//! from the npm registry: `.ci/run` installs it; on a developer's machine the first test
//! that needs it installs it under `target/axe-core` when npm is there.

use std::path::PathBuf;
use std::process::Command;
use std::sync::Mutex;

/// The version the checks were written against.
const VERSION: &str = "4.14.1";

static INSTALL: Mutex<()> = Mutex::new(());

fn path() -> PathBuf {
    match std::env::var_os("LAUREL_AXE_JS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/axe-core/node_modules/axe-core/axe.min.js"),
    }
}

/// axe-core's source, or `None` (with one line saying why) when it cannot be had.
/// Absence fails the test when `LAUREL_REQUIRE_BROWSER=1`, as for the browser.
pub fn source(test: &str) -> Option<String> {
    let required = std::env::var("LAUREL_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    let file = path();
    if !file.exists() {
        let _guard = INSTALL.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !file.exists() && std::env::var_os("LAUREL_AXE_JS").is_none() {
            let prefix = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/axe-core");
            let installed = Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
                .arg(&prefix)
                .arg(format!("axe-core@{VERSION}"))
                .status()
                .is_ok_and(|s| s.success());
            if !installed {
                eprintln!("{test}: could not install axe-core with npm");
            }
        }
    }
    match std::fs::read_to_string(&file) {
        Ok(source) => Some(source),
        Err(e) => {
            assert!(!required, "{test}: LAUREL_REQUIRE_BROWSER=1 but axe-core is not at {}: {e}", file.display());
            eprintln!("skipping {test}: axe-core is not installed ({e})");
            None
        }
    }
}
