# scripts/lib/run-tool.sh — sourced by scripts/check.sh and scripts/new.sh (run from the project folder).
# run_tool MAIN-CLASS ARGS...: runs an editors' tool from the committed .mvn/nrc-bake.jar, no compile
# step. The first run goes through Maven (exec-maven-plugin, execution "tool" in pom.xml, class path:
# that plugin's dependencies), which saves the class path it used in target/tools/classpath; later
# runs start plain java with it (about 2 s sooner), as long as that file is newer than pom.xml and
# every file on it exists.
run_tool() {
  local main="$1"; shift
  local cp_file=target/tools/classpath
  if [ -s "$cp_file" ] && [ "$cp_file" -nt pom.xml ] && command -v java >/dev/null; then
    local cp ok=1 f
    cp="$(cat "$cp_file")"
    local -a entries
    IFS=: read -r -a entries <<< "$cp"
    for f in "${entries[@]}"; do [ -e "$f" ] || { ok=0; break; }; done
    if [ "$ok" = 1 ]; then
      exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$cp" "$main" "$@"
    fi
  fi
  # (jansi.noreset: Maven would end the output with a terminal colour code.)
  export MAVEN_OPTS="-Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Djansi.noreset=true ${MAVEN_OPTS:-}"
  local args=("$main" "$@") quoted="" a
  for a in "${args[@]}"; do
    # the exec plugin splits exec.args at spaces outside quotes
    if [[ "$a" == *'"'* ]]; then quoted+=" '$a'"; else quoted+=" \"$a\""; fi
  done
  exec mvn -B -q exec:java@tool -Dtools.classpath="$PWD/$cp_file" -Dexec.args="$quoted"
}
