#!/usr/bin/env bash
# Side-by-side: ctopath-pdf against RenderCV on the same two-page CV.
#
#   bash crates/pdf/bench/rendercv-compare.sh [RUNS]
#
# - Converts crates/pdf/fixtures/two-page.resume.json (JSON Resume) to
#   RenderCV's YAML, so both tools typeset the same content.
# - Times `rendercv render` producing the PDF only (no Markdown, HTML or PNG).
# - Times our `render_cv` example as a whole process (one-shot, like a CLI
#   call) and warm (the same engine rendering again, like the web server).
# - Prints the medians and the ratios.
#
# RenderCV is installed into a virtual environment under /tmp (never into the
# repository); it needs Python 3.12 or newer. Not run in CI.
set -euo pipefail

RUNS="${1:-7}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
WORK="${RENDERCV_COMPARE_DIR:-/tmp/rendercv-compare}"
VENV="${RENDERCV_VENV:-/tmp/rendercv-venv}"
FIXTURE="$ROOT/crates/pdf/fixtures/two-page.resume.json"
mkdir -p "$WORK"

find_python() {
  for candidate in python3.13 python3.12 python3; do
    local path
    path="$(command -v "$candidate" 2>/dev/null)" || continue
    if "$path" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      echo "$path"
      return
    fi
  done
  # pyenv keeps other versions out of PATH.
  if command -v pyenv >/dev/null; then
    for version in $(pyenv versions --bare 2>/dev/null | sort -rV); do
      case "$version" in 3.1[2-9]*)
        echo "$(pyenv root)/versions/$version/bin/python3"
        return ;;
      esac
    done
  fi
  echo "error: RenderCV needs Python 3.12 or newer; none found" >&2
  exit 2
}

if [ ! -x "$VENV/bin/rendercv" ]; then
  PYTHON="$(find_python)"
  echo "installing RenderCV into $VENV with $PYTHON"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "rendercv[full]"
fi
echo "RenderCV: $("$VENV/bin/rendercv" --version 2>&1 | tail -1)"

# --- the same CV in RenderCV's format ---------------------------------------
# JSON is valid YAML, so the converter writes JSON into the .yaml file.
"$VENV/bin/python" - "$FIXTURE" "$WORK/cv.yaml" <<'PY'
import json, sys

resume = json.load(open(sys.argv[1]))
basics = resume.get("basics", {})

def period(item, start="startDate", end="endDate"):
    out = {}
    if item.get(start):
        out["start_date"] = item[start][:7]
        out["end_date"] = item[end][:7] if item.get(end) else "present"
    return out

def experience(item, org_key):
    entry = {"company": item[org_key], "position": item["position"], **period(item)}
    for key in ("location", "summary"):
        if item.get(key):
            entry[key] = item[key]
    if item.get("highlights"):
        entry["highlights"] = item["highlights"]
    return entry

location = basics.get("location", {})
sections = {
    "summary": [basics["summary"]],
    "experience": [experience(w, "name") for w in resume.get("work", [])],
    "projects": [
        {"name": p["name"], **period(p), "summary": p["description"],
         "highlights": [", ".join(p.get("keywords", [])), p.get("url", "")]}
        for p in resume.get("projects", [])
    ],
    "skills": [
        {"label": s["name"], "details": ", ".join(s["keywords"]) + " · " + s["level"]}
        for s in resume.get("skills", [])
    ],
    "education": [
        {"institution": e["institution"], "area": e["area"], "degree": e["studyType"], **period(e)}
        for e in resume.get("education", [])
    ],
    "certifications": [
        {"name": c["name"] + ", " + c["issuer"], "date": c["date"][:7]}
        for c in resume.get("certificates", [])
    ],
    "awards": [
        {"name": a["title"] + ", " + a["awarder"], "date": a["date"][:7], "summary": a["summary"]}
        for a in resume.get("awards", [])
    ],
    "publications": [
        {"title": p["name"], "authors": [basics["name"]], "journal": p["publisher"],
         "date": p["releaseDate"][:7], "url": p["url"], "summary": p["summary"]}
        for p in resume.get("publications", [])
    ],
    "volunteering": [experience(v, "organization") for v in resume.get("volunteer", [])],
    "languages": [
        {"label": l["language"], "details": l["fluency"]} for l in resume.get("languages", [])
    ],
    "interests": [
        {"label": i["name"], "details": ", ".join(i["keywords"])} for i in resume.get("interests", [])
    ],
}
cv = {
    "name": basics["name"],
    "headline": basics["label"],
    "location": ", ".join(v for v in (location.get("city"), location.get("countryCode")) if v),
    "email": basics["email"],
    "website": basics["url"],
    "social_networks": [
        {"network": p["network"], "username": p["username"]} for p in basics.get("profiles", [])
    ],
    "sections": {k: v for k, v in sections.items() if v},
}
design = {"theme": "classic", "page": {"size": "a4"}}
json.dump({"cv": cv, "design": design}, open(sys.argv[2], "w"), indent=2, ensure_ascii=False)
PY

