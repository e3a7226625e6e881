import unittest


def helper(x):
    return x['missing']


class Failures(unittest.TestCase):
    maxDiff = None

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3], 'c': 0})

    def test_long_str(self):
        self.assertEqual('x' * 100 + 'abc', 'x' * 100 + 'abd')

    def test_multiline(self):
        self.assertEqual('one\ntwo\nthree\n', 'one\nTWO\nthree\nfour\n')

    def test_set(self):
        self.assertSetEqual({1, 2, 3}, {2, 3, 4})

    def test_tuple(self):
        self.assertEqual((1, 2), (1, 2, 3))

    def test_true(self):
        self.assertTrue([], 'should be truthy')

    def test_in(self):
        self.assertIn('z', 'abc')

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.1)

    def test_raises_wrong(self):
        with self.assertRaises(ValueError):
            raise TypeError('wrong type')

    def test_raises_callable(self):
        self.assertRaises(ValueError, int, '5')

    def test_error_in_helper(self):
        helper({})

    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise RuntimeError('wrapped') from e

    def test_is(self):
        self.assertIs(None, False)

    def test_count(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_not_equal(self):
        self.assertNotEqual(1, 1, msg='custom')

    def test_list_long(self):
        self.assertEqual(list(range(30)), list(range(29)) + [99])

    def test_fail(self):
        self.fail('explicit failure')

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_setup_error(self):
        self.skipTest('skipping from inside')


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError('no setup')

    def test_never(self):
        pass


if __name__ == '__main__':
    unittest.main(verbosity=2)
