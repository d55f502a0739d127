# Sourced by ./run and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Keeps JAVA_HOME when it already is one; otherwise looks in the usual install folders.
java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/temurin-21-jdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Cannot start: no JDK 21 or newer found. Fix: install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
  return 1
}
