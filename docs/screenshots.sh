#!/usr/bin/env bash
# Refreshes the README's screenshots in docs/images/ with the app's own screenshot command (headless, no
# display needed). With ALL=1 it also renders every lesson in English and Chinese into docs/images/lessons/.
# Usage: docs/screenshots.sh            (builds app/target/dlplayground.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=app/target/dlplayground.jar
if [[ ! -f "$jar" ]]; then
  mvn -q -DskipTests package
fi
out=docs/images
shot() {
  local file=$1
  shift
  local size=1280x800
  if [[ "${1:-}" == --size ]]; then size=$2; shift 2; fi
  java -jar "$jar" screenshot --size "$size" --out "$out/$file" "$@"
}
shot shell-en-light.png --lesson 1 --lang en --theme light
shot linreg-en-light.png --size 1600x1000 --lesson 1 --lang en --theme light
shot softmax-zh-light.png --lesson 2 --lang zh --theme light
shot activations-en-dark.png --lesson 4 --lang en --theme dark
shot convolution-en-presenter.png --size 1600x1000 --lesson 6 --lang en --theme light --presenter
shot environment-en-light.png --lesson environment --lang en --theme light
shot environment-zh-light.png --lesson environment --lang zh --theme light
shot environment-en-dark.png --lesson environment --lang en --theme dark
shot environment-zh-dark-presenter.png --lesson environment --lang zh --theme dark --presenter
if [[ "${ALL:-0}" == 1 ]]; then
  mkdir -p "$out/lessons"
  for n in 1 2 3 4 5 6 7 8; do
    for lang in en zh; do
      shot "lessons/lesson-$n-$lang.png" --lesson "$n" --lang "$lang"
    done
  done
fi
