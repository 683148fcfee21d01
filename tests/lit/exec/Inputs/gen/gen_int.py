from lib import *
from sem import *

HEADER = """\
// Execution tests: integer elementwise ops (neg, abs, sign, add, sub, mul,
// div, rem, max, min) on i32 and i64, each on a vector (a matrix for i64), a
// rank-0 tensor and an empty tensor. Arithmetic wraps; div/rem follow XLA:
// truncating, x / 0 == -1, x % 0 == x, INT_MIN / -1 == INT_MIN and
// INT_MIN % -1 == 0. Expected values were computed with Python integers.
"""


def data_for(dt):
    MN, MX = IMIN[dt], IMAX[dt]
    big = 65536 if dt == 'i32' else 2**32
    sq = 46341 if dt == 'i32' else 3037000500
    unary = {
        'neg': (lambda x: -x, [5, -7, 0, 1, MX, MN], -9),
        'abs': (lambda x: abs(x), [5, -7, 0, 1, MX, MN], -9),
        'sign': (i_sign, [5, -7, 0, 1, MX, MN], -9),
    }
    binary = {
        'add': (lambda x, y: x + y,
                [1, -5, MX, MN, MX, 100], [2, 3, 1, -1, MX, -100], (40, 2)),
        'sub': (lambda x, y: x - y,
                [5, -5, MN, MX, 0, MN], [3, 3, 1, -1, MN, MN], (40, 2)),
        'mul': (lambda x, y: x * y,
                [3, -4, big, sq, MN, -1, MX, 0],
                [7, 5, big, sq, -1, MN, 2, MN], (-6, 7)),
        'div': (lambda x, y: i_tdiv(x, y, dt),
                [7, -7, 7, -7, 0, 5, -5, MN, MN, 0, 1, MX, 6, MN],
                [2, 2, -2, -2, 3, 0, 0, -1, 1, 0, -1, MN, 3, 0], (-17, 5)),
        'rem': (lambda x, y: i_trem(x, y, dt),
                [7, -7, 7, -7, 0, 5, -5, MN, MN, 0, 1, MX, 6, MN],
                [2, 2, -2, -2, 3, 0, 0, -1, 1, 0, -1, MN, 3, 0], (-17, 5)),
        'max': (lambda x, y: max(x, y),
                [1, -2, MN, MX, 0, -5], [2, -3, MX, MN, 0, -5], (-4, -9)),
        'min': (lambda x, y: min(x, y),
                [1, -2, MN, MX, 0, -5], [2, -3, MX, MN, 0, -5], (-4, -9)),
    }
    return unary, binary


def main_shape(dt, n):
    return (n,) if dt == 'i32' else (2, n // 2)


def build():
    cases = []
    for dt in INTS:
        unary, _ = data_for(dt)
        for op, (f, data, scalar) in unary.items():
            v = Arr(main_shape(dt, len(data)), data)
            args = [(dt, v), (dt, Arr((), [scalar])), (dt, Arr((0,), []))]
            body = ['%%r%d = numjit.%s %%a%d : %s' % (i, op, i,
                                                       tensor_type(dt, a.shape))
                    for i, (_, a) in enumerate(args)]
            outs = [(dt, elementwise(f, dt, a)) for _, a in args]
            cases.append(Case('%s_%s' % (op, dt), args, body, outs))
    for dt in INTS:
        _, binary = data_for(dt)
        for op, (f, xs, ys, (sx, sy)) in binary.items():
            shp = main_shape(dt, len(xs))
            args = [(dt, Arr(shp, xs)), (dt, Arr(shp, ys)),
                    (dt, Arr((), [sx])), (dt, Arr((), [sy])),
                    (dt, Arr((0,), [])), (dt, Arr((0,), []))]
            body, outs = [], []
            for i in range(3):
                a, b = args[2 * i][1], args[2 * i + 1][1]
                body.append('%%r%d = numjit.%s %%a%d, %%a%d : %s' % (
                    i, op, 2 * i, 2 * i + 1, tensor_type(dt, a.shape)))
                outs.append((dt, elementwise(f, dt, a, b)))
            cases.append(Case('%s_%s' % (op, dt), args, body, outs))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
