from lib import *
from sem import *

HEADER = """\
// Execution tests: numjit.convert between every pair of element types
// (f32, f64, i32, i64, i1), each on a vector, a rank-0 and an empty tensor.
// Float -> int truncates toward zero and saturates, nan -> 0; anything -> i1
// is x != 0 (so nan -> true); i1 -> number is 0 or 1; int -> int narrowing
// wraps (keeps the low bits). Floats print with enough digits (--precision)
// to show the exact converted value.
"""

TYPES = ['f32', 'f64', 'i32', 'i64', 'i1']


def src_data(frm, to):
    """Source values (in the source type) for a conversion frm -> to."""
    if frm == 'f32':
        if to == 'f64':
            return [1.5, 0.1, -0.0, INF, -INF, NAN, 3.4028234663852886e38,
                    1.401298464324817e-45, -2.5], 0.3
        if to == 'i32':
            return [1.9, -1.9, 0.5, -0.5, 2147483648.0, -2147483648.0,
                    2147483520.0, -2147483520.0, 3e9, -3e9, NAN, INF, -INF,
                    -0.0, 100.99], -7.75
        if to == 'i64':
            return [1.9, -1.9, 9223372036854775808.0, -9223372036854775808.0,
                    1e19, -1e19, NAN, INF, -INF, 16777216.0,
                    9223371487098961920.0, 3e9], -7.75
        if to == 'i1':
            return [0.0, -0.0, 1.0, -2.5, NAN, INF, -INF,
                    1.401298464324817e-45, 0.1], 0.0
    if frm == 'f64':
        if to == 'f32':
            return [1.5, 0.1, 1e300, -1e300, 1e-300, -1e-300, 1 + 2**-24,
                    1 + 3 * 2**-24, NAN, INF, -INF, 3.4028235677973366e38,
                    3.4028234663852886e38], 0.3
        if to == 'i32':
            return [2147483647.9, 2147483648.0, -2147483648.9, -2147483649.0,
                    NAN, 1e300, -0.99, 1e-300, -INF, 123456789.5, INF,
                    -2147483648.0], -7.75
        if to == 'i64':
            return [9223372036854775808.0, -9223372036854775808.0,
                    9223372036854774784.0, 1.5, -2.5, NAN, INF, -INF, 1e300,
                    -1e300, 4503599627370495.5, -9223372036854774784.0], -7.75
        if to == 'i1':
            return [0.0, -0.0, 1.0, -2.5, NAN, INF, -INF, 5e-324, 0.1], 0.0
    if frm == 'i32':
        MN, MX = IMIN['i32'], IMAX['i32']
        if to in FLOATS:
            return [1, -1, 0, 16777217, 16777219, MX, MN, 123456789,
                    -16777217], -7
        if to == 'i64':
            return [-1, MN, MX, 0, 5], -7
        if to == 'i1':
            return [0, 1, -1, 2, MN, MX, 256], 0
    if frm == 'i64':
        MN, MX = IMIN['i64'], IMAX['i64']
        if to == 'f32':
            return [1, -1, 0, 2**53 + 1, MX, MN, 123456789012, 16777217,
                    2**24 + 2**0 + 2**40, 2**62 + 2**38 + 1], -7
        if to == 'f64':
            return [1, -1, 0, 2**53 + 1, 2**53 + 3, MX, MN, -(2**53 + 1)], -7
        if to == 'i32':
            return [2**32 + 1, -1, 2**31, 2**32 - 1, MN, MX, -2**31, 12345,
                    -2**31 - 1], -7
        if to == 'i1':
            return [0, 1, -1, 2**32, MN, MX, 256], 0
    if frm == 'i1':
        return [False, True, True, False], True
    raise KeyError((frm, to))


def build():
    cases = []
    for frm in TYPES:
        for to in TYPES:
            if frm == to:
                continue
            data, scalar = src_data(frm, to)
            x = Arr((len(data),), [rnd(v, frm) for v in data])
            if frm == 'f32':
                # Inputs must be exact f32 values; rnd() did that.
                pass
            s = Arr((), [rnd(scalar, frm)])
            e = Arr((0,), [])
            args = [(frm, x), (frm, s), (frm, e)]
            body = []
            outs = []
            for i, (_, a) in enumerate(args):
                body.append('%%r%d = numjit.convert %%a%d : %s -> %s' % (
                    i, i, tensor_type(frm, a.shape), tensor_type(to, a.shape)))
                outs.append((to, a.map(lambda v: convert(v, frm, to))))
            prec = {'f32': 9, 'f64': 17}.get(to, 6)
            if to in FLOATS and frm in INTS:
                prec = 19  # integers up to 2^63 print exactly
            cases.append(Case('convert_%s_%s' % (frm, to), args, body, outs,
                              precision=prec))
    # Identity conversions (folded away) still run.
    for dt in TYPES:
        data = {'f32': [1.5, NAN], 'f64': [0.1, -INF], 'i32': [-3, IMAX['i32']],
                'i64': [-3, IMIN['i64']], 'i1': [True, False]}[dt]
        x = Arr((2,), [rnd(v, dt) for v in data])
        T = tensor_type(dt, (2,))
        cases.append(Case('convert_%s_%s' % (dt, dt), [(dt, x)],
                          ['%%r0 = numjit.convert %%a0 : %s -> %s' % (T, T)],
                          [(dt, x)], precision=17))
    # A round trip through every type: f32 -> i32 -> i1 -> i64 -> f64.
    x = Arr((5,), [rnd(v, 'f32') for v in [0.5, -3.7, 2.0, NAN, 0.0]])
    vals = x.flat
    for a, b in [('f32', 'i32'), ('i32', 'i1'), ('i1', 'i64'), ('i64', 'f64')]:
        vals = [convert(v, a, b) for v in vals]
    cases.append(Case(
        'convert_chain', [('f32', x)],
        ['%t0 = numjit.convert %a0 : tensor<5xf32> -> tensor<5xi32>',
         '%t1 = numjit.convert %t0 : tensor<5xi32> -> tensor<5xi1>',
         '%t2 = numjit.convert %t1 : tensor<5xi1> -> tensor<5xi64>',
         '%r0 = numjit.convert %t2 : tensor<5xi64> -> tensor<5xf64>'],
        [('f64', Arr((5,), vals))]))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
