e = ValueError("with notes")
e.add_note("note one")
e.add_note("note two")
raise e
