# An f-string comment in a triple-quoted f-string, as 3.11 reports it.
x = f'''{1 # c
}'''
