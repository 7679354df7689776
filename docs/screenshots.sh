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
  java -jar "$jar" screenshot --size 1280x800 --out "$out/$file" "$@"
}
shot shell-en-light.png --lesson 1 --lang en --theme light
shot shell-zh-dark.png --lesson 1 --lang zh --theme dark
shot environment-en-light.png --lesson environment --lang en --theme light
shot environment-zh-light.png --lesson environment --lang zh --theme light
shot environment-en-dark.png --lesson environment --lang en --theme dark
shot environment-zh-dark-presenter.png --lesson environment --lang zh --theme dark --presenter
shot shell-en-light-presenter.png --lesson 3 --lang en --theme light --presenter
if [[ "${ALL:-0}" == 1 ]]; then
  mkdir -p "$out/lessons"
  for n in 1 2 3 4 5 6 7 8; do
    for lang in en zh; do
      shot "lessons/lesson-$n-$lang.png" --lesson "$n" --lang "$lang"
    done
  done
fi
