"""`python -m json.tool`: validate and pretty-print JSON from a file or stdin.

weft's own implementation of the documented command line interface
(https://docs.python.org/3.11/library/json.html#module-json.tool).
"""

import sys
import json


def _parser():
    import argparse

    p = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="A simple command line interface for json module "
        "to validate and pretty-print JSON objects.",
    )
    p.add_argument("infile", nargs="?", default=None,
                   help="a JSON file to be validated or pretty-printed")
    p.add_argument("outfile", nargs="?", default=None,
                   help="write the output of infile to outfile")
    p.add_argument("--sort-keys", action="store_true", default=False,
                   help="sort the output of dictionaries alphabetically by key")
    p.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false",
                   help="disable escaping of non-ASCII characters")
    p.add_argument("--json-lines", action="store_true", default=False,
                   help="parse input using the JSON Lines format. "
                   "Use with --no-indent or --compact to produce valid JSON Lines output.")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--indent", default=4, type=int,
                       help="separate items with newlines and use this number of spaces "
                       "for indentation")
    group.add_argument("--tab", action="store_const", dest="indent", const="\t",
                       help="separate items with newlines and use tabs for indentation")
    group.add_argument("--no-indent", action="store_const", dest="indent", const=None,
                       help="separate items with spaces rather than newlines")
    group.add_argument("--compact", action="store_true",
                       help="suppress all whitespace separation (most compact)")
    return p


def main():
    parser = _parser()
    opts = parser.parse_args()
    if opts.infile is None or opts.infile == "-":
        infile = sys.stdin
        close_in = False
    else:
        try:
            infile = open(opts.infile, encoding="utf-8")
        except OSError as e:
            parser.error("argument infile: can't open '%s': %s" % (opts.infile, e))
        close_in = True
    dump_args = {
        "sort_keys": opts.sort_keys,
        "indent": opts.indent,
        "ensure_ascii": opts.ensure_ascii,
    }
    if opts.compact:
        dump_args["indent"] = None
        dump_args["separators"] = (",", ":")
    try:
        try:
            if opts.json_lines:
                objs = [json.loads(line) for line in infile]
            else:
                objs = [json.load(infile)]
        finally:
            if close_in:
                infile.close()
        if opts.outfile is None:
            out = sys.stdout
            close_out = False
        else:
            out = open(opts.outfile, "w", encoding="utf-8")
            close_out = True
        try:
            for obj in objs:
                json.dump(obj, out, **dump_args)
                out.write("\n")
        finally:
            if close_out:
                out.close()
    except ValueError as e:
        raise SystemExit(e)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
