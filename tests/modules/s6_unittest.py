import unittest, sys

def divide(a, b):
    if b == 0:
        raise ValueError("division by zero!")
    return a / b

class TestDivide(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]

    def test_ok(self):
        self.assertEqual(divide(6, 3), 2)
        self.assertAlmostEqual(divide(1, 3), 0.3333333, places=5)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            divide(1, 0)
        self.assertIn("zero", str(cm.exception))
        self.assertRaisesRegex(ValueError, r"by \w+", divide, 1, 0)

    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_fail_str(self):
        self.assertEqual("hello\nworld\n", "hello\nthere\n")

    def test_error(self):
        {}["missing"]

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_misc(self):
        self.assertIsNone(None); self.assertIsInstance(1, int); self.assertCountEqual([1, 2], [2, 1])
        self.assertGreater(2, 1); self.assertNotIn(3, self.data); self.assertTrue(self.data)
        with self.assertWarns(UserWarning):
            import warnings; warnings.warn("w", UserWarning)

    def test_fail_msg(self):
        self.assertTrue(0, "custom message")

    def test_fail_set(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_fail_list_long(self):
        self.assertListEqual(list(range(10)), list(range(9)) + [99])

class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = "x"
    def test_shared(self):
        self.assertEqual(self.shared, "x")
    def test_not_equal(self):
        self.assertNotEqual(1, 1)
    def test_is(self):
        self.assertIs([], [])
    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)
    def test_raises_none(self):
        with self.assertRaises(KeyError):
            pass
    def test_multiline(self):
        self.assertMultiLineEqual("a\nb\nc\n", "a\nB\nc\n")
    def test_tuple(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))
    def test_regex(self):
        self.assertRegex("abc", r"\d")

if __name__ == "__main__":
    import io, re
    buf = io.StringIO()
    prog = unittest.main(argv=["s6_unittest"], exit=False, testRunner=unittest.TextTestRunner(stream=buf, verbosity=2))
    print(re.sub(r"in \d+\.\d+s", "in <time>", buf.getvalue()))
    r = prog.result
    print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures), r.wasSuccessful())
    buf = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(TestOther)
    res = unittest.TextTestRunner(stream=buf, verbosity=1).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in <time>", buf.getvalue()), res)
