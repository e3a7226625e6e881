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
    let Ok(path) = std::env::var("WEFT_DUMP") else {
        return;
    };
    let src = std::fs::read_to_string(path).unwrap();
    match compile(&src, "<s>", Mode::Exec) {
        Ok(c) => print!("{}", listing(&c)),
        Err(e) => println!("{e:?}"),
    }
}

#[test]
fn listings_match_cpython() {
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(testdata())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.extension().and_then(|e| e.to_str()) != Some("py") || !p.with_extension("dis").exists()
        {
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
    assert!(
        failures.is_empty(),
        "{} listing mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Syntax errors compared with CPython 3.11 (`testdata/errors.tsv`, from errors_gen.py).
/// Lines starting with `#` are known divergences and only checked for "is an error".
#[test]
fn syntax_errors_match_cpython() {
    let data = std::fs::read_to_string(testdata().join("errors.tsv")).unwrap();
    let mut bad = Vec::new();
    for line in data.lines() {
        let known = line.starts_with('#');
        let line = line.trim_start_matches('#');
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 5 {
            continue;
        }
        let src = unescape(f[0]);
        let got = compile(&src, "f", Mode::Exec);
        let ok = match (&got, f[1]) {
            (Ok(_), "OK") => true,
            (Err(e), "OK") => e.msg.contains("not supported by weft"),
            (Ok(_), _) => false,
            (Err(e), kind) => {
                known
                    || (e.kind == kind
                        && e.msg == f[2]
                        && e.line.to_string() == f[3]
                        && e.col.to_string() == f[4])
            }
        };
        if !ok {
            let g = match got {
                Ok(_) => "OK".to_string(),
                Err(e) => format!("{} {:?} {} {}", e.kind, e.msg, e.line, e.col),
            };
            bad.push(format!(
                "{:?}: got {g}, expected {} {:?} {} {}",
                src, f[1], f[2], f[3], f[4]
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Print ruff's raw parse errors for $WEFT_SRC (debugging aid).
#[test]
#[ignore]
fn ruff_errors() {
    let Ok(src) = std::env::var("WEFT_SRC") else {
        return;
    };
    let src = unescape(&src);
    let p = ruff_python_parser::parse_unchecked(
        &src,
        ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module),
    );
    for e in p.errors() {
        println!("{:?}", e);
    }
}

/// Never panic (or overflow the stack) on odd input: truncations of the test files and
/// pathological nesting. Errors are fine.
#[test]
fn robustness() {
    let mut inputs: Vec<String> = vec![
        "(".repeat(199) + &")".repeat(199),
        "(".repeat(250) + &")".repeat(250),
        "[".repeat(1000),
        "-".repeat(100_000) + "1",
        "-".repeat(100_000) + "1 +",
        "(-".repeat(100_000),
        "not ".repeat(50_000) + "x",
        "1+".repeat(100_000) + "1",
        "x".to_string() + &".y".repeat(50_000),
        "[1]".to_string() + &"[0]".repeat(50_000),
        "lambda:".repeat(3000) + "1",
        "f(".repeat(150) + &")".repeat(150),
        (0..120)
            .map(|i| format!("{}if x:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(120)
            + "pass\n",
        (0..30)
            .map(|i| format!("{}for x in y:\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(30)
            + "pass\n",
        (0..60)
            .map(|i| format!("{}def f{i}():\n", " ".repeat(i)))
            .collect::<String>()
            + &" ".repeat(60)
            + "return x\n",
        "x = 1\r\nif x:\r\n  y = 2\r\n".into(),
        "\u{feff}x = 1\n".into(),
        "x = '\0'\n".into(),
        "\0".into(),
        "é = 'ü'; print(é, f'{é!r:>{len(é)}}')\n".into(),
        "f'{f'{f'{1}'}'}'\n".into(),
        "x = 1 if 2 else 3 if 4 else 5\n".into(),
        "\\\n".into(),
        "if x:\n\tpass\n        pass\n".into(),
        "def f():\n    return\n  x\n".into(),
        "class C:\n    def f(self): super().f(__class__)\n".into(),
        "try:\n    pass\nexcept* E:\n    pass\n".into(),
        "async def f():\n    await x\n    async for a in b: pass\n    async with c: pass\n".into(),
        "match x:\n    case [1, *r]: pass\n".into(),
        "x = t'{a}'\n".into(),
        "def f[T](x: T) -> T: return x\n".into(),
        "@".repeat(10) + "\n",
        "global x\nx: int = 1\n".into(),
        "def f():\n    global x\n    x: int = 1\n".into(),
    ];
    let mut files: Vec<_> = std::fs::read_dir(testdata())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for p in files {
        if p.extension().and_then(|e| e.to_str()) == Some("py") {
            let src = std::fs::read_to_string(&p).unwrap();
            let mut cut = 0;
            while cut < src.len() {
                if src.is_char_boundary(cut) {
                    inputs.push(src[..cut].to_string());
                }
                cut += 37;
            }
        }
    }
    for src in &inputs {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            let _ = compile(src, "<fuzz>", mode);
        }
    }
}

#[test]
fn modes() {
    let c = compile("1 + x", "<s>", Mode::Eval).unwrap();
    assert_eq!(
        listing(&c).lines().skip(4).collect::<Vec<_>>(),
        [
            "0 RESUME 0",
            "1 LOAD_CONST 1",
            "1 LOAD_NAME x",
            "1 BINARY_OP +",
            "1 RETURN_VALUE"
        ]
    );
    let c = compile("if 1:\n    x\n", "<s>", Mode::Single).unwrap();
    let l = listing(&c);
    assert!(l.contains("2 LOAD_NAME x\n2 PRINT_EXPR\n"), "{l}");
    let e = compile("x = 1\nx\n", "<s>", Mode::Single).unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        (
            "multiple statements found while compiling a single statement",
            1,
            6
        )
    );
    let e = compile("return 1", "<s>", Mode::Exec).unwrap_err();
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line, e.col),
        ("SyntaxError", "'return' outside function", 1, 1)
    );
    let e = compile("x = (", "<s>", Mode::Exec).unwrap_err();
    assert_eq!(e.msg, "'(' was never closed");
    // CPython 3.11: the parser's stack overflows first (MemoryError), shallower nesting
    // exhausts the compiler's depth (RecursionError)
    let e = compile(&("-".repeat(100_000) + "1"), "<s>", Mode::Eval).unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    let e = compile(&("-".repeat(4_000) + "1"), "<s>", Mode::Eval).unwrap_err();
    assert_eq!(e.kind, "RecursionError");
}

/// Compare listings for every `*.py` under $WEFT_CORPUS with `$WEFT_CORPUS_OUT/<name>.dis`
/// (produced by pylisting.py); prints a summary (debugging aid).
#[test]
#[ignore]
fn corpus() {
    let (Ok(dir), Ok(out)) = (
        std::env::var("WEFT_CORPUS"),
        std::env::var("WEFT_CORPUS_OUT"),
    ) else {
        return;
    };
    let mut ok = 0;
    let mut bad = 0;
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for p in files {
        if p.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let Ok(expected) = std::fs::read_to_string(format!("{out}/{name}.dis")) else {
            continue;
        };
        let src = std::fs::read_to_string(&p).unwrap_or_default();
        let got = match compile(&src, "<s>", Mode::Exec) {
            Ok(c) => listing(&c),
            Err(e) => format!("{e:?}\n"),
        };
        if got.trim_end() == expected.trim_end() {
            ok += 1;
        } else {
            bad += 1;
            let g: Vec<&str> = got.lines().collect();
            let x: Vec<&str> = expected.lines().collect();
            let i = g
                .iter()
                .zip(&x)
                .position(|(a, b)| a != b)
                .unwrap_or(g.len().min(x.len()));
            let ctx = |v: &Vec<&str>| v[i.saturating_sub(3)..(i + 2).min(v.len())].join(" | ");
            println!(
                "{name}: line {}\n   got: {}\n   exp: {}",
                i + 1,
                ctx(&g),
                ctx(&x)
            );
        }
    }
    println!("corpus: {ok} match, {bad} differ");
}

/// Every code object of the testdata files survives `co_code`/`co_linetable`/
/// `co_exceptiontable` written out and read back, and passes the VM-safety check.
#[test]
fn code_tables_roundtrip() {
    use crate::code_tables::{
        encode_exception_table, encode_linetable, rebuild, validate, Replaced,
    };
    fn walk(c: &crate::CodeObject, name: &str, bad: &mut Vec<String>) {
        if let Err(e) = validate(c, c.constants.len()) {
            bad.push(format!("{name}:{}: validate: {e}", c.qualname));
        }
        let mut r = c.clone();
        let (code, lt, et) = (c.co_code(), encode_linetable(c), encode_exception_table(c));
        match rebuild(
            &mut r,
            Replaced {
                co_code: Some(&code),
                linetable: Some(&lt),
                exceptiontable: Some(&et),
            },
        ) {
            Err(e) => bad.push(format!("{name}:{}: rebuild: {e}", c.qualname)),
            Ok(()) => {
                let lines = |c: &crate::CodeObject| -> Vec<u32> {
                    c.positions.iter().map(|p| p.line).collect()
                };
                if r.instructions != c.instructions
                    || r.exception_table != c.exception_table
                    || lines(&r) != lines(c)
                {
                    bad.push(format!("{name}:{}: roundtrip differs", c.qualname));
                }
            }
        }
        for k in &c.constants {
            if let crate::Constant::Code(inner) = k {
                walk(inner, name, bad);
            }
        }
    }
    let mut bad = Vec::new();
    let mut n = 0;
    for e in std::fs::read_dir(testdata()).unwrap().flatten() {
        let p = e.path();
        if p.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        if let Ok(c) = compile(&src, "<s>", Mode::Exec) {
            n += 1;
            walk(&c, &p.file_name().unwrap().to_string_lossy(), &mut bad);
        }
    }
    assert!(n > 3);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// For each line of the file $WEFT_CASES (escaped as in errors.tsv): weft's syntax error
/// in the form `repr(src) kind msg line col end_line end_col`, and ruff's raw errors
/// (debugging aid).
#[test]
#[ignore]
fn dump_errors() {
    let Ok(path) = std::env::var("WEFT_CASES") else {
        return;
    };
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let src = unescape(line);
        match compile(&src, "f", Mode::Exec) {
            Ok(_) => println!("{src:?} OK"),
            Err(e) => println!(
                "{src:?} {} {:?} {} {} {} {}",
                e.kind, e.msg, e.line, e.col, e.end_line, e.end_col
            ),
        }
        let p = ruff_python_parser::parse_unchecked(
            &src,
            ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module),
        );
        for e in p.errors() {
            println!("    {:?}", e);
        }
    }
}

/// `validate` refuses `COPY 0` and `SWAP 0` (they would name the slot above the top of
/// the stack); the VM ran into an index panic on them before.
#[test]
fn validate_refuses_copy_and_swap_zero() {
    use crate::code_tables::validate;
    use crate::opcode::{Instr, Opcode};
    let c = crate::compile("def f(x):\n    return x\n", "<t>", crate::Mode::Exec).unwrap();
    let crate::Constant::Code(f) = c
        .constants
        .iter()
        .find(|k| matches!(k, crate::Constant::Code(_)))
        .unwrap()
    else {
        unreachable!()
    };
    assert!(validate(f, f.constants.len()).is_ok());
    for op in [Opcode::COPY, Opcode::SWAP] {
        let mut bad = (**f).clone();
        let i = bad.instructions.len() - 1;
        bad.instructions.insert(i, Instr { op, arg: 0 });
        bad.positions.insert(i, bad.positions[i]);
        let e = validate(&bad, bad.constants.len()).unwrap_err();
        assert!(e.contains("argument 0 of"), "{e}");
    }
}
