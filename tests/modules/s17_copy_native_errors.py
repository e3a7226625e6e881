# copy.copy / copy.deepcopy of objects with native state say "cannot pickle" as
# object.__reduce_ex__ does, instead of failing inside the class's constructor.
import copy
import pickle
import io
import sys
import threading


def t(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


t("deepcopy lock", lambda: copy.deepcopy(threading.Lock()))
t("copy lock", lambda: copy.copy(threading.Lock()))
t("deepcopy rlock", lambda: copy.deepcopy(threading.RLock()))
t("copy rlock", lambda: copy.copy(threading.RLock()))
t("copy file", lambda: copy.copy(open(__file__)))
t("deepcopy module", lambda: copy.deepcopy(sys))
t("copy module", lambda: copy.copy(io))
t("deepcopy StringIO", lambda: copy.deepcopy(io.StringIO("x")))


class Holder:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = [1, 2]


t("deepcopy holder", lambda: copy.deepcopy(Holder()))
h = copy.copy(Holder())
print(h.items, type(h.lock).__name__)


class RHolder:
    def __init__(self):
        self.lock = threading.RLock()


t("deepcopy rholder", lambda: copy.deepcopy(RHolder()))
t("pickle rlock", lambda: pickle.dumps(threading.RLock()))
