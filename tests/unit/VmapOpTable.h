//===- VmapOpTable.h - The vmap op table ------------------------*- C++ -*-===//
//
// The records of VmapOpTest.cpp: every public op (and a few compositions) as
// a function of one example, with the shapes of its inputs, its dtype
// signatures, input domain and tolerance. The table is VmapOpTable.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef NUMJIT_TESTS_VMAPOPTABLE_H
#define NUMJIT_TESTS_VMAPOPTABLE_H

#include "VmapHelpers.h"

#include <numjit/numjit.h>

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace numjit_test::vmaptest {

using Ins = std::span<const nj::Array>;
using Fn = std::function<nj::Array(Ins)>;

/// One function of one example. The first dtype signature runs at every
/// placement and batch size; the others at a few placements (see allCases).
/// A signature of one dtype means that dtype for every input.
struct Record {
  std::string name;
  std::vector<Shape> shapes; ///< of one example, per input
  std::vector<std::vector<DType>> sigs;
  Fn f;
  Domain dom = {};
  double tol = 1e-5; ///< relative (absolute below 1), floats only
};

/// The table, built on first use.
const std::vector<Record> &records();

} // namespace numjit_test::vmaptest

#endif // NUMJIT_TESTS_VMAPOPTABLE_H
