# An uncaught IndentationError for a method left without a body.
class A:
    def m(self):

x = 1
