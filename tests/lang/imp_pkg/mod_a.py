print("mod_a loaded", __name__)
def fa(): return "fa"
A_CONST = 1
