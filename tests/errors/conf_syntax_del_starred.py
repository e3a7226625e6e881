x = 1
if x:
    del *x
