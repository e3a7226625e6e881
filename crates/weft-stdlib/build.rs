//! Embeds every module under the repository's `lib/` into the binary: generates a table
//! of (module path, source) with `include_str!`, so `weft` is one self-contained file.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if name == "_check" || name == "__pycache__" {
                continue;
            }
            walk(&p, root, out);
        } else if name.ends_with(".py") {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, p.clone()));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let lib = manifest
        .join("../../lib")
        .canonicalize()
        .expect("lib/ directory");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    walk(&lib, &lib, &mut files);
    let mut src = String::from("/// (module path, source) of every embedded Python module.\npub static SOURCES: &[(&str, &str)] = &[\n");
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            src,
            "    ({:?}, include_str!({:?})),",
            rel,
            path.display().to_string()
        )
        .unwrap();
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(out, src).unwrap();
}
