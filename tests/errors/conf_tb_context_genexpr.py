class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

def walk(n, depth=0):
    if n.val < 0:
        raise ValueError(f"negative at depth {depth}")
    return n.val + sum(walk(c, depth + 1) for c in n.children)

def load():
    try:
        return walk(Node(1, [Node(2), Node(3, [Node(-1)])]))
    except ValueError as e:
        raise RuntimeError("load failed") from e

def main():
    data = {"a": [1, 2, {"b": None}]}
    try:
        load()
    except RuntimeError:
        x = data["a"][2]["b"]["c"]

main()
