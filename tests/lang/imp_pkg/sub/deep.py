from ..mod_a import A_CONST
D = "deep" + str(A_CONST)
print("deep loaded", __name__, __package__)
