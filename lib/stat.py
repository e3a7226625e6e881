"""stat -- constants and functions for interpreting os.stat() results (weft's own implementation).

Follows https://docs.python.org/3.11/library/stat.html
"""

FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_VIRTUAL = 0x10000
SF_APPEND = 0x40000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000
ST_ATIME = 7
ST_CTIME = 9
ST_DEV = 2
ST_GID = 5
ST_INO = 1
ST_MODE = 0
ST_MTIME = 8
ST_NLINK = 3
ST_SIZE = 6
ST_UID = 4
S_ENFMT = 0o2000
S_IEXEC = 0o100
S_IFBLK = 0o60000
S_IFCHR = 0o20000
S_IFDIR = 0o40000
S_IFDOOR = 0
S_IFIFO = 0o10000
S_IFLNK = 0o120000
S_IFPORT = 0
S_IFREG = 0o100000
S_IFSOCK = 0o140000
S_IFWHT = 0
S_IREAD = 0o400
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_IRGRP = 0o40
S_IROTH = 0o4
S_IRUSR = 0o400
S_IRWXG = 0o70
S_IRWXO = 0o7
S_IRWXU = 0o700
S_IWGRP = 0o20
S_IWOTH = 0o2
S_IWRITE = 0o200
S_IWUSR = 0o200
S_IXGRP = 0o10
S_IXOTH = 0o1
S_IXUSR = 0o100
UF_APPEND = 4
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
UF_IMMUTABLE = 2
UF_NODUMP = 1
UF_NOUNLINK = 0x10
UF_OPAQUE = 8


def S_IMODE(mode):
    """Return the permission bits (the part that chmod() can set)."""
    return mode & 0o7777


def S_IFMT(mode):
    """Return the file-type bits of a mode."""
    return mode & 0o170000


def S_ISDIR(mode):
    return mode & 0o170000 == S_IFDIR


def S_ISCHR(mode):
    return mode & 0o170000 == S_IFCHR


def S_ISBLK(mode):
    return mode & 0o170000 == S_IFBLK


def S_ISREG(mode):
    return mode & 0o170000 == S_IFREG


def S_ISFIFO(mode):
    return mode & 0o170000 == S_IFIFO


def S_ISLNK(mode):
    return mode & 0o170000 == S_IFLNK


def S_ISSOCK(mode):
    return mode & 0o170000 == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
     (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """Convert a file's mode to a string like '-rwxrwxrwx'."""
    out = []
    first = True
    for choices in _filemode_table:
        for bits, ch in choices:
            if first:
                if mode & 0o170000 == bits:
                    out.append(ch)
                    break
            elif mode & bits == bits:
                out.append(ch)
                break
        else:
            out.append("?" if first else "-")
        first = False
    return "".join(out)
