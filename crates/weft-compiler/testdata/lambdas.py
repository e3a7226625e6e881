x = print(1,
        lambda: 2)
f = (lambda x:
   x +
   1)
y = [lambda a, b=2: a * b
     for q in range(3)]
