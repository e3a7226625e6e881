# args: --name weft -n 3 input.txt
import argparse
p = argparse.ArgumentParser()
p.add_argument("--name")
p.add_argument("-n", type=int)
p.add_argument("file")
a = p.parse_args()
print(a.name, a.n, a.file)
