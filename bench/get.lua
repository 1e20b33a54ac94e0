-- GET /health/live: the trivial reference (no store access).
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
