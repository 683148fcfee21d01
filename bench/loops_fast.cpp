#define NUMJIT_LOOPS_NS loops_fast
#include "loops.inc"
