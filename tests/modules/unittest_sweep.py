import unittest
class TestMath(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    def setUp(self): self.x = 2
    def tearDown(self): pass
    def test_add(self): self.assertEqual(self.x + 2, 4)
    def test_fail(self): self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_msg(self): self.assertTrue(False, "custom message")
    def test_error(self): raise KeyError("boom")
    @unittest.skip("not now")
    def test_skip(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    @unittest.expectedFailure
    def test_xpass(self): pass
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError): 1/0
        with self.assertRaisesRegex(ValueError, "inv.*"): int("x")
    def test_dict(self): self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_str(self): self.assertEqual("hello\nworld\n", "hello\nword\n")
    def test_in(self): self.assertIn(5, [1, 2])
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1)
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_is(self): self.assertIsNone(1)
    def test_count(self): self.assertCountEqual([1, 1, 2], [1, 2, 2])
class TestOther(unittest.TestCase):
    def test_ok(self): self.assertIsInstance(1, int)
    def test_greater(self): self.assertGreater(1, 2)
    def test_raises_fail(self):
        with self.assertRaises(ValueError): pass
    def test_tuple(self): self.assertTupleEqual((1, 2), (1, 3))
    def test_set(self): self.assertSetEqual({1, 2}, {2, 3})
    def test_list_long(self): self.assertListEqual(list(range(10)), list(range(11)))
    def test_not_equal(self): self.assertNotEqual(1, 1)
if __name__ == "__main__":
    import io, re, sys
    stream = io.StringIO()
    prog = unittest.main(testRunner=unittest.TextTestRunner(stream=stream, verbosity=2), exit=False)
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    stream = io.StringIO()
    prog = unittest.main(testRunner=unittest.TextTestRunner(stream=stream), exit=False, argv=["x", "TestOther"])
    print(re.sub(r"in \d+\.\d+s", "in X.XXXs", stream.getvalue()))
    print(prog.result.testsRun, len(prog.result.failures), len(prog.result.errors), prog.result.wasSuccessful())
