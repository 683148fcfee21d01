//===- Vmap.cpp - Batching rules for every numjit op ----------------------===//
//
// Each value of the batched function is either unbatched (the same for every
// example) or batched with the batch dimension first. Batched arguments are
// transposed to that layout on entry; every op with a batched operand gets a
// rule that shifts its dimension attributes by one, and unbatched operands
// meeting batched ones are broadcast. dot_general gains a batch dimension
// (one batched contraction, not a loop). The batch size may be dynamic (an
// ahead-of-time kernel's symbolic size): then it is a numjit.dim of a
// batched argument, passed to the ops that take sizes.
//
//===----------------------------------------------------------------------===//

#include "passes/Vmap.h"
#include "passes/Batcher.h"

#include "ir/NumjitOps.h"


#include "mlir/IR/IRMapping.h"
#include "mlir/Pass/Pass.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::numjit;
using namespace mlir::numjit::vmap;

namespace {

bool isElementwise(Operation *op) {
  return isa<NegOp, ExpOp, LogOp, SinOp, CosOp, TanhOp, SqrtOp, RsqrtOp, AbsOp,
             SignOp, FloorOp, LogisticOp, AddOp, SubOp, MulOp, DivOp, RemOp,
             PowOp, MaxOp, MinOp, CompareOp, SelectOp, ConvertOp, BitcastConvertOp, Threefry2x32Op, ErfOp, ErfInvOp,
             NotOp, AndOp, OrOp, XorOp, ShiftLeftOp, ShiftRightArithmeticOp,
             ShiftRightLogicalOp>(op);
}

} // namespace

