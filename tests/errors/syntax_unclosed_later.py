values = [1, 2,
          3, 4
def after():
    return 1
