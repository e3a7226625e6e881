def setup():
    counter: int = 0
    global counter
