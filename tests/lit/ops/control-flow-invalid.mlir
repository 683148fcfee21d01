// RUN: numjit-opt %s -split-input-file -verify-diagnostics

// Verifier tests for numjit.cond, numjit.while, numjit.scan and
// numjit.yield: one chunk per error branch of ir/NumjitControlFlow.cpp and
// per ODS constraint or trait of ir/NumjitControlFlow.td.

// ODS: the predicate is a rank-0 tensor<i1>.
func.func @cond_pred_rank(%p: tensor<2xi1>, %x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{operand #0 must be 0D tensor of 1-bit signless integer values}}
  %r = "numjit.cond"(%p, %x) ({
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }, {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }) : (tensor<2xi1>, tensor<f32>) -> tensor<f32>
  return %r : tensor<f32>
}

// -----

// checkArguments: a branch's block takes the inputs' types.
func.func @cond_branch_args(%p: tensor<i1>, %x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{true branch takes ('tensor<f64>') but must take ('tensor<f32>')}}
  %r = numjit.cond %p (%x) : (tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f64>):
    numjit.yield %x : tensor<f32>
  } else {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// checkYield: a branch yields the results' types (false branch).
func.func @cond_branch_yield(%p: tensor<i1>, %x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{false branch yields ('tensor<f32>', 'tensor<f32>') but must yield ('tensor<f32>')}}
  %r = numjit.cond %p (%x) : (tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  } else {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a, %a : tensor<f32>, tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// IsolatedFromAbove: a body cannot use values from outside.
func.func @cond_isolated(%p: tensor<i1>, %x: tensor<f32>) -> tensor<f32> {
  // expected-note @+1 {{required by region isolation constraints}}
  %r = numjit.cond %p () : () -> tensor<f32> {
    // expected-error @+1 {{using value defined outside the region}}
    numjit.yield %x : tensor<f32>
  } else {
    numjit.yield %x : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// ParentOneOf: numjit.yield ends a region of cond, while or scan only.
func.func @yield_parent(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{expects parent op to be one of}}
  numjit.yield %x : tensor<f32>
}

// -----

// WhileOp: the results have the types of init.
func.func @while_results(%x: tensor<f32>) -> tensor<f64> {
  // expected-error @+1 {{results ('tensor<f64>') must have the types of init ('tensor<f32>')}}
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f64>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.compare lt, %a, %a : tensor<f32>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f64>
}

// -----

// checkArguments: cond takes the carries.
func.func @while_cond_args(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{cond takes ('tensor<2xf32>') but must take ('tensor<f32>')}}
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<2xf32>):
    %p = numjit.constant dense<true> : tensor<i1>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// checkArguments: body takes the carries.
func.func @while_body_args(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{body takes ('tensor<i32>') but must take ('tensor<f32>')}}
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.constant dense<true> : tensor<i1>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<i32>):
    numjit.yield %x : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// checkYield: body yields the carries.
func.func @while_body_yield(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{body yields () but must yield ('tensor<f32>')}}
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.constant dense<true> : tensor<i1>
    numjit.yield %p : tensor<i1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield
  }
  return %r : tensor<f32>
}

// -----

