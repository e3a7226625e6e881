"""CPython stand-in for weft's Rust _weft_process primitive (used only by the checkers)."""
import subprocess as _real


def spawn(args, cwd, env, stdin_bytes, capture_stdout, capture_stderr, merge_stderr):
    r = _real.run(args, cwd=cwd, env=env,
                  input=stdin_bytes,
                  stdout=_real.PIPE if capture_stdout else None,
                  stderr=_real.STDOUT if merge_stderr else (_real.PIPE if capture_stderr else None))
    return r.returncode, r.stdout, r.stderr
