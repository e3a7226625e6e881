import io
class B(io.BytesIO):
    def __init__(self, a, b):
        super().__init__()
        self.a = a
b = B(1, 2); b.write(b"x"); print(b.getvalue(), b.a)
class S(io.StringIO):
    def __init__(self, a, b):
        super().__init__("init")
        self.a = a
s = S(object(), 2); print(s.getvalue())