// cond yields one rank-0 tensor<i1>.
func.func @while_cond_yield(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{cond yields ('tensor<2xi1>') but must yield one tensor<i1>}}
  %r = numjit.while (%x) : (tensor<f32>) -> tensor<f32>
  cond {
  ^bb0(%a: tensor<f32>):
    %p = numjit.constant dense<true> : tensor<2xi1>
    numjit.yield %p : tensor<2xi1>
  } do {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// ScanOp: a negative length.
func.func @scan_length(%c: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{length -1 is negative}}
  %r = numjit.scan length = -1 carry (%c) over () : (tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// An input whose dimension 0 is not the length.
func.func @scan_xs_length(%c: tensor<f32>, %xs: tensor<4xf32>) -> tensor<f32> {
  // expected-error @+1 {{scans over dimension 0 of length 3, but an input has type 'tensor<4xf32>'}}
  %r = numjit.scan length = 3 carry (%c) over (%xs) : (tensor<f32>, tensor<4xf32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %x: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// An input of rank 0 has no dimension 0.
func.func @scan_xs_rank(%c: tensor<f32>, %xs: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{scans over dimension 0 of length 1, but an input has type 'tensor<f32>'}}
  %r = numjit.scan length = 1 carry (%c) over (%xs) : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// checkArguments: the body takes the carries, then one slice of each input.
func.func @scan_body_args(%c: tensor<f32>, %xs: tensor<3x2xf32>) -> tensor<f32> {
  // expected-error @+1 {{body takes ('tensor<f32>', 'tensor<3x2xf32>') but must take ('tensor<f32>', 'tensor<2xf32>')}}
  %r = numjit.scan length = 3 carry (%c) over (%xs) : (tensor<f32>, tensor<3x2xf32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %x: tensor<3x2xf32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// Fewer results than carries.
func.func @scan_few_results(%c: tensor<f32>, %d: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{has 1 results for 2 carries}}
  %r = numjit.scan length = 1 carry (%c, %d) over () : (tensor<f32>, tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>, %b: tensor<f32>):
    numjit.yield %a, %b : tensor<f32>, tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

// The final carries have the types of init.
func.func @scan_carry_types(%c: tensor<f32>) -> tensor<f64> {
  // expected-error @+1 {{final carries ('tensor<f64>') must have the types of init ('tensor<f32>')}}
  %r = numjit.scan length = 1 carry (%c) over () : (tensor<f32>) -> tensor<f64> {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f64>
}

// -----

// A stacked output needs a dimension 0 of the length.
func.func @scan_ys_length(%c: tensor<f32>) -> tensor<2xf32> {
  // expected-error @+1 {{stacks outputs along a dimension 0 of length 3, but a result has type 'tensor<2xf32>'}}
  %r:2 = numjit.scan length = 3 carry (%c) over () : (tensor<f32>) -> (tensor<f32>, tensor<2xf32>) {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a, %a : tensor<f32>, tensor<f32>
  }
  return %r#1 : tensor<2xf32>
}

// -----

// A rank-0 output cannot be a stack.
func.func @scan_ys_rank(%c: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{stacks outputs along a dimension 0 of length 1, but a result has type 'tensor<f32>'}}
  %r:2 = numjit.scan length = 1 carry (%c) over () : (tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a, %a : tensor<f32>, tensor<f32>
  }
  return %r#1 : tensor<f32>
}

// -----

// checkYield: the body yields the carries then one slice of each output.
func.func @scan_body_yield(%c: tensor<f32>) -> tensor<2xf32> {
  // expected-error @+1 {{body yields ('tensor<f32>', 'tensor<f64>') but must yield ('tensor<f32>', 'tensor<f32>')}}
  %r:2 = numjit.scan length = 2 carry (%c) over () : (tensor<f32>) -> (tensor<f32>, tensor<2xf32>) {
  ^bb0(%a: tensor<f32>):
    %d = numjit.convert %a : tensor<f32> -> tensor<f64>
    numjit.yield %a, %d : tensor<f32>, tensor<f64>
  }
  return %r#1 : tensor<2xf32>
}

// -----

// A branch whose block is empty (no terminator) is an error, not a crash.
func.func @f(%p: tensor<i1>, %x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{true branch does not end with numjit.yield}}
  %r = numjit.cond %p (%x) : (tensor<f32>) -> tensor<f32> {
  ^bb0(%a: tensor<f32>):
  } else {
  ^bb0(%a: tensor<f32>):
    numjit.yield %a : tensor<f32>
  }
  return %r : tensor<f32>
}

// -----

func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{cond does not end with numjit.yield}}
  %r = "numjit.while"(%x) ({
  ^bb0(%a: tensor<4xf32>):
  }, {
  ^bb0(%a: tensor<4xf32>):
    numjit.yield %a : tensor<4xf32>
  }) : (tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{body does not end with numjit.yield}}
  %c, %ys = numjit.scan length = 4 carry (%x) over (%x) : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%c: tensor<4xf32>, %e: tensor<f32>):
  }
  return %c : tensor<4xf32>
}
