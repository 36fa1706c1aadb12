#!/usr/bin/env bash
# benchmarks/preview.sh [N] — how soon does the live preview (scripts/preview.sh) show a saved edit?
#
# Copies this project into a temporary folder (the editors' own files are never touched), starts
# the preview there as scripts/preview.sh does (same JVM options, from the committed jar, on a free
# port), waits for its "Ready:" line, then appends a word to the title of each of
#   actor  content/actors/nato.md                   event  content/events/2022-01-12-nrc-meeting.md
#   term   content/terms/nrc.md                     page   content/key-points.md
#   id     content/id/actors/nato.md (Indonesian)
# saving it as many editors do (a temporary file renamed over the .md), and measures the time from
# the save until the served page contains the word (polled over HTTP every 5 ms):
#   - the first save after "Ready:" (nothing warmed up by earlier saves),
#   - N rounds (default 5) of the five files, each saved once the preview is idle again (after its
#     "Every page up to date" line),
#   - N rounds of the five files saved in quick succession: each save as soon as the previous one
#     shows, while the preview is still bringing the other pages up to date.
# Prints each figure, then median, min and max per kind, and the median time to bring every other
# page up to date. Needs Maven, a filled ~/.m2 and a JDK (java runs the probe below from source).
# The preview's output is in $WORK/preview.log while it runs; KEEP=1 keeps the temporary folder.
#
# The preview serves nothing while the site has a mistake. PATCH=1 makes the copy pass the check
# mechanically first (an uncited paragraph gets [[no-claim]], a long summary is cut to 150
# characters) and says so; the timing does not depend on those words.
set -euo pipefail
N="${1:-5}"
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nrc-preview-bench.XXXXXX")"
PREVIEW_PID=""
cleanup() {
  if [ -n "$PREVIEW_PID" ] && kill -0 "$PREVIEW_PID" 2>/dev/null; then
    kill "$PREVIEW_PID" 2>/dev/null || true
    wait "$PREVIEW_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# ---- the copy: everything the preview reads, nothing of target/ --------------------------------
SITE="$WORK/site"
mkdir -p "$SITE"
(cd "$PROJECT" && cp -r pom.xml jbake.properties .mvn content templates data assets scripts "$SITE/")
if ! (cd "$SITE" && scripts/check.sh > "$WORK/check.txt"); then
  if [ "${PATCH:-0}" != 1 ]; then
    echo "preview.sh: the site has mistakes, so the preview would serve nothing (PATCH=1 works around them in the copy):" >&2
    tail -5 "$WORK/check.txt" >&2; exit 1
  fi
  echo "PATCH=1: $(grep -c "^content/" "$WORK/check.txt") mistakes patched in the copy (uncited paragraphs, long summaries)." >&2
  python3 - "$SITE" "$WORK/check.txt" <<'PY'
import re, sys
site, report = sys.argv[1], sys.argv[2]
for line in open(report, encoding="utf-8"):
    m = re.match(r"(content/\S+?):(\d+): field '(\w+)': (.*)", line)
    if not m:
        continue
    path, n, field, msg = m.group(1), int(m.group(2)), m.group(3), m.group(4)
    lines = open(f"{site}/{path}", encoding="utf-8").read().split("\n")
    if field == "body" and "cites no source" in msg:
        lines[n - 1] += " [[no-claim]]"
    elif field == "summary" and "characters" in msg:
        k = lines[n - 1].index("=") + 1
        lines[n - 1] = lines[n - 1][:k] + lines[n - 1][k:][:150]
    else:
        sys.exit(f"cannot patch: {line}")
    open(f"{site}/{path}", "w", encoding="utf-8").write("\n".join(lines))
PY
  (cd "$SITE" && scripts/check.sh >/dev/null) || { echo "preview.sh: the patched copy still has mistakes" >&2; exit 1; }
fi

# ---- the probe: edits, polls, reads the preview's log --------------------------------------------
cat > "$WORK/PreviewProbe.java" <<'JAVA'
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** args: base-url site-folder preview-log rounds label:content-file... */
public class PreviewProbe {
    static final Pattern CAUGHT_UP = Pattern.compile("Every page up to date \\(\\d+ more in (\\d+) ms\\)");
    static HttpClient http = HttpClient.newHttpClient();
    static int edits;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path site = Path.of(args[1]);
        Path log = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<String[]> files = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            String label = args[i].substring(0, args[i].indexOf(':'));
            files.add(new String[] {label, args[i].substring(label.length() + 1)});
        }
        Map<String, List<Double>> kinds = new LinkedHashMap<>();
        List<Double> catchUps = new ArrayList<>();

        // The probe's own start (compiling this file, its HTTP client) must not compete with the
        // first save: ask for the page a few times and let the probe settle first, as an editor
        // would look at the page before the first save.
        String[] first = files.get(0);
        for (int i = 0; i < 20; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + first[1].replaceFirst("^content/", "").replaceFirst("\\.md$", ".html"))).build(),
                HttpResponse.BodyHandlers.ofString());
        }
        Thread.sleep(3000);
        double ms = edit(base, site, log, first[1]);
        System.out.printf("first save after Ready   %-6s %-45s visible after %6.0f ms%n", first[0], first[1], ms);
        kinds.computeIfAbsent("first save after start", k -> new ArrayList<>()).add(ms);
        catchUps.add(awaitCaughtUp(log));

        for (int round = 1; round <= rounds; round++) {
            for (String[] f : files) {
                ms = edit(base, site, log, f[1]);
                double caughtUp = awaitCaughtUp(log);
                catchUps.add(caughtUp);
                kinds.computeIfAbsent("save when idle", k -> new ArrayList<>()).add(ms);
                kinds.computeIfAbsent("  " + f[0], k -> new ArrayList<>()).add(ms);
                System.out.printf("round %d, idle            %-6s %-45s visible after %6.0f ms; other pages up to date %5.0f ms later%n",
                    round, f[0], f[1], ms, caughtUp);
            }
        }
        for (int round = 1; round <= rounds; round++) {
            for (String[] f : files) { // the next save as soon as this one shows: during the catch-up
                ms = edit(base, site, log, f[1]);
                kinds.computeIfAbsent("save in quick succession", k -> new ArrayList<>()).add(ms);
                System.out.printf("round %d, quick succession %-6s %-45s visible after %6.0f ms%n", round, f[0], f[1], ms);
            }
            catchUps.add(awaitCaughtUp(log));
        }
        System.out.println();
        kinds.forEach((kind, v) -> System.out.printf("%-26s median %5.0f ms  min %5.0f  max %5.0f  (%d saves)%n", kind, median(v),
            v.stream().mapToDouble(d -> d).min().orElse(0), v.stream().mapToDouble(d -> d).max().orElse(0), v.size()));
        System.out.printf("every other page up to date, median %5.0f ms after the edited page (as the preview prints it)%n", median(catchUps));
    }

    /** Saves FILE with a new word in its title (temporary file renamed over it); returns ms until its page shows the word. */
    static double edit(String base, Path site, Path log, String file) throws Exception {
        String page = file.replaceFirst("^content/", "").replaceFirst("\\.md$", ".html");
        String word = "Zq" + (++edits) + "bench";
        Path md = site.resolve(file);
        String text = Files.readString(md).replaceFirst("(?m)^(title=.*?)( Zq\\d+bench)?$", "$1 " + word);
        Path tmp = md.resolveSibling("." + md.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        long t0 = System.nanoTime();
        Files.move(tmp, md, StandardCopyOption.ATOMIC_MOVE);
        HttpRequest get = HttpRequest.newBuilder(URI.create(base + page)).build();
        while (!http.send(get, HttpResponse.BodyHandlers.ofString()).body().contains(word)) {
            check(t0, 120, "the page " + page + " never showed '" + word + "'", log);
            Thread.sleep(5);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Waits until the preview's last line says every page is up to date; returns the time it printed. */
    static double awaitCaughtUp(Path log) throws Exception {
        long t0 = System.nanoTime();
        while (true) {
            List<String> lines = Files.readString(log).strip().lines().toList();
            Matcher m = CAUGHT_UP.matcher(lines.isEmpty() ? "" : lines.get(lines.size() - 1));
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
            check(t0, 300, "the other pages were not brought up to date", log);
            Thread.sleep(20);
        }
    }

    static void check(long t0, int seconds, String what, Path log) throws Exception {
        String text = Files.readString(log);
        if (text.contains("nothing was updated") || text.contains("could not")) {
            throw new IllegalStateException("the preview reported a mistake:\n" + text);
        }
        if (System.nanoTime() - t0 > seconds * 1_000_000_000L) {
            throw new IllegalStateException(what + " within " + seconds + " s");
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
JAVA

# ---- the preview, as scripts/preview.sh starts it (port 0: any free port) ------------------------
LOG="$WORK/preview.log"
(cd "$SITE" && MAVEN_OPTS="-XX:TieredStopAtLevel=4 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.jbake.parser=error -Djansi.noreset=true ${MAVEN_OPTS:-}" \
  exec mvn -o -B -q exec:java@preview -Dpreview.port=0 -Dpreview.timing=true) >"$LOG" 2>&1 &
PREVIEW_PID=$!
echo "Starting the preview on a copy of the site in $SITE ..." >&2
started=$SECONDS
until grep -qs "^Ready: " "$LOG"; do
  if ! kill -0 "$PREVIEW_PID" 2>/dev/null || [ $((SECONDS - started)) -gt 600 ]; then
    echo "preview.sh: the preview did not start; its output:" >&2; tail -30 "$LOG" >&2; exit 1
  fi
  sleep 0.2
done
if grep -q "once the mistakes above are fixed" "$LOG"; then
  echo "preview.sh: the preview found mistakes:" >&2; tail -30 "$LOG" >&2; exit 1
fi
BASE="$(grep -o 'http://127.0.0.1:[0-9]*/' "$LOG" | head -1)"
echo "$(grep '^Baked the whole site' "$LOG" | head -1); Ready $((SECONDS - started)) s after mvn started. Serving $BASE. Load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

java "$WORK/PreviewProbe.java" "$BASE" "$SITE" "$LOG" "$N" \
  actor:content/actors/nato.md event:content/events/2022-01-12-nrc-meeting.md \
  term:content/terms/nrc.md page:content/key-points.md id:content/id/actors/nato.md
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores)" >&2
