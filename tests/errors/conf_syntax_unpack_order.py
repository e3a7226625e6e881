def total(*items, **opts):
    return sum(items)

print(total(**{"a": 1}, *[1, 2]))
