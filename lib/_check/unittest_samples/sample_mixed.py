import unittest
class T(unittest.TestCase):
    def test_a(self): self.assertEqual(1, 1)
    def test_b(self):
        self.assertEqual(1, 2)
    def test_c(self):
        raise ValueError('x')
    def test_d(self):
        x = int('q')
    @unittest.skip("nope")
    def test_e(self): pass
    def test_f(self):
        """Doc line.
        more"""
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
    def test_g(self):
        with self.assertRaises(KeyError):
            pass
    def test_h(self):
        self.assertEqual('abc', 'abd')
    def test_i(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], 'custom')
class U(unittest.TestCase):
    @classmethod
    def setUpClass(cls): raise RuntimeError('boom')
    def test_x(self): pass
if __name__ == '__main__':
    unittest.main()