LogicalResult vmap::Batcher::batch(Operation *op) {
  Location loc = op->getLoc();
  // Ops that meet no batched value are copied as they are (constants, iota,
  // and everything computed from unbatched arguments only).
  if (llvm::none_of(op->getOperands(), [&](Value v) { return batchedOperand(v); })) {
    b.clone(*op, values);
    return success();
  }
  // Sizes are the same for every example: the dimension moves by one.
  if (auto dim = dyn_cast<DimOp>(op)) {
    values.map(dim.getResult(), DimOp::create(b, loc, get(dim.getOperand()),
                                              uint64_t(dim.getDimAttr().getInt() + 1)));
    return success();
  }
  if (auto dim = dyn_cast<GetDimensionSizeOp>(op)) {
    values.map(dim.getResult(),
               GetDimensionSizeOp::create(b, loc, get(dim.getOperand()),
                                          uint64_t(dim.getDimAttr().getInt() + 1)));
    return success();
  }
  if (isa<CondOp, WhileOp, ScanOp>(op))
    return batchControlFlow(*this, op);
  if (isa<GatherOp, ScatterOp, DynamicSliceOp, DynamicUpdateSliceOp>(op))
    return batchIndexing(*this, op);
  if (op->getNumResults() != 1 || !isa<RankedTensorType>(op->getResult(0).getType()))
    return op->emitOpError("has no batching rule");
  Value result = op->getResult(0);
  RankedTensorType outType = batched(typeOf(result), size);

  if (isElementwise(op)) {
    // Same op on batched operands: clone with batched operands and type.
    IRMapping operands;
    for (Value v : op->getOperands())
      operands.map(v, batchedValue(v, loc));
    Operation *clone = b.clone(*op, operands);
    clone->getResult(0).setType(outType);
    setBatched(result, clone->getResult(0));
    return success();
  }

  Value x = get(op->getOperand(0));
  Value r = TypeSwitch<Operation *, Value>(op)
                .Case([&](BroadcastInDimOp o) {
                  return BroadcastInDimOp::create(b, loc, outType, x,
                                                  shifted(o.getDims(), 0),
                                                  batchedSizes(o.getSizes()))
                      .getResult();
                })
                .Case([&](ReshapeOp o) {
                  return ReshapeOp::create(b, loc, outType, x, batchedSizes(o.getSizes()))
                      .getResult();
                })
                .Case([&](TransposeOp o) {
                  return TransposeOp::create(b, loc, x, shifted(o.getPermutation(), 0))
                      .getResult();
                })
                .Case([&](SliceOp o) {
                  // The batch dim is taken whole (kDynamic: to the end).
                  SmallVector<int64_t> start{0}, limit{size}, strides{1};
                  llvm::append_range(start, o.getStart());
                  llvm::append_range(limit, o.getLimit());
                  llvm::append_range(strides, o.getStrides());
                  return SliceOp::create(b, loc, x, start, limit, strides).getResult();
                })
                .Case([&](PadOp o) {
                  SmallVector<int64_t> low{0}, high{0}, interior{0};
                  llvm::append_range(low, o.getLow());
                  llvm::append_range(high, o.getHigh());
                  llvm::append_range(interior, o.getInterior());
                  return PadOp::create(b, loc, x, low, high, interior).getResult();
                })
                .Case([&](ConcatenateOp o) {
                  SmallVector<Value> inputs;
                  for (Value v : o.getInputs())
                    inputs.push_back(batchedValue(v, loc));
                  return ConcatenateOp::create(b, loc, inputs, o.getDimAttr().getInt() + 1)
                      .getResult();
                })
                .Case([&](ReduceOp o) {
                  return ReduceOp::create(b, loc, o.getKind(), x, shifted(o.getDims()))
                      .getResult();
                })
                .Case([&](ArgSortOp o) {
                  return ArgSortOp::create(b, loc, outType, x, uint64_t(o.getAxis() + 1),
                                           o.getDescending())
                      .getResult();
                })
                .Case<CumsumOp, CumprodOp>([&](auto o) {
                  return decltype(o)::create(b, loc, outType, x, uint64_t(o.getAxis() + 1),
                                             o.getReverse())
                      .getResult();
                })
                // Collectives act elementwise on the ranks' operands; a
                // gather's new rank dimension goes after the batch one.
                .Case([&](AllReduceOp o) {
                  return AllReduceOp::create(b, loc, outType, o.getKind(), x,
                                             o.getGroupSize())
                      .getResult();
                })
                .Case([&](CollectiveBroadcastOp o) {
                  return CollectiveBroadcastOp::create(b, loc, outType, x, o.getRoot(),
                                                       o.getGroupSize(), o.getRank())
                      .getResult();
                })
                .Case([&](AllGatherOp o) -> Value {
                  auto xType = typeOf(x);
                  SmallVector<int64_t> stacked{int64_t(o.getGroupSize())};
                  llvm::append_range(stacked, xType.getShape());
                  Value g = AllGatherOp::create(b, loc, xType.clone(stacked), x,
                                                o.getGroupSize(), o.getRank());
                  SmallVector<int64_t> perm{1, 0};
                  for (int64_t i = 2; i < int64_t(stacked.size()); ++i)
                    perm.push_back(i);
                  return TransposeOp::create(b, loc, outType, g, perm).getResult();
                })
                .Case([&](ArgMaxOp o) {
                  return ArgMaxOp::create(b, loc, outType, x,
                                          uint64_t(o.getDimAttr().getInt() + 1))
                      .getResult();
                })
                .Case([&](DotGeneralOp o) -> Value {
                  Value lhs = get(o.getLhs()), rhs = get(o.getRhs());
                  bool bl = isBatched.contains(lhs), br = isBatched.contains(rhs);
                  if (bl && br) // both: the batch dim joins the batch dims
                    return DotGeneralOp::create(
                        b, loc, lhs, rhs, shifted(o.getLhsBatch(), 0),
                        shifted(o.getRhsBatch(), 0), shifted(o.getLhsContract()),
                        shifted(o.getRhsContract()));
                  // One side: its batch dim is that side's first free dim.
                  auto lb = bl ? shifted(o.getLhsBatch()) : SmallVector<int64_t>(o.getLhsBatch());
                  auto rb = br ? shifted(o.getRhsBatch()) : SmallVector<int64_t>(o.getRhsBatch());
                  auto lc = bl ? shifted(o.getLhsContract()) : SmallVector<int64_t>(o.getLhsContract());
                  auto rc = br ? shifted(o.getRhsContract()) : SmallVector<int64_t>(o.getRhsContract());
                  Value d = DotGeneralOp::create(b, loc, lhs, rhs, lb, rb, lc, rc);
                  int64_t nb = o.getLhsBatch().size();
                  int64_t lhsFree = o.getLhs().getType().getRank() - nb -
                                    int64_t(o.getLhsContract().size());
                  int64_t pos = bl ? nb : nb + lhsFree;
                  // Move that dim to the front.
                  SmallVector<int64_t> perm{pos};
                  for (int64_t i = 0; i < typeOf(d).getRank(); ++i)
                    if (i != pos)
                      perm.push_back(i);
                  return pos == 0 ? d : TransposeOp::create(b, loc, d, perm).getResult();
                })
                .Default([](Operation *) { return Value(); });
  if (!r)
    return op->emitOpError("has no batching rule");
  setBatched(result, r);
  return success();
}


