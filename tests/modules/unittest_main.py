import unittest, sys, io
class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 * 2, 4)
    def test_ok2(self):
        self.assertTrue("abc".startswith("a"))
if __name__ == "__main__":
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream)
    prog = unittest.main(testRunner=runner, exit=False, argv=["x"])
    print(prog.result.testsRun, prog.result.wasSuccessful())
    print(stream.getvalue().splitlines()[0])
