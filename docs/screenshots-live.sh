#!/usr/bin/env bash
# The README pictures that need a lesson running: the real window under Xvfb (1600x1000), driven with
# xdotool, captured with ImageMagick's import. Needs: apt-get install xvfb xdotool imagemagick.
# It plays the gradient lab, draws a 2 in the drawing lesson (Chinese, dark) and trains the book's LeNet
# for 4 epochs in the studio (about 2 minutes on 2 cores). Click positions are those of a 1600x1000
# window; check the PNGs after a layout change.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/app/target/dlplayground.jar
out=$PWD/docs/images
[[ -f "$jar" ]] || mvn -q -DskipTests package
export DISPLAY=:77
Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() { [[ -n "$app" ]] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; }
trap cleanup EXIT
sleep 2

start() {  # start LANGUAGE THEME
  [[ -n "$app" ]] && kill "$app" 2>/dev/null && sleep 1
  local cfg
  cfg=$(mktemp -d)
  printf '{"language":"%s","theme":"%s","presenter":false,"backend":"auto"}\n' "$1" "$2" >"$cfg/settings.json"
  (cd "$cfg" && exec java -Ddlplayground.config="$cfg" -jar "$jar" >/dev/null 2>&1) &
  app=$!
  sleep 12
  local window
  window=$(xdotool search --name 'DL Playground|深度学习游乐场' | head -n 1)
  xdotool windowsize "$window" 1600 1000 windowmove "$window" 0 0
  sleep 1
}
stroke() {  # stroke X Y X Y ...: one pen stroke through the points
  xdotool mousemove "$1" "$2" mousedown 1
  shift 2
  while (($#)); do xdotool mousemove "$1" "$2"; sleep 0.02; shift 2; done
  xdotool mouseup 1
}

start en light
xdotool key ctrl+3; sleep 3
xdotool mousemove 285 946 click 1; sleep 5          # Play: 50 steps at 10 steps/s
import -window root "$out/gradient-lab-en.png"

start zh dark
xdotool key ctrl+7; sleep 6
stroke $(python3 -c "
import math
p = [(470 + 85 * math.sin(math.pi * (-0.45 + t / 13)), 480 - 75 * math.cos(math.pi * (-0.45 + t / 13))) for t in range(14)]
x0, y0 = p[-1]
p += [(x0 + (370 - x0) * t / 11, y0 + (690 - y0) * t / 11) for t in range(1, 12)]
p += [(370 + 210 * t / 9, 690) for t in range(1, 10)]
print(' '.join(f'{int(x)} {int(y)}' for x, y in p))")
sleep 3
import -window root "$out/drawing-zh-dark.png"

start en light
xdotool key ctrl+5; sleep 4
xdotool mousemove 1165 634 click --repeat 3 1 key ctrl+a type 4   # Epochs: 4
xdotool key Return; sleep 1
xdotool mousemove 288 544 click 1                   # Train
while ! xdotool search --name 'DL Playground' >/dev/null; do sleep 1; done
sleep 150
import -window root "$out/studio-curves-en.png"
xdotool mousemove 361 646 click 1; sleep 3          # the Results tab
import -window root "$out/studio-results-en.png"
