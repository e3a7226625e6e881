count = 3
while count = 0:
    pass
