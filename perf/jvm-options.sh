# Sourced by perf/bench.sh and perf/start-bench.sh: the JVM options of the launch recommended in
# docs/operations.md ("Memory and start-up"): a small heap, serial GC, small stacks, capped metaspace
# and code cache, few malloc arenas. The class-data-sharing archive or AOT cache is added by each script.
export MALLOC_ARENA_MAX=2
JAVA_OPTS=(-Xmx256m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m
  -XX:MaxDirectMemorySize=32m -XX:TieredStopAtLevel=4)

# The Java 25 (or later) runtime of the recommended launch (docs/decisions.md, 40): $JAVA25 if set, else
# the newest such JDK under /usr/lib/jvm (Temurin 25 on this kind of machine), else java on the PATH if it
# is one. Prints nothing when there is none: the benchmarks then measure Java 17's launches only.
java25() {
  local candidate version
  for candidate in ${JAVA25:-} $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java)"; do
    [ -x "$candidate" ] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    if [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 0
}
