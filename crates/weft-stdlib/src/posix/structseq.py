# Struct sequences of the posix module (stat_result, terminal_size, uname_result,
# times_result), executed in the posix module's namespace at import.

class _StructSeq(tuple):
    n_sequence_fields = 0
    n_fields = 0
    n_unnamed_fields = 0
    _repr_names = ()

    def __new__(cls, sequence=(), dict=None):
        seq = tuple(sequence)
        n = cls.n_sequence_fields
        nf = cls.n_fields
        full = cls.__module__ + "." + cls.__name__
        if len(seq) < n:
            if n == nf:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (full, n, len(seq)))
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)" % (full, n, len(seq)))
        if len(seq) > nf:
            if n == nf:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (full, n, len(seq)))
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)" % (full, nf, len(seq)))
        self = tuple.__new__(cls, seq[:n])
        extra = list(seq[n:])
        while len(extra) < nf - n:
            extra.append(None)
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        parts = []
        for i, name in enumerate(self._repr_names):
            parts.append("%s=%r" % (name, self[i]))
        return "%s.%s(%s)" % (type(self).__module__, type(self).__name__, ", ".join(parts))

    def __reduce__(self):
        return (type(self), (tuple(self), {}))


def _make(name, module, seq_names, extra_names=(), unnamed=0, repr_names=None):
    ns = {"n_sequence_fields": len(seq_names), "n_fields": len(seq_names) + len(extra_names),
          "n_unnamed_fields": unnamed, "__module__": module,
          "_repr_names": tuple(repr_names if repr_names is not None else seq_names)}
    for i, f in enumerate(seq_names):
        if f is not None:
            ns[f] = property(lambda self, i=i: self[i])
    for j, f in enumerate(extra_names):
        ns[f] = property(lambda self, j=j: self._extra[j])
    names = [f for f in seq_names if f is not None]
    ns["__match_args__"] = tuple(names)
    return type(name, (_StructSeq,), ns)


stat_result = _make("stat_result", "os",
                    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                     None, None, None),
                    ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
                     "st_blksize", "st_blocks", "st_rdev"),
                    3,
                    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                     "st_atime", "st_mtime", "st_ctime"))
terminal_size = _make("terminal_size", "os", ("columns", "lines"))
uname_result = _make("uname_result", "posix", ("sysname", "nodename", "release", "version", "machine"))
times_result = _make("times_result", "posix", ("user", "system", "children_user", "children_system", "elapsed"))
statvfs_result = _make("statvfs_result", "os",
                       ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
                        "f_ffree", "f_favail", "f_flag", "f_namemax"), ("f_fsid",))
del _make
