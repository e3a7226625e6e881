//! Compiler tests: every `testdata/*.py` file is compiled and its [`listing`] compared with
//! the `.dis` file produced by CPython 3.11 (`python3 testdata/pylisting.py F.py > F.dis`);
//! plus syntax-error and robustness tests.

use super::{compile, listing, Mode};
use std::path::PathBuf;

fn testdata() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata")
}

/// Print the listing of the file named by $WEFT_DUMP (debugging aid).
#[test]
#[ignore]
fn dump() {
    let Ok(path) = std::env::var("WEFT_DUMP") else { return };
    let src = std::fs::read_to_string(path).unwrap();
    match compile(&src, "<s>", Mode::Exec) {
        Ok(c) => print!("{}", listing(&c)),
        Err(e) => println!("{e:?}"),
    }
}

#[test]
fn listings_match_cpython() {
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(testdata()).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.extension().and_then(|e| e.to_str()) != Some("py") || p.file_name().unwrap() == "pylisting.py" {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        let expected = std::fs::read_to_string(p.with_extension("dis")).unwrap_or_default();
        let got = match compile(&src, "<s>", Mode::Exec) {
            Ok(c) => listing(&c),
            Err(e) => format!("{e:?}\n"),
        };
        if got.trim_end() != expected.trim_end() {
            let first = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(got.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{}: first difference at line {}:\n  got:      {}\n  expected: {}",
                p.display(),
                first + 1,
                got.lines().nth(first).unwrap_or("<end>"),
                expected.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
    assert!(failures.is_empty(), "{} listing mismatches:\n{}", failures.len(), failures.join("\n"));
}
