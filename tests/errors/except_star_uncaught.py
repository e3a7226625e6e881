# an except* that raises in a clause and leaves a rest: the combined group is uncaught
def handler():
    try:
        raise ExceptionGroup("batch", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError as eg:
        raise RuntimeError("while handling") from eg.exceptions[0]
    except* KeyError:
        raise


def main():
    try:
        raise OSError("outer")
    except OSError:
        handler()


print("start")
main()
