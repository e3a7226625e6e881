"""platform -- access to underlying platform's identifying data (weft's own implementation).

Follows https://docs.python.org/3.11/library/platform.html
"""

import os
import sys

__version__ = '1.0.8'

_uname_cache = None


class uname_result(tuple):
    """uname_result(system, node, release, version, machine); processor is computed lazily."""
    _fields = ('system', 'node', 'release', 'version', 'machine')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        return iter(tuple(tuple.__iter__(self)) + (self.processor,))

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(tuple.__iter__(self)))

    def _asdict(self):
        return dict(zip(self._fields, tuple.__iter__(self)))

    def __reduce__(self):
        return uname_result, tuple(tuple.__iter__(self))


def _processor():
    # CPython asks `uname -p`; on Linux that is normally "unknown", shown as ''
    try:
        import subprocess
        out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True).strip()
    except Exception:
        return ''
    return '' if out == 'unknown' else out


def uname():
    """Fairly portable uname interface: (system, node, release, version, machine)."""
    global _uname_cache
    if _uname_cache is not None:
        return _uname_cache
    try:
        u = os.uname()
        system, node, release, version, machine = u.sysname, u.nodename, u.release, u.version, u.machine
    except (AttributeError, OSError):
        system = sys.platform.capitalize()
        node = release = version = machine = ''
    if system == 'Microsoft' and release == 'Windows':
        system, release = 'Windows', 'Vista'
    _uname_cache = uname_result(system, node, release, version, machine)
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows', or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (may not be fully qualified!)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6' ('' if unknown)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for (bits, linkage)."""
    if not bits:
        size = getattr(sys, 'maxsize', 2 ** 63 - 1)
        bits = '64bit' if size > 2 ** 32 else '32bit'
    if not linkage and executable:
        try:
            with open(executable, 'rb') as f:
                head = f.read(4)
            if head == b'\x7fELF':
                linkage = 'ELF'
        except OSError:
            pass
    return bits, linkage


def _parse_version():
    v = sys.version
    num = v.split()[0] if v else ''
    build = ('', '')
    compiler = ''
    lp = v.find('(')
    rp = v.find(')', lp + 1)
    if lp >= 0 and rp > lp:
        inner = v[lp + 1:rp]
        bits = [b.strip() for b in inner.split(',')]
        if bits:
            name = bits[0]
            date = ' '.join(bits[1:]) if len(bits) > 1 else ''
            build = (name, date)
    lb = v.find('[')
    rb = v.rfind(']')
    if lb >= 0 and rb > lb:
        compiler = v[lb + 1:rb]
    if not num or not num[0].isdigit():
        vi = sys.version_info
        num = '%d.%d.%d' % (vi[0], vi[1], vi[2])
    return num, build, compiler


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    num = _parse_version()[0]
    if len(num.split('.')) == 2:
        num += '.0'
    return num


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(python_version().split('.'))


def python_implementation():
    """Returns a string identifying the Python implementation."""
    name = getattr(getattr(sys, 'implementation', None), 'name', 'cpython')
    known = {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython', 'jython': 'Jython'}
    return known.get(name, name.capitalize())


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build number and date as strings."""
    return _parse_version()[1]


def python_compiler():
    """Returns a string identifying the compiler used for compiling Python."""
    return _parse_version()[2]


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable is linked against."""
    if not executable:
        try:
            ver = os.confstr('CS_GNU_LIBC_VERSION')
            parts = ver.split(maxsplit=1)
            if len(parts) == 2:
                return tuple(parts)
        except (AttributeError, ValueError, OSError):
            pass
        executable = sys.executable
        if not executable:
            return lib, version
    best = None
    try:
        with open(os.path.realpath(executable), 'rb') as f:
            data = f.read()
    except OSError:
        return lib, version
    pos = 0
    while True:
        i = data.find(b'GLIBC_', pos)
        if i < 0:
            break
        j = i + 6
        k = j
        while k < len(data) and (data[k:k + 1].isdigit() or data[k:k + 1] == b'.'):
            k += 1
        v = data[j:k].decode('ascii', 'replace').strip('.')
        if v:
            key = tuple(int(x) for x in v.split('.') if x.isdigit())
            if best is None or key > best[0]:
                best = (key, v)
        pos = k
    if best is not None:
        return 'glibc', best[1]
    return lib, version


def _platform(*args):
    text = '-'.join(x.strip() for x in args if x)
    for a, b in ((' ', '_'), ('/', '-'), ('\\', '-'), (':', '-'), (';', '-'),
                 ('"', '-'), ('(', '-'), (')', '-')):
        text = text.replace(a, b)
    text = text.replace('unknown', '')
    while True:
        cleaned = text.replace('--', '-')
        if cleaned == text:
            break
        text = cleaned
    while text[-1:] == '-':
        text = text[:-1]
    return text


def platform(aliased=False, terse=False):
    """Returns a single string identifying the underlying platform."""
    u = uname()
    system_, node_, release_, version_, machine_ = tuple(tuple.__iter__(u))
    if system_ == 'Linux':
        libcname, libcversion = libc_ver()
        return _platform(system_, release_, machine_, '', 'with', libcname + libcversion)
    if terse:
        return _platform(system_, release_)
    bits, linkage = architecture(sys.executable)
    return _platform(system_, release_, machine_, '', bits)


def freedesktop_os_release():
    """Return operating system identification from freedesktop.org os-release files."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, _, value = line.partition('=')
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
                out = []
                i = 0
                while i < len(value):
                    c = value[i]
                    if c == '\\' and i + 1 < len(value) and value[i + 1] in '\\$"\'`':
                        out.append(value[i + 1])
                        i += 2
                        continue
                    out.append(c)
                    i += 1
                value = ''.join(out)
            info[key] = value
        return info
    raise OSError(2, "Unable to read files /etc/os-release, /usr/lib/os-release")


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    return system, release, version