FailureOr<func::FuncOp> mlir::numjit::buildVmap(func::FuncOp func,
                                                ArrayRef<std::optional<int64_t>> inAxes,
                                                int64_t batchSize, StringRef name) {
  if (func.isExternal() || !llvm::hasSingleElement(func.getBody()))
    return func.emitOpError("must have one block to be batched");
  if (inAxes.size() != func.getNumArguments())
    return func.emitOpError("has ") << func.getNumArguments() << " arguments but "
                                    << inAxes.size() << " batch axes were given";
  SmallVector<Type> inputs, results;
  for (auto [type, axis] : llvm::zip(func.getArgumentTypes(), inAxes)) {
    auto t = cast<RankedTensorType>(type);
    if (axis && (*axis < 0 || *axis > t.getRank()))
      return func.emitOpError("batch axis ") << *axis << " is out of range for " << t;
    SmallVector<int64_t> shape(t.getShape());
    if (axis)
      shape.insert(shape.begin() + *axis, batchSize);
    inputs.push_back(t.clone(shape));
  }
  for (Type t : func.getResultTypes())
    results.push_back(batched(cast<RankedTensorType>(t), batchSize));

  OpBuilder top(func);
  top.setInsertionPointAfter(func);
  auto vf = func::FuncOp::create(top, func.getLoc(), name,
                                 top.getFunctionType(inputs, results));
  vf.setVisibility(func.getVisibility());
  Block &entry = *vf.addEntryBlock();
  OpBuilder b = OpBuilder::atBlockEnd(&entry);
  Batcher batcher{b, batchSize, {}, {}, {}};
  if (ShapedType::isDynamic(batchSize))
    for (auto [i, axis] : llvm::enumerate(inAxes))
      if (axis && !batcher.sizeValue)
        batcher.sizeValue = DimOp::create(b, func.getLoc(), entry.getArgument(i), uint64_t(*axis));
  for (auto [i, axis] : llvm::enumerate(inAxes)) {
    Value arg = entry.getArgument(i);
    if (!axis) {
      batcher.values.map(func.getArgument(i), arg);
      continue;
    }
    // Batch dim to the front: the layout every rule assumes.
    Value v = arg;
    if (*axis != 0) {
      SmallVector<int64_t> perm{*axis};
      for (int64_t d = 0; d < typeOf(arg).getRank(); ++d)
        if (d != *axis)
          perm.push_back(d);
      v = TransposeOp::create(b, func.getLoc(), arg, perm);
    }
    batcher.setBatched(func.getArgument(i), v);
  }
  for (Operation &op : func.front().without_terminator())
    if (failed(batcher.batch(&op))) {
      vf.erase();
      return failure();
    }
  auto ret = cast<func::ReturnOp>(func.front().getTerminator());
  SmallVector<Value> outs;
  for (Value v : ret.getOperands())
    outs.push_back(batcher.batchedValue(v, ret.getLoc()));
  func::ReturnOp::create(b, ret.getLoc(), outs);
  return vf;
}

namespace {
struct VmapPass : PassWrapper<VmapPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(VmapPass)
  VmapPass() = default;
  VmapPass(const VmapPass &other) : PassWrapper(other) {}
  StringRef getArgument() const override { return "numjit-vmap"; }
  StringRef getDescription() const override {
    return "Adds <function>_vmap, batched along in-axes with batch-size";
  }
  Option<std::string> function{*this, "function", llvm::cl::desc("Function"),
                               llvm::cl::init("main")};
  ListOption<std::string> inAxes{
      *this, "in-axes", llvm::cl::desc("Batch axis per argument, or 'none' (default: all 0)")};
  Option<int64_t> batchSize{*this, "batch-size", llvm::cl::desc("Batch size"),
                            llvm::cl::init(1)};
  void runOnOperation() override {
    auto func = getOperation().lookupSymbol<func::FuncOp>(function);
    if (!func) {
      getOperation().emitError("numjit-vmap: no function '") << function << "'";
      return signalPassFailure();
    }
    SmallVector<std::optional<int64_t>> axes;
    for (const std::string &a : inAxes) {
      int64_t v;
      if (a == "none")
        axes.push_back(std::nullopt);
      else if (!StringRef(a).getAsInteger(10, v))
        axes.push_back(v);
      else {
        func.emitError("numjit-vmap: bad axis '") << a << "'";
        return signalPassFailure();
      }
    }
    if (axes.empty())
      axes.assign(func.getNumArguments(), int64_t(0));
    if (failed(buildVmap(func, axes, batchSize, function + "_vmap")))
      signalPassFailure();
  }
};
} // namespace

void mlir::numjit::registerVmapPass() { PassRegistration<VmapPass>(); }
