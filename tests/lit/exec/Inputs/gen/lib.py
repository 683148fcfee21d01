# Helpers for generating numjit's execution lit tests (tests/lit/exec/*.mlir)
# with independently computed expected values: plain Python, no numjit.
# Regenerate all files with ./genall.sh.
import math
import struct
from fractions import Fraction

INF = float('inf')
NAN = float('nan')
FLOATS = ('f32', 'f64')
INTS = ('i32', 'i64')
BITS = {'i32': 32, 'i64': 64, 'i1': 1}
IMIN = {'i32': -2**31, 'i64': -2**63}
IMAX = {'i32': 2**31 - 1, 'i64': 2**63 - 1}


def f32(x):
    x = float(x)
    try:
        return struct.unpack('f', struct.pack('f', x))[0]
    except OverflowError:
        return math.copysign(INF, x)


def wrap(v, dt):
    b = BITS[dt]
    v &= (1 << b) - 1
    if v >= 1 << (b - 1):
        v -= 1 << b
    return v


def int_to_f32(n):
    """Correctly rounded (nearest, ties to even) int -> f32."""
    if n == 0:
        return 0.0
    s = -1 if n < 0 else 1
    a = abs(n)
    bits = a.bit_length()
    if bits <= 24:
        return float(s * a)
    shift = bits - 24
    q, r = divmod(a, 1 << shift)
    half = 1 << (shift - 1)
    if r > half or (r == half and (q & 1)):
        q += 1
    return f32(float(s * (q << shift)))


def rnd(v, dt):
    """Rounds an exact (Python) value to dtype dt."""
    if dt == 'f32':
        if isinstance(v, int) and not isinstance(v, bool):
            return int_to_f32(v)
        return f32(v)
    if dt == 'f64':
        return float(v)
    if dt == 'i1':
        return bool(v)
    return wrap(int(v), dt)


class Arr:
    def __init__(self, shape, flat):
        self.shape = tuple(shape)
        self.flat = list(flat)
        n = 1
        for d in self.shape:
            n *= d
        assert n == len(self.flat), (shape, len(self.flat))

    @staticmethod
    def of(nested, shape=None):
        if shape is not None:
            return Arr(shape, flatten(nested))
        return Arr(infer_shape(nested), flatten(nested))

    def size(self):
        return len(self.flat)

    def strides(self):
        st = []
        acc = 1
        for d in reversed(self.shape):
            st.append(acc)
            acc *= d
        return list(reversed(st))

    def get(self, idx):
        st = self.strides()
        return self.flat[sum(i * s for i, s in zip(idx, st))]

    def map(self, f):
        return Arr(self.shape, [f(x) for x in self.flat])

    def nested(self):
        def rec(dim, off):
            if dim == len(self.shape):
                return self.flat[off]
            st = self.strides()[dim]
            return [rec(dim + 1, off + i * st) for i in range(self.shape[dim])]
        return rec(0, 0)


def infer_shape(x):
    if isinstance(x, list):
        if not x:
            return (0,)
        return (len(x),) + infer_shape(x[0])
    return ()


def flatten(x):
    if isinstance(x, list):
        out = []
        for e in x:
            out += flatten(e)
        return out
    return [x]


def indices(shape):
    if not shape:
        yield ()
        return
    for i in range(shape[0]):
        for rest in indices(shape[1:]):
            yield (i,) + rest


def tensor_type(dt, shape):
    return 'tensor<' + ''.join('%dx' % d for d in shape) + dt + '>'


# ---------------------------------------------------------------- formatting

def fmt_in_scalar(v, dt):
    if dt == 'i1':
        return 'true' if v else 'false'
    if dt in INTS:
        return str(int(v))
    v = float(v)
    if math.isnan(v):
        return '0x7FC00000' if dt == 'f32' else '0x7FF8000000000000'
    if math.isinf(v):
        if dt == 'f32':
            return '0x7F800000' if v > 0 else '0xFF800000'
        return '0x7FF0000000000000' if v > 0 else '0xFFF0000000000000'
    s = repr(v)
    if 'e' in s:
        m, e = s.split('e')
        if '.' not in m:
            m += '.0'
        s = m + 'e' + e
    elif '.' not in s:
        s += '.0'
    return s


def fmt_nested(x, f):
    if isinstance(x, list):
        return '[' + ', '.join(fmt_nested(e, f) for e in x) + ']'
    return f(x)


