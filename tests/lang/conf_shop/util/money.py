def fmt(c):
    return f"${c // 100}.{c % 100:02d}"
