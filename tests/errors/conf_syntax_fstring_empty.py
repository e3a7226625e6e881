name = "x"
print(f"value: {}")
