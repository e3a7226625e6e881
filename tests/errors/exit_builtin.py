print("using builtin exit")
exit(7)
