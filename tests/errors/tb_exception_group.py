print("start")
raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])
