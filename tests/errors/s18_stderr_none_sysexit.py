# sys.stderr = None: the SystemExit message still reaches the process's stderr.
import sys
sys.stderr = None
sys.exit("msg")
