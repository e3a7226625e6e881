import unittest


class Arith(unittest.TestCase):
    def setUp(self):
        self.x = 2

    def tearDown(self):
        self.x = None

    def test_add(self):
        self.assertEqual(self.x + 2, 4)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)

    def test_in(self):
        self.assertIn(3, [1, 2, 3])
        self.assertNotIn(4, [1, 2, 3])
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertTrue(1)
        self.assertFalse(0)
        self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(KeyError, {}.__getitem__, 'x')

    @unittest.skipIf(True, "always")
    def test_skipped(self):
        self.fail('no')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.log)

    def test_one(self):
        self.addCleanup(self.log.append, 'cleanup')
        self.log.append('one')

    def test_two(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertGreaterEqual(i, 0)


if __name__ == '__main__':
    unittest.main()
