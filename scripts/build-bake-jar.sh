#!/usr/bin/env bash
# Rebuilds .mvn/nrc-bake.jar, the project's own Java (src/main) that `mvn jbake:generate` runs
# inside JBake's plugin: content checks, indexes, renderer. Run it after changing src/main and
# commit the jar with the sources; BakeJarTest (part of `mvn verify`) fails while they differ.
# The jar is reproducible: the same sources give the same bytes (fixed entry times and order).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Dmaven.test.skip=true clean package
cp target/nrc-explained-*.jar .mvn/nrc-bake.jar
echo "Rebuilt .mvn/nrc-bake.jar ($(wc -c < .mvn/nrc-bake.jar) bytes). Commit it with your change to src/main."
