#!/usr/bin/env bash
# Renders every BPMN diagram in processes/ to docs/processes/<name>.png with bpmn-js in
# headless Chromium (Debian's chromium; bpmn-js from npm into a temporary folder).
# Run it after changing a diagram so the pictures in docs/ stay true.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund bpmn-js@18.31.1 >/dev/null)
viewer="$work/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"
for bpmn in "$top"/processes/src/main/resources/processes/*.bpmn; do
  name=$(basename "$bpmn" .bpmn)
  python3 - "$bpmn" "$viewer" "$work/$name.html" <<'PY'
import json, sys
xml, viewer, out = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
open(out, 'w').write(f"""<!doctype html><html><head><meta charset="utf-8">
<style>html,body{{margin:0;background:#fff}} #canvas{{width:100vw;height:100vh}}</style>
<script src="file://{viewer}"></script></head><body><div id="canvas"></div><script>
const viewer = new BpmnJS({{ container: '#canvas' }});
viewer.importXML({json.dumps(xml)}).then(() => viewer.get('canvas').zoom('fit-viewport', 'auto'));
</script></body></html>""")
PY
  size=$(python3 - "$bpmn" <<'PY'
import re, sys
xs, ys = [], []
for x, y, w, h in re.findall(r'<dc:Bounds x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"', open(sys.argv[1]).read()):
    xs += [float(x), float(x) + float(w)]; ys += [float(y), float(y) + float(h)]
print(f"{int(max(xs) - min(xs) + 120)},{int(max(ys) - min(ys) + 120)}")
PY
)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --allow-file-access-from-files --hide-scrollbars \
    --virtual-time-budget=4000 --window-size="$size" --screenshot="$top/docs/processes/$name.png" \
    "file://$work/$name.html" >/dev/null 2>&1
  echo "docs/processes/$name.png ($size)"
done
