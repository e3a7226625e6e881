import sys
sys.exit([1, 2, "not an int"])
