# Sourced by perf/bench.sh and perf/start-bench.sh: the JVM options of the launch recommended in
# docs/operations.md ("Memory and start-up"): a small heap, serial GC, small stacks, capped metaspace
# and code cache, few malloc arenas. The class-data-sharing archive is added by each script.
export MALLOC_ARENA_MAX=2
JAVA_OPTS=(-Xmx256m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m
  -XX:MaxDirectMemorySize=32m -XX:TieredStopAtLevel=4)
