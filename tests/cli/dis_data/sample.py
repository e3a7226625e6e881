import sys


def greet(name, times=1):
    for _ in range(times):
        print("hello", name)
    return len(name)


class Greeter:
    def __init__(self, name):
        self.name = name

    def run(self):
        return greet(self.name, times=2)


if __name__ == "__main__":
    Greeter(sys.argv[-1]).run()
