for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1 % 0.0", "divmod(1, 0)",
             "divmod(1.0, 0)", "0 ** -1", "0.0 ** -1", "pow(0, -2)", "(1+2j) / 0", "10 / 0.0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
import decimal, fractions
try:
    fractions.Fraction(1, 0)
except ZeroDivisionError as e:
    print("Fraction:", e)
