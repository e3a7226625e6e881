try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print("caught:", e)
    try:
        raise ValueError("second")
    except ValueError:
        raise TypeError("third")
