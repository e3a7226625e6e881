try:
    x = 1
else:  # no handler
    print(x)
