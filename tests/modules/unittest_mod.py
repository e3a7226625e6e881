import unittest, io
class TestMath(unittest.TestCase):
    def setUp(self):
        self.v = [1, 2, 3]
    def tearDown(self):
        self.v = None
    def test_sum(self):
        self.assertEqual(sum(self.v), 6)
    def test_fail(self):
        self.assertEqual(1 + 1, 3, "custom msg")
    def test_error(self):
        raise KeyError("boom")
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        self.assertRaises(ValueError, int, "x")
    def test_misc(self):
        self.assertTrue(1); self.assertFalse(0); self.assertIn(1, self.v); self.assertNotIn(9, self.v)
        self.assertIs(None, None); self.assertIsNone(None); self.assertIsNotNone(1); self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertGreater(2, 1); self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2], [2, 1]); self.assertRegex("abc", "b"); self.assertNotEqual(1, 2)
    @unittest.skip("not now")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)
    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(TestMath)
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
out = stream.getvalue()
import re
out = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in X", out)
out = re.sub(r'File ".*?([^/"]+\.py)"', r'File "\1"', out)
print(out)
for test, tb in result.failures:
    print(test.id(), tb.strip().splitlines()[-1])
