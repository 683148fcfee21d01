# lit configuration for numjit's IR, lowering and execution tests.
import os
import lit.formats

config.name = "numjit"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.numjit_obj_root, "tests", "lit")
config.excludes = ["lit.cfg.py", "lit.site.cfg.py.in", "Inputs"]

# numjit's own tools first, then FileCheck/not/count from LLVM.
tool_dirs = [
    os.path.join(config.numjit_obj_root, "tools", "numjit-opt"),
    os.path.join(config.numjit_obj_root, "tools", "numjit-run"),
    os.path.join(config.numjit_obj_root, "tools", "numjit-aot"),
    config.llvm_tools_dir,
]
config.environment["PATH"] = os.pathsep.join(tool_dirs + [config.environment["PATH"]])
# Kernels numjit-run compiles go where ctest keeps the tests' (or nowhere).
config.environment["NUMJIT_CACHE_DIR"] = os.environ.get("NUMJIT_CACHE_DIR", "off")
config.substitutions.append(("%numjit_src_root", config.numjit_src_root))
config.substitutions.append(("%numjit_obj_root", config.numjit_obj_root))