def fmt_arg(dt, arr):
    # Inputs are written exactly (f32 inputs must already be f32 values).
    for v in arr.flat:
        if dt == 'f32' and not math.isnan(v):
            assert f32(v) == v, ('not an f32 value', v)
    return fmt_nested(arr.nested(), lambda v: fmt_in_scalar(v, dt))


def fmt_out_scalar(v, dt, prec):
    if dt == 'i1':
        return 'true' if v else 'false'
    if dt in INTS:
        return str(int(v))
    if math.isnan(v):
        return '{{-?nan}}'
    return '%.*g' % (prec, v)


def fc_escape(s):
    # FileCheck reads "[[" as a variable; write runs of '[' as a regex.
    out = []
    i = 0
    while i < len(s):
        if s[i] == '[':
            j = i
            while j < len(s) and s[j] == '[':
                j += 1
            if j - i >= 2:
                out.append('{{' + '\\[' * (j - i) + '}}')
            else:
                out.append('[')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


class Case:
    def __init__(self, name, args, body, outs, precision=None, approx=None,
                 note=None, opt_levels=()):
        """args/outs: lists of (dt, Arr). body: IR lines using %a<i> and
        defining %r<j>. approx: dict dt -> relative error tolerated."""
        self.name = name
        self.args = args
        self.body = body
        self.outs = outs
        self.note = note
        self.opt_levels = opt_levels
        self.approx = approx or {}
        if precision is None:
            precision = 5 if 'f32' in self.approx else 6
        self.precision = precision

    def prefix(self):
        return self.name.upper()

    def run_line(self, opt=None):
        parts = ['numjit-run %s -e ' + self.name]
        if opt is not None:
            parts.append('-O=%d' % opt)
        for dt, arr in self.args:
            parts.append('--arg "%s"' % fmt_arg(dt, arr))
        if self.precision != 6:
            parts.append('--precision %d' % self.precision)
        return ('// RUN: ' + ' '.join(parts) +
                ' | FileCheck %s --check-prefix=' + self.prefix() +
                ' --match-full-lines')

    def check_lines(self):
        lines = []
        for i, (dt, arr) in enumerate(self.outs):
            val = fmt_nested(arr.nested(),
                             lambda v: self.fmt_out(v, dt))
            text = 'result %d: %s = %s' % (i, tensor_type(dt, arr.shape), val)
            d = self.prefix() + (':' if i == 0 else '-NEXT:')
            lines.append('// %s %s' % (d, fc_escape(text)))
        return lines

    def fmt_out(self, v, dt):
        text = fmt_out_scalar(v, dt, self.precision)
        d = self.approx.get(dt)
        if not d or math.isnan(v) or math.isinf(v) or v == 0:
            return text
        alts = sorted({'%.*g' % (self.precision, v * (1 - d)), text,
                       '%.*g' % (self.precision, v * (1 + d))})
        if len(alts) == 1:
            return text
        esc = [a.replace('.', '\\.').replace('+', '\\+') for a in alts]
        return '{{(' + '|'.join(esc) + ')}}'

    def func(self):
        sig = ', '.join('%%a%d: %s' % (i, tensor_type(dt, a.shape))
                        for i, (dt, a) in enumerate(self.args))
        rtypes = [tensor_type(dt, a.shape) for dt, a in self.outs]
        res = '(' + ', '.join(rtypes) + ')' if len(rtypes) != 1 else rtypes[0]
        lines = ['func.func @%s(%s) -> %s {' % (self.name, sig, res)]
        for b in self.body:
            lines.append('  ' + b)
        lines.append('  return ' + ', '.join('%%r%d' % i for i in range(len(rtypes)))
                     + ' : ' + ', '.join(rtypes))
        lines.append('}')
        return lines

    def text(self):
        out = []
        if self.note:
            for l in self.note.split('\n'):
                out.append('// ' + l)
        out.append(self.run_line())
        for o in self.opt_levels:
            out.append(self.run_line(o))
        out += self.check_lines()
        out += self.func()
        return '\n'.join(out) + '\n'


def write_file(path, header, cases):
    names = set()
    for c in cases:
        assert c.name not in names, c.name
        names.add(c.name)
    with open(path, 'w') as f:
        f.write(header.rstrip('\n') + '\n')
        for c in cases:
            f.write('\n')
            f.write(c.text())
    return len(cases)
