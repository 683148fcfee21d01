//===- Passes.td - numjit lowering passes ------------------*- tablegen -*-===//

#ifndef NUMJIT_CODEGEN_PASSES_TD
#define NUMJIT_CODEGEN_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertNumjitToLinalg : Pass<"convert-numjit-to-linalg", "ModuleOp"> {
  let summary = "Lowers numjit ops to linalg, tensor, arith and math on tensors";
  let description = [{
    `numjit.<elementwise>(a, b) => linalg.generic { arith/math }`;
    `numjit.reduce => linalg.reduce`, `numjit.dot_general => linalg.generic`
    with reduction iterators, shape ops to `tensor` ops, `numjit.gather =>
    linalg.generic { tensor.extract }`, `numjit.scatter =>` an `scf.for`
    nest of `tensor.insert`. Integer division, float-to-integer conversion
    and indices are lowered with guards so no input is UB. Unsigned element
    types (`ui8`, `ui32`) are then made signless, with `numjit.unsigned` on
    the function arguments and results that had them.
  }];
  let dependentDialects = [
    "mlir::linalg::LinalgDialect", "mlir::tensor::TensorDialect",
    "mlir::arith::ArithDialect", "mlir::math::MathDialect", "mlir::scf::SCFDialect"
  ];
}

def NumjitControlFlowToScf : Pass<"numjit-control-flow-to-scf", "ModuleOp"> {
  let summary = "Lowers numjit.cond, numjit.while and numjit.scan to scf";
  let description = [{
    `numjit.cond => scf.if` on the extracted predicate; `numjit.while =>
    scf.while` (the cond region ends in `scf.condition`); `numjit.scan =>
    scf.for` from 0 to `length` whose iteration arguments are the carries
    and the stacked outputs: each step reads slice `k` of every input with
    `tensor.extract_slice` and writes its outputs with
    `tensor.insert_slice` (`k` counts down for a reverse scan). The bodies
    move into the scf regions unchanged, so each is compiled once whatever
    the trip count; their numjit ops lower with the rest of the function.
  }];
  let dependentDialects = ["mlir::scf::SCFDialect", "mlir::tensor::TensorDialect",
                           "mlir::arith::ArithDialect"];
}

