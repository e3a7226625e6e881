def load():
    try:
        1/0
    except ZeroDivisionError as e:
        raise RuntimeError("load failed") from e
def main():
    try:
        load()
    except RuntimeError:
        x = None["c"]
main()
