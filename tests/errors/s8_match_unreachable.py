# A case after an irrefutable capture pattern is a SyntaxError for the whole file.
def describe(command):
    match command.split():
        case [verb]:
            return verb
        case words:
            return " ".join(words)
        case ["quit"]:
            return "bye"


print(describe("look"))
