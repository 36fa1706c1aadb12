#!/usr/bin/env bash
# benchmarks/preview.sh [N] — how soon does the live preview (scripts/preview.sh) show a saved edit?
#
# Copies this project into a temporary folder (the editors' own files are never touched), starts
# the preview there as scripts/preview.sh does (same JVM options, on a free port), waits for the
# first bake and one warm-up round, then N times (default 5) appends a word to the title of each of
#   actor  content/actors/nato.md                   event  content/events/2022-01-12-nrc-meeting.md
#   term   content/terms/nrc.md                     page   content/key-points.md
#   id     content/id/actors/nato.md (Indonesian)
# saving it as many editors do (a temporary file renamed over the .md), and measures the time from
# the save until the served page contains the word (polled over HTTP every 5 ms). After each edit it
# waits for the full re-bake the preview then runs ("Baked the whole site in ... ms"). Prints each
# figure, the medians per page type and overall, and the median full re-bake time. Needs Maven, a
# filled ~/.m2 and a JDK (java runs the probe below from source). The preview's output is in
# $WORK/preview.log while it runs; KEEP=1 keeps the temporary folder.
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
(cd "$PROJECT" && cp -r pom.xml jbake.properties .mvn content templates data assets src "$SITE/")

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
    static final Pattern BAKED = Pattern.compile("Baked the whole site in (\\d+) ms");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path site = Path.of(args[1]);
        Path log = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newHttpClient();
        Map<String, List<Double>> seen = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<Double> rebakes = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) { // round 0 warms up and is not counted
            for (int i = 4; i < args.length; i++) {
                String label = args[i].substring(0, args[i].indexOf(':'));
                String file = args[i].substring(label.length() + 1);
                String page = file.replaceFirst("^content/", "").replaceFirst("\\.md$", ".html");
                String word = "Bench" + round + label;
                Path md = site.resolve(file);
                String text = Files.readString(md);
                Path tmp = md.resolveSibling(md.getFileName() + ".tmp");
                Files.writeString(tmp, text.replaceFirst("(?m)^title=(.*)$", "title=$1 " + word));
                int baked = count(log);
                long t0 = System.nanoTime();
                Files.move(tmp, md, StandardCopyOption.ATOMIC_MOVE);
                HttpRequest get = HttpRequest.newBuilder(URI.create(base + page)).build();
                while (!http.send(get, HttpResponse.BodyHandlers.ofString()).body().contains(word)) {
                    check(t0, 120, "the page " + page + " never showed '" + word + "'", log);
                    Thread.sleep(5);
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                while (count(log) <= baked) { // the full re-bake after the edit
                    check(t0, 300, "no full re-bake after editing " + file, log);
                    Thread.sleep(20);
                }
                double rebake = lastBake(log);
                if (round > 0) {
                    seen.computeIfAbsent(label, k -> new ArrayList<>()).add(ms);
                    all.add(ms);
                    rebakes.add(rebake);
                }
                System.out.printf("%s %-6s %-45s edit visible after %6.0f ms; full re-bake %5.0f ms%n",
                    round == 0 ? "warm-up" : "round " + round, label, file, ms, rebake);
            }
        }
        System.out.println();
        seen.forEach((label, ms) -> System.out.printf("median %-6s edit visible after %6.0f ms  (min %.0f, max %.0f)%n",
            label, median(ms), ms.stream().mapToDouble(d -> d).min().orElse(0), ms.stream().mapToDouble(d -> d).max().orElse(0)));
        System.out.printf("median all    edit visible after %6.0f ms over %d edits%n", median(all), all.size());
        System.out.printf("median full re-bake (as the preview prints it) %6.0f ms%n", median(rebakes));
    }

    static int count(Path log) throws Exception {
        Matcher m = BAKED.matcher(Files.readString(log));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static double lastBake(Path log) throws Exception {
        Matcher m = BAKED.matcher(Files.readString(log));
        double last = -1;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }

    static void check(long t0, int seconds, String what, Path log) throws Exception {
        String text = Files.readString(log);
        if (text.contains("Baked with errors") || text.contains("Not updated")) {
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
(cd "$SITE" && MAVEN_OPTS="-XX:TieredStopAtLevel=4 ${MAVEN_OPTS:-}" exec mvn -o -q test-compile exec:java -Dpreview.port=0) >"$LOG" 2>&1 &
PREVIEW_PID=$!
echo "Compiling and starting the preview on a copy of the site in $SITE ..." >&2
started=$SECONDS
until grep -q "Baked the whole site in" "$LOG"; do
  if ! kill -0 "$PREVIEW_PID" 2>/dev/null || grep -q "Baked with errors" "$LOG" || [ $((SECONDS - started)) -gt 600 ]; then
    echo "preview.sh: the preview did not start cleanly; its output:" >&2; tail -30 "$LOG" >&2; exit 1
  fi
  sleep 0.5
done
BASE="$(grep -o 'http://127.0.0.1:[0-9]*/' "$LOG" | head -1)"
echo "First bake: $(grep -o 'Baked the whole site in [0-9]* ms ([0-9]* ms CPU)' "$LOG" | head -1 | sed 's/Baked the whole site in //'), $((SECONDS - started)) s after mvn started (compile included). Serving $BASE" >&2

java "$WORK/PreviewProbe.java" "$BASE" "$SITE" "$LOG" "$N" \
  actor:content/actors/nato.md event:content/events/2022-01-12-nrc-meeting.md \
  term:content/terms/nrc.md page:content/key-points.md id:content/id/actors/nato.md
