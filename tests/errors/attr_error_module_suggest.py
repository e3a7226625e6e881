import math
print(math.sqrtt(4))
