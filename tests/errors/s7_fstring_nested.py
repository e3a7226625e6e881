width = 10
value = 3.14159
print(f"{value:{width}.{2}f}|")
print(f"{value:{'>'}{width}}|")
print(f"{'x':{'^'}{width}}|")
print(f"{ {1: {2: 3}}[1] }")
print(f"{value:{width}.{f'{2}'}f}|")