# --- offline stand-in for RenderCV's icon package --------------------------------
# RenderCV's Typst template imports @preview/fontawesome:0.6.0 from Typst
# Universe, which cannot be reached offline. A stand-in drawing an empty box of
# the icon's size goes into a package cache under the work folder. It only
# makes RenderCV's job lighter (no icon font to shape), so the ratio reported
# here errs in RenderCV's favour.
STANDIN="$WORK/cache/typst/packages/preview/fontawesome/0.6.0"
mkdir -p "$STANDIN"
printf '[package]\nname = "fontawesome"\nversion = "0.6.0"\nentrypoint = "lib.typ"\nauthors = ["ctopath benchmark stand-in"]\nlicense = "MIT"\ndescription = "Offline stand-in"\n' >"$STANDIN/typst.toml"
printf '#let fa-icon(name, size: 1em, ..args) = box(width: size, height: size)\n' >"$STANDIN/lib.typ"
export XDG_CACHE_HOME="$WORK/cache"

# --- builds -------------------------------------------------------------------
(cd "$ROOT" && cargo build --release -q -p ctopath-pdf --example render_cv)
OURS="$ROOT/target/release/examples/render_cv"

# --- timing -------------------------------------------------------------------
now_ms() { date +%s%N | awk '{ printf "%.1f", $1 / 1000000 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_runs() { # command...
  for _ in $(seq "$RUNS"); do
    local start end
    start="$(now_ms)"
    "$@" >/dev/null 2>&1
    end="$(now_ms)"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", e - s }'
  done | median
}

rendercv_once() {
  (cd "$WORK" && rm -rf out && "$VENV/bin/rendercv" render cv.yaml --output-folder out \
    --dont-generate-markdown --dont-generate-html --dont-generate-png --quiet)
}

rendercv_once # warm the file-system cache and check that it works
RCV_PDF="$(find "$WORK/out" -name '*.pdf' | head -1)"
[ -s "$RCV_PDF" ] || { echo "error: RenderCV produced no PDF" >&2; exit 1; }
"$OURS" "$FIXTURE" -o "$WORK/ours.pdf" >/dev/null

RCV_MS="$(time_runs rendercv_once)"
OURS_MS="$(time_runs "$OURS" "$FIXTURE" -o "$WORK/ours.pdf")"
warm_ms() { "$OURS" "$FIXTURE" -o "$WORK/ours.pdf" --repeat 50 "$@" | sed -n 's/.*warm_median_ms=\([0-9.]*\).*/\1/p'; }
WARM_MS="$(warm_ms)"
EDITED_MS="$(warm_ms --edit)"

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }
echo
echo "runs per measurement: $RUNS (median)"
echo "RenderCV PDF: $RCV_PDF ($(pages "$RCV_PDF") pages)"
echo "ctopath PDF:  $WORK/ours.pdf ($(pages "$WORK/ours.pdf") pages)"
echo "rendercv render (whole process, PDF only):   ${RCV_MS} ms"
echo "ctopath render_cv (whole process):           ${OURS_MS} ms"
echo "ctopath warm render, same CV (50 runs):      ${WARM_MS} ms"
echo "ctopath warm render, edited CV (50 runs):    ${EDITED_MS} ms"
awk -v r="$RCV_MS" -v o="$OURS_MS" -v w="$WARM_MS" -v e="$EDITED_MS" 'BEGIN {
  printf "ratio, process vs process:      %.1fx faster\n", r / o
  printf "ratio, RenderCV vs warm edited: %.1fx faster\n", r / e
  printf "ratio, RenderCV vs warm same:   %.1fx faster\n", r / w
}'
