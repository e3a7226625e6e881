//! The interactive prompt: `>>>`/`...` prompts, multi-line blocks, expression results
//! echoed by `sys.displayhook`, line editing and history (rustyline), Ctrl-C raises
//! KeyboardInterrupt without leaving, Ctrl-D leaves.

use weft_vm::{ObjRef, Vm};

/// Does `src` need more lines before it can be compiled?
fn incomplete(src: &str) -> bool {
    let mut depth = 0i32;
    let mut in_str: Option<&str> = None;
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let rest = &src[i..];
        if let Some(q) = in_str {
            if rest.starts_with('\\') {
                i += 2;
                continue;
            }
            if rest.starts_with(q) {
                in_str = None;
                i += q.len();
                continue;
            }
            i += 1;
            continue;
        }
        if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            in_str = Some(&rest[..3]);
            i += 3;
            continue;
        }
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'"' | b'\'' => in_str = Some(if b[i] == b'"' { "\"" } else { "'" }),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'\n' => {
                if let Some(q) = in_str {
                    if q.len() == 1 {
                        in_str = None;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if in_str.map(|q| q.len() == 3).unwrap_or(false) || depth > 0 {
        return true;
    }
    if src.trim_end_matches('\n').ends_with('\\') {
        return true;
    }
    // A compound statement (or a decorated one) goes on until an empty line.
    let first = src.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let word: String = first
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let compound = first.trim_start().starts_with('@')
        || matches!(
            word.as_str(),
            "if" | "elif"
                | "else"
                | "for"
                | "while"
                | "def"
                | "class"
                | "with"
                | "try"
                | "except"
                | "finally"
                | "async"
        )
        || src.trim_end().ends_with(':');
    compound && !src.ends_with("\n\n")
}

/// Where the prompt's lines come from: the line editor on a terminal, otherwise plain
/// standard input with the prompts written to standard error (as CPython does).
enum Input {
    Editor(Box<rustyline::DefaultEditor>),
    Plain,
}

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Input {
    fn read(&mut self, prompt: &str) -> Line {
        match self {
            Input::Editor(rl) => match rl.readline(prompt) {
                Ok(line) => {
                    let _ = rl.add_history_entry(line.as_str());
                    Line::Text(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            Input::Plain => {
                use std::io::{BufRead, Write};
                let mut err = std::io::stderr();
                let _ = err.write_all(prompt.as_bytes());
                let _ = err.flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => {
                        if line.ends_with('\n') {
                            line.pop();
                            if line.ends_with('\r') {
                                line.pop();
                            }
                        }
                        Line::Text(line)
                    }
                }
            }
        }
    }
}

pub fn repl(vm: &Vm, main: &ObjRef) {
    use std::io::IsTerminal;
    // As CPython, `sys.ps1`/`sys.ps2` exist once the interpreter is interactive (a
    // script tells with `hasattr(sys, 'ps1')`); values a program set are kept.
    if let Some(sys) = weft_vm::interp::interp().sys.get() {
        for (n, v) in [("ps1", ">>> "), ("ps2", "... ")] {
            if weft_vm::interp::module_get(sys, n).is_none() {
                weft_vm::import::set(sys, n, weft_vm::new_str(v));
            }
        }
    }
    let tty = std::io::stdin().is_terminal();
    if tty {
        eprintln!("Python 3.11.7 (weft {}) [free-threaded]\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.", env!("CARGO_PKG_VERSION"));
    }
    let mut input = if tty {
        match rustyline::DefaultEditor::new() {
            Ok(r) => Input::Editor(Box::new(r)),
            Err(_) => Input::Plain,
        }
    } else {
        Input::Plain
    };
    loop {
        let mut src = String::new();
        let mut prompt = ">>> ";
        loop {
            match input.read(prompt) {
                Line::Text(line) => {
                    src.push_str(&line);
                    src.push('\n');
                    if src.trim().is_empty() {
                        break;
                    }
                    if line.trim().is_empty() && prompt == "... " || !incomplete(&src) {
                        break;
                    }
                    prompt = "... ";
                }
                Line::Interrupted => {
                    // the line editor has already moved to a new line
                    eprintln!("KeyboardInterrupt");
                    src.clear();
                    prompt = ">>> ";
                    continue;
                }
                Line::Eof => {
                    if tty {
                        eprintln!();
                    }
                    return;
                }
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        let r = weft_vm::import::compile(vm, &src, "<stdin>", weft_compiler::Mode::Single)
            .and_then(|code| {
                let g = main.dict.get().unwrap();
                weft_vm::import::run_code(vm, &code, &g, weft_vm::Value::Obj(g.clone())).map(|_| ())
            });
        if let Err(e) = r {
            if vm.err_matches(&e, "SystemExit") {
                let c = crate::run::handle_uncaught(vm, &e);
                crate::run::shutdown(vm);
                std::process::exit(c);
            }
            crate::run::handle_uncaught(vm, &e);
        }
    }
}
