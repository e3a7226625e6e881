# SystemExit with a message string: printed to stderr, exit status 1; finally blocks run first
import sys
def main(argv):
    try:
        if len(argv) < 3:
            sys.exit(f"usage: prog NAME COUNT (got {len(argv) - 1} arguments)")
    finally:
        print("cleanup")
main(sys.argv)
print("not reached")
