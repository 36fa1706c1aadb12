#!/usr/bin/env bash
# scripts/new.sh TYPE KEY — starts a new item: creates content/…/KEY.md and its Indonesian twin
# content/id/…/KEY.md (TYPE: actor, event, term, page) with every field of data/model.yaml, as drafts
# whose values to write are [[TODO: what to write]] placeholders. The check refuses every placeholder,
# so nothing half-done is baked; it prints what it created and the lines to fill in. It never
# overwrites a file.
#
# scripts/new.sh source KEY --publisher "TASS" --date 2021-12-30 [--label NAME] [--title T] [--url U] [--lang L]
# prints the data/sources.yaml entry of a new source, with the citation label it must show (the next
# free letter when other sources show the same name and year), to paste at the end of that file.
#
# Runs org.nrcexplained.site.tools.NewItem from the committed .mvn/nrc-bake.jar (scripts/lib/run-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/run-tool.sh
run_tool org.nrcexplained.site.tools.NewItem "$@"
