items = [1, 2, 3]
total = "Total: " + sum(items)
