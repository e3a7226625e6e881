import warnings
warnings.warn("plain user warning")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("a future warning", FutureWarning, stacklevel=1)
def old():
    warnings.warn("old() is old", DeprecationWarning, stacklevel=2)
old()
warnings.warn("plain user warning")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("second")
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me")
warnings.warn("not skipped", UserWarning)
print("done")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line"))
