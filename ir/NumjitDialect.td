//===- NumjitDialect.td - The numjit dialect ---------------*- tablegen -*-===//
//
// The numjit dialect: array operations on ranked tensors, with semantics
// that follow StableHLO / jax.lax.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_IR_NUMJITDIALECT_TD
#define NUMJIT_IR_NUMJITDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/EnumAttr.td"

def Numjit_Dialect : Dialect {
  let name = "numjit";
  let cppNamespace = "::mlir::numjit";
  let summary = "Array operations traced from C++ lambdas";
  let description = [{
    The numjit dialect is what `numjit::jit` traces a C++ lambda into. Its ops
    work on ranked tensors with element types `f32`, `f64`, `i32`, `i64`
    (signed), `ui8`, `ui32` (unsigned) and `i1`. A dimension may have a dynamic size (`?`), a size
    known only when the kernel runs (an ahead-of-time kernel's symbolic
    size): ops whose result size is not determined by their operands
    (`broadcast_in_dim`, `reshape`, `iota`) then take it as an `index`
    operand, usually a `numjit.dim` of a function argument, and a dynamic
    operand dimension is never broadcast. Their semantics follow StableHLO and
    jax.lax: operands of elementwise ops have identical types (broadcasting is
    explicit, through `numjit.broadcast_in_dim`), `numjit.dot_general` names
    its batch and contracting dimensions, and reductions name their
    dimensions. Integer division by zero is defined (as in XLA) so that no
    input can crash a compiled kernel.
  }];
  let hasConstantMaterializer = 1;
  let extraClassDeclaration = [{
    /// Storage that lives as long as the context, for the compiler's caches
    /// (pools of reusable pass managers): `create` runs once per key.
    /// Thread-safe.
    std::shared_ptr<void> getOrCreateCache(
        ::llvm::StringRef key, ::llvm::function_ref<std::shared_ptr<void>()> create);

  private:
    std::mutex cacheMutex;
    ::llvm::StringMap<std::shared_ptr<void>> caches;

  public:
  }];
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

def Numjit_Tensor : RankedTensorOf<[F16, BF16, F32, F64, I32, I64, I1, UI8, UI32]>;
def Numjit_NumTensor : RankedTensorOf<[F16, BF16, F32, F64, I32, I64, UI8, UI32]>;
def Numjit_IntTensor : RankedTensorOf<[I32, I64, UI8, UI32]>;
def Numjit_BitsTensor : RankedTensorOf<[I1, I32, I64, UI8, UI32]>;
def Numjit_FloatTensor : RankedTensorOf<[F16, BF16, F32, F64]>;
def Numjit_PredTensor : RankedTensorOf<[I1]>;
def Numjit_IndexTensor : RankedTensorOf<[I32, I64]>;

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Numjit_CompareDirection : I32EnumAttr<"CompareDirection",
    "comparison direction", [
      I32EnumAttrCase<"eq", 0>, I32EnumAttrCase<"ne", 1>,
      I32EnumAttrCase<"lt", 2>, I32EnumAttrCase<"le", 3>,
      I32EnumAttrCase<"gt", 4>, I32EnumAttrCase<"ge", 5>]> {
  let cppNamespace = "::mlir::numjit";
}

def Numjit_ReduceKind : I32EnumAttr<"ReduceKind", "reduction kind", [
      I32EnumAttrCase<"sum", 0>, I32EnumAttrCase<"prod", 1>,
      I32EnumAttrCase<"max", 2>, I32EnumAttrCase<"min", 3>]> {
  let cppNamespace = "::mlir::numjit";
}

#endif // NUMJIT_IR_NUMJITDIALECT_TD
