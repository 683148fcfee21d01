from lib import *
from sem import *

HEADER = """\
// Execution tests: numjit.dot_general on f32, f64, i32 and i64: matmul,
// matvec, vecmat, vector dot (rank-0 result), batched matmul (leading and
// non-leading batch dims), contraction on non-last dims (A^T B, A B^T), two
// contracting dims, outer product, batch-only (elementwise) products, scalar
// operands, an empty contraction (gives 0) and an empty result. Expected
// values were computed with a Python model of jax.lax.dot_general; inputs
// are small integers (exact in every type).
"""

NUM = ['f32', 'f64', 'i32', 'i64']


def m_dot(a, b, lb, rb, lc, rc, dt):
    lf = [d for d in range(len(a.shape)) if d not in lb and d not in lc]
    rf = [d for d in range(len(b.shape)) if d not in rb and d not in rc]
    out_shape = tuple([a.shape[d] for d in lb] + [a.shape[d] for d in lf] +
                      [b.shape[d] for d in rf])
    cshape = tuple(a.shape[d] for d in lc)
    flat = []
    for idx in indices(out_shape):
        bi = idx[:len(lb)]
        li = idx[len(lb):len(lb) + len(lf)]
        ri = idx[len(lb) + len(lf):]
        acc = 0
        for ci in indices(cshape):
            ai = [0] * len(a.shape)
            bj = [0] * len(b.shape)
            for k, d in enumerate(lb):
                ai[d] = bi[k]
            for k, d in enumerate(rb):
                bj[d] = bi[k]
            for k, d in enumerate(lf):
                ai[d] = li[k]
            for k, d in enumerate(rf):
                bj[d] = ri[k]
            for k, d in enumerate(lc):
                ai[d] = ci[k]
            for k, d in enumerate(rc):
                bj[d] = ci[k]
            acc += a.get(tuple(ai)) * b.get(tuple(bj))
        flat.append(rnd(acc, dt))
    return Arr(out_shape, flat)


def vals(dt, n, k0):
    # Small integers with both signs; products and sums stay exact.
    out = []
    for k in range(k0, k0 + n):
        v = ((k * 5) % 9) - 4
        out.append(rnd(v, dt) if dt in INTS else float(v) / 2)
    return out


def T(dt, shape):
    return tensor_type(dt, shape)


def build():
    cases = []
    for dt in NUM:
        shapes = {
            'A': (2, 3), 'B': (3, 2), 'x': (3,), 'y': (3,), 'L': (2, 2, 3),
            'R': (2, 3, 2), 'C': (3, 4), 'P': (2, 3, 4), 'Q': (3, 4),
            's': (), 't': (), 'e': (0,), 'M': (3, 2, 3),
        }
        arrs = {}
        k0 = 0
        for name, shape in shapes.items():
            n = 1
            for d in shape:
                n *= d
            arrs[name] = Arr(shape, vals(dt, n, k0))
            k0 += n + 1
        names = list(shapes)
        idx = {n: i for i, n in enumerate(names)}
        args = [(dt, arrs[n]) for n in names]
        specs = [  # (lhs, rhs, lb, rb, lc, rc)
            ('A', 'B', [], [], [1], [0]),        # matmul 2x3 . 3x2
            ('A', 'x', [], [], [1], [0]),        # matvec
            ('x', 'B', [], [], [0], [0]),        # vecmat
            ('x', 'y', [], [], [0], [0]),        # dot -> rank 0
            ('L', 'R', [0], [0], [2], [1]),      # batched matmul
            ('B', 'C', [], [], [0], [0]),        # A^T B: contract dim 0
            ('A', 'A', [], [], [1], [1]),        # A A^T
            ('x', 'y', [], [], [], []),          # outer product
            ('P', 'Q', [], [], [1, 2], [0, 1]),  # two contracting dims
            ('P', 'Q', [], [], [2, 1], [1, 0]),  # same, listed in reverse
            ('x', 'y', [0], [0], [], []),        # batch only: x * y
            ('s', 't', [], [], [], []),          # scalars
            ('s', 'x', [], [], [], []),          # scalar times vector
            ('e', 'e', [], [], [0], [0]),        # empty contraction -> 0
            ('e', 'e', [0], [0], [], []),        # empty batch -> empty
            ('M', 'L', [1], [0], [2], [2]),      # batch dim not leading
            ('P', 'A', [], [], [1], [1]),        # contract a middle dim
        ]
        body, outs = [], []
        for i, (ln, rn, lb, rb, lc, rc) in enumerate(specs):
            a, b = arrs[ln], arrs[rn]
            r = m_dot(a, b, lb, rb, lc, rc, dt)
            j = lambda l: ', '.join(map(str, l))
            body.append(
                '%%r%d = numjit.dot_general %%a%d, %%a%d, batch = [%s] x [%s], '
                'contract = [%s] x [%s] : (%s, %s) -> %s' % (
                    i, idx[ln], idx[rn], j(lb), j(rb), j(lc), j(rc),
                    T(dt, a.shape), T(dt, b.shape), T(dt, r.shape)))
            outs.append((dt, r))
        # An empty free dimension inside the kernel: (0x3) . (3) -> (0).
        k = len(outs)
        body.append('%%z = numjit.broadcast_in_dim %%a%d, dims = [0] : %s -> %s'
                    % (idx['e'], T(dt, (0,)), T(dt, (0, 3))))
        body.append('%%r%d = numjit.dot_general %%z, %%a%d, batch = [] x [], '
                    'contract = [1] x [0] : (%s, %s) -> %s' % (
                        k, idx['x'], T(dt, (0, 3)), T(dt, (3,)), T(dt, (0,))))
        outs.append((dt, Arr((0,), [])))
        cases.append(Case('dot_general_' + dt, args, body, outs))

    # A bigger matmul (vector loops with remainders): 5x7 . 7x9.
    for dt in NUM:
        a = Arr((5, 7), vals(dt, 35, 3))
        b = Arr((7, 9), vals(dt, 63, 40))
        r = m_dot(a, b, [], [], [1], [0], dt)
        cases.append(Case(
            'matmul_5x7x9_' + dt, [(dt, a), (dt, b)],
            ['%%r0 = numjit.dot_general %%a0, %%a1, batch = [] x [], '
             'contract = [1] x [0] : (%s, %s) -> %s' % (
                 T(dt, (5, 7)), T(dt, (7, 9)), T(dt, (5, 9)))],
            [(dt, r)]))

    # Integer matmul wraps.
    for dt in INTS:
        big = 2**16 if dt == 'i32' else 2**32
        a = Arr((1, 2), [big, 3])
        b = Arr((2, 1), [big, IMAX[dt]])
        r = m_dot(a, b, [], [], [1], [0], dt)
        cases.append(Case(
            'matmul_wrap_' + dt, [(dt, a), (dt, b)],
            ['%%r0 = numjit.dot_general %%a0, %%a1, batch = [] x [], '
             'contract = [1] x [0] : (%s, %s) -> %s' % (
                 T(dt, (1, 2)), T(dt, (2, 1)), T(dt, (1, 1)))],
            [(dt, r)]))
    return cases


if __name__ == '__main__':
    import sys
    print(write_file(sys.argv[1], HEADER, build()), 'cases')