def NumjitApproximateMath : Pass<"numjit-approximate-math"> {
  let summary = "Replaces f32 transcendental math ops by polynomial approximations";
  let description = [{
    `math.tanh/exp/log/sin/cos/erf(x : f32) => polynomial in arith ops`, so
    loops over them vectorize instead of calling scalar libm.

    With `ldexp` (a target that scales by a power of two in one
    instruction: x86's AVX-512 `vscalefps`), f32 `math.exp` becomes numjit's
    own expansion: x/ln2 rounded by adding 1.5 * 2^23, MLIR's two-constant
    range reduction, a degree-6 polynomial (MLIR's is degree 7), and
    `llvm.intr.ldexp` for the power of two. That is 16 vector instructions
    where MLIR's expansion takes 20 (no floor, no clamp of the exponent, no
    integer shift, one FMA fewer), at least as accurate (1.03 ulp), and
    results below 2^-126 come out as subnormals instead of 0.
  }];
  let options = [
    Option<"ldexp", "ldexp", "bool", /*default=*/"false",
           "Build f32 exp on llvm.intr.ldexp">,
  ];
  let dependentDialects = ["mlir::arith::ArithDialect",
                           "mlir::vector::VectorDialect",
                           "mlir::LLVM::LLVMDialect"];
}

def NumjitCanonicalize : Pass<"numjit-canonicalize"> {
  let summary = "MLIR's canonicalizer on one pattern set shared by the context";
  let description = [{
    The same rewrites as `canonicalize` (every loaded dialect's and op's
    canonicalization patterns, top-down, with region simplification), but
    the frozen pattern set is built once per MLIR context and shared by
    every instance, where each `canonicalize` in a pipeline builds and
    freezes its own (about 0.1 ms each with numjit's 23 dialects, paid for
    every instance of every pipeline a process first builds).
  }];
}

def NumjitBufferDeallocation : Pass<"numjit-buffer-deallocation", "ModuleOp"> {
  let summary = "MLIR's buffer deallocation pipeline, where there is something to free";
  let description = [{
    Runs `bufferization::buildBufferDeallocationPipeline` (expand-realloc,
    ownership-based deallocation, its simplification and lowering, with
    canonicalize and CSE between) when the module allocates a buffer
    (`memref.alloc` or `memref.realloc`), and nothing otherwise: a kernel
    that computes straight into its output buffers has nothing to free, and
    the eight passes cost it about 0.2 ms of compile time.
  }];
}

def NumjitCopyToLinalg : Pass<"numjit-copy-to-linalg"> {
  let summary = "Turns memref.copy into linalg.copy, so every copy becomes loops";
  let description = [{
    `memref.copy %a, %b => linalg.copy ins(%a) outs(%b)`: a strided copy then
    needs no runtime library (MLIR's `memrefCopy`), which keeps AOT objects
    free of MLIR's runtime.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect"];
}

def NumjitFuseElementwise : Pass<"numjit-fuse-elementwise", "func::FuncOp"> {
  let summary = "Fuses elementwise producers into their linalg.generic consumers";
  let description = [{
    MLIR's elementwise fusion with rules that never multiply work: a
    producer is fused into a consumer only when the consumer reads each
    produced element once (the operand's indexing map is a permutation) or
    the consumer is itself elementwise. So an elementwise chain, broadcasts
    included, becomes one loop nest and a reduction absorbs its producers,
    but a contraction (dot_general) does not recompute its operands'
    producers for every output element. An expensive producer (a
    transcendental or a division) is never fused through a broadcast, and
    with several consumers it goes into the first one only, which also
    yields it for the others:
    `sum(e), e / s with e = exp(x) => (e, sum(e)) = one generic; e / s`.
    Cheap producers are recomputed in each consumer.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect",
                           "mlir::tensor::TensorDialect"];
}

def NumjitForwardResultCopies : Pass<"numjit-forward-result-copies", "func::FuncOp"> {
  let summary = "Writes a result straight into its out-parameter instead of copying it there";
  let description = [{
    After buffer-results-to-out-params, a result whose buffer is not an
    allocation the function returns directly (the carry of a loop: a
    cumsum, a sort, a scatter, control flow) is computed into a fresh
    allocation and then copied into the out-parameter:

    `%a = memref.alloc; ...; memref.copy %a, %out; memref.dealloc %a`

    When that copy is the out-parameter's only use, the allocation has the
    out-parameter's type, and nothing but deallocations uses it after the
    copy, the allocation becomes the out-parameter: no allocation, no copy.
  }];
  let dependentDialects = ["mlir::memref::MemRefDialect"];
}

def NumjitHoistInvariantLoads : Pass<"numjit-hoist-invariant-loads", "func::FuncOp"> {
  let summary = "Moves loads of read-only buffers at loop-invariant positions out of loops";
  let description = [{
    A `memref.load` directly in an `scf.for` body whose buffer and indices
    are defined outside the loop moves before it, when the loop runs at least
    once (constant bounds) and nothing in the function writes that buffer
    (the buffer is traced through views to a function argument that no op
    writes). After linalg-to-loops a gather's index is reloaded for every
    element of the row it picks, and LLVM cannot hoist that load itself
    because the row's stores might alias it; hoisted, the row copy
    vectorizes. The same holds for any operand a fused loop nest reads at
    outer indices only (a per-row scale).
  }];
  let dependentDialects = ["mlir::memref::MemRefDialect", "mlir::scf::SCFDialect"];
}

def NumjitAssumeAlignedOutputs : Pass<"numjit-assume-aligned-outputs", "func::FuncOp"> {
  let summary = "Tells LLVM that large output buffers are 64-byte aligned";
  let description = [{
    For each output buffer (an argument after the inputs of a function with
    `numjit.signature`) of a static size of at least `min-bytes`, every use
    of the argument reads it through a `memref.assume_alignment` of 64 placed
    right before the user, so that the assumption sits inside the loop body
    that uses it (and inside the function OpenMP outlines from a parallel
    loop, where an assumption at the function's entry would not reach).
    LLVM then knows the vectorized stores into the buffer are aligned, which
    non-temporal stores need. The caller must keep the promise: numjit's own
    buffers are 64-byte aligned, and `jf.into` passes a destination that is
    not through a temporary.
  }];
  let options = [
    Option<"minBytes", "min-bytes", "int64_t", /*default=*/"32 << 20",
           "Smallest output, in bytes, to assume aligned">,
  ];
  let dependentDialects = ["mlir::memref::MemRefDialect"];
}

def NumjitAlignmentToPtrmask : Pass<"numjit-alignment-to-ptrmask", "ModuleOp"> {
  let summary = "Restates alignment assumptions as ptrmask, which outlining keeps";
  let description = [{
    `llvm.intr.assume %true ["align"(%p, %a)]` => the uses of `%p` that the
    assume dominates read `llvm.intr.ptrmask(%p, -%a)`, and the assume goes.
    The value is the same when the assumption holds, and LLVM reads the
    alignment off its known bits; an assume inside an OpenMP parallel
    region is dropped when MLIR's translation outlines the region, a
    ptrmask is not.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

def NumjitNarrowGemmOperands : Pass<"numjit-narrow-gemm-operands", "func::FuncOp"> {
  let summary = "Matrix products of widened bf16 matrices read the bf16";
  let description = [{
    A `linalg.generic` marked `numjit.blas` whose two inputs are both
    elementwise `arith.extf` of bf16 tensors reads the bf16 tensors
    instead and widens in its body, so that numjit-gemm-to-blas with
    `bf16=true` calls `numjit_sbgemm`. The widening is exact: the result
    is the same. For host kernels whose CPU has AVX512-BF16.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def NumjitExpandBF16 : Pass<"numjit-expand-bf16", "ModuleOp"> {
  let summary = "Converts between f32 and bf16 with integer operations";
  let description = [{
    `arith.extf` from bf16 becomes a shift of its bits and `arith.truncf` to
    bf16 rounds to nearest even with integer operations (NaN stays a quiet
    NaN). For targets without an f32 -> bf16 instruction (x86 before
    AVX512-BF16, the GPU pipeline), where LLVM would call `__truncsfbf2`,
    which libgcc 12 lacks; targets with the instruction skip this pass.
  }];
  let dependentDialects = ["mlir::arith::ArithDialect"];
}

def NumjitUnrollLoops : Pass<"numjit-unroll-loops", "func::FuncOp"> {
  let summary = "Unrolls loops of elementwise steps so fusion merges the steps";
  let description = [{
    An `scf.for` whose body holds only elementwise `linalg.generic` ops (at
    most `max-ops`, with their empty tensors and constants) is unrolled by
    `factor`, with a second loop for the remaining steps; fusion then merges
    the unrolled steps, so each pass over the carries' memory does `factor`
    steps: `for k { x = f(x) } => for k step 4 { x = f(f(f(f(x)))) }`.
    Loops with fewer than `factor` iterations, and loops that slice their
    inputs or outputs (a scan over `xs`), are left alone.
  }];
  let options = [
    Option<"factor", "factor", "int64_t", /*default=*/"4",
           "Steps per iteration of the unrolled loop (below 2: no unrolling)">,
    Option<"maxOps", "max-ops", "int64_t", /*default=*/"8",
           "Most elementwise ops in a step worth unrolling">
  ];
  let dependentDialects = ["mlir::scf::SCFDialect", "mlir::arith::ArithDialect"];
}

def NumjitWriteInPlace : Pass<"numjit-write-in-place", "func::FuncOp"> {
  let summary = "Lets an elementwise op write into an input that dies there";
  let description = [{
    `linalg.generic ins(%t, ...) outs(tensor.empty)` => `ins(%t, ...) outs(%t)`
    when %t is computed in the function or is a loop's carry, has no other
    use and is read through the same indexing map and type as the result. One-shot
    bufferization then writes the result over %t's buffer instead of
    allocating another (softmax's `e * (1 / sum(e))` overwrites `e`).
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect"];
}

def NumjitInnerParallelLoop : Pass<"numjit-inner-parallel-loop", "func::FuncOp"> {
  let summary = "Makes the innermost loop of a contraction a parallel one";
  let description = [{
    A linalg.generic whose innermost loop is a reduction and which has at
    least two parallel loops (a matmul: i, j, k) gets its last parallel loop
    moved innermost (i, k, j): the inner loop then walks rows of the
    operand and the output contiguously, so LLVM vectorizes it, instead of
    striding down a column. Each output element still sums its terms in the
    same order, so results do not change.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect"];
}

def NumjitDistinctResults : Pass<"numjit-distinct-results", "func::FuncOp"> {
  let summary = "Makes each returned tensor a distinct value";
  let description = [{
    A function that returns one value twice (`return %0, %0`) gets a
    `linalg.copy` for the repeats, so that after buffer-results-to-out-params
    each output buffer is written by exactly one op. A returned
    `tensor.empty` with other uses (the destination of another result, as
    folds on empty shapes leave it) is returned as a new `tensor.empty`.
  }];
  let dependentDialects = ["mlir::linalg::LinalgDialect",
                           "mlir::tensor::TensorDialect"];
}

def NumjitRecordSignature : Pass<"numjit-record-signature", "func::FuncOp"> {
  let summary = "Records a kernel's buffers and symbolic sizes on its function";
  let description = [{
    `func.func @f(%x: tensor<?x3xf32> {numjit.dims = ["n"]}) -> tensor<?xf32>`
    `=> @f attributes {numjit.signature = {symbols = ["n"], inputs = [...],
    outputs = [...]}}`, read while the function is still on tensors, so that
    numjit-emit-entry can build the buffers' memref descriptors once the
    types are gone. Each buffer is a dictionary with its element size in
    bytes and its shape, whose entries are sizes or -1 - k for the k-th
    symbol. Fails on a dynamic size that `numjit.dims` does not name, or a
    result size that no argument has. Marks the arguments
    `bufferization.writable = false`: they are the caller's buffers, so
    bufferization copies one before anything writes into it.
  }];
  let dependentDialects = ["mlir::bufferization::BufferizationDialect"];
}

def NumjitEmitEntry : Pass<"numjit-emit-entry", "ModuleOp"> {
  let summary = "Adds the single entry point of a kernel";
  let description = [{
    `llvm.func @f(memref descriptors...) => llvm.func internal @f(noalias ...)`
    plus one entry point that builds each buffer's descriptor (contiguous,
    row-major) and calls `@f`, per `numjit.signature` on `@f`:
    - `interface=args` (the JIT): `void entry(void **args)`, where `args`
      holds, if the kernel has symbolic sizes, first a pointer to their
      `int64_t` values, then one data pointer per input, then per output;
    - `interface=c` (ahead-of-time objects):
      `int32_t entry(int64_t size..., T *input..., T *output...)`, which
      returns 1 when a size is negative, 2 when a buffer would hold more
      than 2^63 - 1 bytes, and 0 after running the kernel.
  }];
  let options = [
    Option<"function", "function", "std::string", /*default=*/"\"main\"",
           "Name of the lowered function to wrap">,
    Option<"entry", "entry", "std::string", /*default=*/"\"numjit_entry\"",
           "Name of the entry point to emit">,
    Option<"interface", "interface", "std::string", /*default=*/"\"args\"",
           "Calling convention of the entry point: args or c">,
  ];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

def NumjitGemmToBlas : Pass<"numjit-gemm-to-blas", "ModuleOp"> {
  let summary = "Replaces large matrix products on buffers by BLAS calls";
  let description = [{
    A `linalg.generic` marked `numjit.blas` by the lowering of a large 2-D
    f32/f64 `dot_general` (C[i, j] += A[i|k, k|i] * B[k|j, j|k]) whose
    buffers have contiguous rows becomes
    `func.call @cblas_sgemm/dgemm(RowMajor, transA, transB, m, n, k, 1, A,
    lda, B, ldb, beta, C, ldc)` (OpenBLAS; the JIT defines the symbol, an
    ahead-of-time object links OpenBLAS); a zero fill of C right before it is
    folded into the call (beta = 0). With a dynamic size the call is guarded
    by `scf.if m * n * k >= 32768` (and the sizes fitting BLAS's 32-bit
    integers) and the loops stay in the else branch. Anything else marked
    loses the mark and stays loops.

    With `library=cublas` (the GPU pipeline; buffers are device memory)
    the call is `numjit_cublas_sgemm/dgemm` with the same arguments, which
    runs cuBLAS when libcublas can be opened and returns 0, or returns
    nonzero, and the loops run instead: `%r = call; scf.if %r != 0 {loops}`.

    With `bf16=true` a marked product of two bf16 buffers into an f32 one
    (numjit-narrow-gemm-operands made it) calls `numjit_sbgemm` (the
    runtime's AVX512-BF16 routine, cblas_sbgemm's arguments); without it
    such a product stays loops.
  }];
  let options = [
    Option<"library", "library", "std::string", /*default=*/"\"cblas\"",
           "cblas (OpenBLAS, host buffers) or cublas (device buffers, with a fallback)">,
    Option<"bf16", "bf16", "bool", /*default=*/"false",
           "bf16 x bf16 -> f32 products call numjit_sbgemm (JIT host kernels)">,
  ];
  let dependentDialects = ["mlir::func::FuncDialect",
                           "mlir::memref::MemRefDialect",
                           "mlir::arith::ArithDialect",
                           "mlir::scf::SCFDialect",
                           "mlir::LLVM::LLVMDialect"];
}

def NumjitCollectivesToMpi : Pass<"numjit-collectives-to-mpi", "ModuleOp"> {
  let summary = "Lowers numjit.collective on buffers to MPI";
  let description = [{
    `numjit.collective all_sum|all_max|all_min %in, %out` becomes
    `mpi.allreduce(%in, %out, MPI_SUM|MAX|MIN, mpi.comm_world)`, and the
    module gets `dlti.map = #dlti.map<"MPI:Implementation" = "...">` so
    that MLIR's MPIToLLVM calls MPI_Allreduce with the ABI of the MPI
    numjit was built with. The mpi dialect of MLIR 22 has no allgather or
    bcast: `all_gather` becomes `func.call @numjit_mpi_all_gather(in, out,
    bytes)` and `broadcast` `func.call @numjit_mpi_broadcast(in, out, bytes,
    root)` (runtime/Mpi.cpp). With `group_size = 1` every collective
    is a copy. Runs after buffer deallocation (the mpi ops declare
    no memory effects, which the deallocation pipeline needs).
  }];
  let options = [
    Option<"implementation", "implementation", "std::string",
           /*default=*/"\"\"",
           "The MPI ABI MPIToLLVM targets: OpenMPI or MPICH (default: the MPI numjit was built with)">,
  ];
  let dependentDialects = ["mlir::mpi::MPIDialect", "mlir::func::FuncDialect",
                           "mlir::memref::MemRefDialect", "mlir::arith::ArithDialect",
                           "mlir::LLVM::LLVMDialect", "mlir::DLTIDialect"];
}

def NumjitPartition : Pass<"numjit-partition", "ModuleOp"> {
  let summary = "Partitions a sharded jit function with MLIR's shard passes";
  let description = [{
    For each function with `numjit.mesh = array<i64: size, rank>`,
    `numjit.shard_in` and `numjit.shard_out` (the tensor dimension each
    argument and result is split along over the 1-d mesh, -1 replicated):
    `shard.shard` annotations on a `shard.grid`, then
    `sharding-propagation` and `shard-partition`, so the function takes and
    returns this rank's blocks; then the partitioner's communication
    becomes numjit collectives: `shard.all_reduce -> numjit.all_reduce`,
    `shard.all_gather -> numjit.all_gather` + transpose + collapse,
    `shard.all_slice -> tensor.extract_slice` of this rank's block,
    `shard.process_*_index -> ` the rank. Any other shard op is an error.
    Functions without `numjit.mesh` are left alone.
  }];
  let dependentDialects = ["mlir::shard::ShardDialect", "mlir::tensor::TensorDialect",
                           "mlir::linalg::LinalgDialect", "mlir::arith::ArithDialect"];
}

def NumjitMpiToLLVM : Pass<"numjit-mpi-to-llvm", "ModuleOp"> {
  let summary = "Runs MLIR's MPIToLLVM patterns where the module has mpi ops";
  let description = [{
    `mpi.allreduce` and `mpi.comm_world` become calls of MPI_Allreduce and
    the MPI ABI's globals. A module without mpi ops (most kernels) costs
    one walk: the conversion framework does not start.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

def NumjitConvertToLLVM : Pass<"numjit-convert-to-llvm", "ModuleOp"> {
  let summary = "math, arith, index, cf, memref, func and omp to the LLVM dialect in one conversion";
  let description = [{
    The last step to the LLVM dialect: one partial conversion with the
    patterns of MLIR's math-, arith-, index-, cf-, memref- (finalize),
    func-, ub- and OpenMP-to-LLVM passes and one type converter, as
    `convert-openmp-to-llvm` does for its subset, plus math-to-libm's at a
    lower benefit: a math op without an LLVM intrinsic becomes a libm call.
    The patterns are built and frozen once per pass instance (the JIT's
    pass managers are pooled), where the eight upstream passes build theirs
    on every run: on a small kernel that building cost more than
    converting.
  }];
  let dependentDialects = ["mlir::LLVM::LLVMDialect"];
}

def NumjitParallelizeOuterLoop : Pass<"numjit-parallelize-outer-loop", "func::FuncOp"> {
  let summary = "Splits large linalg ops on buffers into chunks run in parallel";
  let description = [{
    A linalg op on buffers whose outermost loop is parallel, with at least
    `min-iterations` iterations in its loop nest, is split along that loop
    into contiguous chunks of about `chunk-iterations` iterations (whole
    rows), so a group of ops on the same rows keeps a chunk in L1:
    `scf.parallel (%c) { linalg op on subviews [%c * C, min(C, N - %c * C)) }`.
    Each chunk keeps the whole inner loop nest, so it vectorizes as before;
    convert-scf-to-openmp then runs the chunks on OpenMP threads. Ops whose
    outer loop appears in a compound index expression are left alone. With
    dynamic sizes the chunk count is computed when the kernel runs, and
    `scf.if work >= min-iterations` keeps small calls on one thread; ops
    whose outer extent is the same size (the same symbol of
    `numjit.signature`, or the same value) still share one parallel loop.
    A full reduction of one dynamic loop (which numjit-split-reduction
    cannot split) becomes, when large, 64 partial reductions into slots run
    in parallel and a reduction of the slots with the payload's combiner.
  }];
  let options = [
    Option<"minIterations", "min-iterations", "int64_t", /*default=*/"1 << 16",
           "Smallest loop nest (iterations) worth running on several threads">,
    Option<"chunkIterations", "chunk-iterations", "int64_t",
           /*default=*/"8192",
           "Loop nest iterations in one chunk (at least one row)">
  ];
  let dependentDialects = ["mlir::scf::SCFDialect",
                           "mlir::memref::MemRefDialect",
                           "mlir::arith::ArithDialect"];
}

def NumjitSplitReduction : Pass<"numjit-split-reduction", "func::FuncOp"> {
  let summary = "Splits a large full reduction into parallel partial reductions";
  let description = [{
    A `linalg.generic` on tensors that reduces one static loop of at least
    `min-iterations` iterations to a single value becomes a reduction over
    `P` contiguous parts (an outer parallel loop, which
    numjit-parallelize-outer-loop later runs on threads) and a reduction of
    the `P` partial results (MLIR's `linalg::splitReduction`). `P` is the
    largest power of two up to `parts` that divides the loop; with none the
    op is left alone. The summation order changes, as reassociation allows.
  }];
  let options = [
    Option<"minIterations", "min-iterations", "int64_t", /*default=*/"1 << 16",
           "Smallest reduction worth splitting">,
    Option<"parts", "parts", "int64_t", /*default=*/"64",
           "Most parts the reduction is split into">
  ];
  let dependentDialects = ["mlir::linalg::LinalgDialect",
                           "mlir::tensor::TensorDialect"];
}

def NumjitMapToGpu : Pass<"numjit-map-to-gpu", "func::FuncOp"> {
  let summary = "Maps each linalg.generic on buffers to one gpu.launch";
  let description = [{
    With no reduction loop, one thread per iteration (`block-size` threads a
    block, the linear thread index delinearized into the loop indices).
    A reduction along contiguous memory (the innermost loop reduces and is
    every input's innermost index, one result whose combiner has a neutral
    element, at least 64 elements or a dynamic count) gets one block per
    output element: the threads fold strided shares from the neutral
    element, `gpu.all_reduce` (warp shuffles, shared memory) combines them,
    and thread 0 folds the total into the output. Other reductions (matrix
    products, column reductions, argmax) run one thread per output element
    over the whole reduction, neighbouring threads reading neighbouring
    elements. Any other linalg op is an error: generalize named ops first.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", /*default=*/"256",
           "Threads in a block">,
  ];
  let dependentDialects = ["mlir::gpu::GPUDialect",
                           "mlir::affine::AffineDialect",
                           "mlir::memref::MemRefDialect",
                           "mlir::scf::SCFDialect",
                           "mlir::arith::ArithDialect"];
}

def NumjitDeviceMemory : Pass<"numjit-device-memory", "func::FuncOp"> {
  let summary = "Moves the host-side buffers of a GPU kernel to device memory";
  let description = [{
    After numjit-map-to-gpu the host code only allocates, frees and passes
    buffers: `memref.alloc/alloca => gpu.alloc`, `memref.dealloc =>
    gpu.dealloc`, and a constant's `memref.get_global` => a device buffer
    filled by `gpu.memcpy` and freed before the function returns. A scalar
    the host reads (the predicate of an `scf.if` or `scf.while`) is copied
    into a host `memref.alloca` first, and one it writes is written there
    and copied over; any other host access to device memory is an error.
  }];
  let dependentDialects = ["mlir::gpu::GPUDialect"];
}

def NumjitMergeGpuModules : Pass<"numjit-merge-gpu-modules", "ModuleOp"> {
  let summary = "Moves every outlined kernel into one gpu.module";
  let description = [{
    gpu-kernel-outlining makes a gpu.module per kernel; merged, a compiled
    function has one PTX text and one module load. Each kernel is renamed
    after the module it came from, and the gpu.launch_func ops follow:
    `gpu.module @f_kernel_0 { gpu.func @f_kernel } => gpu.module @f_kernel
    { ... gpu.func @f_kernel_0 }`.
  }];
}

def NumjitGpuNativeMath : Pass<"numjit-gpu-native-math"> {
  let summary = "Turns libdevice calls that NVPTX has instructions for into LLVM intrinsics";
  let description = [{
    After convert-gpu-to-nvvm, which calls CUDA's libdevice for every math
    op: `llvm.call @__nv_fmaf/floorf/ceilf/truncf/rintf/fabsf/copysignf/sqrtf`
    and their f64 forms `=> llvm.intr.fma/floor/ceil/trunc/roundeven/fabs/
    copysign/sqrt`, and their declarations go. Kernels of arithmetic and of
    the polynomial f32 exp/log/tanh then need no CUDA toolkit; other math
    (sin, cos, f64 transcendentals) stays libdevice calls.
  }];
}

#endif // NUMJIT_CODEGEN_PASSES_TD
