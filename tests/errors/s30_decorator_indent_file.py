@staticmethod
    def g():
        pass
