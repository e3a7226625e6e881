//! Command-line parsing (the options `python3` accepts that weft supports).

use crate::run;

pub const USAGE: &str = "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (-X gil=0|1)
--gil  : emulate CPython's Global Interpreter Lock (also PYTHON_GIL=1)
--timeline FILE : record a per-thread timeline and write it as SVG (also WEFT_TIMELINE)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// What to run.
pub enum Target {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
}

pub struct Options {
    pub target: Target,
    pub argv: Vec<String>,
    pub inspect: bool,
    pub skip_first_line: bool,
    pub unbuffered: bool,
    pub gil: bool,
    pub timeline: Option<String>,
    /// `-W` arguments, in order (`sys.warnoptions`).
    pub warnoptions: Vec<String>,
    /// How many `-O` were given (`sys.flags.optimize`; 2 or more is `-OO`).
    pub optimize: u8,
}

fn usage_error(msg: &str) -> i32 {
    eprintln!("{msg}\n{USAGE}\nTry `python -h' for more information.");
    2
}

pub fn main(args: Vec<String>) -> i32 {
    let mut opts = Options {
        target: Target::Repl,
        argv: vec![],
        inspect: false,
        skip_first_line: false,
        unbuffered: false,
        gil: false,
        timeline: None,
        warnoptions: Vec::new(),
        optimize: 0,
    };
    if let Ok(v) = std::env::var("PYTHON_GIL") {
        opts.gil = v == "1";
    }
    if let Ok(v) = std::env::var("WEFT_TIMELINE") {
        if !v.is_empty() {
            opts.timeline = Some(v);
        }
    }
    let mut i = 1;
    while i < args.len() {
        let a = &args[i];
        if a == "--gil" {
            opts.gil = true;
        } else if a == "--timeline" {
            i += 1;
            match args.get(i) {
                Some(f) => opts.timeline = Some(f.clone()),
                None => return usage_error("Argument expected for the --timeline option"),
            }
        } else if let Some(f) = a.strip_prefix("--timeline=") {
            opts.timeline = Some(f.to_string());
        } else if a == "--version" {
            println!("Python 3.11.7");
            return 0;
        } else if a == "--help" {
            print!("{HELP}");
            return 0;
        } else if a == "-" {
            opts.target = Target::Stdin;
            opts.argv = args[i..].to_vec();
            break;
        } else if a.starts_with('-') && a.len() > 1 && !a.starts_with("--") {
            // Bundled single-letter options, e.g. -ui.
            let chars: Vec<char> = a[1..].chars().collect();
            let mut k = 0;
            while k < chars.len() {
                match chars[k] {
                    'c' | 'm' | 'X' | 'W' => {
                        let rest: String = chars[k + 1..].iter().collect();
                        let val = if !rest.is_empty() {
                            rest
                        } else {
                            i += 1;
                            match args.get(i) {
                                Some(v) => v.clone(),
                                None => {
                                    return usage_error(&format!(
                                        "Argument expected for the -{} option",
                                        chars[k]
                                    ))
                                }
                            }
                        };
                        match chars[k] {
                            'c' => {
                                // CPython appends a newline to the -c command before compiling it
                                opts.target = Target::Command(format!("{val}\n"));
                                opts.argv = std::iter::once("-c".to_string())
                                    .chain(args[i + 1..].iter().cloned())
                                    .collect();
                                return run::run(opts);
                            }
                            'm' => {
                                opts.target = Target::Module(val.clone());
                                opts.argv = std::iter::once(val)
                                    .chain(args[i + 1..].iter().cloned())
                                    .collect();
                                return run::run(opts);
                            }
                            'W' => opts.warnoptions.push(val),
                            _ => {
                                if val == "gil=1" {
                                    opts.gil = true;
                                } else if val == "gil=0" {
                                    opts.gil = false;
                                }
                            }
                        }
                        k = chars.len();
                        continue;
                    }
                    'V' => {
                        if chars[k + 1..].contains(&'V') {
                            println!("Python 3.11.7 (weft {})", env!("CARGO_PKG_VERSION"));
                            return 0;
                        }
                        println!("Python 3.11.7");
                        return 0;
                    }
                    'h' | '?' => {
                        print!("{HELP}");
                        return 0;
                    }
                    'i' => opts.inspect = true,
                    'u' => opts.unbuffered = true,
                    'x' => opts.skip_first_line = true,
                    'O' => opts.optimize = opts.optimize.saturating_add(1),
                    'B' | 'E' | 's' | 'S' | 'q' | 'I' | 'b' | 'd' | 'v' | 'R' => {}
                    other => return usage_error(&format!("Unknown option: -{other}")),
                }
                k += 1;
            }
        } else if a.starts_with("--") {
            return usage_error(&format!("unknown option {a}"));
        } else {
            opts.target = Target::File(a.clone());
            opts.argv = args[i..].to_vec();
            break;
        }
        i += 1;
    }
    if matches!(opts.target, Target::Repl) {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() {
            opts.target = Target::Stdin;
            opts.argv = vec![String::new()];
        } else {
            opts.argv = vec![String::new()];
        }
    }
    run::run(opts)
}
