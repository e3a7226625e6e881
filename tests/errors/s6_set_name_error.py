# an exception in __set_name__ during class creation: RuntimeError caused by it
class Desc:
    def __set_name__(self, owner, name): raise ValueError("nope " + name)
class Broken:
    d = Desc()
