import string
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {x:>5}", "abc", x="y"))
t = string.Template("Dear $name, you owe $$${amount}.")
print(t.substitute(name="Ann", amount="12.50"), t.substitute({"name": "B", "amount": 1}), t.template)
class Pct(string.Template):
    delimiter = "%"
print(Pct("100%% of %who").substitute(who="us"))
print(t.get_identifiers() if hasattr(t, "get_identifiers") else "", t.is_valid() if hasattr(t, "is_valid") else "")
try:
    string.Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
print(string.Template("$a $b").safe_substitute(a=1))
print([string.ascii_lowercase.index(c) for c in "weft"], string.digits[::-1], string.capwords("  many   spaces here  "))
